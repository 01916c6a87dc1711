// The repeat-and-take-the-median loop, shared by Node and the Chromium bench
// page (no Node imports) so every JavaScript-side figure is measured alike.
// Same rule as bench/native_bench.cpp: repeat until both minSeconds and
// minRuns are met, stop at maxSeconds with at least one run. JavaScript and
// WASM first run untimed for warmupSeconds, so the engines' optimizing tiers
// (TurboFan for JS and WASM) are what gets measured, as in a long-lived page.

/** Times `work()`; returns { runs, median_seconds, min_seconds }. */
export function measure(work, { minSeconds = 0.5, minRuns = 3, maxSeconds = 20, warmupSeconds = 0 } = {}) {
  const warmupStarted = performance.now();
  while ((performance.now() - warmupStarted) / 1000 < warmupSeconds) work();
  const samples = [];
  const cpuSamples = [];
  // Process CPU time where the runtime offers it (Node, not a page): steadier
  // than wall time when other jobs share the cores.
  const cpuNow = globalThis.process?.cpuUsage ? () => globalThis.process.cpuUsage() : null;
  const started = performance.now();
  for (;;) {
    const t0 = performance.now();
    const cpu0 = cpuNow?.();
    work();
    if (cpuNow) {
      const cpu = cpuNow();
      cpuSamples.push((cpu.user - cpu0.user + cpu.system - cpu0.system) / 1e6);
    }
    const t1 = performance.now();
    samples.push((t1 - t0) / 1000);
    const elapsed = (t1 - started) / 1000;
    if ((elapsed >= minSeconds && samples.length >= minRuns) || elapsed >= maxSeconds) break;
  }
  const summary = summarize(samples);
  if (cpuSamples.length) summary.cpu_median_seconds = summarize(cpuSamples).median_seconds;
  return summary;
}

/** Median and minimum of a list of seconds. */
export function summarize(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const n = sorted.length;
  const median = n % 2 ? sorted[(n - 1) / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  return { runs: n, median_seconds: median, min_seconds: sorted[0] };
}

/** Adds mb_per_s (and cpu_mb_per_s) of article text bytes (1 MB = 10^6 bytes) to a timing. */
export function withThroughput(timing, textBytes) {
  const out = { ...timing, mb_per_s: textBytes / 1e6 / timing.median_seconds };
  if (timing.cpu_median_seconds) out.cpu_mb_per_s = textBytes / 1e6 / timing.cpu_median_seconds;
  return out;
}
