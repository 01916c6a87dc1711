// Chromium measurements, through the shared browser-test harness
// (tests/browser/lib/chromium.mjs: Debian's Chromium, the repo server):
//   - WASM throughput on the bench inputs (bench/page/wasm.html);
//   - cold start: navigation start to the first rendered card of the widget,
//     with the HTTP cache cleared and disabled before every run.
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { launchChromium, serveRepo, watchPage } from '../../tests/browser/lib/chromium.mjs';
import { summarize } from './timing.mjs';

const CARD_WAIT_MS = 5000;
const READY_WAIT_MS = 15000;

// Runs before any page script (serialized by addInitScript): resolves
// window.__kfColdStart with the times (ms since navigation start) of
// keyfigures-ready and of the first card in the element's shadow root (null
// when the report has no cards), and when the downloads finished.
function coldStartProbe(cardWaitMs) {
  window.__kfColdStart = new Promise((resolveTimes) => {
    const resolve = (times) => {
      const loaded = (pattern) => {
        const entry = performance.getEntriesByType('resource').find((e) => pattern.test(e.name));
        return entry ? entry.responseEnd : null;
      };
      const nav = performance.getEntriesByType('navigation')[0];
      resolveTimes({
        ...times,
        dom_content_loaded: nav ? nav.domContentLoadedEventEnd : null,
        glue_loaded: loaded(/keyfigures\.mjs$/),
        wasm_loaded: loaded(/\.wasm$/),
        bundle_loaded: loaded(/data\/.*\.json$/),
      });
    };
    document.addEventListener('keyfigures-ready', (event) => {
      const ready = performance.now();
      const root = event.target.shadowRoot;
      const hasCard = () => root && root.querySelector('[part~="card"]');
      if (hasCard()) return resolve({ ready, card: performance.now() });
      if (!root) return resolve({ ready, card: null, why: 'no open shadow root' });
      const timer = setTimeout(() => resolve({ ready, card: null, why: 'no card rendered' }), cardWaitMs);
      new MutationObserver((_, observer) => {
        if (!hasCard()) return;
        observer.disconnect();
        clearTimeout(timer);
        resolve({ ready, card: performance.now() });
      }).observe(root, { childList: true, subtree: true });
      return undefined;
    }, { once: true, capture: true });
    document.addEventListener('keyfigures-error', (event) => {
      resolve({ ready: null, card: null, why: `keyfigures-error: ${event.detail?.message}` });
    }, { once: true, capture: true });
  });
}

/**
 * The pages to time, headline first: the demo once it holds the widget, and
 * the widget alone on a bare page (what an embedder pays). Empty while no widget exists.
 */
export function coldStartPages(root) {
  if (!existsSync(join(root, 'web/src/define.js'))) return [];
  const pages = [];
  const demo = join(root, 'demo/index.html');
  if (existsSync(demo) && readFileSync(demo, 'utf8').includes('<key-figures')) pages.push('/demo/index.html');
  pages.push('/bench/page/cold-start.html');
  return pages;
}

export async function withChromium(work) {
  const server = await serveRepo();
  const browser = await launchChromium();
  try {
    return await work({ context: browser.context, baseUrl: server.url });
  } finally {
    await browser.close();
    await server.close();
  }
}

// Main-thread CPU seconds of the page so far (CDP), or null if not reported.
async function mainThreadCpu(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((metric) => metric.name === 'ThreadTime')?.value ?? null;
}

/**
 * { [name]: timing with mb_per_s, and cpu_mb_per_s from the main thread's CPU
 * time over the timed runs (a mean, where Node's is a median) }.
 */
export async function chromiumThroughput({ context, baseUrl }, root, distDir, inputs, timing) {
  const page = await context.newPage();
  const problems = watchPage(page);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  try {
    await page.goto(`${baseUrl}/bench/page/wasm.html`);
    await page.waitForFunction(() => typeof window.wasmBench === 'object', null, { timeout: 30000 });
    await page.evaluate((glue) => window.wasmBench.load(glue), `/${relative(root, join(distDir, 'keyfigures.mjs'))}`);
    const results = {};
    for (const input of inputs) {
      const pageInput = { name: input.name, url: `/${relative(root, input.file)}`, text_bytes: input.text_bytes };
      const firstCallMs = await page.evaluate((i) => window.wasmBench.prepare(i), pageInput);
      await page.evaluate(([name, seconds]) => window.wasmBench.warmUp(name, seconds), [input.name, timing.warmupSeconds]);
      const cpuBefore = await mainThreadCpu(cdp);
      const result = await page.evaluate(([i, t]) => window.wasmBench.run(i, t), [pageInput, timing]);
      const cpuAfter = await mainThreadCpu(cdp);
      if (cpuBefore != null && cpuAfter > cpuBefore) {
        result.cpu_mean_seconds = (cpuAfter - cpuBefore) / result.runs;
        result.cpu_mb_per_s = input.text_bytes / 1e6 / result.cpu_mean_seconds;
      }
      results[input.name] = { ...result, first_call_ms: firstCallMs };
    }
    return results;
  } catch (error) {
    throw new Error(`${error.message}${problems.length ? `\n  ${problems.join('\n  ')}` : ''}`);
  } finally {
    await cdp.detach();
    await page.close();
  }
}

const probedContexts = new WeakSet();

export async function coldStart({ context, baseUrl }, pagePath, runs) {
  if (!probedContexts.has(context)) await context.addInitScript(coldStartProbe, CARD_WAIT_MS);
  probedContexts.add(context);
  const samples = [];
  const ready = [];
  const phases = { dom_content_loaded: [], glue_loaded: [], wasm_loaded: [], bundle_loaded: [] };
  const notes = new Set();
  for (let run = 0; run < runs; run += 1) {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.clearBrowserCache');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    try {
      await page.goto(`${baseUrl}${pagePath}`, { waitUntil: 'load' });
      const times = await page.evaluate(
        (limit) => Promise.race([
          window.__kfColdStart,
          new Promise((r) => setTimeout(() => r({ why: `no keyfigures-ready event within ${limit} ms` }), limit)),
        ]),
        READY_WAIT_MS,
      );
      if (times.ready != null) ready.push(times.ready / 1000);
      if (times.card != null) samples.push(times.card / 1000);
      if (times.why) notes.add(times.why);
      for (const [phase, list] of Object.entries(phases)) if (times[phase] != null) list.push(times[phase] / 1000);
      // A page that never gets ready will not get ready on the next try either.
      if (times.ready == null) break;
    } finally {
      await cdp.detach();
      await page.close();
    }
  }
  const toMs = (summary) => summary && {
    runs: summary.runs,
    median_ms: summary.median_seconds * 1000,
    min_ms: summary.min_seconds * 1000,
  };
  return {
    page: pagePath,
    cache: 'cleared and disabled (CDP) before every run',
    runs_requested: runs,
    first_card: samples.length ? toMs(summarize(samples)) : null,
    ready_event: ready.length ? toMs(summarize(ready)) : null,
    // Medians of when each download finished, ms since navigation start.
    phases_median_ms: Object.fromEntries(Object.entries(phases)
      .filter(([, list]) => list.length)
      .map(([phase, list]) => [phase, summarize(list).median_seconds * 1000])),
    notes: [...notes],
  };
}
