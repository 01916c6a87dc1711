// The WASM module under Node: byte-identical reports to the native CLI,
// error objects (never a throw) on bad input, and the web/src analyze() API.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { spawnSync } from 'node:child_process';
import { CLI, MODULE_WASM, bundlePaths, loadRawModule, nativeCompactReport, requireBuild } from './wasm-helpers.mjs';

for (const path of bundlePaths()) {
  test(`WASM report is byte-identical to the native CLI: ${basename(path)}`, async () => {
    const module = await loadRawModule();
    const expected = nativeCompactReport(path);
    const actual = module.analyze(readFileSync(path, 'utf8'));
    assert.equal(actual, expected);
    const report = JSON.parse(actual);
    assert.equal(report.version, '1');
    assert.equal(report.error, undefined);
  });
}

test('figure offsets are UTF-16 offsets into the article text', async () => {
  const module = await loadRawModule();
  for (const path of bundlePaths()) {
    const bundle = JSON.parse(readFileSync(path, 'utf8'));
    const report = JSON.parse(module.analyze(JSON.stringify(bundle)));
    const texts = new Map(bundle.articles.map((article) => [article.id, article.text]));
    for (const figure of report.figures) {
      assert.equal(texts.get(figure.article).slice(figure.start, figure.end), figure.text, `${basename(path)} ${figure.id}`);
    }
  }
});

const BAD_INPUTS = {
  'empty text': '',
  'not JSON': 'not json',
  'truncated JSON': '{"articles": [{"id": "a", "text": "x"',
  'articles not an array': '{"articles": 3}',
  'article without text': '{"articles": [{"id": "a"}]}',
  'duplicate ids': '{"articles": [{"id": "a", "text": "x"}, {"id": "a", "text": "y"}]}',
  'deep nesting': `${'['.repeat(100000)}${']'.repeat(100000)}`,
  'lone surrogate escape': '{"articles": [{"id": "a", "text": "\\ud800 rose 5%"}]}',
  'top-level array': '[]',
};

for (const [name, input] of Object.entries(BAD_INPUTS)) {
  test(`bad input returns an error object, never a throw: ${name}`, async () => {
    const module = await loadRawModule();
    const output = module.analyze(input);
    const result = JSON.parse(output);
    assert.equal(result.version, '1');
    assert.equal(result.error?.kind, 'bad_input', output.slice(0, 300));
    assert.equal(typeof result.error.message, 'string');
    assert.ok(result.error.message.length > 0);
  });
}

test('a bundle over the size limit is refused and the module keeps working', async () => {
  const module = await loadRawModule();
  const huge = JSON.stringify({ articles: [{ id: 'a', text: 'x'.repeat(11 * 1024 * 1024) }] });
  const result = JSON.parse(module.analyze(huge));
  assert.equal(result.error?.kind, 'bad_input');
  const after = JSON.parse(module.analyze('{"articles": [{"id": "a", "text": "Sales rose 5%."}]}'));
  assert.equal(after.error, undefined);
  assert.deepEqual(after.articles.map((article) => article.id), ['a']);
});

test('version() is the native CLI version', async () => {
  const module = await loadRawModule();
  assert.match(module.version(), /^\d+\.\d+\.\d+/);
});

test('web/src analyze(): resolves to the report, rejects with the core message', async () => {
  requireBuild(MODULE_WASM);
  const { analyze, configure, version, KeyfiguresError } = await import('../../web/src/index.js');
  configure({ wasmBinary: readFileSync(MODULE_WASM) });
  const module = await loadRawModule();

  const [demo] = bundlePaths();
  const text = readFileSync(demo, 'utf8');
  assert.deepEqual(await analyze(text), JSON.parse(module.analyze(text)));
  assert.deepEqual(await analyze(JSON.parse(text)), JSON.parse(module.analyze(text)));
  assert.equal(await version(), module.version());

  for (const input of ['not json', '{"articles": 3}', '{"articles": [{"id": "a"}]}']) {
    const expected = JSON.parse(module.analyze(input)).error.message;
    await assert.rejects(analyze(input), (error) => {
      assert.ok(error instanceof KeyfiguresError);
      assert.ok(error instanceof Error);
      assert.equal(error.message, expected);
      assert.equal(error.kind, 'bad_input');
      return true;
    });
  }
  await assert.rejects(analyze(42), /bundle must be an object or JSON text/);
  await assert.rejects(analyze(new TextEncoder().encode(text)), /not a Uint8Array \(decode it with TextDecoder first\)/);
  const cyclic = { articles: [] };
  cyclic.self = cyclic;
  await assert.rejects(analyze(cyclic), /cannot be written as JSON/);

  // A raw lone surrogate in JSON text must not shift the offsets of later figures.
  const articleText = 'Sales \ud800 rose 5% to $3 million; profit fell about 2%.';
  const report = await analyze(`{"articles": [{"id": "a", "text": ${JSON.stringify(articleText).replace('\\ud800', '\ud800')}}]}`);
  const wellFormedText = articleText.toWellFormed();
  for (const figure of report.figures) assert.equal(wellFormedText.slice(figure.start, figure.end), figure.text);

  assert.throws(() => configure({ wasmUrl: 'x.wasm' }), /before the module starts loading/);
});

// The module's own strtod and snprintf (wasm/libc_shims.cpp) stand in for
// musl's: control characters in a bundle's strings must come out escaped
// exactly as the native build prints them, and numbers (never valid in a
// bundle) must be read and refused like any other wrong type.
test('escaped control characters give the native report', async () => {
  const { mkdtempSync, writeFileSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const text = 'Globex shares rose 4.5% to $12.10.\u0001 Revenue was $2.5 billion.\u001f\u007f';
  const json = JSON.stringify({ bundle: 'controls\u0002', articles: [{ id: 'a1', source: 'Wire\u0003', text }] });
  const path = join(mkdtempSync(join(tmpdir(), 'kf-shims-')), 'bundle.json');
  writeFileSync(path, json);
  const module = await loadRawModule();
  const actual = module.analyze(json);
  assert.equal(actual, nativeCompactReport(path));
  assert.ok(actual.includes('\\u0002') && actual.includes('\\u0003'), actual.slice(0, 400));
});

for (const number of ['1.5e3', '-0.25', '1e-400', '1e400', '123456789012345678901234567890.5', '0.1', '-0'])
  test(`a number where a string belongs is refused: ${number}`, async () => {
    const module = await loadRawModule();
    const input = `{"articles": [{"id": "a", "title": ${number}, "text": "up 5%"}]}`;
    const result = JSON.parse(module.analyze(input));
    assert.equal(result.error?.kind, 'bad_input');
    // The native CLI names the same fault ("title" must be a string, or the number overflows).
    const native = spawnSync(CLI, ['analyze', '-'], { input, encoding: 'utf8' });
    assert.notEqual(native.status, 0);
    const message = result.error.message.replace(/^bundle:/, '');  // the CLI says "<stdin>:" there
    assert.ok(native.stderr.includes(message), `${native.stderr} / ${result.error.message}`);
  });

test('a raw control character in a JSON string is named in the error', async () => {
  const module = await loadRawModule();
  const result = JSON.parse(module.analyze('{"articles": [{"id": "a", "text": "up 5%\u0001"}]}'));
  assert.equal(result.error?.kind, 'bad_input');
  assert.match(result.error.message, /U\+0001/);
});
