// Finds quantities in tokens: currency amounts, percentages, multiples,
// counts of business nouns, ranges, hedges and directions. Bare numbers
// (years, addresses, codes, list numbers) are never quantities: a figure
// needs a unit, a currency or a counted noun.
#include <algorithm>
#include <array>
#include <cmath>
#include <string>

#include "lexicon.hpp"
#include "quantity.hpp"
#include "word_classes.hpp"
#include "word_index.hpp"

namespace keyfigures {

namespace {


constexpr std::array<std::string_view, 14> kMultipleBases{
    "earnings", "forward", "sales", "revenue", "revenues", "book", "ebitda", "ebit", "cash", "free", "profits",
    "trailing", "expected", "oversubscribed"};

using lexicon::contains;

bool attached(const Tokens& t, std::size_t i) { return i > 0 && i < t.size() && !t[i].space_before; }

bool is_month(const Token& token) {
  return token.kind == TokenKind::word && (month_number(token) > 0 || is(token.lower(), "sept"));
}

bool is_dash(const Token& token) {
  return token.kind == TokenKind::symbol && (is(token.lower(), "-") || is(token.lower(), "–") || is(token.lower(), "—"));
}

// Number of tokens of `phrase` ("more than") matched starting at i; 0 if none.
std::size_t match_at(const Tokens& t, std::size_t i, std::string_view phrase) {
  // Most calls fail on the first letter: reject them before splitting the phrase.
  if (i >= t.size() || phrase.empty() || t[i].lower().empty() || t[i].lower()[0] != phrase[0]) return 0;
  std::size_t count = 0;
  while (!phrase.empty()) {
    const auto space = phrase.find(' ');
    const std::string_view word = phrase.substr(0, space);
    if (i + count >= t.size() || t[i + count].lower() != word) return 0;
    if (count > 0 && t[i + count].newline_before) return 0;
    ++count;
    phrase = space == std::string_view::npos ? std::string_view() : phrase.substr(space + 1);
  }
  return count;
}

// match_at for a lexicon entry whose first word is token i's (a WordIndex hit).
std::size_t match_rest_at(const Tokens& t, std::size_t i, std::span<const PhraseWord> rest) {
  for (std::size_t k = 0; k < rest.size(); ++k) {
    const Token* token = i + 1 + k < t.size() ? &t[i + 1 + k] : nullptr;
    if (!token || token->hash != rest[k].hash || token->lower() != rest[k].word || token->newline_before) return 0;
  }
  return rest.size() + 1;
}

// The first words of `phrases`: a line or sentence starting with none of
// them matches none, after one probe.
WordSet first_words(std::span<const std::string_view> phrases) {
  WordSet words;
  for (const std::string_view phrase : phrases) words.insert(phrase.substr(0, phrase.find(' ')));
  return words;
}

std::size_t phrase_length(std::string_view phrase) {
  return static_cast<std::size_t>(std::count(phrase.begin(), phrase.end(), ' ')) + 1;
}

// True when `phrase` ends right before token `end`.
bool ends_before(const Tokens& t, std::size_t end, std::string_view phrase) {
  const std::size_t length = phrase_length(phrase);
  if (end < length) return false;
  return match_at(t, end - length, phrase) == length && !t[end].newline_before;
}

const lexicon::Scale* scale_at(const Tokens& t, std::size_t i) {
  if (i >= t.size() || t[i].kind != TokenKind::word) return nullptr;
  static const auto kScales = first_by_word(lexicon::scales(), &lexicon::Scale::word);
  const lexicon::Scale* scale = entry_for(kScales, t[i]);
  // "53B" but not "53Bn-something"; a glued letter must end the word.
  if (scale && scale->attached_only && !attached(t, i)) return nullptr;
  return scale;
}

double word_number_at(const Tokens& t, std::size_t i) {
  if (i >= t.size() || t[i].kind != TokenKind::word) return 0;
  static const auto kNumbers = first_by_word(lexicon::word_numbers(), &lexicon::WordNumber::word);
  const lexicon::WordNumber* number = entry_for(kNumbers, t[i]);
  return number ? number->value : 0;
}

struct CurrencyMatch {
  std::string code;
  std::size_t first = 0;  // first token of the currency marker
  std::size_t next = 0;   // token after the marker
};

std::string resolve_yen(std::string_view code, YenContext yen) {
  if (is(code, "YEN_SIGN")) return yen == YenContext::chinese ? "CNY" : "JPY";
  if (is(code, "KRW_WORD")) return "KRW";
  return std::string(code);
}

// A currency marker before a number: "$", "US$", "HK$", "€", "¥", "RMB", "Rs.".
std::optional<CurrencyMatch> currency_before_number(const Tokens& t, std::size_t i, YenContext yen) {
  if (i >= t.size()) return std::nullopt;
  using lexicon::Currency;
  static const auto kPrefixes = first_by_word(lexicon::dollar_prefixes(), &Currency::token);
  static const auto kSymbols = first_by_word(lexicon::currency_symbols(), &Currency::token);
  static const auto kCodes = first_by_word(lexicon::currency_codes(), &Currency::token);
  if (t[i].kind == TokenKind::word && i + 1 < t.size() && is_symbol(t[i + 1], "$") && attached(t, i + 1)) {
    if (const Currency* prefix = entry_for(kPrefixes, t[i])) return CurrencyMatch{std::string(prefix->code), i, i + 2};
  }
  if (t[i].kind == TokenKind::symbol) {
    // "T$330.9 billion": a dollar of a currency we do not know is not USD.
    if (is(t[i].lower(), "$") && i > 0 && attached(t, i) && t[i - 1].kind == TokenKind::word) return std::nullopt;
    if (const Currency* symbol = entry_for(kSymbols, t[i]))
      return CurrencyMatch{resolve_yen(symbol->code, yen), i, i + 1};
  }
  if (t[i].kind == TokenKind::word) {
    if (const Currency* code = entry_for(kCodes, t[i])) {
      std::size_t next = i + 1;
      if (next < t.size() && is_symbol(t[next], ".")) ++next;  // "Rs. 500"
      // Codes need a separate number: "RMB 33.4B", not "RMB33" glued into a word.
      if (next < t.size() && t[next].kind == TokenKind::number) return CurrencyMatch{std::string(code->code), i, next};
    }
  }
  return std::nullopt;
}

// Part of a code, date or name rather than a quantity: "GPT-4", "24/7",
// "10:30", "9988.HK", "5th", "2023-24/0016", "Sep 24".
bool looks_like_code(const Tokens& t, std::size_t number, std::size_t number_end) {
  if (number > 0 && attached(t, number)) {
    const Token& before = t[number - 1];
    if (before.kind == TokenKind::symbol &&
        (is(before.lower(), "-") || is(before.lower(), "/") || is(before.lower(), ".") || is(before.lower(), ":") ||
         is(before.lower(), "#") || is(before.lower(), "_") || is(before.lower(), "@") || is(before.lower(), "+")) &&
        number >= 2 && attached(t, number - 1) && t[number - 2].kind != TokenKind::symbol)
      return true;
  }
  if (number > 0 && is_month(t[number - 1])) return true;
  if (number + 1 < t.size() && is_month(t[number + 1]) && !attached(t, number + 1)) return true;
  const std::size_t after = number_end + 1;
  if (after < t.size() && attached(t, after)) {
    const Token& next = t[after];
    if (next.kind == TokenKind::symbol && (is(next.lower(), "/") || is(next.lower(), ":") || is(next.lower(), ".")) &&
        after + 1 < t.size() && attached(t, after + 1) &&
        (t[after + 1].kind == TokenKind::number || t[after + 1].kind == TokenKind::word))
      return true;
    if (next.kind == TokenKind::symbol && (is(next.lower(), "°") || is(next.lower(), "º"))) return true;
  }
  return false;
}

struct NumberMatch {
  double value = 0;
  double tolerance = 0;
  std::size_t first = 0;
  std::size_t last = 0;  // last token of the number and its scale
  bool has_scale = false;
  bool written = false;  // "one trillion"
};

// A number with an optional scale: "380 billion", "53B", "$5-billion", "one trillion".
std::optional<NumberMatch> number_at(const Tokens& t, std::size_t i) {
  if (i >= t.size()) return std::nullopt;
  NumberMatch match;
  match.first = i;
  if (t[i].kind == TokenKind::number) {
    if (!t[i].usable) return std::nullopt;
    match.value = t[i].number;
    match.tolerance = 0.5 * std::pow(10.0, -t[i].decimals);
  } else if (const double written = word_number_at(t, i); written > 0) {
    // Written numbers count only with a scale or a percent after them.
    const bool next_is_scale = scale_at(t, i + 1) != nullptr && !attached(t, i + 1);
    const bool next_is_percent = i + 1 < t.size() && (is(t[i + 1].lower(), "percent") || match_at(t, i + 1, "per cent"));
    if (!next_is_scale && !(next_is_percent && written != 1)) return std::nullopt;
    match.value = written;
    match.tolerance = 0.5;
    match.written = true;
  } else {
    return std::nullopt;
  }
  match.last = i;
  std::size_t next = i + 1;
  if (next + 1 < t.size() && is_symbol(t[next], "-") && attached(t, next) && attached(t, next + 1) &&
      scale_at(t, next + 1) && !scale_at(t, next + 1)->attached_only)
    ++next;  // "$5-billion"
  if (const auto* scale = scale_at(t, next)) {
    // "53 B" with a space is not a scale; "5 m" neither (attached_only handles it).
    const bool glued_letter_ends_word = !scale->attached_only || next + 1 >= t.size() ||
                                        t[next + 1].kind != TokenKind::word || !attached(t, next + 1);
    if (glued_letter_ends_word) {
      match.value *= scale->factor;
      match.tolerance *= scale->factor;
      match.has_scale = true;
      match.last = next;
      // "₹2.05 lakh crore": scales multiply.
      if (const auto* outer = scale_at(t, next + 1); outer && !outer->attached_only && outer->factor > scale->factor) {
        match.value *= outer->factor;
        match.tolerance *= outer->factor;
        match.last = next + 1;
      }
    }
  }
  return match;
}

struct UnitMatch {
  std::string unit;
  std::string noun, noun_kind;
  double factor = 1;      // basis points -> percentage points
  std::size_t last = 0;   // last token of the unit
  std::string noun_class = {};
  bool measure = false;  // lexicon::CountNoun::measure
};

// (`label`: the noun heads a line of its own, "Deliveries: 64,820".)
std::optional<UnitMatch> count_noun_at(const Tokens& t, std::size_t i, bool label = false) {
  // Up to two modifier words may stand between the number and the noun:
  // "91 new data centers", "500 retail stores".
  for (std::size_t skip = 0; skip <= 2 && i + skip < t.size(); ++skip) {
    if (skip > 0) {
      const Token& modifier = t[i + skip - 1];
      if (modifier.kind != TokenKind::word || modifier.has_digit || modifier.newline_before) return std::nullopt;
      static constexpr std::array<std::string_view, 16> kStop{"of", "in", "to", "the", "a", "and", "or", "for",
                                                              "from", "by", "on", "at", "with", "per", "than", "as"};
      if (contains(kStop, modifier.lower())) return std::nullopt;
    }
    const std::size_t at = i + skip;
    if (at >= t.size() || (t[at].newline_before && !(label && skip == 0))) return std::nullopt;
    static const WordIndex<lexicon::CountNoun> index(lexicon::count_nouns(), kStartsCountNoun);
    for (const std::size_t entry : index.starting_with(t[at])) {
      const lexicon::CountNoun& noun = index[entry];
      const std::size_t length = match_rest_at(t, at, index.rest(entry));
      if (length == 0) continue;
      // "units" of something else ("data center units") are fine; a noun
      // glued to a hyphen continues a compound ("stores-based"): skip it.
      const std::size_t end = at + length - 1;
      if (end + 1 < t.size() && is_symbol(t[end + 1], "-") && attached(t, end + 1)) continue;
      return UnitMatch{"count",      std::string(noun.canonical),
                       std::string(noun.kind), noun.factor,
                       end,          std::string(noun.same_as.empty() ? noun.canonical : noun.same_as),
                       noun.measure};
    }
  }
  return std::nullopt;
}

// The unit after a number: %, percent, percentage points, x/×/times, a currency word, a counted noun.
std::optional<UnitMatch> unit_after(const Tokens& t, std::size_t i) {
  if (i >= t.size() || t[i].newline_before) return std::nullopt;
  const Token& u = t[i];
  if (!(u.classes & kStartsUnit)) return count_noun_at(t, i);
  if (is_symbol(u, "%") || is_symbol(u, "％")) return UnitMatch{"percent", "", "", 1, i};
  if (is(u.lower(), "percent") || is(u.lower(), "pct")) return UnitMatch{"percent", "", "", 1, i};
  if (std::size_t n = match_at(t, i, "per cent")) return UnitMatch{"percent", "", "", 1, i + n - 1};
  if (std::size_t n = match_at(t, i, "percentage points"); n || (n = match_at(t, i, "percentage point")))
    return UnitMatch{"percentage_points", "", "", 1, i + n - 1};
  if (is(u.lower(), "pp") || is(u.lower(), "ppt") || is(u.lower(), "ppts"))
    return UnitMatch{"percentage_points", "", "", 1, i};
  if (std::size_t n = match_at(t, i, "basis points"); n || (n = match_at(t, i, "basis point")))
    return UnitMatch{"percentage_points", "", "", 0.01, i + n - 1};
  if (is(u.lower(), "bps") || (is(u.lower(), "bp") && attached(t, i)))
    return UnitMatch{"percentage_points", "", "", 0.01, i};
  if ((is(u.lower(), "x") && attached(t, i)) || is_symbol(u, "×")) {
    // "11x" but not "4x4" or "x86".
    if (i + 1 < t.size() && attached(t, i + 1) && t[i + 1].kind == TokenKind::number) return std::nullopt;
    return UnitMatch{"multiple", "", "", 1, i};
  }
  if (is(u.lower(), "times") && i + 1 < t.size() && contains(kMultipleBases, t[i + 1].lower()))
    return UnitMatch{"multiple", "", "", 1, i};
  static const auto kCurrencyWords = first_by_word(lexicon::currency_words_after(), &lexicon::Currency::token);
  if (const lexicon::Currency* found = u.kind == TokenKind::word ? entry_for(kCurrencyWords, u) : nullptr) {
    // "34.5 cents a share", "512 pence": hundredths of the currency.
    if (is(found->code, "USD_CENTS")) return UnitMatch{"USD", "", "", 0.01, i};
    if (is(found->code, "GBP_PENCE")) return UnitMatch{"GBP", "", "", 0.01, i};
    return UnitMatch{std::string(found->code), "", "", 1, i};
  }
  return count_noun_at(t, i);
}

std::optional<Hedge> hedge_before(const Tokens& t, std::size_t first, std::size_t& hedge_first) {
  if (first == 0) return std::nullopt;
  // Only phrases ending in the word just before the figure can match.
  static const auto* by_last_word = [] {
    auto* map = new WordTable<std::vector<const lexicon::HedgePhrase*>>();
    for (const auto& phrase : lexicon::hedge_phrases())
      (*map)[phrase.words.substr(phrase.words.rfind(' ') + 1)].push_back(&phrase);
    return map;
  }();
  const auto* candidates = by_last_word->find(t[first - 1]);
  if (!candidates) return std::nullopt;
  for (const auto* phrase_pointer : *candidates) {
    const auto& phrase = *phrase_pointer;
    if (!ends_before(t, first, phrase.words)) continue;
    const std::size_t start = first - phrase_length(phrase.words);
    // "ticked up to 18.5%", "rose to over 9%" read "up to" as a verb's path.
    if (is(phrase.words, "up to") && start > 0 && t[start - 1].kind == TokenKind::word &&
        (contains(lexicon::up_words(), t[start - 1].lower()) ||
         (t[start - 1].lower().size() > 3 && t[start - 1].lower().compare(t[start - 1].lower().size() - 2, 2, "ed") == 0)))
      continue;
    // "over" and "under" as prepositions of time ("over 2024") never reach here:
    // bare years are not quantities.
    // "handed over 40,120 cars", "turned over $2 billion": a phrasal verb, not "more than".
    static const WordSet kPhrasalVerbs{"hand", "hands", "handed", "turned", "turns", "took", "passed", "signed"};
    if (is(phrase.words, "over") && start > 0 && kPhrasalVerbs.contains(t[start - 1])) continue;
    hedge_first = start;
    return phrase.hedge;
  }
  return std::nullopt;
}

bool is_clause_break(const Token& token) {
  if (token.kind != TokenKind::symbol) return false;
  static constexpr std::array<std::string_view, 9> kBreaks{",", ";", ".", "(", ")", "|", "!", "?", "—"};
  return contains(kBreaks, token.lower());
}

bool is_giving(std::string_view word) {
  return is(word, "gave") || is(word, "give") || is(word, "gives") || is(word, "giving") || is(word, "given");
}

Direction direction_around(const Tokens& t, const Quantity& q) {
  // A noun right after the figure: "13% gain", "a 5% drop".
  if (q.last + 1 < t.size() && t[q.last + 1].kind == TokenKind::word && !t[q.last + 1].newline_before) {
    const std::string_view next = t[q.last + 1].lower();
    if ((t[q.last + 1].classes & kUpNoun) || is(next, "higher")) return Direction::up;
    if ((t[q.last + 1].classes & kDownNoun) || is(next, "lower")) return Direction::down;
  }
  // A verb or adverb shortly before, in the same clause: "rose 26%",
  // "trading higher by 9%", "slashed its value by 70%".
  std::size_t i = q.context_first;
  for (int steps = 0; i > 0 && steps < 6; ++steps) {
    if (t[i].newline_before) break;
    --i;
    const Token& token = t[i];
    if (token.kind == TokenKind::number || is_clause_break(token) || is_symbol(token, ":")) break;
    if (token.kind != TokenKind::word) continue;
    // "gave up 1.2%", "giving back 3%": a gain handed back is a fall.
    if ((is(token.lower(), "up") || is(token.lower(), "back")) && i > 0 && is_giving(t[i - 1].lower()))
      return Direction::down;
    if (token.classes & kUpWord) return Direction::up;
    if (token.classes & kDownWord) return Direction::down;
  }
  return Direction::none;
}

bool p_e_before(const Tokens& t, std::size_t first) {
  // "P/E of 16", "P/E ratio of about 16", "price-to-earnings ratio of 16", "PE: 16"
  std::size_t i = first;
  for (int steps = 0; i > 0 && steps < 5; ++steps) {
    --i;
    const std::string_view w = t[i].lower();
    if (is(w, "e") && i >= 2 && is(t[i - 1].lower(), "/") && is(t[i - 2].lower(), "p")) return true;
    if (is(w, "pe") || is(w, "p/e")) return true;
    if (is(w, "earnings") && i >= 2 && is(t[i - 1].lower(), "-") && is(t[i - 2].lower(), "to")) return true;
    static constexpr std::array<std::string_view, 9> kGlue{"ratio", "multiple", "of", "at", "is", ":", "stands",
                                                           "forward", "trailing"};
    if (!contains(kGlue, w)) {
      bool is_hedge_word = false;
      for (const auto& phrase : lexicon::hedge_phrases())
        if (phrase.words == w) is_hedge_word = true;
      if (!is_hedge_word) return false;
    }
  }
  return false;
}

// Words and symbols a quantity can start with; everything else is skipped
// with a bit test or two (most tokens of a text, and the "-" of "data-center").
bool may_start_quantity(const Tokens& t, std::size_t i) {
  const Token& token = t[i];
  if (token.kind == TokenKind::number || (token.classes & kStartsQuantity)) return true;
  return (token.classes & kStartsGluedQuantity) && attached(t, i + 1);
}

class Scanner {
 public:
  Scanner(const Tokens& tokens, YenContext yen) : t_(tokens), yen_(yen) {}

  std::vector<Quantity> run() {
    std::size_t i = 0;
    while (i < t_.size()) {
      if (!may_start_quantity(t_, i)) {
        ++i;
        continue;
      }
      std::optional<Quantity> found = special_at(i);
      if (!found) found = quantity_at(i);
      if (found && is_tolerance(*found)) {
        i = found->last + 1;
        continue;
      }
      if (found && in_page_furniture(found->first)) {
        i = found->last + 1;
        continue;
      }
      // "($1 = 86.48 Indian rupees)": the exchange rate used, on both sides of "=".
      if (found && found->last + 2 < t_.size() && is_symbol(t_[found->last + 1], "=")) {
        const std::optional<Quantity> rate = quantity_at(found->last + 2);
        i = rate ? rate->last + 1 : found->last + 2;
        continue;
      }
      if (found) {
        finish(*found);
        i = found->last + 1;
        out_.push_back(std::move(*found));
      } else {
        ++i;
      }
    }
    return std::move(out_);
  }

 private:
  // Word forms: "one-third", "doubled", "trillion-parameter".
  std::optional<Quantity> special_at(std::size_t i) {
    const Token& token = t_[i];
    if (token.kind != TokenKind::word) return std::nullopt;
    static const WordIndex<lexicon::Fraction> kFractions(lexicon::fractions());
    for (const std::size_t entry : kFractions.starting_with(token)) {
      const lexicon::Fraction& fraction = kFractions[entry];
      const std::size_t n = match_rest_at(t_, i, kFractions.rest(entry));
      if (n == 0) continue;
      if (fraction.words.find('-') != std::string_view::npos && (!attached(t_, i + 1) || !attached(t_, i + 2)))
        continue;
      // "a third of the market", "one-third of revenue": a share, not "a third quarter".
      if (i + n >= t_.size() || !is(t_[i + n].lower(), "of")) continue;
      Quantity q;
      q.first = i;
      q.last = i + n - 1;
      q.value = fraction.percent;
      q.tolerance = 2;
      q.unit = "percent";
      return q;
    }
    // "roughly half of its sales", "fell by half", "a quarter of revenue" - but
    // not "the second half of 2025" or "a quarter of 2024".
    if (const double share = is(token.lower(), "half")                                             ? 50
                             : (is(token.lower(), "quarter") && i > 0 && is(t_[i - 1].lower(), "a")) ? 25
                                                                                                 : 0;
        share > 0) {
      const std::string_view before = i > 0 ? t_[i - 1].lower() : std::string_view();
      const bool period = is(before, "first") || is(before, "second") || is(before, "the") || is(before, "this") ||
                          is(before, "next") || is(before, "last") || is(before, "each") || is(before, "per");
      const bool of_year = i + 2 < t_.size() && is(t_[i + 1].lower(), "of") && t_[i + 2].kind == TokenKind::number;
      const bool used_as_share = (i + 1 < t_.size() && is(t_[i + 1].lower(), "of")) || is(before, "by");
      if (!period && !of_year && used_as_share) {
        Quantity q;
        q.first = share == 25 ? i - 1 : i;
        q.last = i;
        q.value = share;
        q.tolerance = share / 10;
        q.unit = "percent";
        return q;
      }
    }
    static const auto kMultipliers = first_by_word(lexicon::multipliers(), &lexicon::Multiplier::word);
    if (const lexicon::Multiplier* found = entry_for(kMultipliers, token)) {
      const lexicon::Multiplier& multiplier = *found;
      // "split, doubled buyback": the word describes the noun after it; no move is told.
      static const WordSet kAfterAMove{"in", "from", "since", "to", "over", "this", "last", "its", "their", "the",
                                       "a", "and", "or", "but", "after", "on", "during", "year", "so", "again",
                                       "within", "compared", "versus", "as", "while", "with", "by", "for"};
      if (i + 1 < t_.size() && t_[i + 1].kind == TokenKind::word && !t_[i + 1].newline_before &&
          !kAfterAMove.contains(t_[i + 1]))
        return std::nullopt;
      Quantity q;
      q.first = q.last = i;
      q.value = multiplier.percent;
      q.tolerance = 5;
      q.unit = "percent";
      q.direction = multiplier.direction;
      return q;
    }
    // "trillion-parameter model": a scale word glued to a singular counted noun.
    if (const auto* scale = scale_at(t_, i); scale && !scale->attached_only && i + 2 < t_.size() &&
                                             is_symbol(t_[i + 1], "-") && attached(t_, i + 1) &&
                                             attached(t_, i + 2) && (i == 0 || t_[i - 1].kind != TokenKind::number)) {
      if (auto unit = count_noun_at(t_, i + 2); unit && unit->last == i + 2) {
        Quantity q;
        q.first = i;
        q.last = i + 2;
        q.value = scale->factor;
        q.tolerance = scale->factor * 0.5;
        q.unit = "count";
        q.noun = unit->noun;
        q.noun_kind = unit->noun_kind;
        q.noun_class = unit->noun_class;
        return q;
      }
    }
    return std::nullopt;
  }

  std::optional<Quantity> quantity_at(std::size_t i) {
    Quantity q;
    q.first = i;
    std::size_t k = i;
    double sign = 1;
    if ((is_symbol(t_[k], "+") || is_symbol(t_[k], "-") || is_symbol(t_[k], "−")) && k + 1 < t_.size() &&
        attached(t_, k + 1) && (k == 0 || t_[k].space_before || t_[k - 1].kind == TokenKind::symbol)) {
      sign = is(t_[k].lower(), "+") ? 1 : -1;
      q.direction = sign > 0 ? Direction::up : Direction::down;
      ++k;
    }
    std::string currency;
    if (auto marker = currency_before_number(t_, k, yen_)) {
      currency = marker->code;
      k = marker->next;
    }
    auto number = number_at(t_, k);
    if (!number) return std::nullopt;
    if (!number->written && currency.empty() && looks_like_code(t_, k, number->last)) return std::nullopt;
    // A number glued to letters that are not a scale or unit: "5th", "2Investors", "4G".
    if (number->last + 1 < t_.size() && attached(t_, number->last + 1) &&
        t_[number->last + 1].kind == TokenKind::word && !unit_glued_ok(number->last + 1))
      return std::nullopt;

    q.value = sign * number->value;
    q.tolerance = number->tolerance;
    q.last = number->last;

    // Ranges: "8–10%", "20-30x", "$1-2 billion", "between $1 and $2 billion".
    std::optional<NumberMatch> upper;
    std::size_t after = number->last + 1;
    const bool between = i > 0 && is(t_[i - 1].lower(), "between");
    // "from $2.75 to $3.25" is where a change started and ended, except
    // right after a range it restates ("$2.10 to $2.50, down from $2.75 to
    // $3.25"); "from $2.75-$3.25" is a range either way.
    const bool from = i > 0 && is(t_[i - 1].lower(), "from");
    const bool restates_range = from && !out_.empty() && out_.back().hedge == Hedge::range && i <= out_.back().last + 4;
    const bool to_joins = !from || restates_range;
    if (after < t_.size()) {
      const bool dash = is_dash(t_[after]) && (attached(t_, after) == attached(t_, after + 1));
      const bool joined =
          dash || (to_joins && is(t_[after].lower(), "to")) || (between && is(t_[after].lower(), "and"));
      if (joined && after + 1 < t_.size()) {
        std::size_t second = after + 1;
        if (auto marker = currency_before_number(t_, second, yen_); marker && !currency.empty()) second = marker->next;
        // Only when the first number has no unit of its own ("8% to 10%" is a
        // move from one level to another unless "between" says otherwise).
        const auto own_unit = unit_after(t_, after);
        if (!own_unit || between) upper = number_at(t_, second);
        if (upper && !upper->written && upper->value > std::abs(q.value) &&
            (upper->has_scale || !number->has_scale)) {
          if (!number->has_scale && upper->has_scale) {
            const double factor = upper->value / t_[upper->first].number;
            q.value *= factor;
            q.tolerance *= factor;
          }
        } else {
          upper.reset();
        }
      }
    }
    // "8%-10%", "5% to 7%": both ends carry the same unit.
    if (!upper) {
      const auto own_unit = unit_after(t_, number->last + 1);
      const std::size_t joint = own_unit ? own_unit->last + 1 : 0;
      if (own_unit && !is(own_unit->unit, "count") && joint + 1 < t_.size() &&
          ((is_dash(t_[joint]) && attached(t_, joint) == attached(t_, joint + 1)) ||
           (to_joins && is(t_[joint].lower(), "to")) ||
           (between && is(t_[joint].lower(), "and")))) {
        std::size_t second = joint + 1;
        if (auto marker = currency_before_number(t_, second, yen_); marker && !currency.empty()) second = marker->next;
        auto candidate = number_at(t_, second);
        const auto second_unit = candidate ? unit_after(t_, candidate->last + 1) : std::nullopt;
        if (candidate && !candidate->written && second_unit && second_unit->unit == own_unit->unit &&
            candidate->value > std::abs(q.value) && currency.empty())
          upper = candidate;
      }
    }
    const std::size_t unit_start = (upper ? upper->last : number->last) + 1;
    auto unit = unit_after(t_, unit_start);
    if (!unit && !upper && currency.empty()) unit = count_of_whole_after(number->last);
    const bool labelled = !unit && !upper && currency.empty() && !number->written &&
                          (unit = count_of_label_before(i, number->last)).has_value();
    if (unit && !currency.empty() && !is(unit->unit, "count")) {
      // "$5 billion USD": the prefix already said it.
      if (unit->unit.size() == 3) unit->unit = currency;
    }
    if (unit && is(unit->unit, "KRW_WORD")) unit->unit = "KRW";
    if (unit && is(unit->unit, "GBP_WORD")) {
      if (!number->has_scale) return std::nullopt;  // "a 500-pound bomb", "200 pounds of copper"
      unit->unit = "GBP";
    }
    if (!currency.empty() && (!unit || is(unit->unit, "count"))) {
      unit = UnitMatch{currency, "", "", 1, upper ? upper->last : number->last};
    }
    if (!unit) {
      if (!number->written && p_e_before(t_, i)) unit = UnitMatch{"multiple", "", "", 1, number->last};
      else return std::nullopt;
    }
    if (is(unit->unit, "count")) {
      if (number->written && !number->has_scale) return std::nullopt;
      if (!labelled && !count_context_ok(i, number->last + 1, unit->last)) return std::nullopt;
      // "1.2K Shares | 87 Comments": a page's share counter.
      if (t_[unit->last].capitalized && unit->last + 1 < t_.size() &&
          (is_symbol(t_[unit->last + 1], "|") || is_symbol(t_[unit->last + 1], "·")))
        return std::nullopt;
      if (is_year_like(number->first)) return std::nullopt;
      if (t_[number->first].kind == TokenKind::number && t_[number->first].decimals > 0 && !number->has_scale &&
          !unit->measure)
        return std::nullopt;  // "2.5 stores" is not a count; "2.5 tonnes" is a measure
    }
    q.unit = unit->unit;
    q.noun = unit->noun;
    q.noun_kind = unit->noun_kind;
    q.noun_class = unit->noun_class;
    q.value *= unit->factor;
    q.tolerance *= unit->factor;
    q.last = std::max(q.last, unit->last);
    if (upper) {
      const double high = sign * upper->value * unit->factor;
      q.low = q.value;
      q.high = high;
      q.value = (q.value + high) / 2;
      q.hedge = Hedge::range;
      if (between) q.first = i;  // the text starts at the first number; "between" is context
    }
    return q;
  }

  // A teaser line ("Read more: ... $40,000 a chip") or a reader offer
  // ("Subscribe for $9.99 a month") is page furniture, not the story.
  bool in_page_furniture(std::size_t i) {
    // Line and sentence starts are followed forward from the last figure, so
    // a text is walked once however long its lines are.
    const std::size_t from = furniture_checked_ == SIZE_MAX ? 0 : furniture_checked_ + 1;
    for (std::size_t k = from; k <= i; ++k) {
      if (k == 0 || t_[k].newline_before) {
        sentence_start_ = k;
        // A comment count or stamp in the first fifth of a long text is a
        // widget under the headline ("Share: X | Email\n128 Comments") with
        // the story still to come, not the start of the thread.
        const bool comment_header = !comments_started_ && is_comment_header(k);
        const bool story_follows = k < t_.size() / 5 && t_.size() - k > kStoryTokens;
        comments_started_ = comments_started_ || (comment_header && !story_follows);
        line_is_teaser_ = comments_started_ || comment_header || is_teaser_line(k) || is_quote_strip(k);
      } else if (ends_sentence_before(k)) {
        sentence_start_ = k;
      }
    }
    if (from <= i) furniture_checked_ = i;
    if (line_is_teaser_) return true;
    if (is_discount_offer(sentence_start_)) return true;
    if (is_reader_offer_phrase_before(i)) return true;
    static const WordSet kOpenerFirstWords = first_words(lexicon::reader_offer_openers());
    if (!kOpenerFirstWords.contains(t_[sentence_start_])) return false;
    for (const std::string_view opener : lexicon::reader_offer_openers())
      if (match_at(t_, sentence_start_, opener)) return true;
    return false;
  }

  // "Paid subscribers get the full model for $10 a month": an offer to the
  // reader inside a sentence, before the price.
  // The sentence is walked once, however many figures it holds.
  bool is_reader_offer_phrase_before(std::size_t i) {
    static const WordSet kFirstWords = first_words(lexicon::reader_offer_phrases());
    if (offer_sentence_ != sentence_start_) {
      offer_sentence_ = offer_scanned_ = sentence_start_;
      offer_seen_ = false;
    }
    for (; offer_scanned_ < i && !offer_seen_; ++offer_scanned_) {
      if (!kFirstWords.contains(t_[offer_scanned_])) continue;
      for (const std::string_view phrase : lexicon::reader_offer_phrases())
        if (match_at(t_, offer_scanned_, phrase)) offer_seen_ = true;
    }
    return offer_seen_;
  }
  std::size_t offer_sentence_ = SIZE_MAX, offer_scanned_ = 0;  // the sentence walked, and how far
  bool offer_seen_ = false;

  // "Get 50% off Premium", "Save $20 on an annual plan": an imperative offer
  // of a price cut on something the reader buys.
  bool is_discount_offer(std::size_t start) const {
    static const WordSet kVerbs{"get", "save", "enjoy", "claim", "unlock"};
    static const WordSet kProducts{"off",  "free",    "trial",      "subscription", "subscriptions",
                                   "premium", "membership", "plan", "plans",        "access"};
    if (start + 1 >= t_.size() || !kVerbs.contains(t_[start])) return false;
    if (t_[start + 1].kind != TokenKind::number && !currency_before_number(t_, start + 1, yen_)) return false;
    for (std::size_t k = start + 2; k < t_.size() && k <= start + 8 && !t_[k].newline_before; ++k)
      if (kProducts.contains(t_[k])) return true;
    return false;
  }

  // "NVDA 181.81 +2.33 (+1.30%)  AMD 235.56 -3.10 (-1.30%)": a quote strip of
  // tickers and prices, as many numbers as words and no word longer than a
  // ticker; "DJIA 43,110.25 -0.92% | NASDAQ 18,804.70 -1.80%" separates
  // longer index names by bars.
  bool is_quote_strip(std::size_t line) const {
    std::size_t words = 0, numbers = 0, bars = 0, long_words = 0;
    for (std::size_t k = line; k < t_.size() && (k == line || !t_[k].newline_before); ++k) {
      if (k - line > 60) return false;
      if (t_[k].kind == TokenKind::number) ++numbers;
      else if (is_symbol(t_[k], "|")) ++bars;
      else if (k == line && t_[k].kind == TokenKind::word && k + 1 < t_.size() && is_symbol(t_[k + 1], ":"))
        continue;  // a "Ticker:" label heading the line
      else if (t_[k].kind == TokenKind::word && ++words && t_[k].lower().size() > 5) {
        if (t_[k].lower().size() > 8) return false;
        ++long_words;
      }
    }
    // (Twice as many numbers as words is a strip whatever its names: "GOLD 4,871.20 +0.7%  SILVER 61.35 +1.2%".)
    return numbers >= 3 && numbers >= words && (long_words == 0 || bars >= 2 || (words >= 3 && numbers >= 2 * words));
  }

  // Reader comments follow the story: a "12 comments" line, or a comment's
  // header ("John123 · 2h ago", "Maria K. 3 hours ago"). Nothing after one is the story.
  bool is_comment_header(std::size_t line) const {
    std::size_t end = line;
    while (end + 1 < t_.size() && !t_[end + 1].newline_before) ++end;
    // "Comments (14)", "COMMENTS", "Reader comments", or "Top comment: ..." opening a comment
    // after the story (a text that starts with it is itself the thread).
    std::size_t word = line;
    if (word < end && (is(t_[word].lower(), "top") || is(t_[word].lower(), "reader"))) ++word;
    if (line > 0 && (is(t_[word].lower(), "comments") || is(t_[word].lower(), "comment")) && t_[line].capitalized &&
        (word == end || is_symbol(t_[word + 1], "(") || is_symbol(t_[word + 1], ":")))
      return true;
    if (end - line > 8) return false;
    if (t_[line].kind == TokenKind::number && line + 1 <= end &&
        (is(t_[line + 1].lower(), "comments") || is(t_[line + 1].lower(), "comment")))
      return true;
    if (!is(t_[end].lower(), "ago") || end == line) return false;
    const Token& span = t_[end - 1];
    static const WordSet kSpans{"h", "m", "d", "min", "mins", "hr", "hrs", "hour", "hours", "minutes",
                                "minute", "days", "day", "weeks", "week"};
    if (!kSpans.contains(span) || end < line + 2) return false;
    return t_[end - 2].kind == TokenKind::number;
  }

  bool is_teaser_line(std::size_t line) const {
    static const WordSet kLabelFirstWords = first_words(lexicon::teaser_labels());
    if (!kLabelFirstWords.contains(t_[line])) return false;
    for (const std::string_view label : lexicon::teaser_labels()) {
      const std::size_t n = match_at(t_, line, label);
      if (n == 0) continue;
      // The label heads the line: a colon, bar or dash right after it, or a few
      // words later for a phrase ("More from our markets team:"); a single
      // word must be followed by it ("Watch the yen: it fell 2%" is a story).
      const std::size_t words_between = n > 1 ? 3 : 0;
      for (std::size_t k = line + n; k < t_.size() && k <= line + n + words_between && !t_[k].newline_before;
           ++k) {
        if (is_symbol(t_[k], ":") || is_symbol(t_[k], "|") || (is_dash(t_[k]) && t_[k].space_before)) return true;
        if (t_[k].kind != TokenKind::word) break;
      }
    }
    return false;
  }

  // True when a sentence ends right before token i ("... weekly. Subscribe").
  bool ends_sentence_before(std::size_t i) const {
    if (i == 0) return true;
    const Token& before = t_[i - 1];
    return t_[i].space_before && t_[i].capitalized &&
           (is_symbol(before, ".") || is_symbol(before, "!") || is_symbol(before, "?"));
  }

  bool unit_glued_ok(std::size_t i) const {
    const Token& u = t_[i];
    if (scale_at(t_, i)) return true;
    static constexpr std::array<std::string_view, 8> kGlued{"x", "pp", "ppt", "ppts", "bp", "bps", "pct", "percent"};
    if (contains(kGlued, u.lower())) return true;
    const auto measure = count_noun_at(t_, i);  // "1.2GW", "300MW", "9.5mbpd" is not one
    return measure && measure->measure && measure->last == i;
  }

  // "Windows 11 users" names a product; "the 5 largest banks" and "top 10
  // customers" rank, they do not count.
  // "close 180 of its 612 stores", "40 out of 120 branches": the part counts
  // what the whole after it counts. The part's text stays its number.
  std::optional<UnitMatch> count_of_whole_after(std::size_t last) const {
    std::size_t k = last + 1;
    if (k + 1 < t_.size() && is(t_[k].lower(), "out")) ++k;
    if (k + 1 >= t_.size() || !is(t_[k].lower(), "of")) return std::nullopt;
    ++k;
    if (is(t_[k].lower(), "its") || is(t_[k].lower(), "their") || is(t_[k].lower(), "the")) ++k;
    if (k >= t_.size() || t_[k].kind != TokenKind::number) return std::nullopt;
    const auto whole = number_at(t_, k);
    if (!whole || whole->written) return std::nullopt;
    auto unit = unit_after(t_, whole->last + 1);
    if (!unit || !is(unit->unit, "count")) return std::nullopt;
    unit->last = last;
    return unit;
  }

  // "- Deliveries: 64,820": a list line's label counts the number that ends it.
  std::optional<UnitMatch> count_of_label_before(std::size_t first, std::size_t last) const {
    // (The number ends the line, or a parenthesis follows: "64,820 (+41% YoY)".)
    if (first < 2 || !is_symbol(t_[first - 1], ":") ||
        (last + 1 < t_.size() && !t_[last + 1].newline_before && !is_symbol(t_[last + 1], "(")))
      return std::nullopt;
    std::size_t line = line_first(t_, first - 2, first > 6 ? first - 6 : 0);
    if (!t_[line].newline_before && line > 0) return std::nullopt;
    if (t_[line].kind == TokenKind::symbol) ++line;  // "-", "•"
    for (std::size_t s = line; s + 1 < first; ++s)
      // ("Shares: 212.40" is a scorecard's price line, not a share count.)
      if (auto unit = count_noun_at(t_, s, s == line);
          unit && unit->last == first - 2 && !unit->measure && !is(unit->noun, "shares"))
        return unit;
    return std::nullopt;
  }

  bool count_context_ok(std::size_t first, std::size_t noun_from, std::size_t noun_last) const {
    if (first > 0) {
      const Token& before = t_[first - 1];
      static constexpr std::array<std::string_view, 3> kRanking{"top", "first", "last"};
      if (before.kind == TokenKind::word && contains(kRanking, before.lower())) return false;
      if (before.kind == TokenKind::word && !t_[first].newline_before &&
          (before.has_digit || (before.capitalized && !starts_sentence(first - 1))))
        return false;
    }
    for (std::size_t i = noun_from; i < noun_last; ++i) {
      const std::string_view word = t_[i].lower();
      if (is(word, "most") || (word.size() > 4 && word.compare(word.size() - 3, 3, "est") == 0)) return false;
    }
    return true;
  }

  bool starts_sentence(std::size_t i) const {
    return i == 0 || t_[i].newline_before || is_symbol(t_[i - 1], ".") || is_symbol(t_[i - 1], ":") ||
           is_symbol(t_[i - 1], "(") || is_symbol(t_[i - 1], "“") || is_symbol(t_[i - 1], "\"");
  }

  bool is_year_like(std::size_t number) const {
    const Token& n = t_[number];
    return n.kind == TokenKind::number && !n.thousands_separated && n.decimals == 0 && n.number >= 1900 &&
           n.number <= 2100 && n.end - n.begin == 4;
  }

  // "plus or minus 2%", "±2%": a tolerance on another figure, not a figure.
  bool is_tolerance(const Quantity& q) const {
    return (q.first > 0 && (is_symbol(t_[q.first - 1], "±") || is_symbol(t_[q.first - 1], "+/-"))) ||
           ends_before(t_, q.first, "plus or minus");
  }

  void finish(Quantity& q) {
    q.context_first = q.first;
    if (q.hedge != Hedge::range) {
      std::size_t hedge_first = q.first;
      if (auto hedge = hedge_before(t_, q.first, hedge_first)) {
        q.hedge = *hedge;
        q.context_first = hedge_first;
      }
    }
    // A level reached ("to $178", "at 11x") has no direction of its own.
    if (q.context_first > 0) {
      const std::string_view before = t_[q.context_first - 1].lower();
      q.is_level = is(before, "to") || is(before, "at") || is(before, "from");
    }
    if (q.direction == Direction::none && !q.is_level &&
        (is(q.unit, "percent") || is(q.unit, "percentage_points") || is(q.unit, "multiple")))
      q.direction = direction_around(t_, q);
    // A restatement in another currency: "380 billion yuan ($53 billion)",
    // "380 billion yuan, or about $53 billion", "(... $1.3 billion, £1.0 billion)".
    if (!out_.empty() && q.unit.size() == 3 && out_.back().unit.size() == 3 && out_.back().unit != q.unit) {
      const Quantity& previous = out_.back();
      std::string between;
      for (std::size_t i = previous.last + 1; i < q.context_first; ++i) (between += t_[i].lower()) += ' ';
      const int original = previous.converts >= 0 ? previous.converts : static_cast<int>(out_.size() - 1);
      if (is(between, "( ") || is(between, ", or ") || is(between, "or "))
        q.converts = static_cast<int>(out_.size() - 1);
      else if (is(between, ", ") && previous.converts >= 0 && out_[original].unit != q.unit) q.converts = original;
    }
  }

  const Tokens& t_;
  YenContext yen_;
  std::vector<Quantity> out_;
  // in_page_furniture's walk: the last token reached, its line and sentence.
  std::size_t furniture_checked_ = SIZE_MAX;
  std::size_t sentence_start_ = 0;
  bool line_is_teaser_ = false;
  static constexpr std::size_t kStoryTokens = 200;  // about 150 words: more than a comment thread's opening
  bool comments_started_ = false;  // a comment header was seen: the rest is readers' comments
};

}  // namespace

YenContext detect_yen_context(const Tokens& tokens) {
  // A currency named in words settles it ("the yen does the heavy lifting");
  // else places and companies of either country are counted.
  int chinese = 0, japanese = 0;
  bool yuan_named = false, yen_named = false;
  for (const auto& token : tokens) {
    if (token.kind != TokenKind::word || !(token.classes & (kChineseCue | kJapaneseCue))) continue;
    chinese += (token.classes & kChineseCue) != 0;
    japanese += (token.classes & kJapaneseCue) != 0;
    const std::string_view w = token.lower();
    yuan_named = yuan_named || is(w, "yuan") || is(w, "rmb") || is(w, "renminbi");
    yen_named = yen_named || is(w, "yen");
  }
  if (yen_named != yuan_named) return yen_named ? YenContext::japanese : YenContext::chinese;
  return chinese >= japanese && chinese > 0 ? YenContext::chinese : YenContext::japanese;
}

std::vector<Quantity> scan_quantities(const Tokens& tokens, YenContext yen) {
  return Scanner(tokens, yen).run();
}

}  // namespace keyfigures
