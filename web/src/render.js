// Builds the widget's DOM. Report text reaches the page only through
// textContent and setAttribute on fixed attribute names (never markup).
import { formatFigureValue, isWebUrl, severityText } from './format.js';

const SEVERITY_ICON = { major: '⚠', minor: '≠', info: 'ℹ' };

function element(doc, tag, { className, part, text, attributes } = {}) {
  const node = doc.createElement(tag);
  if (className) node.className = className;
  if (part) node.setAttribute('part', part);
  if (text !== undefined) node.textContent = text;
  for (const [name, value] of Object.entries(attributes ?? {})) node.setAttribute(name, value);
  return node;
}

function plural(count, one, many) {
  return `${count} ${count === 1 ? one : many}`;
}

/** The fixed skeleton: live status, alert, card list. Returns the parts to fill. */
export function buildShell(shadowRoot) {
  const doc = shadowRoot.ownerDocument;
  const root = element(doc, 'div', { className: 'root', attributes: { 'aria-busy': 'false' } });
  const status = element(doc, 'p', { className: 'status', part: 'status', attributes: { role: 'status' } });
  const error = element(doc, 'p', { className: 'error', part: 'error', attributes: { role: 'alert' } });
  const cards = element(doc, 'ul', { className: 'cards', attributes: { role: 'list', 'aria-label': 'Key figures' } });
  root.append(status, error, cards);
  shadowRoot.append(root);
  return { doc, root, status, error, cards };
}

function setState(shell, { busy, status = '', error = '' }) {
  shell.root.setAttribute('aria-busy', String(busy));
  shell.status.textContent = status;
  shell.error.textContent = error;
}

export function showLoading(shell) {
  shell.cards.replaceChildren();
  setState(shell, { busy: true, status: 'Loading key figures…' });
}

export function showIdle(shell) {
  shell.cards.replaceChildren();
  setState(shell, { busy: false, status: 'No bundle to analyze yet' });
}

export function showError(shell, message) {
  shell.cards.replaceChildren();
  setState(shell, { busy: false, error: `Could not show key figures: ${message}` });
}

function summaryText(report) {
  const cards = report.cards ?? [];
  if (cards.length === 0) return 'No key figures found';
  const figures = new Map((report.figures ?? []).map((figure) => [figure.id, figure]));
  const articles = new Map((report.articles ?? []).map((article) => [article.id, article]));
  const outlets = new Set();
  for (const card of cards) {
    for (const id of card.figures ?? []) {
      const article = articles.get(figures.get(id)?.article);
      if (article) outlets.add(article.source || article.id);
    }
  }
  const major = (report.flags ?? []).filter((flag) => flag.severity === 'major').length;
  const minor = (report.flags ?? []).filter((flag) => flag.severity === 'minor').length;
  let text = `${plural(cards.length, 'key figure', 'key figures')} from ${plural(outlets.size, 'outlet', 'outlets')}`;
  if (major || minor) {
    const parts = [];
    if (major) parts.push(plural(major, 'major disagreement', 'major disagreements'));
    if (minor) parts.push(plural(minor, 'minor disagreement', 'minor disagreements'));
    text += `; ${parts.join(', ')}`;
  }
  return text;
}

function renderFlag(doc, flag) {
  const severity = ['major', 'minor', 'info'].includes(flag.severity) ? flag.severity : 'info';
  const part = severity === 'info' ? 'flag' : `flag flag-${severity}`;
  const item = element(doc, 'li', { className: `flag ${severity}`, part });
  item.append(
    element(doc, 'span', { className: 'icon', text: SEVERITY_ICON[severity], attributes: { 'aria-hidden': 'true' } }),
    element(doc, 'span', { className: 'severity', text: `${severityText(severity)}:` }),
    element(doc, 'span', { className: 'message', text: flag.message ?? '' }),
  );
  return item;
}

function renderFlagList(doc, flags) {
  const list = element(doc, 'ul', { className: 'flags', attributes: { role: 'list', 'aria-label': 'Disagreements' } });
  list.append(...flags.map((flag) => renderFlag(doc, flag)));
  return list;
}

function renderValueRow(doc, { figure, article, index, mentions, isThisArticle }) {
  const row = element(doc, 'li', { className: 'row' });
  const outletId = `kf-outlet-${index}`;
  const button = element(doc, 'button', {
    className: 'value',
    part: 'value',
    text: formatFigureValue(figure),
    attributes: { type: 'button', 'data-index': String(index), 'aria-describedby': outletId, title: figure.text ?? '' },
  });
  const outletName = article?.source || article?.title || figure.article;
  const outlet = isWebUrl(article?.url)
    ? element(doc, 'a', {
        className: 'outlet',
        part: 'source',
        text: outletName,
        attributes: { id: outletId, href: article.url, target: '_blank', rel: 'noopener noreferrer' },
      })
    : element(doc, 'span', { className: 'outlet', part: 'source', text: outletName, attributes: { id: outletId } });
  row.append(button, outlet);
  if (mentions > 1) row.append(element(doc, 'span', { className: 'mentions', text: `${mentions} mentions` }));
  if (isThisArticle) row.append(element(doc, 'span', { className: 'this-article', text: 'this article' }));
  return row;
}

/**
 * The rows of a card: one per outlet and value as worded, so an article
 * that repeats "$53B" three times shows it once ("3 mentions"); the row
 * selects the first mention.
 */
export function cardRows(card, figures) {
  const rows = new Map();
  for (const id of card.figures ?? []) {
    const figure = figures.get(id);
    if (!figure) continue;
    const key = `${figure.article}\u0000${formatFigureValue(figure)}`;
    if (rows.has(key)) rows.get(key).mentions++;
    else rows.set(key, { figure, mentions: 1 });
  }
  return [...rows.values()];
}

/**
 * Fills the card list from a report. Returns the selectable values by
 * index ({ card, figure }), which the element uses for keyfigures-select.
 */
export function showReport(shell, report, { article: thisArticle } = {}) {
  const { doc } = shell;
  const figures = new Map((report.figures ?? []).map((figure) => [figure.id, figure]));
  const articles = new Map((report.articles ?? []).map((article) => [article.id, article]));
  const cardIds = new Set((report.cards ?? []).map((card) => card.id));
  const flagsByCard = new Map();
  for (const flag of report.flags ?? []) {
    const key = cardIds.has(flag.card) ? flag.card : '';
    if (!flagsByCard.has(key)) flagsByCard.set(key, []);
    flagsByCard.get(key).push(flag);
  }

  const values = [];
  const items = (report.cards ?? []).map((card, cardIndex) => {
    const flags = flagsByCard.get(card.id) ?? [];
    const hasMajor = flags.some((flag) => flag.severity === 'major');
    const labelId = `kf-label-${cardIndex}`;
    const item = element(doc, 'li', {
      className: hasMajor ? 'card has-major' : 'card',
      part: 'card',
      attributes: { 'aria-labelledby': labelId, 'data-card': String(card.id) },
    });
    item.append(element(doc, 'p', { className: 'label', part: 'label', text: card.label ?? '', attributes: { id: labelId } }));
    const rows = element(doc, 'ul', { className: 'values', attributes: { role: 'list' } });
    for (const { figure, mentions } of cardRows(card, figures)) {
      const index = values.push({ card, figure }) - 1;
      const article = articles.get(figure.article);
      const isThisArticle = Boolean(thisArticle) && figure.article === thisArticle;
      rows.append(renderValueRow(doc, { figure, article, index, mentions, isThisArticle }));
    }
    item.append(rows);
    if (flags.length) item.append(renderFlagList(doc, flags));
    return item;
  });
  const orphanFlags = flagsByCard.get('') ?? [];
  if (orphanFlags.length) {
    const item = element(doc, 'li', { className: 'card', part: 'card' });
    item.append(element(doc, 'p', { className: 'label', part: 'label', text: 'Other disagreements' }), renderFlagList(doc, orphanFlags));
    items.push(item);
  }
  shell.cards.replaceChildren(...items);
  setState(shell, { busy: false, status: summaryText(report) });
  return values;
}
