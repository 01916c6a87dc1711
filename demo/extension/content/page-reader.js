// Content script (classic, isolated world), injected on demand by the
// keyfigures extension: reads the page's article text as paragraphs separated
// by blank lines, plus its title, outlet, date and URL. Reads only; changes nothing.
(() => {
  if (globalThis.keyfiguresReadPage) return;

  const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, td, th, figcaption, dd';
  const NOT_ARTICLE = 'nav, aside, footer, form, button, script, style, noscript, [hidden], [aria-hidden="true"], [role="navigation"], [role="complementary"]';
  const MIN_ARTICLE_CHARS = 200;

  function meta(...selectors) {
    for (const selector of selectors) {
      const value = document.querySelector(selector)?.getAttribute('content')?.trim();
      if (value) return value;
    }
    return '';
  }

  function blockTexts(root) {
    const blocks = [...root.querySelectorAll(BLOCKS)].filter(
      (el) => !el.closest(NOT_ARTICLE) && !el.querySelector(BLOCKS) && el.getClientRects().length > 0,
    );
    return blocks.map((el) => el.innerText.replace(/\s*\n\s*/g, '\n').trim()).filter(Boolean);
  }

  // The element holding the most paragraph text: <article>, the article body, or <main>.
  function articleRoot() {
    const candidates = document.querySelectorAll('article, [itemprop="articleBody"], main, [role="main"]');
    let best = document.body;
    let bestLength = 0;
    for (const candidate of candidates) {
      const length = blockTexts(candidate).join('').length;
      if (length > bestLength) {
        best = candidate;
        bestLength = length;
      }
    }
    return bestLength >= MIN_ARTICLE_CHARS ? best : document.body;
  }

  function publishedDate() {
    const raw =
      meta('meta[property="article:published_time"]', 'meta[name="date"]', 'meta[itemprop="datePublished"]') ||
      document.querySelector('time[datetime]')?.getAttribute('datetime') ||
      '';
    const match = /^(\d{4}-\d{2}-\d{2})/.exec(raw.trim());
    return match ? match[1] : '';
  }

  globalThis.keyfiguresReadPage = () => {
    const root = articleRoot();
    let text = blockTexts(root).join('\n\n');
    if (text.length < MIN_ARTICLE_CHARS) text = (root.innerText ?? '').replace(/\n{3,}/g, '\n\n').trim();
    const url = new URL(location.href);
    url.hash = '';
    return {
      text,
      title: meta('meta[property="og:title"]') || document.querySelector('h1')?.innerText.trim() || document.title,
      source: meta('meta[property="og:site_name"]', 'meta[name="application-name"]') || location.hostname.replace(/^www\./, ''),
      published: publishedDate(),
      url: url.href,
    };
  };
})();
