// <key-figures> in real Chromium with the real WASM module: what it renders
// matches the native CLI's report, events, keyboard, themes, several widgets
// per page, every error state, strict CSP, and axe-core in light and dark.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  AXE_PATH,
  DEMO_PATH,
  ROOT,
  nativeReport,
  pageHtml,
  probeWidget,
  startSession,
  waitForEvents,
  waitForSettled,
} from './element-helpers.mjs';
import { cardRows } from '../../web/src/render.js';

const DATA_PATH = '/tests/data/made-up-orchard-chips-earnings.json';
const UNICODE_PATH = '/tests/data/made-up-unicode-cafe-chain.json';

let session;
before(async () => {
  session = await startSession();
});
after(async () => {
  await session?.close();
});

/** The value rows the widget shows, in order: one per outlet and worded value of each card. */
function expectedRows(report) {
  const figures = new Map(report.figures.map((figure) => [figure.id, figure]));
  return report.cards.flatMap((card) => cardRows(card, figures).map(({ figure }) => ({ card: card.id, figure: figure.id })));
}

/** Cards as the widget lists them: the report's cards, plus one for flags whose card is unknown. */
function expectedCounts(report) {
  const cardIds = new Set(report.cards.map((card) => card.id));
  const orphanFlags = report.flags.some((flag) => !cardIds.has(flag.card));
  return {
    cards: report.cards.length + (orphanFlags ? 1 : 0),
    values: expectedRows(report).length,
    major: report.flags.filter((flag) => flag.severity === 'major').length,
    minor: report.flags.filter((flag) => flag.severity === 'minor').length,
    flags: report.flags.length,
  };
}

test('renders the demo bundle: cards and flags match the native report', async () => {
  const report = nativeReport(DEMO_PATH);
  const { page, problems } = await session.openPage(pageHtml(`<key-figures id="demo" src="${DEMO_PATH}"></key-figures>`));
  const event = await waitForSettled(page, 'demo');
  assert.equal(event.type, 'keyfigures-ready', JSON.stringify(event.detail));
  assert.ok(event.composed && event.bubbles);
  assert.deepEqual(event.detail.report, report);
  assert.deepEqual(await page.evaluate(() => document.getElementById('demo').report), report);

  const shown = await probeWidget(page, 'demo');
  const expected = expectedCounts(report);
  assert.equal(shown.cards, expected.cards);
  assert.equal(shown.values.length, expected.values);
  assert.equal(shown.majorFlags.length, expected.major);
  assert.equal(shown.minorFlags.length, expected.minor);
  assert.equal(shown.flags.length, expected.flags);
  assert.deepEqual(shown.labels.slice(0, report.cards.length), report.cards.map((card) => card.label));
  for (const text of shown.majorFlags) assert.match(text, /Major disagreement/);
  for (const text of shown.minorFlags) assert.match(text, /Minor disagreement/);
  assert.equal(shown.error, '');
  assert.equal(shown.busy, 'false');
  assert.equal(shown.statusRole, 'status');
  assert.match(shown.status, report.cards.length ? /key figures? from \d+ outlets?/ : /No key figures found/);
  assert.deepEqual(problems, []);
  assert.deepEqual(await page.evaluate(() => window.kfUnhandled), []);
  await page.close();
});

test('a major flag is distinct by colour, border and text; info flags are de-emphasised', async () => {
  const { page } = await session.openPage(pageHtml(`<key-figures id="w" src="${DEMO_PATH}"></key-figures>`));
  await waitForSettled(page, 'w');
  const styles = await page.evaluate(() => {
    const root = document.getElementById('w').shadowRoot;
    const describe = (node) => node && {
      color: getComputedStyle(node.querySelector('.severity')).color,
      border: getComputedStyle(node).borderLeftColor,
      background: getComputedStyle(node).backgroundColor,
      text: node.textContent,
    };
    return {
      major: describe(root.querySelector('[part~="flag-major"]')),
      minor: describe(root.querySelector('[part~="flag-minor"]')),
      info: describe(root.querySelector('.flag.info')),
      fg: getComputedStyle(document.getElementById('w')).color,
    };
  });
  const report = await page.evaluate(() => document.getElementById('w').report);
  if (!report.flags.some((flag) => flag.severity === 'major')) {
    // No major disagreement in the demo bundle (yet): nothing to compare.
    assert.equal(styles.major, null);
    return;
  }
  assert.match(styles.major.text, /^⚠Major disagreement:/);
  assert.notEqual(styles.major.color, styles.fg);
  assert.notEqual(styles.major.background, 'rgba(0, 0, 0, 0)');
  assert.notEqual(styles.major.border, styles.info?.border ?? styles.minor?.border ?? 'none');
  if (styles.info) assert.notEqual(styles.info.color, styles.major.color);
  if (styles.minor) assert.match(styles.minor.text, /^≠Minor disagreement:/);
  if (styles.info) assert.match(styles.info.text, /^ℹNote:/);
  await page.close();
});

test('clicking a value, or Enter/Space on it, fires keyfigures-select with the figure span', async () => {
  const bundle = JSON.parse(readFileSync(join(ROOT, UNICODE_PATH), 'utf8'));
  const report = nativeReport(UNICODE_PATH);
  const { page } = await session.openPage(pageHtml(`<key-figures id="u" src="${UNICODE_PATH}" article="u1"></key-figures>`));
  await waitForSettled(page, 'u');
  const texts = new Map(bundle.articles.map((article) => [article.id, article.text]));
  const figures = new Map(report.figures.map((figure) => [figure.id, figure]));
  const values = page.locator('#u').locator('[part~="value"]');
  const count = await values.count();
  assert.equal(count, expectedCounts(report).values);
  for (let index = 0; index < count; index++) await values.nth(index).click();
  const selected = await waitForEvents(page, 'keyfigures-select', { id: 'u', count });
  const cardFigures = expectedRows(report);
  assert.equal(selected.length, cardFigures.length);
  selected.forEach(({ detail, composed, bubbles }, index) => {
    assert.ok(composed && bubbles);
    assert.equal(detail.card, cardFigures[index].card);
    assert.equal(detail.figure, cardFigures[index].figure);
    const figure = figures.get(detail.figure);
    assert.equal(detail.article, figure.article);
    assert.equal(detail.text, figure.text);
    assert.equal(texts.get(detail.article).slice(detail.start, detail.end), detail.text);
  });
  // The last value chosen is the one marked as current.
  const current = await page.evaluate(() =>
    [...document.getElementById('u').shadowRoot.querySelectorAll('[part~="value"][aria-current="true"]')].map((node) => node.dataset.index),
  );
  assert.deepEqual(current, count ? [String(count - 1)] : []);
  // "this article": the values from u1 are marked.
  const shown = await probeWidget(page, 'u');
  const fromU1 = cardFigures.filter(({ figure }) => figures.get(figure).article === 'u1').length;
  assert.equal(shown.thisArticle, fromU1);

  if (count > 0) {
    await values.first().focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Space');
    const after = await waitForEvents(page, 'keyfigures-select', { id: 'u', count: count + 2 });
    assert.equal(after.at(-1).detail.figure, cardFigures[0].figure);
    assert.equal(after.at(-2).detail.figure, cardFigures[0].figure);
  }
  await page.close();
});

test('values are buttons reached by Tab; arrow keys move within a card', async () => {
  const { page } = await session.openPage(pageHtml(`<key-figures id="demo" src="${DEMO_PATH}"></key-figures>`));
  await waitForSettled(page, 'demo');
  const layout = await page.evaluate(() =>
    [...document.getElementById('demo').shadowRoot.querySelectorAll('[part~="card"]')].map(
      (card) => card.querySelectorAll('button[part~="value"]').length,
    ),
  );
  const card = layout.findIndex((buttons) => buttons >= 2);
  const focusedFigure = () =>
    page.evaluate(() => {
      const active = document.getElementById('demo').shadowRoot.activeElement;
      return active ? `${active.localName}:${active.dataset.index}` : null;
    });
  await page.keyboard.press('Tab');
  if (layout.length) assert.equal(await focusedFigure(), 'button:0');
  if (card >= 0) {
    const first = layout.slice(0, card).reduce((sum, buttons) => sum + buttons, 0);
    await page.locator('#demo').locator('button[part~="value"]').nth(first).focus();
    await page.keyboard.press('ArrowDown');
    assert.equal(await focusedFigure(), `button:${first + 1}`);
    await page.keyboard.press('ArrowUp');
    assert.equal(await focusedFigure(), `button:${first}`);
    await page.keyboard.press('End');
    assert.equal(await focusedFigure(), `button:${first + layout[card] - 1}`);
  }
  await page.close();
});

test('source links only for http(s) URLs, with rel="noopener noreferrer" and target=_blank', async () => {
  const report = nativeReport(UNICODE_PATH);
  const urls = new Map(report.articles.map((article) => [article.id, article.url]));
  const figures = new Map(report.figures.map((figure) => [figure.id, figure]));
  const { page } = await session.openPage(pageHtml(`<key-figures id="u" src="${UNICODE_PATH}"></key-figures>`));
  await waitForSettled(page, 'u');
  const { sources } = await probeWidget(page, 'u');
  const expected = expectedRows(report).map(({ figure }) => urls.get(figures.get(figure).article));
  assert.equal(sources.length, expected.length);
  sources.forEach((source, index) => {
    if (/^https?:/.test(expected[index] ?? '')) {
      assert.deepEqual([source.tag, source.href, source.rel, source.target], ['a', expected[index], 'noopener noreferrer', '_blank']);
    } else {
      assert.equal(source.tag, 'span');
      assert.equal(source.href, null);
    }
  });
  await page.close();
});

test('themes: light, dark and auto (following prefers-color-scheme) change the computed colours', async () => {
  const { page } = await session.openPage(pageHtml(`<key-figures id="t" src="${DATA_PATH}" theme="light"></key-figures>`));
  await waitForSettled(page, 't');
  const colours = () =>
    page.evaluate(() => {
      const host = document.getElementById('t');
      const style = getComputedStyle(host);
      return `${style.color} on ${style.backgroundColor}`;
    });
  const setTheme = (theme) => page.evaluate((theme) => document.getElementById('t').setAttribute('theme', theme), theme);
  const light = await colours();
  await setTheme('dark');
  const dark = await colours();
  assert.notEqual(light, dark);
  await setTheme('auto');
  await page.emulateMedia({ colorScheme: 'dark' });
  assert.equal(await colours(), dark);
  await page.emulateMedia({ colorScheme: 'light' });
  assert.equal(await colours(), light);
  // Custom properties reach inside the shadow root.
  await page.evaluate(() => document.getElementById('t').style.setProperty('--kf-bg', 'rgb(1, 2, 3)'));
  assert.match(await colours(), / on rgb\(1, 2, 3\)$/);
  await page.close();
});

test('several widgets on one page are independent; a broken src errors in its own widget only', async () => {
  const inline = readFileSync(join(ROOT, DATA_PATH), 'utf8');
  const { page, problems, requests } = await session.openPage(
    pageHtml(`
<key-figures id="a" src="${DEMO_PATH}"></key-figures>
<key-figures id="b"><script type="application/json">${inline}</script></key-figures>
<key-figures id="broken" src="/no/such/bundle.json"></key-figures>
<key-figures id="invalid"><script type="application/json">{"articles": 3}</script></key-figures>
<key-figures id="c"></key-figures>`),
  );
  await page.waitForFunction(() => window.kfDefined);
  await page.evaluate((text) => (document.getElementById('c').bundle = JSON.parse(text)), inline);
  const events = Object.fromEntries(
    await Promise.all(['a', 'b', 'broken', 'invalid', 'c'].map(async (id) => [id, await waitForSettled(page, id)])),
  );
  assert.equal(events.a.type, 'keyfigures-ready');
  assert.deepEqual(events.a.detail.report, nativeReport(DEMO_PATH));
  assert.equal(events.b.type, 'keyfigures-ready');
  assert.deepEqual(events.b.detail.report, nativeReport(DATA_PATH));
  assert.equal(events.c.type, 'keyfigures-ready');
  assert.deepEqual(events.c.detail.report, events.b.detail.report);

  assert.equal(events.broken.type, 'keyfigures-error');
  assert.match(events.broken.detail.message, /HTTP 404/);
  const broken = await probeWidget(page, 'broken');
  assert.equal(broken.errorRole, 'alert');
  assert.match(broken.error, /could not be fetched \(HTTP 404\)/);
  assert.equal(broken.cards, 0);

  assert.equal(events.invalid.type, 'keyfigures-error');
  const core = await page.evaluate(() => import('/web/src/index.js').then(({ analyze }) => analyze('{"articles": 3}').catch((error) => error.message)));
  assert.equal(events.invalid.detail.message, core);
  assert.match((await probeWidget(page, 'invalid')).error, /articles/);

  for (const id of ['a', 'b', 'c']) assert.equal((await probeWidget(page, id)).error, '');
  // One module for the page: fetched once, whatever the number of widgets.
  assert.equal(requests.filter((path) => path.endsWith('/keyfigures.wasm')).length, 1);
  assert.equal(requests.filter((path) => path.endsWith('/keyfigures.mjs')).length, 1);
  assert.deepEqual(await page.evaluate(() => window.kfUnhandled), []);
  // The only failed request is the broken src (Chromium logs it without its URL).
  const unexpected = problems.filter((problem) => !problem.includes('/no/such/bundle.json') && !problem.includes('404 (Not Found)'));
  assert.deepEqual(unexpected, []);
  assert.equal(problems.filter((problem) => problem.includes('404 (Not Found)')).length, 1);
  await page.close();
});

test('a changed src re-renders; .report follows', async () => {
  const { page } = await session.openPage(pageHtml(`<key-figures id="s" src="${DEMO_PATH}"></key-figures>`));
  await waitForEvents(page, 'keyfigures-ready', { id: 's' });
  await page.evaluate((src) => (document.getElementById('s').src = src), DATA_PATH);
  const [, second] = await waitForEvents(page, 'keyfigures-ready', { id: 's', count: 2 });
  const report = nativeReport(DATA_PATH);
  assert.deepEqual(second.detail.report, report);
  assert.deepEqual(await page.evaluate(() => document.getElementById('s').report), report);
  assert.equal((await probeWidget(page, 's')).cards, expectedCounts(report).cards);
  await page.close();
});

test('the WASM file missing (404): a readable error in every widget, no unhandled rejection', async () => {
  const { page } = await session.openPage(
    pageHtml(`<key-figures id="a" src="${DEMO_PATH}"></key-figures><key-figures id="b" src="${DATA_PATH}"></key-figures>`),
    { query: '?wasm=/no/such/keyfigures.wasm' },
  );
  for (const id of ['a', 'b']) {
    const event = await waitForSettled(page, id);
    assert.equal(event.type, 'keyfigures-error');
    assert.match(event.detail.message, /could not be loaded \(HTTP 404\)/);
    assert.match((await probeWidget(page, id)).error, /HTTP 404/);
  }
  assert.deepEqual(await page.evaluate(() => window.kfUnhandled), []);
  await page.close();
});

test('a wrong MIME type for the WASM file falls back to compiling the bytes', async () => {
  const wasmUrl = '/web/dist/keyfigures.wasm';
  const { page } = await session.openPage(pageHtml(`<key-figures id="m" src="${DATA_PATH}"></key-figures>`), {
    routes: {
      [`**${wasmUrl}`]: async (route) => {
        const response = await route.fetch();
        await route.fulfill({ response, headers: { ...response.headers(), 'content-type': 'application/octet-stream' } });
      },
    },
  });
  const event = await waitForSettled(page, 'm');
  assert.equal(event.type, 'keyfigures-ready', JSON.stringify(event.detail));
  assert.deepEqual(event.detail.report, nativeReport(DATA_PATH));
  await page.close();
});

test('a wrong MIME type and bytes that are not WebAssembly: a readable error', async () => {
  const { page } = await session.openPage(pageHtml(`<key-figures id="m" src="${DATA_PATH}"></key-figures>`), {
    routes: {
      '**/web/dist/keyfigures.wasm': (route) => route.fulfill({ body: '<!doctype html><p>Not found</p>', contentType: 'text/html' }),
    },
  });
  const event = await waitForSettled(page, 'm');
  assert.equal(event.type, 'keyfigures-error');
  assert.match(event.detail.message, /keyfigures\.wasm could not be loaded/);
  assert.deepEqual(await page.evaluate(() => window.kfUnhandled), []);
  await page.close();
});

test("a CSP without 'wasm-unsafe-eval' blocks WebAssembly: the widget says so", async () => {
  const { page } = await session.openPage(pageHtml(`<key-figures id="p" src="${DATA_PATH}"></key-figures>`), {
    headers: { 'Content-Security-Policy': "default-src 'self'; script-src 'self'; style-src 'self'" },
  });
  const event = await waitForSettled(page, 'p');
  assert.equal(event.type, 'keyfigures-error');
  assert.match(event.detail.message, /Content Security Policy.*wasm-unsafe-eval/);
  assert.match((await probeWidget(page, 'p')).error, /Content Security Policy/);
  assert.deepEqual(await page.evaluate(() => window.kfUnhandled), []);
  await page.close();
});

test("strict CSP (script-src 'self' 'wasm-unsafe-eval'; style-src 'self'): renders and is styled", async () => {
  const { page, problems } = await session.openPage(pageHtml(`<key-figures id="s" src="${DEMO_PATH}" theme="dark"></key-figures>`), {
    headers: { 'Content-Security-Policy': "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'" },
  });
  const event = await waitForSettled(page, 's');
  assert.equal(event.type, 'keyfigures-ready', JSON.stringify(event.detail));
  const styled = await page.evaluate(() => {
    const host = document.getElementById('s');
    return { display: getComputedStyle(host).display, background: getComputedStyle(host).backgroundColor };
  });
  assert.equal(styled.display, 'block');
  assert.equal(styled.background, 'rgb(22, 25, 29)');
  assert.deepEqual(await page.evaluate(() => window.kfCspViolations), []);
  assert.deepEqual(problems, []);
  await page.close();
});

test('empty report: "No key figures found" is shown', async () => {
  const { page } = await session.openPage(pageHtml('<key-figures id="e"></key-figures>'));
  await page.waitForFunction(() => window.kfDefined);
  await page.evaluate(() => (document.getElementById('e').bundle = '{"articles": [{"id": "a", "text": "Nothing to count here."}]}'));
  const event = await waitForSettled(page, 'e');
  assert.equal(event.type, 'keyfigures-ready');
  if (event.detail.report.cards.length === 0) assert.equal((await probeWidget(page, 'e')).status, 'No key figures found');
  await page.close();
});

test('responsive down to 280 px: nothing overflows the widget', async () => {
  const { page } = await session.openPage(pageHtml(`<key-figures id="n" src="${DEMO_PATH}"></key-figures>`), {
    viewport: { width: 280, height: 800 },
  });
  await waitForSettled(page, 'n');
  const overflow = await page.evaluate(() => {
    const host = document.getElementById('n');
    const limit = host.getBoundingClientRect().right + 0.5;
    return [...host.shadowRoot.querySelectorAll('*')]
      .filter((node) => node.getBoundingClientRect().right > limit)
      .map((node) => `${node.localName}.${node.className}`);
  });
  assert.deepEqual(overflow, []);
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth));
  await page.close();
});

for (const theme of ['light', 'dark']) {
  test(`axe-core: zero violations with the shadow DOM included (${theme})`, async () => {
    const { page } = await session.openPage(
      pageHtml(`<key-figures id="x" src="${DEMO_PATH}" theme="${theme}" article="s1"></key-figures>
<key-figures id="err" src="/no/such/bundle.json" theme="${theme}"></key-figures>`),
    );
    await waitForSettled(page, 'x');
    await waitForSettled(page, 'err');
    if (theme === 'dark') await page.evaluate(() => Object.assign(document.body.style, { background: '#16191d', color: '#e6e8eb' }));
    await page.addScriptTag({ path: AXE_PATH });
    const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
    const violations = result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => JSON.stringify(node.target)).join(', ')}`);
    assert.deepEqual(violations, []);
    assert.ok((await probeWidget(page, 'x')).values.length >= 0);
    await page.close();
  });
}

test('a .bundle set before the element is defined is used on upgrade; article changes re-mark', async () => {
  const bundle = JSON.parse(readFileSync(join(ROOT, DATA_PATH), 'utf8'));
  const report = nativeReport(DATA_PATH);
  const page = await session.browser.context.newPage();
  // No harness: the element is defined only after the property is set.
  await page.goto(`${session.url}/docs/api.md`);
  const shown = await page.evaluate(async (bundle) => {
    const widget = document.createElement('key-figures');
    widget.id = 'late';
    widget.bundle = bundle;
    document.body.append(widget);
    const ready = new Promise((resolve) => widget.addEventListener('keyfigures-ready', (event) => resolve(event.detail.report)));
    await import('/web/src/define.js');
    const report = await ready;
    const marks = () => widget.shadowRoot.querySelectorAll('.this-article').length;
    const before = marks();
    widget.setAttribute('article', 'a2');
    const afterA2 = marks();
    widget.article = '';
    return { report, same: widget.report === report, before, afterA2, after: marks() };
  }, bundle);
  assert.deepEqual(shown.report, report);
  assert.ok(shown.same);
  assert.equal(shown.before, 0);
  const figures = new Map(report.figures.map((figure) => [figure.id, figure]));
  const rowsFromA2 = expectedRows(report).filter(({ figure }) => figures.get(figure).article === 'a2').length;
  assert.equal(shown.afterA2, rowsFromA2);
  assert.equal(shown.after, 0);
  await page.close();
});
