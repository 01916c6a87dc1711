// In Chromium: load the raw WASM module once (the Emscripten glue at
// glueUrl, /web/dist/keyfigures.mjs by default; it finds the .wasm beside
// itself), then time module.analyze() on each input with the same measure()
// loop as Node (bench/lib/timing.mjs). bench/lib/browser.mjs calls these one
// step at a time so it can read the main thread's CPU time around the timed
// loop (CDP Performance.getMetrics), which a page cannot do itself.
import { measure, withThroughput } from '../lib/timing.mjs';

let module = null;
const texts = new Map();

async function load(glueUrl = '/web/dist/keyfigures.mjs') {
  const { default: createKeyfiguresModule } = await import(glueUrl);
  module = await createKeyfiguresModule();
}

/**
 * Fetches an input and checks that the module accepts it; returns the ms of
 * that first analyze() (for the first input: a fresh module, whose functions
 * are compiled lazily and run in the baseline tier, as on a cold page).
 */
async function prepare(input) {
  const response = await fetch(input.url);
  if (!response.ok) throw new Error(`${input.url}: HTTP ${response.status}`);
  const json = await response.text();
  const started = performance.now();
  const first = JSON.parse(module.analyze(json));
  const firstCallMs = performance.now() - started;
  if (first.error) throw new Error(`WASM rejected ${input.name}: ${first.error.message}`);
  texts.set(input.name, json);
  return firstCallMs;
}

function warmUp(name, seconds) {
  const json = texts.get(name);
  const started = performance.now();
  while ((performance.now() - started) / 1000 < seconds) module.analyze(json);
}

function run(input, timing) {
  const json = texts.get(input.name);
  return withThroughput(measure(() => module.analyze(json), { ...timing, warmupSeconds: 0 }), input.text_bytes);
}

window.wasmBench = { load, prepare, warmUp, run };
