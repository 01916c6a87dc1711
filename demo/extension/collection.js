// The articles the user collected, kept in chrome.storage.local, and the
// bundle (docs/CONTRACT.md) they make. Shared by the service worker (context
// menu) and the side panel. Adding a page that is already collected replaces it.

const KEY = 'collection';
const MAX_ARTICLES = 2000; // include/keyfigures/limits.hpp
const MAX_BUNDLE_BYTES = 10 * 1024 * 1024;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

async function load() {
  const stored = (await chrome.storage.local.get(KEY))[KEY];
  return { articles: stored?.articles ?? [], nextId: stored?.nextId ?? 1 };
}

function save(collection) {
  return chrome.storage.local.set({ [KEY]: collection });
}

export async function listArticles() {
  return (await load()).articles;
}

/**
 * Adds { text, title, url, source, published?, kind } and returns the stored
 * article. The same URL and kind ("page" or "selection") replaces the old entry.
 */
export async function addArticle(page) {
  const text = (page.text ?? '').trim();
  if (text.length === 0) throw new Error('No article text found on this page.');
  const collection = await load();
  const kind = page.kind === 'selection' ? 'selection' : 'page';
  const existing = collection.articles.findIndex((a) => a.url === page.url && a.kind === kind);
  const article = {
    id: existing >= 0 ? collection.articles[existing].id : `a${collection.nextId++}`,
    kind,
    source: page.source || hostOf(page.url) || 'Unknown source',
    title: page.title || '',
    url: page.url,
    text,
  };
  if (ISO_DATE.test(page.published ?? '')) article.published = page.published;

  const articles = [...collection.articles];
  if (existing >= 0) articles[existing] = article;
  else articles.push(article);
  if (articles.length > MAX_ARTICLES) throw new Error(`A bundle holds at most ${MAX_ARTICLES} articles.`);
  const size = new TextEncoder().encode(JSON.stringify(toBundle(articles))).length;
  if (size > MAX_BUNDLE_BYTES) throw new Error('This article would make the bundle larger than 10 MiB.');
  await save({ articles, nextId: collection.nextId });
  return article;
}

export async function removeArticle(id) {
  const collection = await load();
  await save({ ...collection, articles: collection.articles.filter((a) => a.id !== id) });
}

export async function clearArticles() {
  await save({ articles: [], nextId: 1 });
}

/** The contract bundle: only the fields docs/CONTRACT.md allows. */
export function toBundle(articles) {
  return {
    bundle: 'my-collection',
    topic: 'Articles collected with the keyfigures extension',
    articles: articles.map(({ id, source, title, url, published, text }) => {
      const article = { id, source, title, text };
      if (isWebUrl(url)) article.url = url;
      if (published) article.published = published;
      return article;
    }),
  };
}

/** Listens for changes made by any extension page or the service worker. */
export function onArticlesChanged(callback) {
  chrome.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && KEY in changes) callback(changes[KEY].newValue?.articles ?? []);
  });
}

export function isWebUrl(url) {
  try {
    return ['http:', 'https:'].includes(new URL(url).protocol);
  } catch {
    return false;
  }
}

/** The page's URL without its #fragment: the key that ties an article to a tab. */
export function pageKey(url) {
  try {
    const parsed = new URL(url);
    parsed.hash = '';
    return parsed.href;
  } catch {
    return url ?? '';
  }
}

function hostOf(url) {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}
