// Rewrites the generated part of docs/benchmarks.md (between the bench:start
// and bench:end markers) from a results object, so the page always shows one
// real run and never hand-copied numbers.
import { readFileSync, writeFileSync } from 'node:fs';
import { renderMarkdown } from './tables.mjs';

const START = '<!-- bench:start -->';
const END = '<!-- bench:end -->';

export function resultsMarkdown(results, tables) {
  const m = results.machine;
  const source = results.builds?.source;
  const code = source?.commit ? ` of commit ${source.commit}${source.uncommitted_changes ? ' (with uncommitted changes)' : ''}` : '';
  return [
    `Run${code} on ${results.date.slice(0, 16).replace('T', ' ')} UTC (${results.profile} profile), ${m.cpu}, ` +
      `${m.cores} cores, ${m.memory_gib} GiB, ${m.os}; Node ${m.node}; ${m.chromium ?? 'no Chromium'}. ` +
      `Load average ${m.load_average_at_start?.toFixed(1)} at the start, ${m.load_average_at_end?.toFixed(1)} at the end.`,
    '',
    renderMarkdown(tables),
  ].join('\n');
}

export function updateMarkdown(path, results, tables) {
  const text = readFileSync(path, 'utf8');
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  if (start < 0 || end < start) throw new Error(`${path} has no ${START} ... ${END} section`);
  const body = resultsMarkdown(results, tables);
  writeFileSync(path, `${text.slice(0, start + START.length)}\n${body}\n${text.slice(end)}`);
}
