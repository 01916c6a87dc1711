// The npm package in web/: its exports resolve to real files, and importing
// it where there is no DOM (Node, SSR) works and registers nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './wasm-helpers.mjs';

const WEB = join(ROOT, 'web');
const manifest = JSON.parse(readFileSync(join(WEB, 'package.json'), 'utf8'));

function exportTargets(entry) {
  return typeof entry === 'string' ? [entry] : Object.values(entry).flatMap(exportTargets);
}

test('package.json: ESM-only, exports and types point at files that exist', () => {
  assert.equal(manifest.name, 'keyfigures');
  assert.equal(manifest.type, 'module');
  assert.deepEqual(Object.keys(manifest.exports).sort(), ['.', './define', './keyfigures.wasm', './package.json']);
  for (const target of [...exportTargets(manifest.exports), manifest.types]) {
    if (target.startsWith('./dist/')) continue; // build output, checked by the WASM tests
    assert.ok(existsSync(join(WEB, target)), `${target} is missing`);
  }
  assert.deepEqual(manifest.sideEffects, ['./src/define.js']);
});

test('importing the package in Node touches no DOM and registers nothing', async () => {
  assert.equal(globalThis.HTMLElement, undefined);
  const api = await import('../../web/src/index.js');
  for (const name of ['analyze', 'configure', 'version', 'define', 'KeyFiguresElement', 'KeyfiguresError', 'KeyfiguresLoadError']) {
    assert.ok(api[name], `${name} is exported`);
  }
  assert.equal(api.define(), undefined);
  const defineEntry = await import('../../web/src/define.js');
  assert.equal(defineEntry.KeyFiguresElement, api.KeyFiguresElement);
});

test('no innerHTML, outerHTML, insertAdjacentHTML or document.write in web/src', () => {
  for (const file of ['analyze.js', 'define.js', 'element.js', 'format.js', 'index.js', 'loader.js', 'render.js', 'styles.js']) {
    const source = readFileSync(join(WEB, 'src', file), 'utf8');
    assert.doesNotMatch(source, /innerHTML|outerHTML|insertAdjacentHTML|document\.write|\.setHTML/, file);
  }
});

test('hedge wording of values', async () => {
  const { formatFigureValue } = await import('../../web/src/index.js');
  const cases = [
    [{ value: 9, unit: 'percent', hedge: 'approx' }, 'about 9%'],
    [{ value: 177, unit: 'USD', hedge: 'over' }, 'over $177'],
    [{ value: 9, low: 8, high: 10, unit: 'percent', hedge: 'range' }, '8–10%'],
    [{ value: 9.26, unit: 'percent', hedge: 'exact', direction: 'up' }, 'up 9.26%'],
    [{ value: 17, unit: 'percent', hedge: 'exact', direction: 'down' }, 'down 17%'],
    [{ value: 178.18, unit: 'USD', hedge: 'under' }, 'under $178.18'],
    [{ value: 16.3e6, unit: 'USD', hedge: 'exact' }, '$16.3M'],
    [{ value: 11, unit: 'multiple', hedge: 'exact' }, '11x'],
    [{ value: 91, unit: 'count', noun: 'availability zones', hedge: 'exact' }, '91 availability zones'],
    [{ value: -3.2, unit: 'percent', hedge: 'exact' }, '-3.2%'],
    [{ value: 1.5, unit: 'percentage_points', hedge: 'exact' }, '1.5 pp'],
  ];
  for (const [figure, expected] of cases) assert.equal(formatFigureValue(figure), expected);
});
