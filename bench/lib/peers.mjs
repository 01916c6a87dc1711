// The alternatives, run on the same texts in the same process: Microsoft
// Recognizers-Text (number, percentage and currency recognizers, English) and
// compromise v14 (numbers, percentages, money). Each peer is an object with
// `extract(text) -> [{ start, end, value }]` (end exclusive, UTF-16), or a
// `skipped` reason when its package is not installed.

function parseNumber(text) {
  const value = Number.parseFloat(String(text).replace(/,/g, ''));
  return Number.isFinite(value) ? value : Number.NaN;
}

// Recognizers-Text is built for short utterances: its currency model slows
// down sharply on whole articles (about 30 s for the seed bundle), so it gets
// one line at a time with cached models, its fastest fair use.
async function loadRecognizers() {
  const { createRequire } = await import('node:module');
  const require = createRequire(import.meta.url);
  const suite = require('@microsoft/recognizers-text-suite');
  const fromSuite = createRequire(require.resolve('@microsoft/recognizers-text-suite'));
  const { NumberRecognizer } = fromSuite('@microsoft/recognizers-text-number');
  const { NumberWithUnitRecognizer } = fromSuite('@microsoft/recognizers-text-number-with-unit');
  const culture = suite.Culture.English;
  const models = [
    new NumberRecognizer(culture).getNumberModel(),
    new NumberRecognizer(culture).getPercentageModel(),
    new NumberWithUnitRecognizer(culture).getCurrencyModel(),
  ];
  return {
    name: 'recognizers-text',
    package: '@microsoft/recognizers-text-suite',
    what: 'number + percentage + currency models (English), line by line',
    extract(text) {
      const found = [];
      const lines = /[^\n]+/g;
      for (let line = lines.exec(text); line; line = lines.exec(text)) {
        for (const model of models) {
          for (const result of model.parse(line[0])) {
            // Recognizers-Text spans are inclusive at the end.
            found.push({
              start: line.index + result.start,
              end: line.index + result.end + 1,
              value: parseNumber(result.resolution?.value),
            });
          }
        }
      }
      return found;
    },
  };
}

async function loadCompromise() {
  const { default: nlp } = await import('compromise');
  const spans = (view) =>
    view.json({ offset: true }).map((match) => ({
      start: match.offset.start,
      end: match.offset.start + match.offset.length,
      value: match.number?.num ?? Number.NaN,
    }));
  return {
    name: 'compromise',
    package: 'compromise',
    what: 'nlp(text).numbers() + .percentages() + .money()',
    extract(text) {
      const doc = nlp(text);
      return [...spans(doc.numbers()), ...spans(doc.percentages()), ...spans(doc.money())];
    },
  };
}

async function tryLoad(pkg, load) {
  try {
    return await load();
  } catch (error) {
    return { name: pkg, package: pkg, skipped: `not installed (${error.code ?? error.message}); run npm ci` };
  }
}

async function packageVersion(pkg) {
  try {
    const { createRequire } = await import('node:module');
    const require = createRequire(import.meta.url);
    const { readFileSync } = await import('node:fs');
    const { dirname, join } = await import('node:path');
    // The package's own package.json may not be exported; walk up from its entry point.
    let dir = dirname(require.resolve(pkg));
    for (let i = 0; i < 6; i += 1, dir = dirname(dir)) {
      try {
        const meta = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
        if (meta.name === pkg) return meta.version;
      } catch {
        // keep walking up
      }
    }
  } catch {
    // version unknown
  }
  return null;
}

export async function loadPeers() {
  const peers = [
    await tryLoad('@microsoft/recognizers-text-suite', loadRecognizers),
    await tryLoad('compromise', loadCompromise),
  ];
  for (const peer of peers) peer.version = await packageVersion(peer.package);
  return peers;
}
