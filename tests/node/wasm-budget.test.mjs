// The widget's payload budget: JS + WASM + CSS, each gzipped, must stay
// under 150 KB (stretch goal 100 KB). Prints the sizes either way.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { MODULE_JS, MODULE_WASM, ROOT, requireBuild } from './wasm-helpers.mjs';

const BUDGET_BYTES = 150 * 1024;
const STRETCH_BYTES = 100 * 1024;

test('widget payload (gzip) is within the 150 KB budget', () => {
  requireBuild(MODULE_JS, MODULE_WASM);
  const srcDir = join(ROOT, 'web/src');
  // The CSS ships inside web/src/styles.js.
  const files = [MODULE_WASM, MODULE_JS, ...readdirSync(srcDir).filter((name) => name.endsWith('.js')).map((name) => join(srcDir, name))];
  let total = 0;
  for (const file of files) {
    const bytes = readFileSync(file);
    const gzipped = gzipSync(bytes, { level: 9 }).length;
    total += gzipped;
    console.log(`${relative(ROOT, file).padEnd(28)} ${String(bytes.length).padStart(8)} B  ${String(gzipped).padStart(7)} B gzip`);
  }
  const verdict = total <= STRETCH_BYTES ? 'within the 100 KB stretch goal' : 'over the 100 KB stretch goal';
  console.log(`total gzip: ${total} B (${(total / 1024).toFixed(1)} KB), budget ${BUDGET_BYTES} B, ${verdict}`);
  assert.ok(total <= BUDGET_BYTES, `payload ${total} B gzip is over the ${BUDGET_BYTES} B budget`);
});
