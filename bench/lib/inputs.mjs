// The benchmark inputs, written once per run as bundle JSON files so that the
// native binary, WASM under Node and WASM in Chromium all read the same bytes.
//   scaled-N:   the seed bundle's articles repeated N times (new ids).
//   shuffled-N: N copies whose texts are rebuilt from the seed bundle's
//               sentences in a seeded random order, with the digits of every
//               copy after the first redrawn, so grouping sees many distinct
//               figures and contexts instead of N identical ones.
//   one-sentence: every seed sentence in one article joined by ", " with
//               sentence-ending dots removed: a worst case for context
//               windows that grow with the sentence.
//   big:        the seed articles repeated until the text passes a byte
//               target (10 MB by default), past the 10 MiB bundle limit:
//               only the native binary reads it (it lifts the limit).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Small, fast, seedable PRNG (mulberry32): the same inputs on every run. */
export function seededRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function textBytes(bundle) {
  return bundle.articles.reduce((sum, article) => sum + Buffer.byteLength(article.text, 'utf8'), 0);
}

function copyId(id, copy) {
  return copy === 0 ? id : `${id}.${copy}`;
}

export function scaledBundle(base, copies) {
  const articles = [];
  for (let copy = 0; copy < copies; copy += 1) {
    for (const article of base.articles) articles.push({ ...article, id: copyId(article.id, copy) });
  }
  return { ...base, bundle: `${base.bundle ?? 'bundle'}-x${copies}`, articles };
}

/** Sentences of a text: paragraph breaks, then ". " style boundaries. */
export function splitSentences(text) {
  return text
    .split(/\n\s*\n/)
    .flatMap((paragraph) => paragraph.split(/(?<=[.!?])\s+/))
    .map((sentence) => sentence.trim())
    .filter(Boolean);
}

function shuffleInPlace(items, random) {
  for (let i = items.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items;
}

// Same length, new digits; a number's first digit stays non-zero.
function redrawDigits(text, random) {
  return text.replace(/\d+/g, (run) =>
    [...run].map((_, i) => String(i === 0 ? 1 + Math.floor(random() * 9) : Math.floor(random() * 10))).join(''),
  );
}

export function oneSentenceBundle(base) {
  const sentences = base.articles.flatMap((article) => splitSentences(article.text));
  const text = sentences.map((sentence) => sentence.replace(/[.!?]+$/, '').replace(/\s*\n\s*/g, ' ')).join(', ');
  return { ...base, bundle: `${base.bundle ?? 'bundle'}-one-sentence`, articles: [{ ...base.articles[0], id: 'one', text }] };
}

export function shuffledBundle(base, copies, seed = 9) {
  const random = seededRandom(seed + copies);
  const perArticle = base.articles.map((article) => splitSentences(article.text));
  const pool = perArticle.flat();
  const articles = [];
  for (let copy = 0; copy < copies; copy += 1) {
    const order = shuffleInPlace([...pool], random);
    let next = 0;
    base.articles.forEach((article, index) => {
      const sentences = order.slice(next, next + perArticle[index].length);
      next += perArticle[index].length;
      // Paragraphs of four sentences keep the text shaped like an article.
      const paragraphs = [];
      for (let i = 0; i < sentences.length; i += 4) paragraphs.push(sentences.slice(i, i + 4).join(' '));
      let text = paragraphs.join('\n\n');
      if (copy > 0) text = redrawDigits(text, random);
      articles.push({ ...article, id: copyId(article.id, copy), text });
    });
  }
  return { ...base, bundle: `${base.bundle ?? 'bundle'}-shuffled-x${copies}`, articles };
}

/**
 * Writes every input under `dir`; returns [{ name, kind, copies, file, articles,
 * text_bytes, json_bytes }]. `scales` lists the copy counts; `bigBytes` the text
 * size of the extraction-only input (0 to skip it).
 */
export function writeInputs(basePath, dir, { scales, bigBytes }) {
  const base = JSON.parse(readFileSync(basePath, 'utf8'));
  mkdirSync(dir, { recursive: true });
  const inputs = [];
  const add = (name, kind, copies, bundle) => {
    const file = join(dir, `${name}.json`);
    const json = JSON.stringify(bundle);
    writeFileSync(file, json);
    inputs.push({
      name, kind, copies, file,
      articles: bundle.articles.length,
      text_bytes: textBytes(bundle),
      json_bytes: Buffer.byteLength(json, 'utf8'),
    });
  };
  for (const copies of scales) add(`scaled-${copies}`, 'scaled', copies, scaledBundle(base, copies));
  for (const copies of scales) add(`shuffled-${copies}`, 'shuffled', copies, shuffledBundle(base, copies));
  add('one-sentence', 'one-sentence', 1, oneSentenceBundle(base));
  if (bigBytes > 0) {
    const copies = Math.ceil(bigBytes / textBytes(base));
    add('big', 'big', copies, scaledBundle(base, copies));
  }
  return inputs;
}
