// Renders an article's plain text as paragraphs, headings and lists while
// remembering where every block starts in the original text, so report
// offsets (UTF-16, as JavaScript indexes strings) can be turned into DOM
// positions: <mark> wrapping via splitText, and Ranges for whole sentences.
// Text reaches the DOM only as text nodes.

const LIST_ITEM = /^\s*[-•–]\s+/;
const SENTENCE_END = /[.!?…]["”’)]*(?=\s)/g;

/**
 * Splits the text into blocks: one per non-empty line. Offsets are kept
 * exactly (start/end into `text`), and a block that repeats an earlier one
 * word for word (scraped pages often repeat the headline) is marked so the
 * view can keep it in the DOM, hidden.
 */
export function splitBlocks(text) {
  const blocks = [];
  const seen = new Map();
  for (const line of text.matchAll(/[^\n]+/g)) {
    if (!line[0].trim()) continue;
    let start = line.index;
    const end = line.index + line[0].length;
    let kind = 'paragraph';
    const bullet = LIST_ITEM.exec(line[0]);
    if (bullet) {
      kind = 'item';
      start += bullet[0].length;
    } else if ((line[0].match(/\|/g) ?? []).length >= 2) {
      // "a | b | c |": a row of a table the scraper flattened.
      kind = 'row';
    } else if (looksLikeHeading(line[0])) {
      kind = 'heading';
    }
    const key = text.slice(start, end).trim();
    const duplicateOf = seen.get(key);
    if (duplicateOf === undefined) seen.set(key, blocks.length);
    blocks.push({ kind, start, end, duplicateOf });
  }
  return blocks;
}

// Short lines of three or more words with no sentence punctuation are
// section titles in scraped articles ("Data center expansion goes global").
function looksLikeHeading(line) {
  const trimmed = line.trim();
  if (trimmed.length > 90) return false;
  if (/[.!?:;,”"’)]$/.test(trimmed)) return false;
  // A comma, bracket or ticker inside means a sentence cut short, not a title.
  if (/[,(){}$]/.test(trimmed)) return false;
  return trimmed.split(/\s+/).length >= 3;
}

/**
 * Fills `container` with the article's blocks. Returns a view used to map
 * text offsets to the DOM.
 */
export function renderArticleText(container, text) {
  const doc = container.ownerDocument;
  const blocks = splitBlocks(text);
  container.replaceChildren();
  let list = null;
  for (const block of blocks) {
    let element;
    if (block.kind === 'item') {
      if (!list) {
        list = doc.createElement('ul');
        container.append(list);
      }
      element = doc.createElement('li');
      list.append(element);
    } else {
      list = null;
      element = doc.createElement(block.kind === 'heading' ? 'h2' : 'p');
      container.append(element);
    }
    if (block.duplicateOf !== undefined) element.hidden = true;
    element.className = `block block-${block.kind}`;
    element.dataset.start = String(block.start);
    element.append(doc.createTextNode(text.slice(block.start, block.end)));
    block.element = element;
  }
  return { text, blocks, container };
}

/** The block holding [start, end), or undefined when the span crosses blocks. */
function blockOf(view, start, end) {
  return view.blocks.find((block) => block.start <= start && end <= block.end);
}

/**
 * The text node and local offset for an article offset inside `block`. At a
 * node boundary a start point belongs to the next node, an end point
 * (`atEnd`) to the previous one.
 */
function pointIn(block, offset, atEnd = false) {
  const walker = block.element.ownerDocument.createTreeWalker(block.element, NodeFilter.SHOW_TEXT);
  let position = block.start;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = node.data.length;
    if (offset < position + length || (atEnd && offset === position + length)) {
      return { node, offset: offset - position };
    }
    position += length;
  }
  return null;
}

/**
 * Wraps each span { start, end, id } in a <mark> made by `makeMark(span)`.
 * Overlapping spans keep the first (earliest, then longest). Returns the
 * placed marks by span id and the spans that could not be placed.
 */
export function highlightSpans(view, spans, makeMark) {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const marks = new Map();
  const skipped = [];
  let coveredUntil = -1;
  for (const span of sorted) {
    const block = span.start >= coveredUntil ? blockOf(view, span.start, span.end) : undefined;
    const point = block && span.end > span.start ? pointIn(block, span.start) : null;
    if (!point || point.offset + (span.end - span.start) > point.node.data.length) {
      skipped.push(span);
      continue;
    }
    const range = block.element.ownerDocument.createRange();
    range.setStart(point.node, point.offset);
    range.setEnd(point.node, point.offset + (span.end - span.start));
    const mark = makeMark(span);
    range.surroundContents(mark);
    marks.set(span.id, mark);
    coveredUntil = span.end;
  }
  return { marks, skipped };
}

/** The visible copy of a mark that sits in a hidden duplicate block, if any. */
export function visibleTwin(view, mark) {
  const hiddenBlock = view.blocks.find((block) => block.element.contains(mark));
  if (!hiddenBlock || hiddenBlock.duplicateOf === undefined) return mark;
  const original = view.blocks[hiddenBlock.duplicateOf];
  const shift = original.start - hiddenBlock.start;
  const start = Number(mark.dataset.start) + shift;
  return [...original.element.querySelectorAll('mark')].find((m) => Number(m.dataset.start) === start) ?? mark;
}

/**
 * A Range over the sentence around [start, end), clipped to its block; used
 * with the CSS Custom Highlight API so no element has to be inserted.
 */
export function sentenceRange(view, start, end) {
  const block = blockOf(view, start, end);
  if (!block) return null;
  const blockText = view.text.slice(block.start, block.end);
  let sentenceStart = 0;
  let sentenceEnd = blockText.length;
  for (const match of blockText.matchAll(SENTENCE_END)) {
    const boundary = match.index + match[0].length;
    if (boundary <= start - block.start) sentenceStart = boundary;
    else if (boundary >= end - block.start) {
      sentenceEnd = boundary;
      break;
    }
  }
  while (sentenceStart < blockText.length && /\s/.test(blockText[sentenceStart])) sentenceStart += 1;
  const from = pointIn(block, block.start + sentenceStart);
  const to = pointIn(block, block.start + sentenceEnd, true);
  if (!from || !to) return null;
  const range = block.element.ownerDocument.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}
