// How a figure reads in the widget: hedge wording ("about 9%", "over $177",
// "8–10%"), currencies and big numbers, direction words. Pure functions.

const HEDGE_WORDS = { approx: 'about', over: 'over', under: 'under' };
const DIRECTION_WORDS = { up: 'up', down: 'down' };
const SEVERITY_TEXT = { major: 'Major disagreement', minor: 'Minor disagreement', info: 'Note' };
const UNIT_SUFFIX = { percent: '%', percentage_points: ' pp', multiple: 'x' };

const formatters = new Map();
function numberFormat(options) {
  const key = JSON.stringify(options);
  if (!formatters.has(key)) formatters.set(key, new Intl.NumberFormat('en', options));
  return formatters.get(key);
}

function isCurrencyCode(unit) {
  return typeof unit === 'string' && /^[A-Z]{3}$/.test(unit);
}

/** One number in the figure's unit, without hedge or direction: "$16.3M", "9.26%", "91 data centers". */
export function formatAmount(value, unit, noun) {
  if (typeof value !== 'number' || !Number.isFinite(value)) return String(value);
  const compact = Math.abs(value) >= 1e6;
  const digits = { minimumFractionDigits: 0, maximumFractionDigits: 2 };
  if (isCurrencyCode(unit)) {
    try {
      return numberFormat({ style: 'currency', currency: unit, notation: compact ? 'compact' : 'standard', ...digits }).format(value);
    } catch {
      // An unknown code: fall through to "1.2B XYZ".
    }
  }
  const number = numberFormat({ notation: compact ? 'compact' : 'standard', compactDisplay: 'long', ...digits }).format(value);
  if (unit in UNIT_SUFFIX) return number + UNIT_SUFFIX[unit];
  if (unit === 'count') return noun ? `${number} ${noun}` : number;
  return unit ? `${number} ${unit}` : number;
}

/** The whole value as a reader says it: "up about 9%", "over $177", "8–10%". */
export function formatFigureValue(figure) {
  let amount;
  if (figure.hedge === 'range' && typeof figure.low === 'number' && typeof figure.high === 'number') {
    const low = formatAmount(figure.low, figure.unit, undefined);
    const high = formatAmount(figure.high, figure.unit, figure.noun);
    const suffix = UNIT_SUFFIX[figure.unit];
    // "8–10%" rather than "8%–10%".
    amount = suffix && low.endsWith(suffix) ? `${low.slice(0, -suffix.length)}–${high}` : `${low}–${high}`;
  } else {
    amount = formatAmount(figure.value, figure.unit, figure.noun);
    const hedge = HEDGE_WORDS[figure.hedge];
    if (hedge) amount = `${hedge} ${amount}`;
  }
  const direction = DIRECTION_WORDS[figure.direction];
  return direction ? `${direction} ${amount}` : amount;
}

/** Severity as words, so it never depends on colour alone. */
export function severityText(severity) {
  return SEVERITY_TEXT[severity] ?? 'Note';
}

/** True for the URLs the widget may link to. */
export function isWebUrl(url) {
  if (typeof url !== 'string') return false;
  try {
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}
