// Shared by the WASM tests under Node: paths, the raw module (wasmBinary
// read from disk, since fetch() cannot read file: URLs), the native CLI.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const DIST = join(ROOT, 'web/dist');
export const MODULE_JS = join(DIST, 'keyfigures.mjs');
export const MODULE_WASM = join(DIST, 'keyfigures.wasm');
// KEYFIGURES_CLI: a CLI built from the same sources as web/dist (default: make native's).
export const CLI = process.env.KEYFIGURES_CLI ?? join(ROOT, 'build/native/keyfigures');
export const DEMO_BUNDLE = join(ROOT, 'demo/data/alibaba-nvidia-2025-09-24.json');

/** The demo bundle and every tests/data/*.json. */
export function bundlePaths() {
  const dataDir = join(ROOT, 'tests/data');
  const extra = existsSync(dataDir)
    ? readdirSync(dataDir).filter((name) => name.endsWith('.json')).sort().map((name) => join(dataDir, name))
    : [];
  return [DEMO_BUNDLE, ...extra];
}

export function requireBuild(...paths) {
  for (const path of paths) {
    if (!existsSync(path)) throw new Error(`${path} is missing: run \`make native wasm\` first`);
  }
}

let rawModule;
/** The Emscripten module itself (no web/src wrapper), instantiated once. */
export async function loadRawModule() {
  requireBuild(MODULE_JS, MODULE_WASM);
  rawModule ??= import(MODULE_JS).then(({ default: create }) => create({ wasmBinary: readFileSync(MODULE_WASM) }));
  return rawModule;
}

/** `keyfigures analyze FILE --compact` without the trailing newline. */
export function nativeCompactReport(path) {
  requireBuild(CLI);
  const output = execFileSync(CLI, ['analyze', path, '--compact'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  return output.replace(/\n$/, '');
}
