// Content script (classic, isolated world), injected on demand by the
// keyfigures extension: finds each figure in the page's text nodes by text
// quote (exact text, disambiguated by the words before and after it, in the
// manner of W3C TextQuoteSelector) and wraps it in <mark> with DOM APIs.
// Whitespace is ignored when matching, so block boundaries and line wrapping
// in the page do not matter.
(() => {
  if (globalThis.keyfiguresHighlighter) return;

  const MARK_CLASS = 'keyfigures-mark';
  const SKIP = 'script, style, noscript, textarea, input, select, [hidden], [aria-hidden="true"]';
  const WHITESPACE = /\s/;

  const squeeze = (text) => text.replace(/\s+/g, '');

  // The page's visible text without whitespace, and for every character the
  // text node and offset it came from.
  function pageText() {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {
      acceptNode: (node) =>
        node.parentElement?.closest(SKIP) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
    });
    let text = '';
    const nodes = [];
    const offsets = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const data = node.data;
      for (let i = 0; i < data.length; i += 1) {
        if (WHITESPACE.test(data[i])) continue;
        text += data[i];
        nodes.push(node);
        offsets.push(i);
      }
    }
    return { text, nodes, offsets };
  }

  function commonSuffix(a, b) {
    let n = 0;
    while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n += 1;
    return n;
  }

  function commonPrefix(a, b) {
    let n = 0;
    while (n < a.length && n < b.length && a[n] === b[n]) n += 1;
    return n;
  }

  function overlapsUsed(used, at, length) {
    for (let i = at; i < at + length; i += 1) if (used.has(i)) return true;
    return false;
  }

  // The best unused occurrence of the quote: the one whose surroundings match
  // the most characters of prefix and suffix.
  function locate(page, quote, used) {
    const exact = squeeze(quote.exact);
    if (!exact) return -1;
    const prefix = squeeze(quote.prefix ?? '');
    const suffix = squeeze(quote.suffix ?? '');
    let best = -1;
    let bestScore = -1;
    for (let at = page.text.indexOf(exact); at >= 0; at = page.text.indexOf(exact, at + 1)) {
      if (overlapsUsed(used, at, exact.length)) continue;
      const before = page.text.slice(Math.max(0, at - prefix.length), at);
      const after = page.text.slice(at + exact.length, at + exact.length + suffix.length);
      const score = commonSuffix(before, prefix) + commonPrefix(after, suffix);
      if (score > bestScore) {
        best = at;
        bestScore = score;
      }
    }
    return best;
  }

  // Wraps page characters [from, to] (inclusive, squeezed indexes) in marks,
  // one per text node the span touches.
  function wrap(page, from, to, quote) {
    const pieces = [];
    for (let i = from; i <= to; i += 1) {
      const last = pieces[pieces.length - 1];
      if (last && last.node === page.nodes[i]) last.end = page.offsets[i] + 1;
      else pieces.push({ node: page.nodes[i], start: page.offsets[i], end: page.offsets[i] + 1 });
    }
    // Right to left, so splitting a node never moves the offsets still to wrap.
    for (const piece of pieces.reverse()) {
      const range = document.createRange();
      range.setStart(piece.node, piece.start);
      range.setEnd(piece.node, piece.end);
      const mark = document.createElement('mark');
      mark.className = MARK_CLASS;
      if (quote.severity) mark.classList.add(`keyfigures-${quote.severity}`);
      mark.dataset.keyfiguresFigure = quote.id;
      if (quote.label) mark.title = quote.severity ? `${quote.label} (outlets disagree)` : quote.label;
      range.surroundContents(mark);
    }
  }

  function clear() {
    for (const mark of document.querySelectorAll(`mark.${MARK_CLASS}`)) {
      const parent = mark.parentNode;
      mark.replaceWith(...mark.childNodes);
      parent.normalize();
    }
  }

  function highlight(quotes) {
    clear();
    const page = pageText();
    const used = new Set();
    const found = [];
    const missing = [];
    for (const quote of quotes) {
      const at = locate(page, quote, used);
      if (at < 0) {
        missing.push(quote.id);
        continue;
      }
      const length = squeeze(quote.exact).length;
      for (let i = at; i < at + length; i += 1) used.add(i);
      found.push({ quote, from: at, to: at + length - 1 });
    }
    // Wrap from the end of the page backwards for the same reason as in wrap().
    found.sort((a, b) => b.from - a.from);
    for (const { quote, from, to } of found) wrap(page, from, to, quote);
    return { placed: found.length, missing };
  }

  function reveal(figureId) {
    for (const old of document.querySelectorAll(`mark.${MARK_CLASS}.keyfigures-current`)) {
      old.classList.remove('keyfigures-current');
    }
    const marks = document.querySelectorAll(`mark.${MARK_CLASS}[data-keyfigures-figure="${CSS.escape(figureId)}"]`);
    if (marks.length === 0) return false;
    for (const mark of marks) mark.classList.add('keyfigures-current');
    marks[0].scrollIntoView({ block: 'center', behavior: 'smooth' });
    return true;
  }

  globalThis.keyfiguresHighlighter = { highlight, clear, reveal };
})();
