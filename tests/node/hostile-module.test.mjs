// The WASM module itself (web/dist/keyfigures.mjs, the Embind binding) on
// hostile input under Node: every case of hostile-cases.mjs comes back as a
// report or as {"error": {kind: "bad_input", message}} naming the place --
// never a throw, an abort or a hang -- and the module keeps working after.
// (Raw lone surrogates in a JS string are the API's job: see
// hostile-api.test.mjs; Embind's encoder would pair them with the next unit.)
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
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
