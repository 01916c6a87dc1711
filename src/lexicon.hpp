// Finance lexicons as data: scale words, currencies, hedges, directions,
// count nouns, word numbers, and the context cues (metrics, periods,
// sessions, listings). One place, so rules elsewhere stay general.
#pragma once

#include <algorithm>
#include <span>
#include <string_view>

#include "keyfigures/model.hpp"
#include "word_equal.hpp"

namespace keyfigures::lexicon {

// True when `word` is one of `table`'s entries.
template <typename Table>
bool contains(const Table& table, std::string_view word) {
  for (const std::string_view entry : table)
    if (is(entry, word)) return true;
  return false;
}

// 1..12 for "january".."december" and "jan".."dec"; 0 otherwise.
int month_number(std::string_view word);

struct Scale {
  std::string_view word;
  double factor;
  bool attached_only;  // "53B", "16.3M": single letters only when glued to the number
};
std::span<const Scale> scales();

struct Currency {
  std::string_view token;  // lowercase word, code or symbol
  std::string_view code;   // ISO 4217, or "YEN_SIGN" for ¥ (CNY or JPY by context)
};
std::span<const Currency> currency_symbols();      // "$", "€", "£", "¥", "₹"
std::span<const Currency> dollar_prefixes();       // "us" + "$" -> USD, "hk" + "$" -> HKD
std::span<const Currency> currency_codes();        // "usd", "rmb", "rs" before the number
std::span<const Currency> currency_words_after();  // "yuan", "dollars" after the number

struct HedgePhrase {
  std::string_view words;  // space-separated lowercase tokens, matched just before a figure
  Hedge hedge;
};
std::span<const HedgePhrase> hedge_phrases();

std::span<const std::string_view> up_words();
std::span<const std::string_view> down_words();
std::span<const std::string_view> up_nouns();    // "13% gain"
std::span<const std::string_view> down_nouns();  // "5% drop"

struct CountNoun {
  std::string_view words;      // lowercase, as written: "availability zones", "dcs"
  std::string_view canonical;  // the plural the report shows: "availability zones", "data centers"
  std::string_view kind;       // what is counted; one card per kind: "sites"
  std::string_view same_as = {};  // a true synonym ("workers" = "employees"): no unit conflict
  // A measure, not a count of things: "1.2 gigawatts", "2.5 tonnes" may have
  // decimals and be glued to the number ("1.2GW"); `factor` converts it to
  // the canonical unit (megawatts are thousandths of gigawatts).
  bool measure = false;
  double factor = 1;
};
std::span<const CountNoun> count_nouns();

struct WordNumber {
  std::string_view word;
  double value;
};
std::span<const WordNumber> word_numbers();  // one..ninety, dozen, hundred

struct Fraction {
  std::string_view words;  // "one-third" as tokens "one - third"
  double percent;
};
std::span<const Fraction> fractions();

// Multiplicative verbs: "doubled" -> +100%, "halved" -> -50%.
struct Multiplier {
  std::string_view word;
  double percent;
  Direction direction;
};
std::span<const Multiplier> multipliers();

// Page furniture, never figures: a line that opens with a teaser label and a
// colon ("Read more: why it costs $40,000 a chip", "Related coverage: ..."),
// and a sentence that opens with an offer to the reader ("Subscribe for $9.99
// a month", "Sign up for ..."). Both are lowercase phrases.
std::span<const std::string_view> teaser_labels();
std::span<const std::string_view> reader_offer_openers();
// Inside a sentence before a price: "Paid members get the model for $8/month", "buy me a coffee (£3)".
std::span<const std::string_view> reader_offer_phrases();

}  // namespace keyfigures::lexicon

namespace keyfigures::lexicon {

// Which kinds of figure a metric cue can describe.
enum Family : unsigned { percent = 1, money = 2, multiple = 4 };

struct MetricCue {
  std::string_view words;   // matched loosely: "." and "-" between words are skipped
  std::string_view metric;  // key, e.g. "revenue_growth"
  unsigned families;        // Family bits
  double weight;
  int max_after = 12;       // how far after the figure the cue may stand (tokens)
  int max_before = 40;      // how far before it
};
std::span<const MetricCue> metric_cues();

struct Cue {
  std::string_view words;
  std::string_view value;
};
std::span<const Cue> session_cues();  // premarket, intraday, regular, close, after_hours
std::span<const Cue> listing_cues();  // US, HK
std::span<const Cue> period_cues();   // ytd, quarter, annual, multi_year
std::span<const Cue> segment_cues();  // cloud, e-commerce, advertising...
std::span<const Cue> index_names();   // "nyse composite", "s&p 500", "hang seng"

std::span<const std::string_view> comparator_words();  // "versus", "compared", "than"
std::span<const Cue> count_actions();  // delivered, produced, sold, cut: what happened to a count
// "an increase of $380 million", "reduced profit by ¥128 billion": words that
// make the money or count after them a change, not the level.
bool is_change_noun(std::string_view word);  // increase, reduction, hit, impact (before "of")
bool is_change_verb(std::string_view word);  // reduced, cut, raised, rose (before "... by")
bool is_estimate_word(std::string_view word);  // analysts, consensus, estimates
bool is_be_verb(std::string_view word);        // is, are, was, been: "is expected to be $X"
bool is_comparison_verb(std::string_view word);  // beat, topped, above, than: an actual measured against a view
bool is_guidance_word(std::string_view word);  // forecast, expects, guided, outlook
bool is_sector_word(std::string_view word);  // "technology" in "technology stocks lost 0.7%"
bool is_trading_verb(std::string_view word);  // "finishes" in "HLVB finishes up 47%"
bool is_measured_noun(std::string_view word);  // "deposits" in "Deposits rose 3%": what moved, not a name
bool is_company_descriptor(std::string_view word);  // "chipmaker" in "AI chipmaker Synaptra jumped 41%"
bool is_country_or_region(std::string_view word);  // "saudi", "china", "europe": lowercase

}  // namespace keyfigures::lexicon
