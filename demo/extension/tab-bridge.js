// Talks to web pages through chrome.scripting: reads an article out of a tab,
// and puts or removes the figure highlights in it. The content scripts only
// read the DOM and wrap text in <mark>; the analysis never runs in the page.
import { isWebUrl, pageKey } from './collection.js';

/** The web page the user is reading: the active tab, else the last one they used in this window. */
export async function findReadingTab() {
  const [active] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
  if (active && isWebUrl(active.url)) return active;
  const tabs = await chrome.tabs.query(active ? { windowId: active.windowId } : { lastFocusedWindow: true });
  return tabs.filter((tab) => isWebUrl(tab.url)).sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))[0];
}

/** Reads { text, title, url, source, published } from the page in `tabId`. */
export async function readTab(tabId) {
  await chrome.scripting.executeScript({ target: { tabId }, files: ['content/page-reader.js'] });
  const [{ result }] = await chrome.scripting.executeScript({
    target: { tabId },
    func: () => globalThis.keyfiguresReadPage(),
  });
  return { ...result, kind: 'page' };
}

/**
 * The text quotes (exact + prefix/suffix, as W3C TextQuoteSelector) of every
 * figure of `articles` that was collected from the page at `url`.
 */
export function quotesForPage(report, articles, url) {
  const key = pageKey(url);
  const texts = new Map(articles.filter((a) => pageKey(a.url) === key).map((a) => [a.id, a.text]));
  const cardOf = new Map();
  for (const card of report.cards ?? []) for (const id of card.figures ?? []) cardOf.set(id, card);
  const severityOf = new Map();
  for (const flag of report.flags ?? []) {
    if (flag.severity === 'major' || (flag.severity === 'minor' && severityOf.get(flag.card) !== 'major')) {
      severityOf.set(flag.card, flag.severity);
    }
  }
  const quotes = [];
  for (const figure of report.figures ?? []) {
    const text = texts.get(figure.article);
    if (text === undefined) continue;
    const card = cardOf.get(figure.id);
    quotes.push({
      id: figure.id,
      exact: figure.text,
      prefix: text.slice(Math.max(0, figure.start - 40), figure.start),
      suffix: text.slice(figure.end, figure.end + 40),
      label: card?.label ?? `${figure.subject ?? ''} ${figure.metric ?? ''}`.trim(),
      severity: card ? severityOf.get(card.id) : undefined,
    });
  }
  return quotes;
}

/** Highlights the quotes in the tab; resolves to { placed, missing }. */
export async function highlightTab(tabId, quotes) {
  await chrome.scripting.insertCSS({ target: { tabId }, files: ['content/page-highlighter.css'] });
  await chrome.scripting.executeScript({ target: { tabId }, files: ['content/page-highlighter.js'] });
  const [{ result }] = await chrome.scripting.executeScript({
    target: { tabId },
    func: (list) => globalThis.keyfiguresHighlighter.highlight(list),
    args: [quotes],
  });
  return result;
}

/** Removes the highlights from a tab (a page that is no longer collected). */
export async function clearTab(tabId) {
  await chrome.scripting.executeScript({
    target: { tabId },
    func: () => globalThis.keyfiguresHighlighter?.clear(),
  });
}

/** Scrolls the tab to the highlight of one figure. */
export async function revealInTab(tabId, figureId) {
  await chrome.scripting.executeScript({
    target: { tabId },
    func: (id) => globalThis.keyfiguresHighlighter?.reveal(id) ?? false,
    args: [figureId],
  });
}
