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
  const started = performance.now();
  for (;;) {
    const t0 = performance.now();
    work();
    const t1 = performance.now();
    samples.push((t1 - t0) / 1000);
    const elapsed = (t1 - started) / 1000;
    if ((elapsed >= minSeconds && samples.length >= minRuns) || elapsed >= maxSeconds) break;
  }
  return summarize(samples);
}

/** Median and minimum of a list of seconds. */
export function summarize(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const n = sorted.length;
  const median = n % 2 ? sorted[(n - 1) / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  return { runs: n, median_seconds: median, min_seconds: sorted[0] };
}

/** Adds mb_per_s (article text bytes, 1 MB = 10^6 bytes) to a timing. */
export function withThroughput(timing, textBytes) {
  return { ...timing, mb_per_s: textBytes / 1e6 / timing.median_seconds };
}
