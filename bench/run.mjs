#!/usr/bin/env node
// `make bench`: keyfigures against its own targets and against the
// alternatives, in one run on one machine. Writes bench/results.json and
// prints the tables (docs/benchmarks.md explains every figure).
//
//   node bench/run.mjs [--quick] [--out FILE] [--native-bin PATH] [--gold PATH]
//                      [--wasm-dir DIR]    (keyfigures.mjs + .wasm; web/dist by default,
//                                           another build to compare link flags)
//                      [--markdown FILE]   (rewrite the tables of docs/benchmarks.md)
//
// Throughput is MB/s of article text: the UTF-8 bytes of every article's
// `text` divided by the median time of one run (1 MB = 10^6 bytes), in wall
// time and in CPU time (what the tables show: other jobs on the machine do
// not count against it).
import { mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { execFile } from 'node:child_process';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, promisify } from 'node:util';
import { CHROMIUM_PATH } from '../tests/browser/lib/chromium.mjs';
import { chromiumThroughput, coldStart, coldStartPages, withChromium } from './lib/browser.mjs';
import { writeInputs } from './lib/inputs.mjs';
import { describeMachine } from './lib/machine.mjs';
import { DEFAULT_NATIVE_BIN, nativeBinaryProblem, nativeExtraction, nativeMemory, nativeThroughput } from './lib/native.mjs';
import { measurePayload } from './lib/payload.mjs';
import { loadPeers } from './lib/peers.mjs';
import { loadGold, locateGold, locateNoise, reportCandidates, scoreNoise, scoreRecall } from './lib/recall.mjs';
import { HEADLINE_INPUT, evaluateTargets } from './lib/targets.mjs';
import { renderTerminal, resultTables } from './lib/tables.mjs';
import { updateMarkdown } from './lib/markdown.mjs';
import { measure, withThroughput } from './lib/timing.mjs';
import { loadWasmModule, wasmNodeMemory, wasmNodeThroughput, wasmProblem } from './lib/wasm-node.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SEED_BUNDLE = join(ROOT, 'demo/data/alibaba-nvidia-2025-09-24.json');
const BUNDLE_LIMIT_BYTES = 10 * 1024 * 1024; // include/keyfigures/limits.hpp
const BUNDLE_LIMIT_ARTICLES = 2000;
const NEAR_LINEAR = 1.5; // time per MB at the largest size within 1.5x of 1x

const PROFILES = {
  full: {
    scales: [1, 4, 16, 64],
    bigBytes: 10_000_000,
    timing: { minSeconds: 0.5, minRuns: 3, maxSeconds: 10, warmupSeconds: 0.25 },
    coldRuns: 11,
  },
  quick: {
    scales: [1, 2],
    bigBytes: 200_000,
    timing: { minSeconds: 0.02, minRuns: 1, maxSeconds: 2, warmupSeconds: 0 },
    coldRuns: 2,
  },
};

const { values: args } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    out: { type: 'string', default: join(ROOT, 'bench/results.json') },
    'native-bin': { type: 'string', default: join(ROOT, DEFAULT_NATIVE_BIN) },
    gold: { type: 'string', default: join(ROOT, '../shared/gold/seeds.json') },
    'wasm-dir': { type: 'string', default: join(ROOT, 'web/dist') },
    markdown: { type: 'string' },
  },
});
const profile = args.quick ? PROFILES.quick : PROFILES.full;
const DIST = resolve(args['wasm-dir']);
if (!DIST.startsWith(`${ROOT}/`)) throw new Error(`--wasm-dir must be inside the repo (the server's root): ${DIST}`);

function log(message) {
  process.stderr.write(`bench: ${message}\n`);
}

// Runs one section; a missing prerequisite is a skip, anything else an error
// (reported, and the run exits non-zero at the end).
let failures = 0;
async function section(name, work) {
  const started = performance.now();
  log(`${name}...`);
  try {
    const result = await work();
    log(`${name} done in ${((performance.now() - started) / 1000).toFixed(1)} s${result?.skipped ? ` (skipped: ${result.skipped})` : ''}`);
    return result;
  } catch (error) {
    failures += 1;
    log(`${name} FAILED: ${error.stack ?? error.message}`);
    return { error: error.message };
  }
}

function underBundleLimit(input) {
  return input.json_bytes <= BUNDLE_LIMIT_BYTES && input.articles <= BUNDLE_LIMIT_ARTICLES;
}

// Speed ratio a/b on process CPU time when both sides report it (steady on a
// shared machine), else on wall time; returns [ratio, basis].
function speedRatio(a, b) {
  if (a?.cpu_mb_per_s && b?.cpu_mb_per_s) return [a.cpu_mb_per_s / b.cpu_mb_per_s, 'cpu'];
  if (a?.mb_per_s && b?.mb_per_s) return [a.mb_per_s / b.mb_per_s, 'wall'];
  return [null, null];
}

// WASM over native analyze_json (the same JSON-in, JSON-out work), per input.
function ratios(results, native) {
  const out = { ratio_to_native: {}, ratio_basis: {} };
  for (const [name, result] of Object.entries(results)) {
    const [ratio, basis] = speedRatio(result, native?.results?.[name]?.analyze_json);
    if (ratio == null) continue;
    out.ratio_to_native[name] = ratio;
    out.ratio_basis[name] = basis;
  }
  return out;
}

function scaling(nativeResults, inputs) {
  const out = {};
  for (const kind of ['scaled', 'shuffled']) {
    const series = inputs.filter((input) => input.kind === kind && nativeResults[input.name]);
    if (series.length < 2) continue;
    const first = series[0];
    const last = series[series.length - 1];
    const perMb = (input) => {
      const timing = nativeResults[input.name].analyze;
      return 1 / (timing.cpu_mb_per_s ?? timing.mb_per_s);
    };
    const ratio = perMb(last) / perMb(first);
    out[kind] = {
      from: first.name,
      to: last.name,
      seconds_per_mb: Object.fromEntries(series.map((input) => [input.name, perMb(input)])),
      time_per_mb_ratio: ratio,
      near_linear: ratio <= NEAR_LINEAR,
    };
  }
  return out;
}

async function ourReport(seedInput) {
  // The native CLI's report (byte for byte what the WASM module returns).
  const cli = join(dirname(dirname(args['native-bin'])), 'keyfigures');
  if (existsSync(cli)) {
    const { stdout } = await promisify(execFile)(cli, ['analyze', seedInput.file, '--compact'], { maxBuffer: 1 << 26 });
    return { source: 'native CLI', report: JSON.parse(stdout) };
  }
  const module = await loadWasmModule(DIST);
  return { source: 'WASM module', report: JSON.parse(module.analyze(readFileSync(seedInput.file, 'utf8'))) };
}

async function runPeers(results, seedInput) {
  const gold = loadGold(args.gold);
  const bundle = JSON.parse(readFileSync(seedInput.file, 'utf8'));
  const located = gold ? locateGold(gold, bundle) : null;
  const recallOf = (candidates) => (located ? scoreRecall(located.located, candidates) : null);
  const noise = gold ? locateNoise(gold, bundle) : null;
  const noiseOf = (candidates) => (noise ? scoreNoise(noise, candidates) : null);

  const { source, report } = await ourReport(seedInput);
  const nativeTiming = results.native?.results?.[seedInput.name]?.analyze;
  const wasmTiming = results.wasm_node?.results?.[seedInput.name];
  const ours = {
    report_from: source,
    figures: report.figures?.length ?? 0,
    native_mb_per_s: nativeTiming?.mb_per_s ?? null,
    native_cpu_mb_per_s: nativeTiming?.cpu_mb_per_s ?? null,
    wasm_node_mb_per_s: wasmTiming?.mb_per_s ?? null,
    wasm_node_cpu_mb_per_s: wasmTiming?.cpu_mb_per_s ?? null,
    recall: recallOf(reportCandidates(report)),
    noise: noiseOf(reportCandidates(report)),
  };

  const list = [];
  for (const peer of await loadPeers()) {
    if (peer.skipped) {
      log(`peer ${peer.name} skipped: ${peer.skipped}`);
      list.push({ name: peer.name, package: peer.package, skipped: peer.skipped });
      continue;
    }
    log(`peer ${peer.name} ${peer.version ?? ''}...`);
    const extractAll = () =>
      bundle.articles.flatMap((article) => peer.extract(article.text).map((found) => ({ ...found, article: article.id })));
    const candidates = extractAll(); // also the warm-up: one run takes seconds
    const timing = withThroughput(measure(extractAll, { ...profile.timing, warmupSeconds: 0 }), seedInput.text_bytes);
    list.push({
      name: peer.name,
      package: peer.package,
      version: peer.version,
      what: peer.what,
      ...timing,
      candidates: candidates.length,
      recall: recallOf(candidates),
      noise: noiseOf(candidates),
    });
  }
  const measured = list.filter((peer) => !peer.skipped);
  const speed = (peer) => peer.cpu_mb_per_s ?? peer.mb_per_s;
  const fastest = measured.reduce((best, peer) => (!best || speed(peer) > speed(best) ? peer : best), null);
  for (const peer of measured) {
    [peer.ours_native_ratio, peer.ratio_basis] = speedRatio(nativeTiming, peer);
    [peer.ours_wasm_node_ratio] = speedRatio(wasmTiming, peer);
  }
  if (fastest) {
    ours.native_to_fastest_peer = fastest.ours_native_ratio;
    ours.wasm_node_to_fastest_peer = fastest.ours_wasm_node_ratio;
  }
  return {
    input: seedInput.name,
    gold: gold ? { path: relative(ROOT, resolve(args.gold)), required_figures: located.located.length, quotes_not_found: located.missingQuotes }
      : { skipped: `${args.gold} not found (shared/ beside the clone): recall not scored` },
    rule: 'a required gold figure is found when a returned number has the same value within 1% and its span overlaps the quote; a gold noise string is hit when any returned number overlaps it',
    ours,
    fastest: fastest?.name ?? null,
    list,
    ...(measured.length ? {} : { skipped: 'no peer package installed (npm ci)' }),
  };
}

// Which code was measured: the commit, and whether the sources that make the
// binaries (src, include, wasm, web) had uncommitted changes.
async function sourceState() {
  const git = (...gitArgs) => promisify(execFile)('git', gitArgs, { cwd: ROOT }).then((r) => r.stdout.trim(), () => null);
  const commit = await git('rev-parse', '--short', 'HEAD');
  const changes = await git('status', '--porcelain', '--', 'src', 'include', 'wasm', 'web/src', 'cli');
  return { commit, uncommitted_changes: changes == null ? null : changes.length > 0 };
}

// The headline page's figures at the top level, every page under `pages`.
async function coldStartAll(browser, pages) {
  const measured = [];
  for (const page of pages) measured.push(await coldStart(browser, page, profile.coldRuns));
  return { ...measured[0], pages: measured };
}

async function main() {
  const started = performance.now();
  const inputDir = join(ROOT, 'build/bench', `inputs-${process.pid}`);
  const results = {
    schema: 1,
    date: new Date().toISOString(),
    profile: args.quick ? 'quick' : 'full',
    machine: describeMachine({ chromiumPath: CHROMIUM_PATH }),
    builds: { native: relative(ROOT, resolve(args['native-bin'])), wasm: relative(ROOT, DIST), source: await sourceState() },
    definitions: {
      mb_per_s: 'UTF-8 bytes of the articles\' text / median wall seconds; 1 MB = 10^6 bytes',
      timing: `each figure is the median of runs repeated for >= ${profile.timing.minSeconds} s and >= ${profile.timing.minRuns} runs (at most ${profile.timing.maxSeconds} s); JS and WASM after ${profile.timing.warmupSeconds} s of untimed warm-up`,
      cpu_mb_per_s: 'the same bytes / median process CPU seconds (native, Node) or mean main-thread CPU seconds (Chromium, CDP ThreadTime): steady when other jobs share the cores',
      ratio_to_native: 'WASM MB/s / native analyze_json MB/s (both JSON text in, JSON text out), on CPU time when both sides have it (ratio_basis)',
      kb: '1000 bytes',
    },
  };
  try {
    const inputs = await section('inputs', () =>
      writeInputs(SEED_BUNDLE, inputDir, { scales: profile.scales, bigBytes: profile.bigBytes }));
    if (inputs.error) throw new Error(`cannot write inputs: ${inputs.error}`);
    results.inputs = inputs.map(({ file, ...rest }) => rest);
    const throughputInputs = inputs.filter((input) => input.kind !== 'big');
    const jsonInputs = throughputInputs.filter(underBundleLimit);
    const seedInput = inputs.find((input) => input.name === HEADLINE_INPUT);
    const memoryInputs = ['scaled', 'shuffled'].map((kind) => throughputInputs.filter((input) => input.kind === kind).at(-1));
    const big = inputs.find((input) => input.kind === 'big');

    const bin = args['native-bin'];
    results.native = await section('native', async () => {
      const problem = nativeBinaryProblem(bin);
      if (problem) return { skipped: problem };
      const native = { binary: relative(ROOT, bin), results: await nativeThroughput(bin, throughputInputs, profile.timing) };
      native.scaling = scaling(native.results, throughputInputs);
      if (big) native.extraction_big = await nativeExtraction(bin, big, profile.timing);
      return native;
    });

    results.wasm_node = await section('WASM in Node', async () => {
      const problem = wasmProblem(DIST);
      if (problem) return { skipped: problem };
      const wasmResults = await wasmNodeThroughput(DIST, jsonInputs, profile.timing);
      return { results: wasmResults, ...ratios(wasmResults, results.native) };
    });

    const chromium = await section('Chromium', async () => {
      if (!existsSync(CHROMIUM_PATH)) return { skipped: `${CHROMIUM_PATH} not found (scripts/install-deps.sh)` };
      const problem = wasmProblem(DIST);
      const coldPages = coldStartPages(ROOT);
      return withChromium(async (browser) => ({
        throughput: problem ? { skipped: problem } : await (async () => {
          const wasmResults = await chromiumThroughput(browser, ROOT, DIST, jsonInputs, profile.timing);
          return { results: wasmResults, ...ratios(wasmResults, results.native) };
        })(),
        cold: coldPages.length
          ? await coldStartAll(browser, coldPages)
          : { skipped: 'no widget yet (web/src/define.js)' },
      }));
    });
    results.wasm_chromium = chromium.skipped || chromium.error ? chromium : chromium.throughput;
    results.cold_start = chromium.skipped || chromium.error ? chromium : chromium.cold;

    results.payload = await section('payload', () => measurePayload(ROOT, DIST));

    results.memory = await section('memory', async () => {
      const problem = nativeBinaryProblem(bin);
      const wasm = wasmProblem(DIST);
      return {
        native: problem ? { skipped: problem } : await nativeMemory(bin, memoryInputs[1] ?? memoryInputs[0]),
        native_all: problem ? undefined : await Promise.all(memoryInputs.filter(Boolean).map((input) => nativeMemory(bin, input))),
        wasm: wasm ? { skipped: wasm } : await wasmNodeMemory(DIST, memoryInputs[1] ?? memoryInputs[0]),
      };
    });

    results.peers = await section('peers', () => runPeers(results, seedInput));
  } finally {
    rmSync(inputDir, { recursive: true, force: true });
  }

  results.machine.load_average_at_end = (await import('node:os')).loadavg()[0];
  results.targets = evaluateTargets(results);
  results.total_seconds = (performance.now() - started) / 1000;
  mkdirSync(dirname(resolve(args.out)), { recursive: true });
  writeFileSync(args.out, `${JSON.stringify(results, null, 2)}\n`);

  const tables = resultTables(results);
  console.log(renderTerminal(tables));
  console.log(`\n${results.machine.cpu}, ${results.machine.cores} cores, Node ${results.machine.node}; ` +
    `${results.total_seconds.toFixed(0)} s; results in ${args.out}`);
  if (args.markdown) {
    updateMarkdown(args.markdown, results, tables);
    console.log(`tables written into ${args.markdown}`);
  }
  if (failures) {
    log(`${failures} section(s) failed`);
    process.exitCode = 1;
  }
}

await main();
