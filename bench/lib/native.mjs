// Runs the native bench binary (bench/native_bench.cpp) and reads its JSON lines.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { promisify } from 'node:util';

const run = promisify(execFile);

export const DEFAULT_NATIVE_BIN = 'build/native/bench/keyfigures_bench';

async function jsonLines(bin, args) {
  const { stdout } = await run(bin, args, { maxBuffer: 64 * 1024 * 1024 });
  return stdout.trim().split('\n').filter(Boolean).map((line) => JSON.parse(line));
}

/** Throughput of every input: { [name]: { extract, analyze, analyze_json, figures, cards, flags } }. */
export async function nativeThroughput(bin, inputs, timing) {
  const args = [
    '--min-seconds', String(timing.minSeconds),
    '--min-runs', String(timing.minRuns),
    '--max-seconds', String(timing.maxSeconds),
  ];
  const results = {};
  // One process per input keeps a slow input from hiding the others' results.
  for (const input of inputs) {
    const [{ file, ...line }] = await jsonLines(bin, [...args, input.file]);
    results[input.name] = line;
  }
  return results;
}

/** Extraction alone on one (large) input: the extract timing plus the input's size. */
export async function nativeExtraction(bin, input, timing) {
  const [line] = await jsonLines(bin, [
    '--extract-only',
    '--min-seconds', String(timing.minSeconds),
    '--min-runs', String(timing.minRuns),
    '--max-seconds', String(timing.maxSeconds),
    input.file,
  ]);
  return { input: input.name, articles: line.articles, text_bytes: line.text_bytes, figures: line.figures, ...line.extract };
}

/** Peak resident memory of one analyze() on `input`, in a fresh process. */
export async function nativeMemory(bin, input) {
  const [line] = await jsonLines(bin, ['--memory', input.file]);
  return {
    input: input.name,
    figures: line.figures,
    rss_before_analyze_kib: line.rss_before_kib,
    // The process peak includes parsing the bundle JSON; analyze alone is
    // measured with VmHWM reset just before it (null where unsupported).
    process_peak_rss_kib: line.peak_rss_kib,
    analyze_peak_rss_kib: line.analyze_peak_rss_kib >= 0 ? line.analyze_peak_rss_kib : null,
  };
}

export function nativeBinaryProblem(bin) {
  return existsSync(bin) ? null : `${bin} not found: run \`make native\` (or pass --native-bin)`;
}
