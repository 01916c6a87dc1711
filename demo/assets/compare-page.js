// The compare page (demo/compare.html): analyzes the bundle with the JS API
// and lays the report out as a table, rows = cards, columns = outlets, with
// each card's flags explained. Disagreements sort first; majors stand out.
import { analyze } from '/web/src/index.js';
import { SEVERITY_LABEL, describeQualifiers, indexReport } from './report-index.js';
import { initThemeToggle } from './theme.js';

const BUNDLE_URL = 'data/alibaba-nvidia-2025-09-24.json';
const SEVERITY_ORDER = { major: 0, minor: 1, info: 2 };

const status = document.getElementById('compare-status');
const onlyConflicts = document.getElementById('only-conflicts');

initThemeToggle(document.getElementById('theme-toggle'));
main().catch((error) => {
  status.textContent = `Could not analyze the bundle: ${error.message}`;
  status.hidden = false;
});

async function main() {
  const response = await fetch(BUNDLE_URL);
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const bundle = await response.json();
  const report = await analyze(bundle);
  if (report.error) throw new Error(report.error.message);
  const index = indexReport(report);
  if (bundle.topic) document.getElementById('compare-title').textContent = bundle.topic;
  renderSummary(index);
  renderTable(index);
  onlyConflicts.addEventListener('change', () => applyFilter());
  applyFilter();
  status.hidden = true;
  document.body.dataset.ready = 'true';
}

function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function renderSummary(index) {
  const { report } = index;
  const count = (severity) => (report.flags ?? []).filter((flag) => flag.severity === severity).length;
  const plural = (n, one, many) => `${n} ${n === 1 ? one : many}`;
  const items = [
    [plural(report.articles.length, 'outlet', 'outlets'), ''],
    [plural(report.cards.length, 'key figure', 'key figures'), ''],
    [plural(count('major'), 'major disagreement', 'major disagreements'), 'summary-major'],
    [`${count('minor')} minor`, ''],
    [`${count('info')} explained by context`, ''],
  ];
  document.getElementById('compare-summary').replaceChildren(...items.map(([text, cls]) => element('li', cls, text)));
}

function renderTable(index) {
  const { report } = index;
  const head = document.getElementById('compare-head');
  head.replaceChildren(element('th', '', 'Key figure'));
  for (const article of report.articles) {
    const th = element('th', '', article.source ?? article.id);
    th.scope = 'col';
    head.append(th);
  }
  const flagsHeader = element('th', 'flags', 'Disagreement');
  flagsHeader.scope = 'col';
  head.append(flagsHeader);
  head.firstChild.scope = 'col';

  const cards = [...report.cards].sort(
    (a, b) => (SEVERITY_ORDER[index.severityOf(a.id)] ?? 3) - (SEVERITY_ORDER[index.severityOf(b.id)] ?? 3),
  );
  const rows = cards.map((card) => renderRow(index, card));
  document.getElementById('compare-body').replaceChildren(...rows);
}

function renderRow(index, card) {
  const severity = index.severityOf(card.id);
  const row = element('tr', severity === 'major' || severity === 'minor' ? `row-${severity}` : '');
  row.dataset.card = card.id;
  row.dataset.severity = severity ?? 'none';
  const label = element('th', '', card.label);
  label.scope = 'row';
  row.append(label);

  const figures = index.figuresOfCard(card.id);
  for (const article of index.report.articles) {
    const cell = element('td');
    const mine = figures.filter((figure) => figure.article === article.id);
    if (mine.length === 0) {
      cell.append(element('span', 'missing', '—'));
      cell.setAttribute('aria-label', `${article.source ?? article.id}: not reported`);
    } else {
      const list = element('ul', 'value-list');
      for (const figure of mine) {
        const item = element('li');
        const value = element('span', 'value');
        const link = element('a', '', figure.text);
        link.href = `./?article=${encodeURIComponent(figure.article)}&figure=${encodeURIComponent(figure.id)}`;
        value.append(link);
        item.append(value);
        const context = describeQualifiers(figure, figures);
        if (context) item.append(element('span', 'context', context));
        list.append(item);
      }
      cell.append(list);
    }
    row.append(cell);
  }

  const flagCell = element('td', 'flags');
  const flags = index.flagsOf(card.id);
  const outlets = new Set(figures.map((figure) => figure.article)).size;
  if (flags.length === 0) {
    flagCell.append(element('span', 'no-flag', outlets < 2 ? 'Reported by one outlet' : 'Outlets agree'));
  }
  for (const flag of flags) {
    const note = element('p', 'flag');
    note.append(element('span', `badge badge-${flag.severity}`, SEVERITY_LABEL[flag.severity] ?? flag.severity));
    note.append(document.createTextNode(flag.message));
    flagCell.append(note);
  }
  row.append(flagCell);
  return row;
}

function applyFilter() {
  for (const row of document.querySelectorAll('#compare-body tr')) {
    const conflict = row.dataset.severity === 'major' || row.dataset.severity === 'minor';
    row.hidden = onlyConflicts.checked && !conflict;
  }
}
