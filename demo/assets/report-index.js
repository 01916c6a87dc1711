// Lookups over a keyfigures report (see docs/CONTRACT.md) shared by the demo
// pages: which card a figure belongs to, the flags of a card, its worst
// severity. Pure functions of the report; no DOM.

const SEVERITY_RANK = { major: 3, minor: 2, info: 1 };

/** Indexes a report once so the pages can answer "what is this figure?" cheaply. */
export function indexReport(report) {
  const articles = new Map((report.articles ?? []).map((article) => [article.id, article]));
  const figures = new Map((report.figures ?? []).map((figure) => [figure.id, figure]));
  const cards = new Map((report.cards ?? []).map((card) => [card.id, card]));
  const cardOfFigure = new Map();
  for (const card of cards.values()) {
    for (const figureId of card.figures ?? []) cardOfFigure.set(figureId, card);
  }
  const flagsOfCard = new Map();
  for (const flag of report.flags ?? []) {
    if (!flagsOfCard.has(flag.card)) flagsOfCard.set(flag.card, []);
    flagsOfCard.get(flag.card).push(flag);
  }
  for (const list of flagsOfCard.values()) list.sort(bySeverity);

  return {
    report,
    articles,
    figures,
    cards,
    cardOf: (figureId) => cardOfFigure.get(figureId),
    flagsOf: (cardId) => flagsOfCard.get(cardId) ?? [],
    /** The strongest disagreement on a card: 'major', 'minor', 'info' or undefined. */
    severityOf(cardId) {
      return flagsOfCard.get(cardId)?.[0]?.severity;
    },
    figuresOfArticle(articleId) {
      return (report.figures ?? []).filter((figure) => figure.article === articleId);
    },
    figuresOfCard(cardId) {
      return (cards.get(cardId)?.figures ?? []).map((id) => figures.get(id)).filter(Boolean);
    },
  };
}

function bySeverity(a, b) {
  return (SEVERITY_RANK[b.severity] ?? 0) - (SEVERITY_RANK[a.severity] ?? 0);
}

/** Flags a reader should notice (info flags are context, not conflicts). */
export function isConflict(flag) {
  return flag.severity === 'major' || flag.severity === 'minor';
}

export const SEVERITY_LABEL = {
  major: 'Major disagreement',
  minor: 'Minor disagreement',
  info: 'Explained difference',
};

/** "24 Sep 2025" from "2025-09-24"; anything else is returned unchanged. */
export function formatDate(isoDate) {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate ?? '');
  if (!match) return isoDate ?? '';
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
}

/**
 * Context words that tell the values of one card apart ("premarket",
 * "after-hours"). Qualifiers every figure of the card shares say nothing the
 * card label does not, so they are left out when `siblings` are given.
 */
export function describeQualifiers(figure, siblings = []) {
  const own = (figure.qualifiers ?? []).filter((q) => typeof q === 'string' && q.length > 0);
  if (siblings.length < 2) return own.join(', ');
  const shared = own.filter((q) => siblings.every((other) => (other.qualifiers ?? []).includes(q)));
  return own.filter((q) => !shared.includes(q)).join(', ');
}

/** True for URLs the pages may turn into links: http and https only. */
export function isWebUrl(url) {
  try {
    const { protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}
