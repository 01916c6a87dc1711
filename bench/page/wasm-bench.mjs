// In Chromium: load the raw WASM module once (the Emscripten glue at
// glueUrl, /web/dist/keyfigures.mjs by default; it finds the .wasm beside
// itself), then time module.analyze() on each input with the same measure()
// loop as Node (bench/lib/timing.mjs).
import { measure, withThroughput } from '../lib/timing.mjs';

/** inputs: [{ name, url, text_bytes }] -> { [name]: timing with mb_per_s } */
async function runWasmBench(inputs, timing, glueUrl = '/web/dist/keyfigures.mjs') {
  const { default: createKeyfiguresModule } = await import(glueUrl);
  const module = await createKeyfiguresModule();
  const results = {};
  for (const input of inputs) {
    const response = await fetch(input.url);
    if (!response.ok) throw new Error(`${input.url}: HTTP ${response.status}`);
    const json = await response.text();
    const first = JSON.parse(module.analyze(json));
    if (first.error) throw new Error(`WASM rejected ${input.name}: ${first.error.message}`);
    results[input.name] = withThroughput(measure(() => module.analyze(json), timing), input.text_bytes);
  }
  return results;
}

window.runWasmBench = runWasmBench;
