// Turns a results object (bench/results.json) into tables, rendered for the
// terminal or as Markdown (docs/benchmarks.md, the README): one layout for both.

const fixed = (value, digits = 1) => (value == null || Number.isNaN(value) ? '-' : value.toFixed(digits));
const mbps = (value) => (value == null ? '-' : value >= 100 ? value.toFixed(0) : value >= 1 ? value.toFixed(1) : value.toFixed(3));
const percent = (ratio) => (ratio == null ? '-' : `${(ratio * 100).toFixed(0)}%`);
const times = (ratio) => (ratio == null ? '-' : ratio >= 10 ? `${ratio.toFixed(0)}x` : `${ratio.toFixed(1)}x`);
const recall = (r) => (r ? `${percent(r.recall)} (${r.found}/${r.total})` : '-');
const noiseHit = (n) => (n ? `${n.hit}/${n.total}` : '-');
// CPU-time throughput where measured, else wall time.
const cpu = (timing) => timing?.cpu_mb_per_s ?? timing?.mb_per_s;
const kb = (bytes) => (bytes == null ? '-' : `${(bytes / 1000).toFixed(1)} KB`);
const mib = (kib) => (kib == null ? '-' : `${(kib / 1024).toFixed(1)} MiB`);

function formatMeasured(target) {
  const value = target.measured;
  if (value == null) return `n/a (${target.why})`;
  if (target.target.includes('MB/s')) return `${mbps(value)} MB/s`;
  if (target.target.includes('%')) return percent(value);
  if (target.target.includes('x')) return times(value);
  if (target.target.includes('ms')) return `${fixed(value, 0)} ms`;
  if (target.target.includes('KB')) return kb(value);
  return String(value);
}

export function resultTables(results) {
  const tables = [];
  const { native, wasm_node: wasmNode, wasm_chromium: chromium, peers } = results;
  const inputs = results.inputs ?? [];

  if (native?.results) {
    tables.push({
      title: 'Native throughput (MB/s of article text; CPU time, and wall time for the full analysis)',
      headers: ['input', 'articles', 'text MB', 'extraction', 'full analysis', '(wall)', 'JSON in/out', 'figures', 'cards', 'flags'],
      rows: inputs.filter((input) => native.results[input.name]).map((input) => {
        const r = native.results[input.name];
        return [input.name, String(input.articles), fixed(input.text_bytes / 1e6, 2),
          mbps(cpu(r.extract)), mbps(cpu(r.analyze)), mbps(r.analyze.mb_per_s), mbps(cpu(r.analyze_json)),
          String(r.figures), String(r.cards), String(r.flags)];
      }),
    });
    if (native.scaling) {
      tables.push({
        title: 'Scaling (full analysis CPU time per MB, largest vs 1x)',
        headers: ['inputs', 'ms per MB at each size', 'largest / 1x', 'verdict'],
        rows: Object.entries(native.scaling).map(([kind, s]) => [
          kind,
          Object.entries(s.seconds_per_mb).map(([name, seconds]) => `${name.split('-').pop()}x ${fixed(seconds * 1000, 0)}`).join(', '),
          fixed(s.time_per_mb_ratio, 2),
          s.near_linear ? 'near-linear' : 'super-linear',
        ]),
      });
    }
  }

  if (wasmNode?.results || chromium?.results) {
    const names = inputs.map((input) => input.name).filter((name) => wasmNode?.results?.[name] || chromium?.results?.[name]);
    tables.push({
      title: 'WASM vs native (JSON in, JSON out; MB/s on CPU time, share of native)',
      headers: ['input', 'native', 'WASM in Node', 'share', 'WASM in Chromium', 'share', 'Chromium (wall)'],
      rows: names.map((name) => [name,
        mbps(cpu(native?.results?.[name]?.analyze_json)),
        mbps(cpu(wasmNode?.results?.[name])), percent(wasmNode?.ratio_to_native?.[name]),
        mbps(cpu(chromium?.results?.[name])), percent(chromium?.ratio_to_native?.[name]),
        mbps(chromium?.results?.[name]?.mb_per_s)]),
    });
  }

  if (peers?.list) {
    const ours = peers.ours ?? {};
    tables.push({
      title: `Peers on the seed bundle (same texts, same run; MB/s on CPU time; recall on ${ours.recall?.total ?? '?'} gold figures)`,
      headers: ['extractor', 'MB/s', 'recall', 'noise hit', 'numbers returned', 'keyfigures native vs it', 'keyfigures WASM (Node) vs it'],
      rows: [
        ['keyfigures (native)', mbps(ours.native_cpu_mb_per_s ?? ours.native_mb_per_s), recall(ours.recall), noiseHit(ours.noise), String(ours.figures ?? '-'), '-', '-'],
        ['keyfigures (WASM, Node)', mbps(ours.wasm_node_cpu_mb_per_s ?? ours.wasm_node_mb_per_s), '(same report)', '-', '-', '-', '-'],
        ...peers.list.map((peer) => peer.skipped
          ? [`${peer.name}`, 'skipped', peer.skipped, '-', '-', '-', '-']
          : [`${peer.name} ${peer.version ?? ''}`.trim(), mbps(cpu(peer)),
            recall(peer.recall), noiseHit(peer.noise), String(peer.candidates),
            `${times(peer.ours_native_ratio)} faster`, `${times(peer.ours_wasm_node_ratio)} faster`]),
      ],
    });
  }

  const other = [];
  const cold = results.cold_start;
  for (const page of cold?.pages ?? (cold ? [cold] : [])) {
    const where = page.page ? ` (${page.page})` : '';
    other.push([`cold start to first cards${where}`, page.first_card
      ? `${fixed(page.first_card.median_ms, 0)} ms median of ${page.first_card.runs} (min ${fixed(page.first_card.min_ms, 0)})`
      : `n/a (${page.skipped ?? page.error ?? page.notes?.join('; ')})`]);
    const phases = page.phases_median_ms ?? {};
    const parts = [['WASM', phases.wasm_loaded], ['bundle', phases.bundle_loaded], ['ready event', page.ready_event?.median_ms]]
      .filter(([, ms]) => ms != null).map(([name, ms]) => `${name} ${fixed(ms, 0)} ms`);
    if (parts.length) other.push(['  of which (medians, from navigation)', parts.join(', ')]);
  }
  // Cold start's hidden cost: a fresh module compiles lazily and runs its
  // first call in the baseline tier.
  const firstInput = inputs[0]?.name;
  const firstCall = (section) => section?.results?.[firstInput];
  if (firstCall(chromium) || firstCall(wasmNode)) {
    const steady = (section) => section?.results?.[firstInput]?.median_seconds;
    const describe = (section) => firstCall(section)
      ? `${fixed(firstCall(section).first_call_ms, 0)} ms (then ${fixed(steady(section) * 1000, 0)} ms per call)` : '-';
    other.push([`first analyze() of a fresh module, ${firstInput}`, `Chromium ${describe(chromium)}; Node ${describe(wasmNode)}`]);
  }
  const payload = results.payload;
  if (payload?.total) {
    for (const group of ['js', 'wasm', 'css', 'total']) {
      other.push([`payload ${group}`, `${kb(payload[group].gzip)} gzip, ${kb(payload[group].brotli)} brotli (${kb(payload[group].raw)} raw)`]);
    }
  }
  const memory = results.memory;
  if (memory?.native && !memory.native.skipped) {
    const n = memory.native;
    other.push([`native peak RSS (${n.input})`, n.analyze_peak_rss_kib != null
      ? `${mib(n.analyze_peak_rss_kib)} during analyze (from ${mib(n.rss_before_analyze_kib)} before; process peak with JSON parsing ${mib(n.process_peak_rss_kib)})`
      : `${mib(n.process_peak_rss_kib)} process peak, JSON parsing included`]);
  }
  if (memory?.wasm && !memory.wasm.skipped) {
    const w = memory.wasm;
    other.push([`WASM memory (${w.input})`, w.heap_after_bytes != null
      ? `${fixed(w.heap_after_bytes / 2 ** 20, 1)} MiB linear memory (starts at ${fixed(w.heap_initial_bytes / 2 ** 20, 1)} MiB)`
      : `${fixed(w.node_rss_growth_bytes / 2 ** 20, 1)} MiB Node RSS growth`]);
  }
  if (native?.extraction_big) {
    const big = native.extraction_big;
    other.push([`native extraction, ${fixed(big.text_bytes / 1e6, 1)} MB input`, `${mbps(cpu(big))} MB/s CPU time, ${mbps(big.mb_per_s)} MB/s wall (${big.runs} runs)`]);
  }
  if (other.length) tables.push({ title: 'Start-up, size, memory', headers: ['measure', 'value'], rows: other });

  if (results.targets) {
    tables.push({
      title: 'Targets (information, never a failure)',
      headers: ['target', 'goal', 'measured', 'status'],
      rows: results.targets.map((t) => [t.name, t.target, formatMeasured(t), t.met == null ? 'n/a' : t.met ? 'met' : 'NOT MET']),
    });
  }
  return tables;
}

export function renderTerminal(tables) {
  return tables.map(({ title, headers, rows }) => {
    const widths = headers.map((header, i) => Math.max(header.length, ...rows.map((row) => String(row[i]).length)));
    const line = (cells) => cells.map((cell, i) => (i === 0 ? String(cell).padEnd(widths[i]) : String(cell).padStart(widths[i]))).join('  ');
    return [title, line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
  }).join('\n\n');
}

export function renderMarkdown(tables) {
  const escape = (cell) => String(cell).replace(/\|/g, '\\|');
  return tables.map(({ title, headers, rows }) => [
    `**${title}**`,
    '',
    `| ${headers.map(escape).join(' | ')} |`,
    `|${headers.map((_, i) => (i === 0 ? ' --- ' : ' ---: ')).join('|')}|`,
    ...rows.map((row) => `| ${row.map(escape).join(' | ')} |`),
  ].join('\n')).join('\n\n');
}
