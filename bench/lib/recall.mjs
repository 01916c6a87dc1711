// Recall on the seed gold figures (../shared/gold/seeds.json), scored the same
// way for keyfigures and for every peer: a required gold figure is found when
// some extracted number (a) has the same normalized value within 1% and
// (b) has a span that overlaps the gold quote's place in the article text.
// Optional gold figures are left out of the denominator. The gold "noise"
// strings (addresses, dates, model names: never key figures) are scored too:
// a noise string is hit when some returned number overlaps it.
import { existsSync, readFileSync } from 'node:fs';

export function loadGold(path) {
  if (!existsSync(path)) return null;
  return JSON.parse(readFileSync(path, 'utf8'));
}

/** Gold figures with their UTF-16 span in the bundle's text; quotes not found are reported. */
export function locateGold(gold, bundle) {
  const texts = new Map(bundle.articles.map((article) => [article.id, article.text]));
  const located = [];
  const missingQuotes = [];
  for (const figure of gold.figures) {
    if (figure.optional) continue;
    const start = texts.get(figure.article)?.indexOf(figure.quote) ?? -1;
    if (start < 0) missingQuotes.push(figure.id);
    else located.push({ ...figure, start, end: start + figure.quote.length });
  }
  return { located, missingQuotes };
}

/** Every occurrence of the gold noise strings: [{ article, text, start, end }]. */
export function locateNoise(gold, bundle) {
  const texts = new Map(bundle.articles.map((article) => [article.id, article.text]));
  const located = [];
  for (const [article, strings] of Object.entries(gold.noise ?? {})) {
    const text = texts.get(article) ?? '';
    for (const noise of strings) {
      for (let at = text.indexOf(noise); at >= 0; at = text.indexOf(noise, at + 1)) {
        located.push({ article, text: noise, start: at, end: at + noise.length });
      }
    }
  }
  return located;
}

/** How many noise occurrences some candidate overlaps: { hit, total, strings: [hit texts] }. */
export function scoreNoise(noise, candidates) {
  const hits = noise.filter((n) =>
    candidates.some((c) => c.article === n.article && c.start < n.end && n.start < c.end));
  return { hit: hits.length, total: noise.length, strings: [...new Set(hits.map((n) => n.text))] };
}

export function sameValue(a, b) {
  if (!Number.isFinite(a) || !Number.isFinite(b)) return false;
  if (b === 0) return a === 0;
  return Math.abs(a - b) <= 0.01 * Math.abs(b);
}

/**
 * `candidates`: [{ article, start, end, value }] (end exclusive, UTF-16).
 * Returns { found, total, recall, missed: [gold ids] }.
 */
export function scoreRecall(located, candidates) {
  const byArticle = new Map();
  for (const candidate of candidates) {
    if (!byArticle.has(candidate.article)) byArticle.set(candidate.article, []);
    byArticle.get(candidate.article).push(candidate);
  }
  const missed = [];
  for (const figure of located) {
    const hit = (byArticle.get(figure.article) ?? []).some(
      (c) => c.start < figure.end && figure.start < c.end && sameValue(c.value, figure.value),
    );
    if (!hit) missed.push(figure.id);
  }
  const found = located.length - missed.length;
  return { found, total: located.length, recall: located.length ? found / located.length : 0, missed };
}

/** keyfigures' candidates: the figures of a report. */
export function reportCandidates(report) {
  return (report.figures ?? []).map(({ article, start, end, value }) => ({ article, start, end, value }));
}
