// Takes the README/docs screenshots into docs/screenshots/: the article demo
// (light), a figure's popover, the dark theme, the compare table and the
// browser extension's side panel. Needs `make wasm` (web/dist and the
// extension's vendor/ copy). Usage: node scripts/screenshots.mjs
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH, launchChromium } from '../tests/browser/lib/chromium.mjs';
import { startServer } from './serve.mjs';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const outDir = join(root, 'docs', 'screenshots');
const extensionDir = join(root, 'demo', 'extension');

async function waitForReport(page) {
  await page.waitForFunction(() => document.querySelector('key-figures')?.report, null, { timeout: 30_000 });
}

async function shoot(page, name, options = {}) {
  const path = join(outDir, name);
  await page.screenshot({ path, ...options });
  console.log(`wrote ${path.slice(root.length + 1)}`);
}

async function demoPages(url) {
  const browser = await launchChromium();
  try {
    const light = await browser.context.newPage();
    await light.setViewportSize({ width: 1280, height: 860 });
    await light.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
    await light.goto(`${url}/demo/?article=s1&theme=light`);
    await waitForReport(light);
    await light.waitForSelector('#article-body mark');
    await shoot(light, 'demo-light.png');

    // Open the popover on a figure whose card is flagged, if there is one,
    // with the figure high enough on screen for the popover to fit below it.
    const flagged = light.locator('#article-body mark.kf-mark-major, #article-body mark.kf-mark-minor');
    const target = (await flagged.count()) > 0 ? flagged.first() : light.locator('#article-body mark').first();
    await target.evaluate((mark) => window.scrollBy(0, mark.getBoundingClientRect().top - 300));
    await target.hover();
    await shoot(light, 'demo-popover.png');

    const dark = await browser.context.newPage();
    await dark.setViewportSize({ width: 1280, height: 860 });
    await dark.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
    await dark.goto(`${url}/demo/?article=s2&theme=dark`);
    await waitForReport(dark);
    await dark.waitForSelector('#article-body mark');
    await shoot(dark, 'demo-dark.png');

    const compare = await browser.context.newPage();
    await compare.setViewportSize({ width: 1440, height: 960 });
    await compare.emulateMedia({ colorScheme: 'light' });
    await compare.goto(`${url}/demo/compare.html?theme=light`);
    await compare.waitForSelector('body[data-ready="true"]', { timeout: 30_000 });
    await shoot(compare, 'compare.png');
  } finally {
    await browser.close();
  }
}

async function extensionPanel(url) {
  const userDataDir = mkdtempSync(join(tmpdir(), 'kf-screenshots-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    colorScheme: 'light',
    args: [...CHROMIUM_ARGS, `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`],
  });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const extensionId = new URL(worker.url()).host;
    const panel = await context.newPage();
    await panel.setViewportSize({ width: 420, height: 900 });
    await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
    for (const fixture of ['northwind-harbor.html', 'northwind-ledger.html']) {
      const article = await context.newPage();
      await article.goto(`${url}/tests/browser/fixtures/${fixture}`);
      await article.bringToFront();
      await panel.bringToFront();
      const count = Number(await panel.textContent('#article-count'));
      await panel.click('#add-page');
      await panel.waitForFunction((n) => Number(document.querySelector('#article-count').textContent) === n + 1, count);
    }
    await panel.waitForFunction(() => document.getElementById('widget').report?.articles?.length === 2, null, { timeout: 30_000 });
    await shoot(panel, 'extension-sidepanel.png');
  } finally {
    await context.close();
    rmSync(userDataDir, { recursive: true, force: true });
  }
}

mkdirSync(outDir, { recursive: true });
const { server, url } = await startServer({ port: 0 });
try {
  await demoPages(url);
  await extensionPanel(url);
} finally {
  server.close();
}
