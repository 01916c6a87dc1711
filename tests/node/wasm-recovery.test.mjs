// A trap inside the module (abort, out of memory, a C++ throw with catching
// compiled out) must cost one analyze() call, not the page: the call rejects
// with kind "internal" and the next call runs on a fresh instance made from
// the same compiled module.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { DEMO_BUNDLE, MODULE_WASM, requireBuild } from './wasm-helpers.mjs';

test('after a trap, the next analyze() gets a fresh instance', async () => {
  requireBuild(MODULE_WASM);
  const { analyze, configure, KeyfiguresError } = await import('../../web/src/index.js');
  const { loadModule } = await import('../../web/src/loader.js');
  configure({ wasmBinary: readFileSync(MODULE_WASM) });
  const bundle = readFileSync(DEMO_BUNDLE, 'utf8');
  const expected = await analyze(bundle);

  for (const failure of [new WebAssembly.RuntimeError('unreachable'), 5_247_112]) {
    const broken = await loadModule();
    broken.analyze = () => {
      throw failure;
    };
    await assert.rejects(analyze(bundle), (error) => {
      assert.ok(error instanceof KeyfiguresError);
      assert.equal(error.kind, 'internal');
      assert.match(error.message, /^internal error in the keyfigures module/);
      return true;
    });
    const fresh = await loadModule();
    assert.notEqual(fresh, broken);
    assert.deepEqual(await analyze(bundle), expected);
  }
});

test('calls in flight when the module loads all resolve, on one instance', async () => {
  const { analyze } = await import('../../web/src/index.js');
  const { loadModule } = await import('../../web/src/loader.js');
  const bundle = readFileSync(DEMO_BUNDLE, 'utf8');
  const reports = await Promise.all(Array.from({ length: 8 }, () => analyze(bundle)));
  for (const report of reports) assert.deepEqual(report, reports[0]);
  assert.equal(await loadModule(), await loadModule());
});
