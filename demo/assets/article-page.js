// The article demo page (demo/index.html): shows one article of the bundle,
// highlights its key figures once the <key-figures> sidebar has a report,
// explains each figure in a popover, and follows the widget's
// keyfigures-select events to the sentence that holds the chosen value.
import { renderArticleText, highlightSpans, sentenceRange, visibleTwin } from './article-view.js';
import { FigurePopover } from './figure-popover.js';
import { formatDate, indexReport, isWebUrl } from './report-index.js';
import { initThemeToggle } from './theme.js';

const widget = document.querySelector('key-figures');
const tabList = document.getElementById('article-tabs');
const panel = document.getElementById('article-panel');
const body = document.getElementById('article-body');
const status = document.getElementById('page-status');
const popover = new FigurePopover(document.getElementById('figure-popover'));
const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)');

const state = { bundle: null, index: null, articleId: null, view: null, marks: new Map() };

initThemeToggle(document.getElementById('theme-toggle'), widget);
// Listen before anything is awaited: the widget may finish (or fail) first.
widget.addEventListener('keyfigures-ready', (event) => onReport(event.detail.report));
widget.addEventListener('keyfigures-error', (event) => showStatus(`Key figures unavailable: ${event.detail.message}`));
widget.addEventListener('keyfigures-select', (event) => selectFigure(event.detail));
addEventListener('popstate', () => {
  const id = new URLSearchParams(location.search).get('article');
  if (state.bundle && id && id !== state.articleId) showArticle(id, { focusTab: false, push: false });
});
main().catch((error) => showStatus(`Could not load the articles: ${error.message}`));

async function main() {
  const response = await fetch(widget.getAttribute('src'));
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  state.bundle = await response.json();
  buildTabs(state.bundle.articles);

  const wanted = new URLSearchParams(location.search).get('article');
  const first = state.bundle.articles.some((a) => a.id === wanted) ? wanted : state.bundle.articles[0].id;
  showArticle(first, { focusTab: false, push: false });
  if (widget.report) onReport(widget.report);
}

function onReport(report) {
  if (!report || report.error) return;
  state.index = indexReport(report);
  if (!state.bundle) return; // main() calls again once the article is on screen
  highlightCurrentArticle();
  const figureId = new URLSearchParams(location.search).get('figure');
  const figure = figureId && state.index.figures.get(figureId);
  if (figure) selectFigure({ figure: figure.id, article: figure.article });
}

function buildTabs(articles) {
  tabList.replaceChildren();
  for (const article of articles) {
    const tab = document.createElement('button');
    tab.type = 'button';
    tab.setAttribute('role', 'tab');
    tab.id = `tab-${article.id}`;
    tab.dataset.article = article.id;
    tab.setAttribute('aria-controls', panel.id);
    const source = document.createElement('span');
    source.className = 'tab-source';
    source.textContent = article.source ?? article.id;
    const date = document.createElement('span');
    date.className = 'tab-date';
    date.textContent = formatDate(article.published);
    tab.append(source, date);
    tab.addEventListener('click', () => showArticle(article.id));
    tabList.append(tab);
  }
  tabList.addEventListener('keydown', onTabKey);
}

// Arrow keys, Home and End move between tabs (WAI-ARIA tabs pattern, automatic activation).
function onTabKey(event) {
  const tabs = [...tabList.querySelectorAll('[role=tab]')];
  const current = tabs.indexOf(document.activeElement);
  if (current < 0) return;
  const moves = { ArrowRight: current + 1, ArrowLeft: current - 1, Home: 0, End: tabs.length - 1 };
  if (!(event.key in moves)) return;
  event.preventDefault();
  const next = tabs[(moves[event.key] + tabs.length) % tabs.length];
  showArticle(next.dataset.article);
}

function showArticle(articleId, { focusTab = true, push = true } = {}) {
  const article = state.bundle.articles.find((a) => a.id === articleId);
  if (!article) return;
  state.articleId = articleId;
  popover.hide();
  for (const tab of tabList.querySelectorAll('[role=tab]')) {
    const selected = tab.dataset.article === articleId;
    tab.setAttribute('aria-selected', String(selected));
    tab.tabIndex = selected ? 0 : -1;
    if (selected && focusTab) tab.focus();
  }
  panel.setAttribute('aria-labelledby', `tab-${articleId}`);

  document.getElementById('article-source').textContent = article.source ?? '';
  const date = document.getElementById('article-date');
  date.textContent = formatDate(article.published);
  date.dateTime = article.published ?? '';
  document.getElementById('article-title').textContent = article.title ?? article.source ?? article.id;
  const link = document.getElementById('article-link');
  link.hidden = !isWebUrl(article.url);
  if (!link.hidden) link.href = article.url;
  document.title = `${article.title ?? article.id} · keyfigures demo`;

  state.view = renderArticleText(body, article.text);
  state.marks = new Map();
  widget.setAttribute('article', articleId);
  if (push) {
    const url = new URL(location.href);
    url.searchParams.set('article', articleId);
    url.searchParams.delete('figure');
    history.pushState(null, '', url);
  }
  highlightCurrentArticle();
}

function highlightCurrentArticle() {
  if (!state.index || !state.view || state.marks.size > 0) return;
  const figures = state.index.figuresOfArticle(state.articleId);
  const { marks } = highlightSpans(state.view, figures, (figure) => makeMark(figure));
  state.marks = marks;
  const count = figures.length;
  showStatus(count === 0 ? 'No key figures found in this article.' : '');
  document.getElementById('figure-count').textContent =
    count === 1 ? '1 key figure highlighted' : `${count} key figures highlighted`;
}

function makeMark(figure) {
  const mark = document.createElement('mark');
  mark.className = 'kf-mark';
  mark.tabIndex = 0;
  mark.dataset.figure = figure.id;
  mark.dataset.start = String(figure.start);
  const card = state.index.cardOf(figure.id);
  if (card) mark.dataset.card = card.id;
  const severity = card && state.index.severityOf(card.id);
  if (severity === 'major' || severity === 'minor') mark.classList.add(`kf-mark-${severity}`);
  const showPopover = () => popover.show(mark, figure, state.index);
  mark.addEventListener('pointerenter', showPopover);
  mark.addEventListener('focus', showPopover);
  mark.addEventListener('pointerleave', () => popover.hideSoon());
  mark.addEventListener('blur', () => popover.hide());
  return mark;
}

/** Follows a keyfigures-select detail ({figure, article, start, end, ...}) to its sentence. */
function selectFigure(detail) {
  if (!state.index || !state.bundle) return;
  const figureId = typeof detail.figure === 'string' ? detail.figure : detail.figure?.id;
  const figure = state.index.figures.get(figureId);
  if (!figure) return;
  if (figure.article !== state.articleId) showArticle(figure.article, { focusTab: false });

  for (const old of body.querySelectorAll('mark.is-selected')) old.classList.remove('is-selected');
  const placed = state.marks.get(figure.id) ?? overlappingMark(figure);
  const mark = placed ? visibleTwin(state.view, placed) : null;
  const start = mark ? Number(mark.dataset.start) : figure.start;
  const end = start + (figure.end - figure.start);
  const sentence = sentenceRange(state.view, start, end);
  if (sentence && globalThis.CSS?.highlights && globalThis.Highlight) {
    CSS.highlights.set('kf-sentence', new Highlight(sentence));
  }
  if (!mark) return;
  mark.classList.add('is-selected');
  mark.scrollIntoView({ block: 'center', behavior: reducedMotion.matches ? 'auto' : 'smooth' });
  mark.focus({ preventScroll: true });
}

// A figure inside another one ("$53 billion" within "380 billion yuan ($53
// billion)") is not marked separately; select the mark that contains it.
function overlappingMark(figure) {
  for (const [id, mark] of state.marks) {
    const other = state.index.figures.get(id);
    if (other && other.start < figure.end && figure.start < other.end) return mark;
  }
  return undefined;
}

function showStatus(message) {
  status.textContent = message;
  status.hidden = !message;
}
