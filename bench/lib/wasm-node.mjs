// The WASM module under Node: keyfigures.mjs from a dist folder (web/dist by
// default) with the binary read from disk (the build targets web and worker,
// so it cannot locate it itself).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { measure, withThroughput } from './timing.mjs';

export function wasmProblem(distDir) {
  const missing = ['keyfigures.mjs', 'keyfigures.wasm'].map((f) => join(distDir, f)).filter((f) => !existsSync(f));
  return missing.length ? `${missing.join(', ')} missing: run \`make wasm\`` : null;
}

export async function loadWasmModule(distDir) {
  const { default: createKeyfiguresModule } = await import(pathToFileURL(join(distDir, 'keyfigures.mjs')).href);
  const wasmBinary = readFileSync(join(distDir, 'keyfigures.wasm'));
  return createKeyfiguresModule({ wasmBinary });
}

function heapBytes(module) {
  return module.HEAP8?.buffer?.byteLength ?? null;
}

/** { [name]: timing with mb_per_s } for every input under the bundle limit. */
export async function wasmNodeThroughput(distDir, inputs, timing) {
  const module = await loadWasmModule(distDir);
  const results = {};
  for (const input of inputs) {
    const json = readFileSync(input.file, 'utf8');
    const started = performance.now();
    const first = JSON.parse(module.analyze(json));
    const firstCallMs = performance.now() - started; // the first input meets a fresh module
    if (first.error) throw new Error(`WASM rejected ${input.name}: ${first.error.message}`);
    results[input.name] = { ...withThroughput(measure(() => module.analyze(json), timing), input.text_bytes), first_call_ms: firstCallMs };
  }
  return results;
}

/**
 * Linear memory after one analyze() of `input` in a fresh instance (memory only
 * grows, so this is the peak), else the Node process's RSS growth.
 */
export async function wasmNodeMemory(distDir, input) {
  const json = readFileSync(input.file, 'utf8');
  const rssBefore = process.memoryUsage().rss;
  const module = await loadWasmModule(distDir);
  const heapBefore = heapBytes(module);
  module.analyze(json);
  const heapAfter = heapBytes(module);
  return {
    input: input.name,
    heap_initial_bytes: heapBefore,
    heap_after_bytes: heapAfter,
    node_rss_growth_bytes: process.memoryUsage().rss - rssBefore,
    source: heapAfter === null ? 'process.memoryUsage() delta' : 'HEAP8.buffer.byteLength',
  };
}
