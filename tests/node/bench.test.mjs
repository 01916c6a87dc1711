// The benchmark harness runs end to end (`node bench/run.mjs --quick`) and
// writes well-formed results with every section. Timings are never checked:
// they are information, not pass/fail. Also pins the recall scoring rule and
// the input generator, which the published numbers depend on.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { locateNoise, sameValue, scoreNoise, scoreRecall } from '../../bench/lib/recall.mjs';
import { scaledBundle, shuffledBundle, textBytes } from '../../bench/lib/inputs.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SECTIONS = ['native', 'wasm_node', 'wasm_chromium', 'cold_start', 'payload', 'memory', 'peers'];

function assertTiming(timing, where) {
  assert.ok(Number.isInteger(timing.runs) && timing.runs >= 1, `${where}: runs`);
  assert.ok(timing.median_seconds > 0, `${where}: median_seconds`);
  assert.ok(Number.isFinite(timing.mb_per_s) && timing.mb_per_s > 0, `${where}: mb_per_s`);
}

test('bench/run.mjs --quick writes results with every section', { timeout: 240_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kf-bench-'));
  try {
    const out = join(dir, 'results.json');
    const doc = join(dir, 'benchmarks.md');
    writeFileSync(doc, '# t\n<!-- bench:start -->\nold\n<!-- bench:end -->\nafter\n');
    const { stdout } = await promisify(execFile)(
      process.execPath, ['bench/run.mjs', '--quick', '--out', out, '--markdown', doc],
      { cwd: ROOT, maxBuffer: 1 << 24 },
    );
    const results = JSON.parse(readFileSync(out, 'utf8'));

    assert.equal(results.schema, 1);
    assert.equal(results.profile, 'quick');
    assert.ok(!Number.isNaN(Date.parse(results.date)));
    assert.equal(typeof results.machine.cpu, 'string');
    assert.ok(results.machine.cores >= 1);
    assert.equal(results.machine.node, process.version);

    const kinds = new Set(results.inputs.map((input) => input.kind));
    assert.deepEqual([...kinds].sort(), ['big', 'one-sentence', 'scaled', 'shuffled']);
    for (const input of results.inputs) assert.ok(input.articles > 0 && input.text_bytes > 0, input.name);

    for (const name of SECTIONS) {
      const section = results[name];
      assert.equal(typeof section, 'object', `section ${name} is present`);
      assert.equal(section.error, undefined, `section ${name} failed: ${section.error}`);
      if (section.skipped !== undefined) assert.ok(section.skipped.length > 0, `${name} says why it was skipped`);
    }

    // A configured native build must have the bench binary (make native builds it).
    if (existsSync(join(ROOT, 'build/native/keyfigures'))) {
      assert.equal(results.native.skipped, undefined, 'build/native exists: rebuild it (make native) for keyfigures_bench');
    }
    const timedInputs = results.inputs.filter((input) => input.kind !== 'big').map((input) => input.name);
    if (!results.native.skipped) {
      for (const name of timedInputs) {
        const r = results.native.results[name];
        for (const stage of ['extract', 'analyze', 'analyze_json']) {
          assertTiming(r[stage], `native ${name} ${stage}`);
          assert.ok(r[stage].cpu_mb_per_s > 0, `native ${name} ${stage}: CPU-time throughput`);
        }
        assert.ok(Number.isInteger(r.figures) && r.figures >= 0);
      }
      assert.ok(results.native.scaling.scaled.time_per_mb_ratio > 0);
      assert.ok(results.native.extraction_big.text_bytes >= 200_000);
      assert.ok(results.memory.native.process_peak_rss_kib > 0 && results.memory.native.analyze_peak_rss_kib !== undefined);
    }
    if (!results.wasm_node.skipped) {
      for (const name of timedInputs) assertTiming(results.wasm_node.results[name], `WASM ${name}`);
      assert.ok(results.memory.wasm.heap_after_bytes > 0 || results.memory.wasm.node_rss_growth_bytes !== undefined);
    }
    if (!results.wasm_chromium.skipped) {
      for (const name of timedInputs) assertTiming(results.wasm_chromium.results[name], `Chromium ${name}`);
    }
    if (!results.cold_start.skipped) {
      assert.ok(results.cold_start.first_card || results.cold_start.notes.length, 'cold start measured or explained');
    }

    const { total } = results.payload;
    assert.ok(total.gzip > 0 && total.gzip < total.raw && total.brotli > 0);

    if (!results.peers.skipped) {
      const measured = results.peers.list.filter((peer) => !peer.skipped);
      assert.ok(measured.length >= 1);
      for (const peer of measured) {
        assertTiming(peer, `peer ${peer.name}`);
        if (peer.recall) assert.ok(peer.recall.found <= peer.recall.total && peer.recall.total > 0);
      }
    }

    assert.equal(results.targets.length, 5);
    for (const target of results.targets) assert.ok([true, false, null].includes(target.met), target.name);
    assert.match(stdout, /Targets/);
    const markdown = readFileSync(doc, 'utf8');
    assert.match(markdown, /<!-- bench:start -->\nRun .*\| target \| goal \|.*<!-- bench:end -->\nafter\n$/s);
    assert.doesNotMatch(markdown, /\nold\n/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('recall: same value within 1% and an overlapping span', () => {
  const gold = [{ id: 'g1', article: 'a', start: 10, end: 15, value: 9.26 }];
  const score = (candidates) => scoreRecall(gold, candidates).found;
  assert.equal(score([{ article: 'a', start: 12, end: 14, value: 9.3 }]), 1);
  assert.equal(score([{ article: 'a', start: 15, end: 20, value: 9.26 }]), 0, 'touching is not overlapping');
  assert.equal(score([{ article: 'b', start: 10, end: 15, value: 9.26 }]), 0, 'other article');
  assert.equal(score([{ article: 'a', start: 10, end: 15, value: 9.5 }]), 0, 'value off by more than 1%');
  assert.ok(sameValue(380e9, 380e9 * 1.009) && !sameValue(0.6, 0.61));
});

test('noise: every occurrence of a gold noise string, hit by any overlapping number', () => {
  const bundle = { articles: [{ id: 'a', text: 'H20 chips; H20 again; Office No. 507' }] };
  const noise = locateNoise({ noise: { a: ['H20', 'Office No. 507'] } }, bundle);
  assert.equal(noise.length, 3);
  const hits = scoreNoise(noise, [{ article: 'a', start: 1, end: 3, value: 20 }, { article: 'a', start: 33, end: 36, value: 507 }]);
  assert.deepEqual(hits, { hit: 2, total: 3, strings: ['H20', 'Office No. 507'] });
});

test('inputs: scaled copies get new ids; shuffled copies keep the size and change the figures', () => {
  const base = JSON.parse(readFileSync(join(ROOT, 'demo/data/alibaba-nvidia-2025-09-24.json'), 'utf8'));
  const scaled = scaledBundle(base, 3);
  assert.equal(scaled.articles.length, base.articles.length * 3);
  assert.equal(new Set(scaled.articles.map((a) => a.id)).size, scaled.articles.length);
  assert.equal(textBytes(scaled), textBytes(base) * 3);

  const shuffled = shuffledBundle(base, 3);
  assert.deepEqual(shuffledBundle(base, 3), shuffled, 'seeded: the same inputs on every run');
  assert.equal(new Set(shuffled.articles.map((a) => a.id)).size, shuffled.articles.length);
  const ratio = textBytes(shuffled) / textBytes(scaled);
  assert.ok(ratio > 0.95 && ratio < 1.05, `shuffled size ratio ${ratio}`);
  const copy1 = shuffled.articles.slice(0, base.articles.length).map((a) => a.text).join();
  const copy2 = shuffled.articles.slice(base.articles.length, 2 * base.articles.length).map((a) => a.text).join();
  assert.notEqual(copy1.match(/\d+/g).join(), copy2.match(/\d+/g).join(), 'later copies carry other numbers');
});
