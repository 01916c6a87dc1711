// The browser extension in real Chromium: collect two made-up article pages
// through the side panel page, check that cards appear, that the figures are
// highlighted in the article page, and that remove/clear work. Needs
// demo/extension/vendor/ (scripts/build-extension.sh, run by make wasm).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH, serveRepo, watchPage } from './lib/chromium.mjs';

const extensionDir = resolve(fileURLToPath(new URL('../../demo/extension', import.meta.url)));
const FIXTURES = '/tests/browser/fixtures';

let server;
let context;
let userDataDir;
let extensionId;

before(async () => {
  assert.ok(
    existsSync(join(extensionDir, 'vendor/src/define.js')),
    'demo/extension/vendor/ is missing: run scripts/build-extension.sh (make wasm does)',
  );
  const stale = ['src/define.js', 'src/element.js', 'dist/keyfigures.wasm'].filter(
    (file) => !readFileSync(join(extensionDir, 'vendor', file)).equals(readFileSync(join(extensionDir, '../../web', file))),
  );
  assert.deepEqual(stale, [], 'demo/extension/vendor/ is older than web/: run scripts/build-extension.sh');
  server = await serveRepo();
  userDataDir = mkdtempSync(join(tmpdir(), 'kf-extension-'));
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...CHROMIUM_ARGS, `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`],
  });
  const [worker] = context.serviceWorkers();
  const serviceWorker = worker ?? (await context.waitForEvent('serviceworker'));
  extensionId = new URL(serviceWorker.url()).host;
});

after(async () => {
  await context?.close();
  if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
  await server?.close();
});

async function openPanel() {
  const panel = await context.newPage();
  const problems = watchPage(panel);
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  return { panel, problems };
}

/** Opens an article page, then clicks "Add this page" in the panel (which targets the last web tab used). */
async function collect(panel, fixture) {
  const article = await context.newPage();
  await article.goto(`${server.url}${FIXTURES}/${fixture}`);
  await article.bringToFront();
  await panel.bringToFront();
  const before = Number(await panel.textContent('#article-count'));
  await panel.click('#add-page');
  await panel.waitForFunction((n) => Number(document.querySelector('#article-count').textContent) === n + 1, before);
  return article;
}

test('the manifest loads as an MV3 extension with a side panel', async () => {
  assert.match(extensionId, /^[a-p]{32}$/);
  const { panel, problems } = await openPanel();
  assert.equal(await panel.title(), 'keyfigures');
  assert.equal(await panel.isVisible('#empty-state'), true);
  assert.deepEqual(problems, []);
  await panel.close();
});

test('collected articles become cards and marks in the page', async () => {
  const { panel, problems } = await openPanel();
  const harbor = await collect(panel, 'northwind-harbor.html');
  const ledger = await collect(panel, 'northwind-ledger.html');

  const items = await panel.locator('#article-list li').allTextContents();
  assert.equal(items.length, 2);
  assert.match(items[0], /Harbor Street Journal/);
  assert.match(items[1], /Ledger Markets Daily/);

  // The widget analyzed both articles in the extension page.
  await panel.waitForFunction(() => document.getElementById('widget').report?.cards?.length > 0);
  const report = await panel.evaluate(() => document.getElementById('widget').report);
  assert.equal(report.articles.length, 2);
  assert.ok(report.figures.some((figure) => figure.article === report.articles[0].id));
  assert.ok((await panel.locator('#widget [part~="card"]').count()) > 0, 'cards rendered in the side panel');

  // The page read out of the fixture is the article, not the navigation or the aside.
  const stored = await panel.evaluate(async () => (await chrome.storage.local.get('collection')).collection.articles);
  assert.equal(stored[0].published, '2031-03-11');
  assert.equal(stored[0].title, 'Northwind Robotics soars 12% on $2.4 billion chip deal');
  assert.match(stored[0].text, /jumped 12% to \$48\.50/);
  assert.doesNotMatch(stored[0].text, /Subscribe|Related:|rights reserved/);

  // The last collected page (ledger) is the reading tab: its figures are marked.
  const ledgerFigures = report.figures.filter((figure) => figure.article === stored[1].id);
  await ledger.waitForFunction(
    (n) => new Set([...document.querySelectorAll('mark.keyfigures-mark')].map((m) => m.dataset.keyfiguresFigure)).size === n,
    ledgerFigures.length,
  );
  // A figure that spans several text nodes gets one mark per node: join them.
  const marked = await ledger.$$eval('mark.keyfigures-mark', (marks) => {
    const byFigure = new Map();
    for (const mark of marks) {
      const id = mark.dataset.keyfiguresFigure;
      byFigure.set(id, (byFigure.get(id) ?? '') + mark.textContent);
    }
    return [...byFigure].map(([id, text]) => ({ id, text }));
  });
  assert.equal(marked.length, ledgerFigures.length);
  // "$640 <abbr>million</abbr>" in the fixture: one figure, two text nodes, two marks.
  const revenue = ledgerFigures.find((figure) => figure.text.replace(/\s+/g, ' ') === '$640 million');
  assert.ok(revenue, 'the ledger article reports $640 million');
  assert.equal(await ledger.locator(`mark[data-keyfigures-figure="${revenue.id}"]`).count(), 2);
  for (const { id, text } of marked) {
    const figure = ledgerFigures.find((f) => f.id === id);
    assert.ok(figure, `mark for unknown figure ${id}`);
    assert.equal(text.replace(/\s+/g, ''), figure.text.replace(/\s+/g, ''));
  }
  // Highlighting changes no text of the page.
  assert.match(await ledger.textContent('article'), /shares rose 14% to \$49\.10 in premarket/);

  // Removing the article that is open removes its figures from the report.
  await panel.click('#article-list li:nth-child(2) .remove');
  await panel.waitForFunction(() => document.querySelectorAll('#article-list li').length === 1);
  await panel.waitForFunction(() => document.getElementById('widget').report?.articles?.length === 1);
  await ledger.waitForFunction(() => document.querySelectorAll('mark.keyfigures-mark').length === 0);
  assert.match(await ledger.textContent('article'), /shares rose 14% to \$49\.10 in premarket/);

  await panel.click('#clear-all');
  await panel.waitForFunction(() => document.querySelector('#article-count').textContent === '0');
  assert.equal(await panel.isVisible('#empty-state'), true);
  assert.equal(await panel.evaluate(async () => (await chrome.storage.local.get('collection')).collection.articles.length), 0);
  assert.deepEqual(problems, []);
  await Promise.all([harbor.close(), ledger.close(), panel.close()]);
});

test('the collection keeps the bundle within the contract', async () => {
  const { panel, problems } = await openPanel();
  const result = await panel.evaluate(async () => {
    const collection = await import('./collection.js');
    await collection.clearArticles();
    const page = { kind: 'page', text: 'Acme shares rose 5% to $10.', title: 'Acme', url: 'https://news.example/acme#top', published: '2031-01-02T09:00' };
    await collection.addArticle(page);
    await collection.addArticle({ ...page, text: 'Acme shares rose 6% to $10.' }); // same page again: replaced
    await collection.addArticle({ kind: 'selection', text: 'Acme expects 7% growth.', title: 'Acme', url: 'https://news.example/acme' });
    let oversize = '';
    try {
      await collection.addArticle({ kind: 'page', text: 'x'.repeat(11 * 1024 * 1024), url: 'https://news.example/big' });
    } catch (error) {
      oversize = error.message;
    }
    let empty = '';
    try {
      await collection.addArticle({ kind: 'page', text: '   ', url: 'https://news.example/empty' });
    } catch (error) {
      empty = error.message;
    }
    const articles = await collection.listArticles();
    return { articles, bundle: collection.toBundle(articles), oversize, empty };
  });
  assert.equal(result.articles.length, 2);
  assert.deepEqual(result.articles.map((a) => a.kind), ['page', 'selection']);
  assert.equal(result.articles[0].text, 'Acme shares rose 6% to $10.');
  assert.equal(result.articles[0].source, 'news.example');
  // Only contract fields; a date that is not YYYY-MM-DD is dropped rather than sent.
  for (const article of result.bundle.articles) {
    assert.deepEqual(Object.keys(article).filter((k) => !['id', 'source', 'title', 'text', 'url', 'published'].includes(k)), []);
    assert.equal('published' in article, false);
  }
  assert.equal(new Set(result.bundle.articles.map((a) => a.id)).size, 2);
  assert.match(result.oversize, /10 MiB/);
  assert.match(result.empty, /No article text/);
  await panel.waitForFunction(() => document.querySelectorAll('#article-list li').length === 2);
  await panel.waitForFunction(() => document.getElementById('widget').report?.articles?.length === 2);
  assert.deepEqual(problems, []);
  await panel.close();
});
