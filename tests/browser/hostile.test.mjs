// <key-figures> on bad and extreme input, in Chromium: every hostile bundle of
// tests/node/hostile-cases.mjs (served as the src file, so bytes and size are
// real) ends in keyfigures-error with the core's message visible in
// part="error", or in a report that keeps the contract invariants; a page of
// 20 widgets with one broken renders 19; a missing, mistyped or CSP-blocked
// WebAssembly file leaves a readable message and a working page.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { hostileCases, reportProblems } from '../node/hostile-cases.mjs';
import { STRICT_CSP_NO_WASM, mountWidgets, openFixture, startBrowser } from './fixtures/hostile-browser.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const elementExists = existsSync(`${root}web/src/define.js`);
const skip = elementExists ? false : 'web/src/define.js does not exist yet';
const demoBundle = readFileSync(`${root}demo/data/alibaba-nvidia-2025-09-24.json`, 'utf8');

// The core's message without its "origin:line:col: " prefix, which names the
// input as the widget calls it (its src URL, "bundle", ...).
const messageCore = (message) => message.replace(/^bundle(:\d+:\d+)?: /, '');

let session;
before(async () => {
  if (elementExists) session = await startBrowser();
});
after(async () => {
  await session?.close();
});

/** Serves each body at /hostile-bundles/<index>.json for the page. */
async function serveBodies(page, bodies) {
  await page.route('**/hostile-bundles/*', async (route) => {
    const index = Number(new URL(route.request().url()).pathname.split('/').pop().replace('.json', ''));
    await route.fulfill({ status: 200, contentType: 'application/json', body: Buffer.from(bodies[index]) });
  });
}

test('every hostile bundle as a src file: the exact error, visible, or a sound report', { skip }, async () => {
  const fixture = await openFixture(session);
  try {
    const inputs = hostileCases.map((hostile) => hostile.input());
    await serveBodies(fixture.page, inputs);
    const outcomes = await mountWidgets(
      fixture.page,
      inputs.map((_, index) => ({ src: `/hostile-bundles/${index}.json` })),
    );
    hostileCases.forEach((hostile, index) => {
      const outcome = outcomes[index];
      const label = `${hostile.name}: ${outcome.event} ${outcome.message}`;
      assert.deepEqual(outcome.problems, [], label);
      if (hostile.name.startsWith('invalid UTF-8')) {
        // fetch() decodes the body as UTF-8 with replacement before the core
        // sees it: the bundle is then valid, and the U+FFFD stays in the text.
        assert.equal(outcome.event, 'ready', label);
      } else if (hostile.error) {
        assert.equal(outcome.event, 'error', label);
        assert.ok(outcome.message.includes(messageCore(hostile.error)), label);
        assert.ok(outcome.errorText.includes(messageCore(hostile.error)), `${label}: not visible (${outcome.errorText})`);
      } else {
        assert.equal(outcome.event, 'ready', label);
        const bundle = JSON.parse(new TextDecoder().decode(Buffer.from(inputs[index])).replace(/^\ufeff/, ''));
        assert.deepEqual(reportProblems(outcome.report, bundle), [], label);
      }
    });
    assert.deepEqual(fixture.problems.filter((p) => p.startsWith('pageerror')), []);
  } finally {
    await fixture.page.close();
  }
});

test('a src that answers with an HTML page: invalid JSON, shown as text, nothing runs', { skip }, async () => {
  const fixture = await openFixture(session);
  try {
    const page = '<!doctype html><title>Oops</title><script>alert(1)</script><img src=x onerror=alert(2)>';
    await serveBodies(fixture.page, [page]);
    const [outcome] = await mountWidgets(fixture.page, [{ src: '/hostile-bundles/0.json' }]);
    assert.equal(outcome.event, 'error');
    assert.match(outcome.errorText, /invalid JSON/);
    assert.deepEqual(outcome.problems, []);
    const found = await fixture.executions();
    assert.deepEqual([...found.hooks, ...found.dialogs], []);
  } finally {
    await fixture.page.close();
  }
});

test('hostile objects through the .bundle property: lone surrogates, 50 MB', { skip }, async () => {
  const fixture = await openFixture(session);
  try {
    const outcomes = await fixture.page.evaluate(() =>
      window.kfHarness.mountWidgets([
        { bundle: { articles: [{ id: 'a', text: 'x \ud800 y rose 5%' }] } },
        { bundle: { articles: [{ id: 'a', text: 'x'.repeat(50 * 1024 * 1024) }] } },
        { bundle: { articles: [{ id: 'a', text: 'Shares rose 5% to $10.' }] } },
      ]),
    );
    const [surrogate, huge, fine] = outcomes;
    assert.equal(surrogate.event, 'error', surrogate.message);
    assert.match(surrogate.message, /surrogate/);
    assert.match(surrogate.errorText, /surrogate/);
    assert.equal(huge.event, 'error', huge.message);
    assert.match(huge.message, /the limit is 10485760 bytes/);
    assert.match(huge.errorText, /the limit is 10485760 bytes/);
    assert.equal(fine.event, 'ready', fine.message);
  } finally {
    await fixture.page.close();
  }
});

test('a src that never answers: that widget says it is loading, the others render', { skip }, async () => {
  const fixture = await openFixture(session, { routes: { '**/never-answers.json': () => {} } });
  try {
    await fixture.page.evaluate(() => {
      const stuck = document.createElement('key-figures');
      stuck.id = 'stuck';
      stuck.setAttribute('src', '/never-answers.json');
      document.getElementById('widgets').append(stuck);
    });
    const [outcome] = await mountWidgets(fixture.page, [{ inline: demoBundle }]);
    assert.equal(outcome.event, 'ready', outcome.message);
    const stuckStatus = await fixture.page.evaluate(() =>
      document.getElementById('stuck').shadowRoot.querySelector('[part~="status"]')?.textContent ?? '',
    );
    assert.match(stuckStatus, /load/i);
  } finally {
    await fixture.page.close();
  }
});

test('20 widgets on a page, one of them broken: 19 render', { skip }, async () => {
  const fixture = await openFixture(session);
  try {
    const specs = Array.from({ length: 20 }, (_, i) =>
      i === 7 ? { inline: '{"articles": [tru]}' } : { inline: demoBundle },
    );
    const outcomes = await mountWidgets(fixture.page, specs);
    assert.deepEqual(
      outcomes.map((o) => o.event),
      specs.map((_, i) => (i === 7 ? 'error' : 'ready')),
    );
    assert.match(outcomes[7].errorText, /invalid JSON/);
    for (const outcome of outcomes.filter((o) => o.event === 'ready')) assert.equal(outcome.errorText, '');
  } finally {
    await fixture.page.close();
  }
});

/** Every widget ends in a visible, readable error and the rest of the page still runs. */
async function assertReadableFallback(fixture, label) {
  const outcomes = await mountWidgets(fixture.page, [
    { inline: demoBundle, fallback: 'Key figures need JavaScript and WebAssembly.' },
    { src: '/demo/data/alibaba-nvidia-2025-09-24.json' },
  ]);
  for (const outcome of outcomes) {
    assert.equal(outcome.event, 'error', `${label}: ${outcome.event}`);
    assert.ok(outcome.message.length > 0, label);
    assert.ok(outcome.errorText.length > 0, `${label}: nothing visible`);
    assert.doesNotMatch(outcome.errorText, /\n\s+at |\[object /, `${label}: not readable: ${outcome.errorText}`);
  }
  assert.equal(await fixture.page.textContent('#page-alive'), 'page script ran');
  assert.deepEqual(fixture.problems.filter((p) => p.startsWith('pageerror')), [], label);
  return outcomes;
}

test('a WASM 404: readable message in every widget, the page keeps working', { skip }, async () => {
  const fixture = await openFixture(session, {
    routes: { '**/*.wasm': (route) => route.fulfill({ status: 404, contentType: 'text/plain', body: 'not found' }) },
  });
  try {
    await assertReadableFallback(fixture, 'wasm 404');
  } finally {
    await fixture.page.close();
  }
});

test('a WASM served with the wrong MIME type still works (ArrayBuffer fallback)', { skip }, async () => {
  const fixture = await openFixture(session, {
    routes: {
      '**/*.wasm': async (route) => {
        const response = await route.fetch();
        await route.fulfill({ response, headers: { ...response.headers(), 'content-type': 'application/octet-stream' } });
      },
    },
  });
  try {
    const [outcome] = await mountWidgets(fixture.page, [{ inline: demoBundle }]);
    assert.equal(outcome.event, 'ready', outcome.message);
    assert.equal(outcome.errorText, '');
  } finally {
    await fixture.page.close();
  }
});

test("a CSP without 'wasm-unsafe-eval' blocks the WASM: readable message, working page", { skip }, async () => {
  const fixture = await openFixture(session, { csp: STRICT_CSP_NO_WASM });
  try {
    await assertReadableFallback(fixture, 'blocked wasm');
  } finally {
    await fixture.page.close();
  }
});
