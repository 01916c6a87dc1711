// Hostile and extreme bundles shared by tests/node/hostile*.test.mjs: each
// case is the JSON text (or bytes) a caller could hand to analyze(), and the
// exact outcome: an error whose message contains `error`, or a report.
const ONE = (text) => JSON.stringify({ articles: [{ id: 'a', text }] });
const encoder = new TextEncoder();

function manyArticles(count) {
  const articles = [];
  for (let i = 0; i < count; i += 1) articles.push({ id: `a${i}`, text: `Shares rose ${i % 90}% to $${i}.` });
  return JSON.stringify({ articles });
}

function withInvalidByte(json, marker) {
  const bytes = encoder.encode(json);
  const at = json.indexOf(marker);
  bytes[at] = 0xff;
  return bytes;
}

export const DIGITS_400 = '9'.repeat(400);
export const FIFTY_MB = 50 * 1024 * 1024;

/** Lazily built so the 50 MB string exists only while its test runs. */
export const hostileCases = [
  { name: 'invalid UTF-8 bytes in text', input: () => withInvalidByte(ONE('ab#cd'), '#'), error: 'bundle:1:34: invalid JSON' },
  { name: 'an escaped lone high surrogate', input: () => '{"articles":[{"id":"a","text":"x \\ud800 y"}]}', error: 'surrogate U+D800..U+DBFF must be followed by U+DC00..U+DFFF' },
  { name: 'an escaped lone low surrogate', input: () => '{"articles":[{"id":"a","text":"x \\udc00 y"}]}', error: 'surrogate U+DC00..U+DFFF must follow U+D800..U+DBFF' },
  { name: 'a byte order mark', input: () => `\ufeff${ONE('Shares rose 5% to $10.')}`, report: true },
  { name: 'an escaped astral character', input: () => ONE('up \ud83d\udcc8 5% to $10 \ud83d\ude00'), report: true },
  {
    name: 'NaN, 1e309 and 400-digit numbers in article text',
    input: () => ONE(`NaN, Infinity; 1e309 and -1e309 rose; $1e309 a share; ${DIGITS_400}% and $${DIGITS_400}.${DIGITS_400} billion`),
    report: true,
  },
  { name: '1e309 as a field value', input: () => '{"articles":[{"id":"a","text":1e309}]}', error: 'bundle:1:35:' },
  { name: 'a number as the text', input: () => '{"articles":[{"id":"a","text":5}]}', error: 'article "a": field "text" must be a string, not number' },
  { name: '10,000 nested arrays', input: () => '['.repeat(10000) + ']'.repeat(10000), error: 'bundle:1:65: JSON nests deeper than 64 levels' },
  { name: '10,000 unclosed objects', input: () => '{"a":'.repeat(10000), error: 'JSON nests deeper than 64 levels' },
  { name: 'duplicate ids', input: () => '{"articles":[{"id":"a","text":"x"},{"id":"a","text":"y"}]}', error: 'article #2: duplicate id "a"' },
  { name: 'an empty bundle', input: () => '{}', error: 'bundle: missing required field "articles"' },
  { name: 'no articles', input: () => '{"articles":[]}', error: 'bundle: field "articles" is empty' },
  { name: 'an empty string', input: () => '', error: 'bundle:1:1: invalid JSON' },
  { name: 'an empty text', input: () => ONE(''), error: 'article "a": field "text" is empty' },
  { name: '10,000 articles', input: () => manyArticles(10000), error: 'bundle: 10000 articles; the limit is 2000' },
  { name: '2000 small articles', input: () => manyArticles(2000), report: true, articles: 2000 },
  {
    name: 'a 50 MB bundle',
    input: () => ONE('x'.repeat(FIFTY_MB)),
    error: `bundle: bundle is ${FIFTY_MB + 35} bytes; the limit is 10485760 bytes`,
  },
];

/**
 * Contract invariants of a report, as JavaScript sees it: UTF-16 offsets
 * slice the article text to figure.text, numbers are finite, references
 * resolve. Returns a list of problems (empty when the report is sound).
 */
export function reportProblems(report, bundle) {
  const problems = [];
  const texts = new Map(bundle.articles.map((article) => [article.id, article.text]));
  const figures = new Set();
  for (const figure of report.figures) {
    figures.add(figure.id);
    const text = texts.get(figure.article);
    if (text === undefined) problems.push(`${figure.id}: unknown article ${figure.article}`);
    else if (text.slice(figure.start, figure.end) !== figure.text)
      problems.push(`${figure.id}: text ${JSON.stringify(figure.text)} != slice ${JSON.stringify(text.slice(figure.start, figure.end))}`);
    for (const key of ['start', 'end', 'value', 'low', 'high'])
      if (key in figure && !Number.isFinite(figure[key])) problems.push(`${figure.id}: ${key} is ${figure[key]}`);
  }
  const cards = new Set(report.cards.map((card) => card.id));
  for (const card of report.cards)
    for (const id of card.figures) if (!figures.has(id)) problems.push(`${card.id}: unknown figure ${id}`);
  for (const flag of report.flags) {
    if (!cards.has(flag.card)) problems.push(`${flag.id}: unknown card ${flag.card}`);
    if (!['major', 'minor', 'info'].includes(flag.severity)) problems.push(`${flag.id}: severity ${flag.severity}`);
    for (const id of flag.figures) if (!figures.has(id)) problems.push(`${flag.id}: unknown figure ${id}`);
  }
  return problems;
}
