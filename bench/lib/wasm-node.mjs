// The WASM module under Node: web/dist/keyfigures.mjs with the binary read
// from disk (the build targets web and worker, so it cannot locate it itself).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { measure, withThroughput } from './timing.mjs';

export function wasmProblem(root) {
  const missing = ['web/dist/keyfigures.mjs', 'web/dist/keyfigures.wasm'].filter((f) => !existsSync(join(root, f)));
  return missing.length ? `${missing.join(', ')} missing: run \`make wasm\`` : null;
}

export async function loadWasmModule(root) {
  const { default: createKeyfiguresModule } = await import(pathToFileURL(join(root, 'web/dist/keyfigures.mjs')).href);
  const wasmBinary = readFileSync(join(root, 'web/dist/keyfigures.wasm'));
  return createKeyfiguresModule({ wasmBinary });
}

function heapBytes(module) {
  return module.HEAP8?.buffer?.byteLength ?? null;
}

/** { [name]: timing with mb_per_s } for every input under the bundle limit. */
export async function wasmNodeThroughput(root, inputs, timing) {
  const module = await loadWasmModule(root);
  const results = {};
  for (const input of inputs) {
    const json = readFileSync(input.file, 'utf8');
    const first = JSON.parse(module.analyze(json));
    if (first.error) throw new Error(`WASM rejected ${input.name}: ${first.error.message}`);
    results[input.name] = withThroughput(measure(() => module.analyze(json), timing), input.text_bytes);
  }
  return results;
}

/**
 * Linear memory after one analyze() of `input` in a fresh instance (memory only
 * grows, so this is the peak), else the Node process's RSS growth.
 */
export async function wasmNodeMemory(root, input) {
  const json = readFileSync(input.file, 'utf8');
  const rssBefore = process.memoryUsage().rss;
  const module = await loadWasmModule(root);
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
