// The WASM module itself (web/dist/keyfigures.mjs, the Embind binding) on
// hostile input under Node: every case of hostile-cases.mjs comes back as a
// report or as {"error": {kind: "bad_input", message}} naming the place --
// never a throw, an abort or a hang -- and the module keeps working after.
// (Raw lone surrogates in a JS string are the API's job: see
// hostile-api.test.mjs; Embind's encoder would pair them with the next unit.)
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hostileCases, reportProblems } from './hostile-cases.mjs';

const dist = fileURLToPath(new URL('../../web/dist/', import.meta.url));
const built = existsSync(`${dist}keyfigures.mjs`) && existsSync(`${dist}keyfigures.wasm`);
const skip = built ? false : 'web/dist is not built (make wasm)';

let module;
before(async () => {
  if (!built) return;
  const { default: createModule } = await import(`${dist}keyfigures.mjs`);
  module = await createModule({ wasmBinary: readFileSync(`${dist}keyfigures.wasm`) });
});

function bundleOf(input) {
  const text = typeof input === 'string' ? input : new TextDecoder().decode(input);
  return JSON.parse(text.replace(/^\ufeff/, ''));
}

for (const hostile of hostileCases) {
  test(`module: ${hostile.name}`, { skip }, () => {
    const input = hostile.input();
    const answer = JSON.parse(module.analyze(input));
    assert.equal(answer.version, '1');
    if (hostile.error) {
      assert.equal(answer.error?.kind, 'bad_input', JSON.stringify(answer).slice(0, 300));
      assert.ok(answer.error.message.includes(hostile.error), answer.error.message);
    } else {
      assert.equal(answer.error, undefined, answer.error?.message);
      if (hostile.articles) assert.equal(answer.articles.length, hostile.articles);
      assert.deepEqual(reportProblems(answer, bundleOf(input)), []);
    }
    // Nothing poisoned: the next call works.
    assert.equal(JSON.parse(module.analyze('{"articles":[{"id":"a","text":"Up 5%."}]}')).error, undefined);
  });
}

// The 32-bit WASM build must answer exactly like the native CLI on hostile
// texts (size_t is 32 bits there; number parsing and rounding must agree).
const cli = fileURLToPath(new URL('../../build/native/keyfigures', import.meta.url));
const HOSTILE_TEXTS = [
  `NaN Infinity 1e309 -1e309 $1e309 0x1p9999 yuan ${'9'.repeat(400)}% and $${'9'.repeat(400)}.${'9'.repeat(40)} billion`,
  '18446744073709551616 shares; 4294967296 shares rose 4294967297%; $9007199254740993 billion',
  'Shares rose −5% and –3% and —2%; 1..5% ..5 5.. $. ¥- 8-10-12% --5%',
  'Revenue 😀 rose 5% 📈 to $10 😀 billion, ５％ ＄１０, 3\u00a0billion yuan, 4\u2009%, 5\u202f000 shares',
  'Revenue was 999 trillion trillion trillion billion million dollars, about more than nearly 5%.',
  '1,000,000,000,000,000,000,000,000,000,000,000,000,000,000 yuan; 0.000000000000000000001% of $0.0000001',
  'Shares rose 5% \u202e to $10 a share \u200b and 2\u200b0% zero\u200dwidth.',
];
test('module: hostile texts give the same report as the native CLI', { skip: skip || (!existsSync(cli) && 'build/native/keyfigures is missing') }, () => {
  const folder = mkdtempSync(join(tmpdir(), 'kf-hostile-'));
  try {
    HOSTILE_TEXTS.forEach((text, index) => {
      const json = JSON.stringify({ articles: [{ id: 'a', source: 'S', text }, { id: 'b', source: 'T', text: [...text].reverse().join('') }] });
      const path = join(folder, `${index}.json`);
      writeFileSync(path, json);
      const native = execFileSync(cli, ['analyze', path, '--compact'], { encoding: 'utf8' }).replace(/\n$/, '');
      assert.equal(module.analyze(json), native, text);
    });
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});
