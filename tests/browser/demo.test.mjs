// The demo pages in real Chromium: each loads without a console error or a
// failed request and renders the report; the article page highlights every
// figure of the shown article, explains it in a popover and follows
// keyfigures-select to the sentence; the compare table has one row per card.
// Counts come from the report the page itself produced, never hard-coded.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { launchChromium, serveRepo, watchPage } from './lib/chromium.mjs';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let server;
let browser;

before(async () => {
  server = await serveRepo();
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path, { reducedMotion = 'reduce' } = {}) {
  const page = await browser.context.newPage();
  await page.emulateMedia({ reducedMotion });
  const problems = watchPage(page);
  await page.goto(`${server.url}${path}`);
  return { page, problems };
}

/** Waits for the page's <key-figures> report and returns it. */
async function widgetReport(page, selector = 'key-figures') {
  await page.waitForFunction((s) => document.querySelector(s)?.report, selector);
  return page.evaluate((s) => document.querySelector(s).report, selector);
}

async function axeViolations(page) {
  await page.evaluate(axeSource);
  const results = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('index: every figure of the shown article is highlighted with its own text', async () => {
  const { page, problems } = await open('/demo/');
  const report = await widgetReport(page);
  assert.ok(report.figures.length > 0, 'the demo bundle yields figures');
  const bundle = await page.evaluate(() => fetch('data/alibaba-nvidia-2025-09-24.json').then((r) => r.json()));

  for (const article of bundle.articles) {
    await page.click(`#tab-${article.id}`);
    assert.equal(await page.getAttribute(`#tab-${article.id}`, 'aria-selected'), 'true');
    assert.equal(await page.getAttribute('key-figures', 'article'), article.id);
    const marks = await page.$$eval('#article-body mark', (nodes) =>
      nodes.map((mark) => ({ id: mark.dataset.figure, text: mark.textContent })),
    );
    const figures = report.figures.filter((figure) => figure.article === article.id);
    for (const mark of marks) {
      const figure = figures.find((f) => f.id === mark.id);
      assert.ok(figure, `mark for ${mark.id} belongs to ${article.id}`);
      assert.equal(mark.text, figure.text);
      assert.equal(article.text.slice(figure.start, figure.end), figure.text);
    }
    // A figure is unmarked only when it overlaps one that is marked.
    const marked = new Set(marks.map((m) => m.id));
    for (const figure of figures.filter((f) => !marked.has(f.id))) {
      const overlapping = figures.some((o) => marked.has(o.id) && o.start < figure.end && figure.start < o.end);
      assert.ok(overlapping, `figure ${figure.id} (${figure.text}) in ${article.id} is not highlighted`);
    }
    // The article text on screen is the article's text: highlighting adds no characters.
    const shown = await page.$$eval('#article-body .block', (blocks) => blocks.map((b) => b.textContent).join(''));
    assert.equal(shown.replace(/\s+/g, ''), article.text.replace(/^\s*[-•–]\s+/gm, '').replace(/\s+/g, ''));
  }
  assert.deepEqual(problems, []);
  await page.close();
});

test('index: focusing a highlighted figure shows every outlet of its card and its flags', async () => {
  const { page, problems } = await open('/demo/');
  const report = await widgetReport(page);
  await page.waitForSelector('#article-body mark');
  // Prefer a figure on a card that several figures share, ideally a flagged one.
  const markIds = await page.$$eval('#article-body mark', (marks) => marks.map((m) => m.dataset.figure));
  const cardOf = (id) => report.cards.find((card) => card.figures.includes(id));
  const flagged = new Set(report.flags.map((flag) => flag.card));
  const chosen =
    markIds.find((id) => flagged.has(cardOf(id)?.id)) ??
    markIds.find((id) => (cardOf(id)?.figures.length ?? 0) > 1) ??
    markIds[0];
  const card = cardOf(chosen);

  await page.focus(`#article-body mark[data-figure="${chosen}"]`);
  const popover = page.locator('#figure-popover');
  assert.equal(await popover.isVisible(), true);
  assert.equal(await page.getAttribute(`#article-body mark[data-figure="${chosen}"]`, 'aria-describedby'), 'figure-popover');
  if (card) {
    assert.equal(await popover.locator('.popover-title').textContent(), card.label);
    assert.equal(await popover.locator('.popover-values li').count(), card.figures.length);
    for (const flag of report.flags.filter((f) => f.card === card.id)) {
      assert.match(await popover.textContent(), new RegExp(flag.message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
    }
  }
  await page.keyboard.press('Escape');
  assert.equal(await popover.isVisible(), false);
  assert.deepEqual(problems, []);
  await page.close();
});

test('index: keyfigures-select switches to the article, scrolls to the figure and highlights its sentence', async () => {
  const { page, problems } = await open('/demo/?article=s0');
  const report = await widgetReport(page);
  // A figure from another article than the one shown, late in its text so the page must scroll.
  const candidates = report.figures.filter((figure) => figure.article !== 's0');
  assert.ok(candidates.length > 0);
  const figure = candidates.reduce((late, f) => (f.start > late.start ? f : late));
  const card = report.cards.find((c) => c.figures.includes(figure.id));

  await page.evaluate(({ figure, card }) => {
    const detail = { card: card?.id, figure: figure.id, article: figure.article, start: figure.start, end: figure.end, text: figure.text };
    document.querySelector('key-figures').dispatchEvent(new CustomEvent('keyfigures-select', { detail, bubbles: true, composed: true }));
  }, { figure, card });

  assert.equal(await page.getAttribute(`#tab-${figure.article}`, 'aria-selected'), 'true');
  assert.match(page.url(), new RegExp(`article=${figure.article}`));
  const selected = page.locator('#article-body mark.is-selected');
  assert.equal(await selected.count(), 1);
  assert.equal(await selected.textContent(), figure.text);
  await page.waitForFunction(() => {
    const box = document.querySelector('#article-body mark.is-selected').getBoundingClientRect();
    return box.top >= 0 && box.bottom <= innerHeight;
  });
  const sentence = await page.evaluate(() => {
    const highlight = CSS.highlights.get('kf-sentence');
    return highlight ? [...highlight][0].toString() : '';
  });
  assert.ok(sentence.includes(figure.text), `sentence "${sentence}" holds ${figure.text}`);
  assert.deepEqual(problems, []);
  await page.close();
});

test('index: choosing a value in the widget selects it in the article', async () => {
  const { page, problems } = await open('/demo/');
  await widgetReport(page);
  const value = page.locator('key-figures [part~="value"]').first();
  await value.waitFor();
  await value.click();
  await page.waitForSelector('#article-body mark.is-selected');
  assert.equal(await page.locator('#article-body mark.is-selected').count(), 1);
  assert.deepEqual(problems, []);
  await page.close();
});

test('index: the article tabs work from the keyboard', async () => {
  const { page } = await open('/demo/?article=s0');
  await page.focus('#tab-s0');
  await page.keyboard.press('ArrowRight');
  assert.equal(await page.getAttribute('#tab-s1', 'aria-selected'), 'true');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'tab-s1');
  await page.keyboard.press('End');
  const last = await page.$$eval('[role=tab]', (tabs) => tabs.at(-1).id);
  assert.equal(await page.evaluate(() => document.activeElement.id), last);
  await page.keyboard.press('Home');
  assert.equal(await page.getAttribute('#tab-s0', 'aria-selected'), 'true');
  await page.close();
});

test('index: no serious accessibility violation (axe-core)', async () => {
  const { page } = await open('/demo/');
  await widgetReport(page);
  await page.waitForSelector('#article-body mark');
  assert.deepEqual(await axeViolations(page), []);
  await page.close();
});

test('compare: one row per card, one column per outlet, flags explained', async () => {
  const { page, problems } = await open('/demo/compare.html');
  await page.waitForSelector('body[data-ready="true"]');
  // The page analyzed with the JS API; the widget-free way to get the same report:
  const report = await page.evaluate(async () => {
    const { analyze } = await import('/web/src/index.js');
    const bundle = await (await fetch('data/alibaba-nvidia-2025-09-24.json')).json();
    return analyze(bundle);
  });
  assert.ok(report.cards.length > 0);
  assert.equal(await page.locator('#compare-body tr').count(), report.cards.length);
  assert.equal(await page.locator('#compare-head th').count(), report.articles.length + 2);

  const majorCards = new Set(report.flags.filter((f) => f.severity === 'major').map((f) => f.card));
  assert.equal(await page.locator('#compare-body tr.row-major').count(), majorCards.size);
  const flagText = await page.locator('#compare-body').textContent();
  for (const flag of report.flags) assert.ok(flagText.includes(flag.message), `flag ${flag.id} shown`);
  // Every figure appears in its outlet's column of its card's row.
  for (const card of report.cards) {
    const row = page.locator(`#compare-body tr[data-card="${card.id}"]`);
    const cells = await row.locator('td').allTextContents();
    for (const id of card.figures) {
      const figure = report.figures.find((f) => f.id === id);
      const column = report.articles.findIndex((a) => a.id === figure.article);
      assert.ok(cells[column].includes(figure.text), `${figure.text} in ${card.id} / ${figure.article}`);
    }
  }

  await page.check('#only-conflicts');
  const conflictCards = new Set(report.flags.filter((f) => f.severity !== 'info').map((f) => f.card));
  assert.equal(await page.locator('#compare-body tr:not([hidden])').count(), conflictCards.size);
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(problems, []);
  await page.close();
});

test('strict-csp: the widget renders under the CSP header with no violation', async () => {
  const page = await browser.context.newPage();
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const problems = watchPage(page);
  const response = await page.goto(`${server.url}/demo/strict-csp.html`);
  assert.equal(
    response.headers()['content-security-policy'],
    "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'",
  );
  const report = await widgetReport(page);
  assert.ok(report.cards.length > 0);
  assert.ok((await page.locator('key-figures [part~="card"]').count()) > 0, 'cards rendered');
  await page.waitForSelector('#csp-status.is-ok');
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  assert.deepEqual(problems, []);
  await page.close();
});

test('embed: the smallest snippet renders the cards', async () => {
  const { page, problems } = await open('/demo/embed.html');
  const report = await widgetReport(page);
  assert.ok(report.cards.length > 0);
  assert.ok((await page.locator('key-figures [part~="card"]').count()) > 0);
  assert.deepEqual(problems, []);
  await page.close();
});
