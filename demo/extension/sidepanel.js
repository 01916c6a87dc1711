// The side panel page: lists the collected articles (add, remove, clear),
// analyzes them with the <key-figures> element (the WASM runs here, in the
// extension page, never in a content script), and highlights the figures in
// the page the user is reading.
import { addArticle, clearArticles, listArticles, onArticlesChanged, removeArticle, toBundle, isWebUrl, pageKey } from './collection.js';
import { clearTab, findReadingTab, highlightTab, quotesForPage, readTab, revealInTab } from './tab-bridge.js';

// The package finds its .wasm next to itself (vendor/dist/, laid out like web/),
// so no configure() call is needed here.
const widget = document.getElementById('widget');
const list = document.getElementById('article-list');
const status = document.getElementById('panel-status');
const addButton = document.getElementById('add-page');
const clearButton = document.getElementById('clear-all');
let articles = [];
const highlightedTabs = new Set();

addButton.addEventListener('click', addCurrentPage);
clearButton.addEventListener('click', async () => {
  await clearArticles();
  await Promise.all([...highlightedTabs].map((id) => clearTab(id).catch(() => {})));
  highlightedTabs.clear();
  say('Cleared the collection.');
});
widget.addEventListener('keyfigures-ready', () => highlightReadingTab());
widget.addEventListener('keyfigures-error', (event) => say(`Analysis failed: ${event.detail.message}`, true));
widget.addEventListener('keyfigures-select', (event) => showInPage(event.detail));
onArticlesChanged(render);
chrome.tabs.onActivated.addListener(() => highlightReadingTab());
chrome.tabs.onUpdated.addListener((_tabId, change) => {
  if (change.status === 'complete') highlightReadingTab();
});
render(await listArticles());

async function addCurrentPage() {
  addButton.disabled = true;
  try {
    const tab = await findReadingTab();
    if (!tab) throw new Error('Open a web page (http or https) first.');
    const article = await addArticle(await readTab(tab.id));
    say(`Added “${article.title || article.source}”.`);
  } catch (error) {
    say(error.message, true);
  } finally {
    addButton.disabled = false;
  }
}

function render(latest) {
  articles = latest;
  document.getElementById('article-count').textContent = String(articles.length);
  document.getElementById('empty-state').hidden = articles.length > 0;
  document.getElementById('cards-section').hidden = articles.length === 0;
  clearButton.disabled = articles.length === 0;
  list.replaceChildren(...articles.map(articleItem));
  if (articles.length > 0) widget.bundle = toBundle(articles);
}

function articleItem(article) {
  const item = document.createElement('li');
  const text = document.createElement('div');
  const source = document.createElement('span');
  source.className = 'article-source';
  source.textContent = article.kind === 'selection' ? `${article.source} · selection` : article.source;
  const title = document.createElement('span');
  title.className = 'article-title';
  const name = article.title || article.url || article.id;
  if (isWebUrl(article.url)) {
    const link = document.createElement('a');
    link.href = article.url;
    link.target = '_blank';
    link.rel = 'noopener noreferrer';
    link.textContent = name;
    title.append(link);
  } else {
    title.textContent = name;
  }
  title.title = name;
  text.append(source, title);
  const remove = document.createElement('button');
  remove.type = 'button';
  remove.className = 'remove';
  remove.textContent = 'Remove';
  remove.setAttribute('aria-label', `Remove ${name}`);
  remove.addEventListener('click', () => removeArticle(article.id));
  item.append(text, remove);
  return item;
}

async function highlightReadingTab() {
  const report = widget.report;
  if (!report || report.error) return;
  const tab = await findReadingTab();
  if (!tab) return;
  const shown = articles.find((a) => pageKey(a.url) === pageKey(tab.url));
  if (!shown) {
    // Only pages this panel marked are touched again (e.g. after Remove).
    if (highlightedTabs.delete(tab.id)) await clearTab(tab.id).catch(() => {});
    return;
  }
  // The widget emphasizes the values of the article the user is reading.
  if (widget.getAttribute('article') !== shown.id) widget.setAttribute('article', shown.id);
  const quotes = quotesForPage(report, articles, tab.url);
  try {
    const { placed, missing } = await highlightTab(tab.id, quotes);
    highlightedTabs.add(tab.id);
    say(missing.length === 0 ? `Highlighted ${placed} figures in this page.` : `Highlighted ${placed} figures; ${missing.length} not found in the page.`);
  } catch (error) {
    say(`Could not highlight this page: ${error.message}`, true);
  }
}

// A value chosen in the widget: show it in its article's tab, opening the page if needed.
async function showInPage(detail) {
  const figureId = typeof detail.figure === 'string' ? detail.figure : detail.figure?.id;
  const articleId = typeof detail.article === 'string' ? detail.article : detail.article?.id;
  const article = articles.find((a) => a.id === articleId);
  if (!article || !isWebUrl(article.url)) return;
  const [open] = (await chrome.tabs.query({})).filter((tab) => pageKey(tab.url) === pageKey(article.url));
  if (open) {
    await chrome.tabs.update(open.id, { active: true });
    await highlightReadingTab();
    await revealInTab(open.id, figureId);
  } else {
    await chrome.tabs.create({ url: article.url });
  }
}

function say(message, isError = false) {
  status.textContent = message;
  status.classList.toggle('is-error', isError);
}
