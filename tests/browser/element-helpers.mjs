// Shared by the <key-figures> browser tests: one server and one Chromium per
// file, pages made up on the fly (routed, not files in the repo), the native
// CLI report to compare with, and an in-page probe of a widget's shadow DOM.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium, serveRepo, watchPage } from './lib/chromium.mjs';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const DEMO_PATH = '/demo/data/alibaba-nvidia-2025-09-24.json';
export const AXE_PATH = join(ROOT, 'node_modules/axe-core/axe.min.js');

// KEYFIGURES_CLI: a CLI built from the same sources as web/dist (default: make native's).
const CLI = process.env.KEYFIGURES_CLI ?? join(ROOT, 'build/native/keyfigures');

/** The native CLI's report for a repo-relative bundle path. */
export function nativeReport(repoPath) {
  const cli = CLI;
  for (const needed of [cli, join(ROOT, 'web/dist/keyfigures.wasm')]) {
    if (!existsSync(needed)) throw new Error(`${needed} is missing: run \`make native wasm\` first`);
  }
  return JSON.parse(execFileSync(cli, ['analyze', join(ROOT, repoPath), '--compact'], { encoding: 'utf8' }));
}

// Loaded by every test page before the element: records events and
// unhandled rejections, and applies ?wasm=URL through configure().
const HARNESS_JS = `
window.kfEvents = [];
window.kfUnhandled = [];
window.kfCspViolations = [];
window.addEventListener('unhandledrejection', (event) => window.kfUnhandled.push(String(event.reason)));
document.addEventListener('securitypolicyviolation', (event) => window.kfCspViolations.push(event.violatedDirective));
for (const type of ['keyfigures-ready', 'keyfigures-error', 'keyfigures-select']) {
  document.addEventListener(type, (event) => {
    const detail = type === 'keyfigures-ready' ? { report: event.detail.report } : event.detail;
    window.kfEvents.push({ type, id: event.target.id, composed: event.composed, bubbles: event.bubbles, detail });
  });
}
const wasm = new URLSearchParams(location.search).get('wasm');
const { configure } = await import('/web/src/index.js');
if (wasm) configure({ wasmUrl: wasm });
await import('/web/src/define.js');
window.kfDefined = true;
`;

/** A whole page around `body`: lang, title and a main landmark, so axe judges the widget. */
export function pageHtml(body, { title = 'key-figures test' } = {}) {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<script type="module" src="/__element-test/harness.js"></script></head>
<body><main><h1>${title}</h1>
${body}
</main></body></html>`;
}

/** Starts the repo server and Chromium; returns { url, browser, openPage, close }. */
export async function startSession() {
  const server = await serveRepo();
  const browser = await launchChromium();
  let pageCount = 0;

  /**
   * Opens a made-up page. `headers` are added to the HTML response (CSP);
   * `routes` maps URL globs to Playwright route handlers; `query` is appended.
   */
  async function openPage(html, { headers = {}, routes = {}, query = '', viewport } = {}) {
    const page = await browser.context.newPage();
    if (viewport) await page.setViewportSize(viewport);
    const problems = watchPage(page);
    const requests = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    const path = `/__element-test/page-${++pageCount}.html`;
    await page.route((url) => url.pathname === '/__element-test/harness.js', (route) =>
      route.fulfill({ body: HARNESS_JS, contentType: 'text/javascript' }),
    );
    await page.route((url) => url.pathname === path, (route) =>
      route.fulfill({ body: html, contentType: 'text/html; charset=utf-8', headers }),
    );
    for (const [glob, handler] of Object.entries(routes)) await page.route(glob, handler);
    await page.goto(`${server.url}${path}${query}`);
    return { page, problems, requests };
  }

  const close = async () => {
    await browser.close();
    await server.close();
  };
  return { url: server.url, browser, openPage, close };
}

/** Resolves once `count` events of `type` (from widget `id`, if given) were seen. */
export async function waitForEvents(page, type, { id, count = 1 } = {}) {
  await page.waitForFunction(
    ([type, id, count]) =>
      (window.kfEvents ?? []).filter((event) => event.type === type && (!id || event.id === id)).length >= count,
    [type, id, count],
  );
  return page.evaluate(
    ([type, id]) => window.kfEvents.filter((event) => event.type === type && (!id || event.id === id)),
    [type, id],
  );
}

/** Resolves once widget `id` has fired keyfigures-ready or keyfigures-error; returns that event. */
export async function waitForSettled(page, id) {
  await page.waitForFunction(
    (id) => (window.kfEvents ?? []).some((event) => event.id === id && event.type !== 'keyfigures-select'),
    id,
  );
  return page.evaluate((id) => window.kfEvents.find((event) => event.id === id && event.type !== 'keyfigures-select'), id);
}

/** What widget `id` shows: counts of parts and the status/error texts. */
export function probeWidget(page, id) {
  return page.evaluate((id) => {
    const root = document.getElementById(id).shadowRoot;
    const all = (selector) => [...root.querySelectorAll(selector)];
    const text = (part) => root.querySelector(`[part~="${part}"]`)?.textContent ?? '';
    return {
      cards: all('[part~="card"]').length,
      labels: all('[part~="label"]').map((node) => node.textContent),
      values: all('[part~="value"]').map((node) => node.textContent),
      sources: all('[part~="source"]').map((node) => ({ tag: node.localName, text: node.textContent, href: node.getAttribute('href'), rel: node.getAttribute('rel'), target: node.getAttribute('target') })),
      flags: all('[part~="flag"]').map((node) => node.textContent),
      majorFlags: all('[part~="flag-major"]').map((node) => node.textContent),
      minorFlags: all('[part~="flag-minor"]').map((node) => node.textContent),
      thisArticle: all('.this-article').length,
      status: text('status'),
      error: text('error'),
      errorRole: root.querySelector('[part~="error"]')?.getAttribute('role'),
      statusRole: root.querySelector('[part~="status"]')?.getAttribute('role'),
      busy: root.querySelector('[aria-busy]')?.getAttribute('aria-busy'),
    };
  }, id);
}
