// The project's performance targets, checked against a results object.
// Throughput targets use CPU time where it was measured (see run.mjs).
// Printed next to the figures, never turned into a failure: timings on a
// shared machine are noisy, and a missed target is information.
// KB here is 1000 bytes.

export const HEADLINE_INPUT = 'scaled-1'; // the seed bundle as readers get it

const get = (object, path) => path.reduce((value, key) => (value == null ? undefined : value[key]), object);

export function evaluateTargets(results) {
  const nativeTiming = get(results, ['native', 'results', HEADLINE_INPUT, 'analyze']);
  const nativeMbps = nativeTiming?.cpu_mb_per_s ?? nativeTiming?.mb_per_s;
  const chromiumRatio = get(results, ['wasm_chromium', 'ratio_to_native', HEADLINE_INPUT]);
  const fastestPeer = get(results, ['peers', 'fastest']);
  const peerRatio = get(results, ['peers', 'ours', 'native_to_fastest_peer']);
  const coldMs = get(results, ['cold_start', 'first_card', 'median_ms']);
  const gzipBytes = get(results, ['payload', 'total', 'gzip']);
  const check = (name, target, measured, met, unmeasuredWhy) => ({
    name,
    target,
    measured: measured ?? null,
    met: measured == null ? null : met,
    ...(measured == null ? { why: unmeasuredWhy } : {}),
  });
  return [
    check(`native full analysis (seed bundle, ${nativeTiming?.cpu_mb_per_s ? 'CPU' : 'wall'} time)`, '>= 100 MB/s', nativeMbps, nativeMbps >= 100,
      get(results, ['native', 'skipped']) ?? 'not measured'),
    check(`WASM in Chromium vs native (seed bundle, ${get(results, ['wasm_chromium', 'ratio_basis', HEADLINE_INPUT]) === 'cpu' ? 'CPU' : 'wall'} time)`, '>= 40%', chromiumRatio, chromiumRatio >= 0.4,
      get(results, ['wasm_chromium', 'skipped']) ?? 'not measured'),
    check(`native vs fastest peer${fastestPeer ? ` (${fastestPeer})` : ''}`, '>= 100x', peerRatio, peerRatio >= 100,
      get(results, ['peers', 'skipped']) ?? 'no peer measured'),
    check('cold start to first cards (median)', '<= 100 ms', coldMs, coldMs <= 100,
      get(results, ['cold_start', 'skipped']) ?? 'no card rendered'),
    check('payload JS + WASM + CSS', '<= 100 KB gzip', gzipBytes, gzipBytes <= 100_000,
      get(results, ['payload', 'skipped']) ?? 'not measured'),
  ];
}
