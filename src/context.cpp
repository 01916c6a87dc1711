#include "context.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <map>

#include "labels.hpp"
#include "lexicon.hpp"
#include "word_classes.hpp"
#include "word_index.hpp"

namespace keyfigures {

namespace {


bool is_glue_symbol(const Token& token) { return token.kind == TokenKind::symbol && (token.classes & kGlue); }

// Tokens matched by `phrase` at i, skipping "." "-" "/" between its words
// ("u s listed" matches "U.S.-listed"); 0 when it does not match.
std::size_t loose_match(const Tokens& t, std::size_t i, std::string_view phrase) {
  // Most calls fail on the first letter: reject them before splitting the phrase.
  if (i >= t.size() || phrase.empty() || t[i].lower().empty() || t[i].lower()[0] != phrase[0]) return 0;
  std::size_t at = i;
  bool first = true;
  while (!phrase.empty()) {
    const auto space = phrase.find(' ');
    const std::string_view word = phrase.substr(0, space);
    if (!first)
      while (at < t.size() && is_glue_symbol(t[at]) && at - i < 12) ++at;
    if (at >= t.size() || t[at].lower() != word) return 0;
    if (!first && t[at].newline_before) return 0;
    first = false;
    ++at;
    phrase = space == std::string_view::npos ? std::string_view() : phrase.substr(space + 1);
  }
  return at - i;
}

// loose_match for a lexicon entry whose first word is token i's (a WordIndex
// hit): only the entry's other words, already split, are compared.
std::size_t loose_match_rest(const Tokens& t, std::size_t i, std::span<const PhraseWord> rest) {
  std::size_t at = i + 1;
  for (const PhraseWord& word : rest) {
    while (at < t.size() && is_glue_symbol(t[at]) && at - i < 12) ++at;
    if (at >= t.size() || t[at].hash != word.hash || t[at].lower() != word.word || t[at].newline_before) return 0;
    ++at;
  }
  return at - i;
}

struct CueHit {
  std::size_t first = 0, last = 0;
  std::string_view value;
};

// Nearest cue from `table` to the figure, searching [from, before) and (after, to].
// One index per lexicon table, built on first use (thread-safe static init).
const WordIndex<lexicon::Cue>& index_of(std::span<const lexicon::Cue> table) {
  static const auto* indexes = [] {
    auto* map = new std::map<const void*, WordIndex<lexicon::Cue>>();
    const std::pair<std::span<const lexicon::Cue>, WordClass> tables[] = {
        {lexicon::session_cues(), kStartsSessionCue}, {lexicon::listing_cues(), kStartsListingCue},
        {lexicon::period_cues(), kStartsPeriodCue},   {lexicon::segment_cues(), kStartsSegmentCue},
        {lexicon::index_names(), kStartsIndexName},   {lexicon::count_actions(), kStartsCountAction}};
    for (const auto& [table, first_word_class] : tables)
      map->emplace(table.data(), WordIndex<lexicon::Cue>(table, first_word_class));
    return map;
  }();
  const auto it = indexes->find(table.data());
  if (it != indexes->end()) return it->second;
  // Small tables local to a function: indexed once per call site.
  thread_local std::map<const void*, WordIndex<lexicon::Cue>> local;
  return local.try_emplace(table.data(), table).first->second;
}

// With `nearest_any`, also the nearest cue of any value, skipped or not (one
// pass for callers that want both).
std::optional<CueHit> nearest_cue(const Tokens& t, std::span<const lexicon::Cue> table, std::size_t from,
                                  std::size_t before, std::size_t after, std::size_t to,
                                  std::string_view skip_value = {}, std::optional<CueHit>* nearest_any = nullptr) {
  const WordIndex<lexicon::Cue>& index = index_of(table);
  std::optional<CueHit> best;
  std::size_t best_distance = SIZE_MAX, any_distance = SIZE_MAX;
  for (std::size_t i = from; i <= to && i < t.size(); ++i) {
    if (i >= before && i <= after) continue;
    for (const std::size_t entry : index.starting_with(t[i])) {
      const lexicon::Cue& cue = index[entry];
      const std::size_t n = loose_match_rest(t, i, index.rest(entry));
      if (n == 0) continue;
      const std::size_t last = i + n - 1;
      if (i < before && last >= before) continue;
      const std::size_t distance = i < before ? before - last : i - after;
      if (nearest_any && distance < any_distance) {
        any_distance = distance;
        *nearest_any = CueHit{i, last, cue.value};
      }
      if (!skip_value.empty() && cue.value == skip_value) break;  // matched, but not wanted
      if (distance < best_distance) {
        best_distance = distance;
        best = CueHit{i, last, cue.value};
      }
      break;
    }
  }
  return best;
}

// The length in tokens of the index name (lexicon::index_names) that starts at
// token i, and the name; the first in table order wins. nullopt when none.
// ("Harrowfield Gold Corp", "Gold Fields Ltd": inside a company's name, a
// commodity names no market.)
std::optional<std::pair<std::size_t, std::string_view>> index_name_at(const Tokens& t, std::size_t i) {
  const WordIndex<lexicon::Cue>& index = index_of(lexicon::index_names());
  for (const std::size_t entry : index.starting_with(t[i]))
    if (const std::size_t n = loose_match_rest(t, i, index.rest(entry))) {
      const bool named_before = i > 0 && t[i].capitalized && t[i - 1].capitalized && !t[i].newline_before &&
                                t[i - 1].kind == TokenKind::word && !(t[i - 1].classes & kNotAName);
      const bool suffix_after = i + n < t.size() && t[i + n].capitalized && (t[i + n].classes & kOrgCue) &&
                                !is(t[i + n].lower(), "shares") && !is(t[i + n].lower(), "stock");
      // "gold production rose 6%", "oil producers": the commodity describes what follows.
      static const WordSet kDescribed{"production", "output", "producer", "producers", "miner", "miners",
                                      "mine", "mines", "mining", "reserves", "resources", "company", "companies",
                                      "stocks", "shares", "sector", "industry", "demand", "sales", "equities",
                                      "exports", "imports", "revenue", "segment", "business", "division", "unit",
                                      "fund", "funds", "etf", "etfs", "etp", "trust", "product", "products"};
      const bool describes = i + n < t.size() && t[i + n].kind == TokenKind::word && kDescribed.contains(t[i + n]);
      if (named_before || suffix_after || describes) return std::nullopt;
      return std::pair{n, index[entry].value};
    }
  return std::nullopt;
}

std::string lower_ascii(std::string text) {
  for (char& c : text)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return text;
}

bool is_apostrophe(const Token& token) {
  return token.kind == TokenKind::symbol && (is(token.lower(), "’") || is(token.lower(), "'") || is(token.lower(), "‘"));
}

// The value stored under `key`, inserted as V{} first if missing; a lookup by
// string_view that allocates only for a new key.
template <typename Map>
typename Map::mapped_type& slot(Map& map, std::string_view key) {
  auto it = map.find(key);
  if (it == map.end()) it = map.emplace(std::string(key), typename Map::mapped_type{}).first;
  return it->second;
}

std::string slice(std::string_view text, const Tokens& t, std::size_t first, std::size_t last) {
  return std::string(text.substr(t[first].begin, t[last].end - t[first].begin));
}

// Capitalized words that never start a company name: headline function
// words, calendar words, roles. Single letters ("H shares", "$410M") neither.
bool is_not_a_name(const Token& token) { return token.lower().size() < 2 || (token.classes & kNotAName); }

// True when token i is joined by a hyphen, without spaces, to the word after
// it: "CASM-ex", "Texas-based", "profit-taking", "DeepSeek-V3".
bool hyphen_joins_word(const Tokens& t, std::size_t i) {
  return i + 2 < t.size() && is_symbol(t[i + 1], "-") && !t[i + 1].space_before && !t[i + 2].space_before &&
         t[i + 2].kind == TokenKind::word;
}

// "Texas-based", "Tokyo-listed": a place joined to a participle, which
// describes the name that follows.
bool place_participle_at(const Tokens& t, std::size_t i) {
  return t[i].capitalized && hyphen_joins_word(t, i) && t[i + 2].lower().ends_with("ed");
}

// "Q1" to "Q4": a quarter's label.
bool is_quarter_label(std::string_view word) {
  return word.size() == 2 && (word[0] == 'q' || word[0] == 'Q') && word[1] >= '1' && word[1] <= '4';
}

// "-", "•", "*", "–": the symbol that opens a list item.
bool is_list_marker(const Token& token) {
  return is_symbol(token, "-") || is_symbol(token, "•") || is_symbol(token, "*") || is_symbol(token, "–");
}

bool could_be_name(const Token& token) {
  return token.kind == TokenKind::word && token.capitalized && !token.has_digit && !is_not_a_name(token);
}

// "Nvidia’s", "Norwell Systems’": a possessive ending at token `end` (exclusive);
// returns the token of the apostrophe.
std::optional<std::size_t> possessive_mark(const Tokens& t, std::size_t end) {
  if (end >= 3 && is(t[end - 1].lower(), "s") && is_apostrophe(t[end - 2]) && !t[end - 1].space_before &&
      !t[end - 2].space_before)
    return end - 2;
  if (end >= 2 && is_apostrophe(t[end - 1]) && !t[end - 1].space_before && t[end - 2].lower().size() > 1 &&
      t[end - 2].lower().back() == 's' && t[end - 2].kind == TokenKind::word)
    return end - 1;  // plural possessive
  return std::nullopt;
}

// "Nvidia’s" ending right before `end`: returns the first token of the name
// and, through `last`, its last token.
std::optional<std::size_t> possessive_before(const Tokens& t, std::size_t end, std::size_t& last) {
  const auto mark = possessive_mark(t, end);
  if (!mark || *mark == 0) return std::nullopt;
  last = *mark - 1;
  std::size_t first = last;
  if (!(t[first].capitalized || is(t[first].lower(), "index"))) return std::nullopt;
  // Extend over a capitalized name: "NYSE Composite index’s".
  while (first > 0 && last - first < 4 && !t[first].newline_before) {
    const Token& previous = t[first - 1];
    if ((previous.kind == TokenKind::word && previous.capitalized && !is_not_a_name(previous)) ||
        is_symbol(previous, "&"))
      --first;
    else
      break;
  }
  return first;
}

// The first word of the capitalized name ending before `end` (skipping "’s").
std::optional<std::size_t> name_before(const Tokens& t, std::size_t end) {
  std::size_t i = end;
  if (const auto mark = possessive_mark(t, end)) i = *mark;
  std::optional<std::size_t> first;
  // (A name never runs across a line break: "Consumer & Retail\nBrightwell Stores (BRWL)".)
  while (i > 0 && could_be_name(t[i - 1]) && end - i < 5 && !t[i].newline_before) {
    --i;
    first = i;
    // "Kestrel Power & Light (KPL)": an ampersand joins the words of one name.
    if (i >= 2 && is_symbol(t[i - 1], "&") && could_be_name(t[i - 2]) && !t[i].newline_before) --i;
  }
  return first;
}

bool all_caps(std::string_view text, const Token& token) {
  const auto word = text.substr(token.begin, token.end - token.begin);
  if (word.size() < 2 || word.size() > 6) return false;
  return std::all_of(word.begin(), word.end(), [](char c) { return (c >= 'A' && c <= 'Z') || c == '.'; });
}

// "Initech Corp", "Globex shares": words after a name that make it a company.
bool is_org_cue(const Token& token) { return token.classes & kOrgCue; }

// Places and nationalities name markets and listings, not companies; nor do
// business segments ("Cloud").
bool is_place_or_segment(const Token& token) { return token.classes & kPlaceOrSegment; }

const char* listing_of_exchange(std::string_view exchange) {
  if (is(exchange, "nyse") || is(exchange, "nasdaq") || is(exchange, "amex") || is(exchange, "otc")) return "US";
  if (is(exchange, "hkex") || is(exchange, "sehk") || is(exchange, "hk")) return "HK";
  return "";
}

int quarter_of_month(int month) { return (month + 2) / 3; }

using lexicon::month_number;

bool metric_has_segment(std::string_view metric) {
  return metric.find("revenue") != std::string_view::npos || metric.find("growth") != std::string_view::npos ||
         metric.find("margin") != std::string_view::npos || is(metric, "ebita") || is(metric, "ebitda") ||
         is(metric, "net_income") || is(metric, "operating_income") || is(metric, "profit") ||
         is(metric, "market_share") || is(metric, "share_of_revenue") || is(metric, "orders") ||
         is(metric, "billings") || is(metric, "fcf");
}

bool metric_has_period(std::string_view metric) {
  const bool count_flow = metric.rfind("count:", 0) == 0 && metric.find(':', 6) != std::string_view::npos;
  return count_flow || (metric_has_segment(metric) && !is(metric, "market_share") && !is(metric, "share_of_revenue"));
}

bool is_market_metric(std::string_view metric) {
  return is(metric, "price_change") || is(metric, "share_price") || is(metric, "market_value_change") ||
         is(metric, "market_value");
}

// The market each currency's shares trade on; `dollar`: its prices are
// also written with a bare "$" (C$, A$, S$, NT$ in full).
struct MarketCurrency {
  std::string_view currency;
  const char* market;
  bool dollar = false;
};
constexpr MarketCurrency kMarketCurrencies[] = {
    {"USD", "US"}, {"HKD", "HK"}, {"TWD", "TW", true}, {"JPY", "JP"}, {"INR", "IN"},        {"GBP", "UK"},
    {"CNY", "CN"}, {"EUR", "EU"}, {"KRW", "KR"},       {"CAD", "CA", true}, {"AUD", "AU", true},
    {"SGD", "SG", true}, {"CHF", "CH"}};

const char* market_of_currency(std::string_view unit) {
  for (const auto& entry : kMarketCurrencies)
    if (entry.currency == unit) return entry.market;
  return "";
}

// The dollar a bare "$" means on `market` ("CAD" in Toronto), or "".
std::string_view dollar_of_market(std::string_view market) {
  for (const auto& entry : kMarketCurrencies)
    if (entry.dollar && entry.market == market) return entry.currency;
  return {};
}

// The key of an index, commodity or coin: its lowercased name ("s&p 500", "gold").
bool is_index_key(std::string_view key) {
  static const auto* keys = [] {
    auto* lowered = new std::set<std::string, std::less<>>();
    for (const auto& index : lexicon::index_names()) lowered->insert(lower_ascii(std::string(index.value)));
    return lowered;
  }();
  return keys->count(key) > 0;
}

// Takes `from`'s period (its kind, id and wording) for `to`.
void take_period(FigureContext& to, const FigureContext& from) {
  to.period = from.period;
  to.period_id = from.period_id;
  to.period_text = from.period_text;
}

class ContextReader {
 public:
  ContextReader(const ArticleText& text, const std::vector<Quantity>& quantities, const Entities& entities)
      : a_(text), t_(text.tokens), s_(text.segments), q_(quantities), e_(entities) {
    const std::string& published = text.article->published;
    if (published.size() == 10) {
      year_ = std::atoi(published.substr(0, 4).c_str());
      month_ = std::atoi(published.substr(5, 2).c_str());
      day_ = std::atoi(published.substr(8, 2).c_str());
    }
    page_session_ = byline_session();
  }

  std::vector<FigureContext> run() {
    std::vector<FigureContext> out;
    out.reserve(q_.size());
    for (std::size_t k = 0; k < q_.size(); ++k) {
      FigureContext& c = out.emplace_back();  // read in place: `out` was reserved
      // "Brent averaged $63.40 a barrel, compared with $68.20 in the third": the
      // base a sentence ends on is no subject for an "it" that follows.
      named_before_ = nullptr;
      for (std::size_t j = k; j > 0 && !named_before_;) {
        --j;
        if (out[j].subject_key.rfind("peer:", 0) != 0) named_before_ = &out[j];
        else if (j == 0 || out[j - 1].sentence != out[j].sentence) break;
      }
      read(k, c, k > 0 ? &out[k - 1] : nullptr);
      // "Brightline shares closed up 1.2%, after falling 3.0% premarket. Corvane fell 2.6%": the
      // next sentence's move of the day, in the same paragraph, is of the session last named.
      if (c.session.empty() && is(c.metric, "price_change") && is(c.period, "day"))
        for (std::size_t j = k; j > 0 && out[j - 1].sentence + 1 >= c.sentence;) {
          --j;
          if (!is(out[j].metric, "price_change") || out[j].session.empty() || is(out[j].session, "peak")) continue;
          if (is(out[j].session, "close") && is(out[j].period, "day") && out[j].sentence < c.sentence &&
              paragraph_first(q_[j].first) == paragraph_first(q_[k].first))
            c.session = "close";
          break;
        }
      // "earnings were $4.85 a share, beating the $4.84 estimate": an estimate of the figure before.
      if (is(c.metric, "estimate:amount") && k > 0 && q_[k].unit == q_[k - 1].unit &&
          out[k - 1].sentence == c.sentence && out[k - 1].metric_explicit)
        c.metric = "estimate:" + out[k - 1].metric.substr(out[k - 1].metric.rfind("estimate:", 0) == 0 ? 9 : 0);
      // "14% of total revenue in the quarter and 19% for the full year": the same measure, another period.
      if (k > 0 && q_[k].unit == q_[k - 1].unit && out[k - 1].sentence == c.sentence &&
          q_[k].context_first > 0 && is(t_[q_[k].context_first - 1].lower(), "and") &&
          q_[k].context_first - q_[k - 1].last <= 12 && out[k - 1].metric_explicit &&
          !is(out[k - 1].metric, c.metric) && loosely_read_percent(q_[k], c) &&
          !verb_between(q_[k - 1].last + 1, q_[k].context_first)) {
        c.metric = out[k - 1].metric;
        c.metric_explicit = true;
      }
      // "had forecast organic growth of 5.6% and sales of 6.71 billion euros": one forecast of two figures.
      if (k > 0 && out[k - 1].metric.rfind("estimate:", 0) == 0 && c.metric.rfind("estimate:", 0) != 0 &&
          out[k - 1].sentence == c.sentence && q_[k].context_first > q_[k - 1].last + 1 &&
          q_[k].context_first - q_[k - 1].last <= 6 && is(t_[q_[k - 1].last + 1].lower(), "and") &&
          !verb_between(q_[k - 1].last + 1, q_[k].context_first))
        c.metric = "estimate:" + c.metric;
      // "brought in $27.4 billion, up 15% year on year": the change of the amount just before.
      if (c.metric.rfind("change_of:", 0) == 0 && k > 0 && change_follows_amount(k))
        if (auto growth = growth_metric_of(out[k - 1].metric)) {
          c.metric = *growth;
          c.subject_key = out[k - 1].subject_key;  // the amount's subject, segment included
          c.subject = out[k - 1].subject;
        }
      // "Total payment volume: $412 billion, up 18%": the change of an amount
      // whose metric is unknown is that amount's change, never a move of the stock.
      // "Current RPO is $4.1 billion, up 27%": an amount's own change, whatever its paragraph says of the shares.
      if (k > 0 && is(q_[k].unit, "percent") && (is(out[k - 1].metric, "amount") || is(out[k - 1].metric, "unit_price")) &&
          change_follows_amount(k) &&
          (is(c.metric, "price_change") || is(c.metric, "percent")) && loosely_read_percent(q_[k], c)) {
        c.metric = "change_of:amount";
        c.metric_explicit = true;
      } else if (k > 0 && is(q_[k].unit, "percent") && out[k - 1].metric_explicit && change_follows_amount(k) &&
                 (is(c.metric, "price_change") || is(c.metric, "percent")) && !c.metric_explicit) {
        if (auto growth = growth_metric_of(out[k - 1].metric)) c.metric = *growth, c.metric_explicit = true;
      }
      // "Stablecoin revenue: $310M (+24%)": the change of a part's amount is the part's.
      if (k > 0 && change_follows_amount(k) && growth_metric_of(out[k - 1].metric).value_or("") == c.metric &&
          out[k - 1].subject_key.find('/') != std::string::npos && c.subject_key.find('/') == std::string::npos) {
        c.subject_key = out[k - 1].subject_key;
        c.subject = out[k - 1].subject;
      }
      // "FY2025 sales were RMB61.8bn (-29%)": the change of an amount is of the amount's period.
      if (k > 0 && is(q_[k].unit, "percent") && !c.period_explicit && out[k - 1].period_explicit &&
          !is(out[k - 1].period, "prior") && change_follows_amount(k) &&
          growth_metric_of(out[k - 1].metric).value_or("") == c.metric) {
        take_period(c, out[k - 1]);
        c.period_explicit = true;
      }
      // "sales rose 8% to 268,000 vehicles", "the selling price fell 6% to $1,045 per tonne":
      // the change of the count or unit price it reached, not of revenue or the shares.
      if (k + 1 < q_.size() && is(q_[k].unit, "percent") && q_[k + 1].context_first > q_[k].last + 1 &&
          q_[k + 1].context_first - q_[k].last <= 2 && is(t_[q_[k + 1].context_first - 1].lower(), "to")) {
        const Token* per = priced_per(q_[k + 1]);
        if (is(q_[k + 1].unit, "count")) {
          c.metric = "change_of:" + q_[k + 1].noun;
          c.metric_explicit = true;
        } else if (per && per->kind == TokenKind::word && !is(per->lower(), "share") && !c.subject_is_market) {
          // (A commodity's own move, "Brent rose 2% to $71 a barrel", stays a price move.)
          c.metric = "change_of:price per " + std::string(per->lower());
          c.metric_explicit = true;
        }
      }
      // "a margin of roughly 6%, against 9.8% for the company as a whole": the figure compared
      // with the whole is a part.
      if (k > 0 && q_[k].unit == q_[k - 1].unit && out[k - 1].sentence == c.sentence && out[k - 1].scope.empty() &&
          comparator_before(k) && names_the_whole_after(q_[k]))
        out[k - 1].scope = "part";
      // "has fallen 9% so far in 2026, underperforming the Nifty IT index, which is
      // down 4%": a move set against another's is over the same stretch.
      if (k > 0 && is(c.metric, "price_change") && is(out[k - 1].metric, "price_change") && !c.period_explicit &&
          out[k - 1].period_explicit && (is(out[k - 1].period, "ytd") || is(out[k - 1].period, "window")) &&
          out[k - 1].sentence == c.sentence && (comparator_before(k) || performance_word_between(k))) {
        take_period(c, out[k - 1]);
        c.period_explicit = true;
      }
      // "33% share versus Huawei’s 18%": the comparison measures the same thing.
      // ("grew 2% vs our +1% estimate": still an estimate of it)
      if (!c.metric_explicit && k > 0 && q_[k].unit == q_[k - 1].unit && comparator_before(k)) {
        const bool estimate = c.metric.rfind("estimate:", 0) == 0 && out[k - 1].metric.rfind("estimate:", 0) != 0;
        c.metric = estimate ? "estimate:" + out[k - 1].metric : out[k - 1].metric;
        c.metric_explicit = out[k - 1].metric_explicit;
        take_period(c, out[k - 1]);
      }
    }
    return out;
  }

 private:
  // The first token of the figure's clause, at most `reach` tokens before the figure.
  std::size_t clause_start(const Quantity& q, std::size_t reach) const {
    const int clause = s_.clause[q.first];
    std::size_t from = q.context_first;
    while (from > 0 && s_.clause[from - 1] == clause && q.context_first - from < reach) --from;
    return from;
  }

  // The sentence around token i, but at most kReach tokens either side: cues
  // farther away say nothing about a figure, and a hostile "sentence" of
  // thousands of figures must not make reading quadratic.
  static constexpr std::size_t kReach = 48;
  std::size_t sentence_first(std::size_t i) const {
    return std::max(s_.sentence_first[s_.sentence[i]], i > kReach ? i - kReach : 0);
  }
  std::size_t sentence_last(std::size_t i) const { return std::min(s_.sentence_last[s_.sentence[i]], i + kReach); }
  bool starts_sentence(std::size_t i) const { return i == s_.sentence_first[s_.sentence[i]]; }

  // Tokens after the figure that still belong to it: up to `limit` (at most
  // kAfterReach), before a clause break. Rules ask for it a dozen times a
  // figure with different limits, so the walk to the break is done once.
  static constexpr std::size_t kAfterReach = 12;
  std::size_t after_end(const Quantity& q, std::size_t limit) const {
    if (after_end_of_ != q.last) {
      std::size_t end = q.last;
      const std::size_t last = sentence_last(q.last);
      while (end < last && end - q.last < kAfterReach) {
        const Token& next = t_[end + 1];
        if (next.kind == TokenKind::symbol &&
            (is(next.lower(), ",") || is(next.lower(), ";") || is(next.lower(), "|") || is(next.lower(), ".") ||
             is(next.lower(), ":") || is(next.lower(), "—")))
          break;
        ++end;
      }
      after_end_of_ = q.last;
      after_end_ = end;
    }
    return std::min(after_end_, q.last + std::min(limit, kAfterReach));
  }
  mutable std::size_t after_end_of_ = SIZE_MAX;  // the figure's last token that after_end_ was walked from
  mutable std::size_t after_end_ = 0;

  unsigned family_of(const Quantity& q) const {
    if (is(q.unit, "percent") || is(q.unit, "percentage_points")) return lexicon::percent;
    if (is(q.unit, "multiple")) return lexicon::multiple;
    if (q.unit.size() == 3) return lexicon::money;
    return 0;
  }

  void read(std::size_t k, FigureContext& c, const FigureContext* previous) {
    const Quantity& q = q_[k];
    c.sentence = s_.sentence[q.first];
    read_metric(q, c);
    // "rose 1.3% to $181.81 after it said it would invest $5 billion",
    // "finished up 47% at $43.75": the price the move reached, whatever cue follows.
    // (No share trades at ten million or more: "guidance cut to $1.1B" is no price.)
    if (previous && is(previous->metric, "price_change") && price_reached(k) && q.value < 1e7 &&
        !is(c.metric, "price_target") &&
        !is(c.metric, "eps") && !is(c.metric, "dividend") && !is(c.metric, "offer_price") && !is(c.metric, "ipo_price") &&
        !is(c.metric, "conversion_price"))
      c.metric = "share_price", c.metric_explicit = true;
    // "AHR opens up 2.5% at $264.40": a move followed by the price it stands at.
    if (is(q.unit, "percent") && q.direction != Direction::none && !c.metric_explicit && k + 1 < q_.size() &&
        q_[k + 1].unit.size() == 3 && q_[k + 1].value < 1e5 && q_[k + 1].context_first == q.last + 2 &&
        is(t_[q.last + 1].lower(), "at") && s_.sentence[q_[k + 1].first] == c.sentence &&
        (!priced_per(q_[k + 1]) || is(priced_per(q_[k + 1])->lower(), "share")))  // ("at $78.35 a barrel": a commodity)
      c.metric = "price_change", c.metric_explicit = true;
    // "At an annualized $1.08 a share, the dividend gives a yield of 1.4%": a payout per share.
    if (is(c.metric, "share_price") && priced_per(q) && is(priced_per(q)->lower(), "share") &&
        sentence_names_payout(q))
      c.metric = "dividend", c.metric_explicit = true;
    // "will rise to 27 cents per share from 25 cents": a base measures what its figure measures.
    if (previous && base_of_previous(k)) c.metric = previous->metric, c.metric_explicit = previous->metric_explicit;
    // "a round that values the startup at $240 billion": a funding round prices the company, not a deal.
    if (is(c.metric, "deal_value") && in_funding_round(q)) c.metric = "market_value";
    c.basis = basis_near(q);
    // "a $20 billion raise would have knocked 5% off the stock": what did not happen.
    if (would_have_before(q)) c.basis = "hypothetical";
    // ("values Lumora at $240 billion including the fresh capital": no accounting items in a worth)
    if (is(c.metric, "market_value") && is(c.basis, "including items")) c.basis.clear();
    // "$30.8 billion, up 17% from the prior quarter": the comparison measures the change, not the level.
    if ((is(c.basis, "sequential") || is(c.basis, "month on month")) && !is(q.unit, "percent") &&
        !is(q.unit, "percentage_points"))
      c.basis.clear();
    if (c.basis.empty() && is(c.metric, "market_value")) c.basis = valuation_basis(q);
    if (c.basis.empty() && is_tracked_metric(c.metric))
      if (auto source = data_source_near(q)) c.basis = "source " + *source;
    c.scope = scope_near(q);
    read_subject(k, c);
    if (!c.subject_explicit && previous)
      inherit_subject(q, previous->subject_key.rfind("peer:", 0) == 0 && named_before_ ? *named_before_ : *previous, c);
    if (c.scope.empty() && !is_market_metric(c.metric)) c.scope = country_opening(q);
    read_period(q, c);
    c.subject_is_market = c.subject_key.find("index") != std::string::npos || is_index_key(c.subject_key);
    if (is_market_metric(c.metric)) {
      read_session(q, c);
      // A listing tells apart same-day moves and prices of dual-listed shares;
      // an index has none.
      if ((is(c.metric, "share_price") || is(c.period, "day")) && !c.subject_is_market) read_listing(k, c);
    }
  }

  // A percentage whose metric came from a distant cue or a default, not its own words.
  static bool loosely_read_percent(const Quantity& q, const FigureContext& c) {
    return is(q.unit, "percent") && (is(c.metric, "revenue_growth") || is(c.metric, "price_change") ||
                                     is(c.metric, "percent") || is(c.metric, "portion") ||
                                     c.metric.rfind("change_of:", 0) == 0);
  }

  // A move or reporting verb between two figures ("and revenue rose 19%") starts another statement.
  bool verb_between(std::size_t from, std::size_t to) const {
    static const WordSet kVerbs{"was", "were", "is", "are", "rose", "fell", "grew", "reported", "posted",
                                "said", "reached", "totaled", "totalled", "came", "had", "has"};
    for (std::size_t i = from; i < to; ++i)
      if ((t_[i].classes & (kUpWord | kDownWord)) || kVerbs.contains(t_[i]) || lexicon::is_change_verb(t_[i].lower()))
        return true;
    return false;
  }

  // "$27.4 billion, up 15%": a change set off by a comma right after an amount.
  bool change_follows_amount(std::size_t k) const {
    const Quantity& q = q_[k];
    const Quantity& amount = q_[k - 1];
    if (amount.unit.size() != 3 || q.context_first <= amount.last || q.context_first - amount.last > 5) return false;
    // "Watches & Jewelry ... EUR 1.12bn ... +7%": a table row's change follows its amount, past dot leaders.
    const bool leaders = std::all_of(t_.begin() + amount.last + 1, t_.begin() + q.context_first,
                                     [](const Token& t) { return is_symbol(t, ".") && !t.newline_before; });
    if (leaders) return true;
    if (q.context_first - amount.last > 3 || s_.sentence[amount.first] != s_.sentence[q.first]) return false;
    for (std::size_t i = amount.last + 1; i < q.context_first; ++i)
      if (is_symbol(t_[i], ",") || is_symbol(t_[i], "(")) return true;  // "RMB61.8bn (-29%)"
    return false;
  }

  static std::optional<std::string> growth_metric_of(const std::string& metric) {
    static constexpr std::array<std::string_view, 10> kGrowing{"revenue", "net_income", "operating_income", "profit",
                                                               "ebita",   "ebitda",     "eps",              "nii",
                                                               "rpo",     "current_rpo"};
    if (std::find(kGrowing.begin(), kGrowing.end(), metric) != kGrowing.end()) return metric + "_growth";
    if (metric == "market_value") return std::string("market_value_change");
    return std::nullopt;
  }

  // "its $40 IPO price", "sold 34.3 million shares at $40 each": the price
  // new shares were sold at, not where they trade.
  bool offering_price(const Quantity& q) const {
    if (q.last + 1 < t_.size()) {
      const std::string_view next = t_[q.last + 1].lower();
      const bool priced = q.last + 2 < t_.size() && is(t_[q.last + 2].lower(), "price");
      if (is(next, "ipo") || ((is(next, "offering") || is(next, "listing")) && priced)) return true;
    }
    if (q.context_first < 2 || !is(t_[q.context_first - 1].lower(), "at")) return false;
    static const WordSet kShares{"shares", "stock", "ads", "adss"};
    static const WordSet kSold{"sold", "sell", "sells", "selling", "offered", "offering", "issued", "issuing"};
    if (!kShares.contains(t_[q.context_first - 2])) return false;
    const std::size_t from = sentence_first(q.first);
    for (std::size_t i = q.context_first - 2, steps = 0; i > from && steps < 10; ++steps)
      if (kSold.contains(t_[--i])) return true;
    return false;
  }

  // "$85.01 a barrel", "$45 per share": the token after "a", "an" or "per"
  // right behind an amount, the unit it is priced in; nullptr when none.
  const Token* priced_per(const Quantity& q) const {
    if (q.last + 2 >= t_.size()) return nullptr;
    const std::string_view word = t_[q.last + 1].lower();
    return is(word, "a") || is(word, "an") || is(word, "per") ? &t_[q.last + 2] : nullptr;
  }

  // "42 percent more than the stock's Friday close", "30% above its last price": a premium.
  bool is_premium_over_price(const Quantity& q) const {
    if (q.last + 2 >= t_.size()) return false;
    const std::string_view next = t_[q.last + 1].lower();
    const bool over = (is(next, "more") || is(next, "higher")) ? is(t_[q.last + 2].lower(), "than") : is(next, "above");
    if (!over) return false;
    for (std::size_t i = q.last + 2; i < t_.size() && i <= q.last + 9 && s_.clause[i] == s_.clause[q.last]; ++i)
      if (is(t_[i].lower(), "close") || is(t_[i].lower(), "closing") || is(t_[i].lower(), "price")) return true;
    return false;
  }

  static bool ends_in_ing(const Token& token) {
    const std::string_view w = token.lower();
    return token.kind == TokenKind::word && w.size() > 5 && w.substr(w.size() - 3) == "ing";
  }

  bool sentence_names_payout(const Quantity& q) const {
    static const WordSet kPayout{"dividend", "dividends", "payout", "distribution", "annualized", "annualised"};
    for (std::size_t i = sentence_first(q.first); i <= sentence_last(q.first); ++i)
      if (kPayout.contains(t_[i])) return true;
    return false;
  }

  // "27 cents per share from 25 cents": the figure right after "from" is the base of the one before.
  bool base_of_previous(std::size_t k) const {
    if (k == 0) return false;
    const Quantity& q = q_[k];
    const Quantity& before = q_[k - 1];
    return q.context_first > before.last + 1 && q.context_first - before.last <= 4 &&
           is(t_[q.context_first - 1].lower(), "from") && before.unit == q.unit &&
           s_.sentence[before.first] == s_.sentence[q.first];
  }

  // "NVDA fell 3% after hours to $141": the price a share move reached.
  bool price_reached(std::size_t k) const {
    const Quantity& q = q_[k];
    const Quantity& move = q_[k - 1];
    // "to $85.01 a barrel", "to $3,660 an ounce": a commodity's price, not a share's.
    if (const Token* unit = priced_per(q); unit && !is(unit->lower(), "share")) return false;
    return q.unit.size() == 3 && q.is_level && q.context_first > move.last && q.context_first - move.last <= 5 &&
           (is(t_[q.context_first - 1].lower(), "to") || is(t_[q.context_first - 1].lower(), "at")) &&
           s_.sentence[move.first] == s_.sentence[q.first];
  }

  // The whole after a part: "180 of its 612 stores", "40 out of 120 branches".
  bool whole_of_part(const Quantity& q) const {
    std::size_t k = q.context_first;
    if (k > 0 && (is(t_[k - 1].lower(), "its") || is(t_[k - 1].lower(), "their") || is(t_[k - 1].lower(), "the"))) --k;
    if (k < 2 || !is(t_[k - 1].lower(), "of")) return false;
    --k;
    if (k >= 2 && is(t_[k - 1].lower(), "out")) --k;
    return t_[k - 1].kind == TokenKind::number;
  }

  void read_metric(const Quantity& q, FigureContext& c) {
    if (is(q.unit, "count")) {
      c.metric = "count:" + q.noun_kind;
      c.metric_explicit = true;
      if (is(q.noun_kind, "parameters")) c.phrase = product_near(q);
      // "delivered 384,122 vehicles" and "produced 410,831 vehicles" are two counts.
      std::size_t from = clause_start(q, 8);
      // "close 180 of its 612 stores": 612 is the whole chain, whatever is done to the 180.
      if (!whole_of_part(q)) {
        if (auto action = nearest_cue(t_, lexicon::count_actions(), from, q.context_first, q.last, after_end(q, 3)))
          c.metric += ":" + std::string(action->value);
        else if (is_change_amount(q))
          c.metric += ":changed";  // "an increase of 300 stores": a flow, never the store count
      }
      // "sold an additional 2 million shares": another tranche, not the same count.
      if (q.context_first > 0 && (is(t_[q.context_first - 1].lower(), "additional") ||
                                  is(t_[q.context_first - 1].lower(), "another") ||
                                  is(t_[q.context_first - 1].lower(), "extra") ||
                                  is(t_[q.context_first - 1].lower(), "further")))
        c.metric += ":more";
      // "a full-year sales target of 4.1 million units" is not the units sold.
      mark_forecast(q, c);
      return;
    }
    const unsigned family = family_of(q);
    const std::size_t first = sentence_first(q.first);
    std::size_t end = after_end(q, 12);
    const int clause = s_.clause[q.first];
    double best_score = 0;
    std::string_view best;
    static const WordIndex<lexicon::MetricCue> index(lexicon::metric_cues(), kStartsMetricCue);
    // "The S&P 500 rose 0.3% while the 10-year yield climbed": what follows
    // "while" is another figure's subject.
    // "rose 3.4% after raising its revenue forecast": the cause is another figure's.
    // "valuing it at $11.8 billion as the company looks to replace revenue": so is a reason given with "as".
    for (std::size_t i = q.last + 1; i <= end; ++i)
      if (is(t_[i].lower(), "while") || is(t_[i].lower(), "whereas") || is_symbol(t_[i], ";") ||
          (is(t_[i].lower(), "after") && i + 1 <= end && ends_in_ing(t_[i + 1])) ||
          (is(t_[i].lower(), "as") && i + 1 <= end && t_[i].space_before &&
           (is(t_[i + 1].lower(), "the") || is(t_[i + 1].lower(), "it") || is(t_[i + 1].lower(), "its") ||
            is(t_[i + 1].lower(), "investors")))) {
        end = i - 1;
        break;
      }
    // "At $64.18 the stock trades at 8.6x 2026E EPS": the words after the next figure are its own.
    // (A conversion of this amount, "EUR 1.9bn (roughly $2.1bn) in market value", is this figure's.)
    if (const std::size_t k = static_cast<std::size_t>(&q - q_.data());
        k + 1 < q_.size() && q_[k + 1].first <= end && q_[k + 1].converts != static_cast<int>(k))
      end = q_[k + 1].first - 1;
    // "Calculated billings, which add deferred revenue to reported revenue,
    // rose 19%": an aside between the subject and the figure names no metric.
    const auto [aside_first, aside_last] = aside_before(q).value_or(std::pair<std::size_t, std::size_t>{SIZE_MAX, 0});
    // A cue at token i, `heading` when it names a whole list ("Q1 shipments, y/y:"): near, whatever its distance.
    const auto consider = [&](std::size_t i, bool heading) {
      for (const std::size_t entry : index.starting_with(t_[i])) {
        const lexicon::MetricCue& cue = index[entry];
        if (!(cue.families & family)) continue;
        const std::size_t n = loose_match_rest(t_, i, index.rest(entry));
        if (n == 0) continue;
        const std::size_t last = i + n - 1;
        // "some profit-taking", "revenue-sharing": the cue is half of a compound word.
        if (hyphen_joins_word(t_, last) && ends_in_ing(t_[last + 2])) continue;
        // "the investment bank", "investment-grade": a business line or a rating, not spending.
        if (is(cue.metric, "capex") && is(t_[i].lower(), "investment") && last + 1 < t_.size() &&
            (is(t_[last + 1].lower(), "bank") || is(t_[last + 1].lower(), "banking") || is(t_[last + 1].lower(), "grade")))
          continue;
        const bool before = last < q.context_first;
        if (!before && i <= q.last) continue;
        const int distance =
            heading ? 0 : before ? static_cast<int>(q.context_first - last - 1) : static_cast<int>(i - q.last - 1);
        if (distance > (before ? cue.max_before : cue.max_after)) continue;
        if ((is(cue.metric, "share_price") || is(cue.metric, "price_target")) && q.value >= 1e5) continue;
        double score = cue.weight / (1 + 0.15 * distance);
        if (s_.clause[i] == clause) score *= 1.5;
        if (score > best_score) {
          best_score = score;
          best = cue.metric;
        }
      }
    };
    for (std::size_t i = first; i <= end; ++i)
      if ((i < q.context_first || i > q.last) && (i < aside_first || i > aside_last)) consider(i, false);
    // "10% of its top line": a share of revenue, whatever else is near.
    if (family == lexicon::percent && q.last + 1 < t_.size() && is(t_[q.last + 1].lower(), "of")) {
      for (std::size_t i = q.last + 2; i <= std::min(end, q.last + 6); ++i)
        if (is(t_[i].lower(), "revenue") || is(t_[i].lower(), "revenues") || is(t_[i].lower(), "sales") ||
            loose_match(t_, i, "top line"))
          best = "share_of_revenue", best_score = 10;
      // "Food costs dropped to 29.8% of sales", "labour was 25.4% of sales": a cost's
      // share, one per cost line, never the share of group revenue.
      if (is(best, "share_of_revenue"))
        for (std::size_t i = clause_start(q, 10); i < q.context_first; ++i)
          if (is(t_[i].lower(), "costs") || is(t_[i].lower(), "cost") || is(t_[i].lower(), "expenses") ||
              is(t_[i].lower(), "labor") || is(t_[i].lower(), "labour"))
            best = "cost_share";
    }
    // "3% of outstanding shares", "a 24% premium to": a part of a whole or a
    // premium, never a move (revenue and market shares are read below).
    if (family == lexicon::percent && q.last + 1 < t_.size()) {
      const std::string_view next = t_[q.last + 1].lower();
      if (is(next, "premium") || is(next, "discount") || is_premium_over_price(q)) best = "premium", best_score = 9;
      else if (is(next, "of") && best_score < 9) best = "portion", best_score = 4;
    }
    // "a premium of 49% to the unaffected price": the same premium, named first.
    if (family == lexicon::percent && q.context_first >= 2 && is(t_[q.context_first - 1].lower(), "of") &&
        (is(t_[q.context_first - 2].lower(), "premium") || is(t_[q.context_first - 2].lower(), "discount")))
      best = "premium", best_score = 9;
    // "a third of the cloud market": a market share.
    if (family == lexicon::percent && q.last + 1 < t_.size() && is(t_[q.last + 1].lower(), "of")) {
      for (std::size_t i = q.last + 2; i <= std::min(end, q.last + 5); ++i)
        if (is(t_[i].lower(), "market") || is(t_[i].lower(), "industry")) best = "market_share", best_score = 10;
    }
    if (family == lexicon::multiple) {
      // "the retail book was 83 times oversubscribed" is demand, not a valuation.
      if (!is(best, "oversubscription")) {
        best = best.empty() ? std::string_view("pe") : best;
        if (has_word_near(q, "sales") || has_word_near(q, "revenue")) best = "price_to_sales";
        if (has_word_near(q, "book")) best = "price_to_book";
        if (is(best, "pe") && !has_word_near(q, "earnings") && !p_e_mentioned(q)) best = "multiple";
        if (is(best, "pe") && has_word_near(q, "forward")) best = "forward_pe";
      }
      c.metric = std::string(best);
      c.metric_explicit = !is(best, "multiple");
      return;
    }
    // "Deliveries fell 13%": the change of a counted thing, when nothing stronger is said.
    if (family == lexicon::percent && best_score < 2.5) {
      for (std::size_t i = q.context_first; i > first && q.context_first - i < 10;) {
        --i;
        // "the unit, which sells AI chips, climbed 112%": an aside names no subject of the move.
        if (t_[i].kind == TokenKind::number || is_symbol(t_[i], ",")) break;
        if (auto noun = count_noun_word(i)) {
          best = *noun;
          best_score = 2.5;
          break;
        }
      }
    }
    // "Q1 shipments, y/y:\n- Norvale: +11.4%\n- Kestrel: -4.2%": an item that names no
    // metric measures what the list's heading names.
    if (const auto [heading, item] = list_heading(q); best.empty() && heading < item) {
      // ("Peers moved in sympathy:", "Rival shares:": a heading of moves names no other metric)
      const auto names_moves = [](const Token& token) {
        const std::string_view w = token.lower();
        return (token.classes & (kUpWord | kDownWord)) || lexicon::is_trading_verb(w) || is(w, "moved") ||
               is(w, "shares") || is(w, "stocks") || is(w, "sympathy");
      };
      if (std::none_of(t_.begin() + heading, t_.begin() + item, names_moves))
        for (std::size_t i = heading; i + 1 < item; ++i) {
          consider(i, true);
          if (auto noun = count_noun_word(i); noun && best.empty()) best = *noun;
        }
    }
    // "Cloud +26% YoY": a business segment's year-over-year change with no
    // noun is its revenue growth. "year on year" alone names no metric
    // ("Industrial output rose 5.6% year on year" is not revenue).
    if (family == lexicon::percent && best.empty() && q.direction != Direction::none && year_over_year_near(q) &&
        segment_in_clause(q))
      best = "revenue_growth";
    // A price per share that is not the market price: a dividend, a takeover
    // offer, an IPO price, a reader's prediction ("$70 by Christmas").
    if (is(best, "share_price")) {
      for (std::size_t i = q.context_first, steps = 0; i > first && steps < 12; ++steps) {
        --i;
        // "30% above the IPO price, and closed up 15% at $45.82": words before
        // another figure describe that one.
        if (t_[i].kind == TokenKind::number && t_[i].usable) break;
        const std::string_view w = t_[i].lower();
        if (is(w, "dividend") || is(w, "dividends") || is(w, "payout") || is(w, "dps")) best = "dividend";
        // "$4.2 billion in cash, or $38 a share": a payment's form names a deal.
        else if (is(w, "cash") && i > 0 && is(t_[i - 1].lower(), "in")) best = "offer_price";
        // "argues the producer is worth $85 a share": a valuation someone puts on it.
        else if (is(w, "worth") && q.context_first - i <= 2) best = "price_target";
        else if (is(w, "offer") || is(w, "bid") || is(w, "buy") || is(w, "buying") || is(w, "buys") ||
                 is(w, "acquire") || is(w, "acquiring") || is(w, "acquires") || is(w, "takeover") ||
                 is(w, "deal") || is(w, "acquisition") || is(w, "tender") || is(w, "pay") || is(w, "paying") ||
                 is(w, "premium") || is(w, "valuing") || is(w, "values") || is(w, "receive") ||
                 is(w, "receiving"))
          best = "offer_price";
        else if (is(w, "ipo") || is(w, "priced") || is(w, "offering") || is(w, "listing") || is(w, "placement") ||
                 (is(w, "follow") && i + 2 < t_.size() && is(t_[i + 2].lower(), "on")))
          best = "ipo_price";
        // "bonds that convert into shares at HK$1.60 each", "a strike price of $50": a contract's terms.
        else if (is(w, "conversion") || is(w, "convertible") || is(w, "convertibles") || is(w, "convert") ||
                 is(w, "exercise") || is(w, "strike"))
          best = "conversion_price";
        if (!is(best, "share_price")) break;
      }
      // "Halvorsen's $68.50-a-share offer for Corvane": the deal word follows;
      // "$74.50 a share in cash": no share trades "in cash".
      for (std::size_t i = q.last + 1; is(best, "share_price") && i < t_.size() && i <= q.last + 5; ++i)
        if (is(t_[i].lower(), "offer") || is(t_[i].lower(), "bid") || is(t_[i].lower(), "takeover") ||
            is(t_[i].lower(), "buyout") ||
            (is(t_[i].lower(), "in") && i + 1 < t_.size() && is(t_[i + 1].lower(), "cash")))
          best = "offer_price";
      if (is(best, "share_price") && q.last + 1 < t_.size() && is(t_[q.last + 1].lower(), "by") &&
          !time_of_day_at(q.last + 2))
        best = "price_target";
      if (is(best, "share_price") && offering_price(q)) best = "ipo_price";
      // "$85.01 a barrel", "$3,660 an ounce", "$2.71 a gallon": the price of a commodity unit.
      if (const Token* unit = priced_per(q); is(best, "share_price") && unit && unit->kind == TokenKind::word &&
                                             !is(unit->lower(), "share") && !is(unit->lower(), "piece"))
        best = "unit_price";
    }
    // "will pay $74.50 for each Altessa share": a price per share paid in a deal.
    if (is(best, "deal_value") && q.value < 1e5)
      for (std::size_t i = q.last + 1; i + 1 < t_.size() && i <= q.last + 3; ++i)
        if (is(t_[i].lower(), "each") || is(t_[i].lower(), "every"))
          for (std::size_t j = i + 1; j < t_.size() && j <= i + 3; ++j)
            if (is(t_[j].lower(), "share")) best = "offer_price";
    // "funds from operations were 92 cents per share", "book value per share".
    if (is(best, "share_price") || is(best, "eps")) {
      for (std::size_t i = q.context_first, steps = 0; i > first && steps < 8; ++steps) {
        --i;
        const std::string_view w = t_[i].lower();
        if (is(w, "ffo") || is(w, "affo") || is(w, "operations") || is(w, "nav") || is(w, "book") || is(w, "cash")) {
          best = "per_share_measure";
          break;
        }
      }
    }
    // "The dollar traded around 158 yen": an exchange rate, not a price.
    if (family == lexicon::money && (best.empty() || is(best, "share_price") || is(best, "amount"))) {
      static const WordSet kCurrencies{"dollar", "euro", "greenback", "sterling",
                                                                    "pound", "yuan", "rupee", "franc", "currency"};
      for (std::size_t i = q.context_first, steps = 0; i > first && steps < 8; ++steps) {
        --i;
        if (kCurrencies.contains(t_[i])) {
          best = "fx_rate";
          break;
        }
      }
    }
    if (is(best, "yield") && has_word_near(q, "dividend")) best = "dividend_yield";
    // "adding about $9 billion to its market value": a change, not the value.
    if (is(best, "market_value") && (has_word_near(q, "adding") || has_word_near(q, "added") ||
                                   has_word_near(q, "wiping") || has_word_near(q, "wiped") ||
                                   has_word_near(q, "erased") || has_word_near(q, "erasing") ||
                                   (q.context_first > 0 && (t_[q.context_first - 1].classes & (kUpWord | kDownWord)))))
      best = "market_value_change_amount";
    // "earned $1.02 a share": earnings per share, not the share price.
    if (is(best, "share_price")) {
      for (std::size_t i = q.context_first; i > first && q.context_first - i < 8;) {
        --i;
        const std::string_view w = t_[i].lower();
        if (is(w, "earned") || is(w, "earn") || is(w, "earns") || is(w, "earnings") || is(w, "profit") ||
            is(w, "loss") || is(w, "income") || is(w, "eps") || is(w, "expected") || is(w, "estimate") ||
            is(w, "consensus") || (is(w, "or") && i > 0 && is(t_[i - 1].lower(), ","))) {
          best = "eps";
          break;
        }
      }
    }
    if (family == lexicon::money && best.find("change") == std::string_view::npos && is_change_amount(q)) {
      // A change names its own metric and is keyed by value (see cards.cpp), so
      // it never lands on, nor lends its metric to, the level's card.
      c.metric = best.empty() || is(best, "amount") ? "change_amount" : std::string(best) + "_change_amount";
      c.metric_explicit = true;
    } else if (!best.empty()) {
      c.metric = std::string(best);
      c.metric_explicit = true;
    } else if (is(q.unit, "percent") && q.direction != Direction::none) {
      // "Up about 28%", "Initech rose 4%": in finance news, a move of the stock;
      // but "Deposits rose 3%" is a change of deposits (a metric we do not know).
      if (auto noun = other_noun_before(q)) c.metric = "change_of:" + *noun;
      // ("Fashion & Leather Goods grew +2%": a business grows, a stock does not)
      // ("Kestrel Devices  52.7  17.8%  -4.2%": nor is a table's last column of units and shares a move)
      else if (grew_before(q) || columns_before(q) >= 2) c.metric = "percent";
      else if (year_over_year_near(q)) c.metric = "percent";  // a stock's move is not quoted year on year
      else c.metric = "price_change";
    } else {
      c.metric = family == lexicon::percent ? "percent" : "amount";
    }
    if (is(c.metric, "market_size")) c.phrase = words_between(q.last + 1, "market");
    // "the central bank's 2% target", "a 3% inflation goal": a goal, never the reading.
    if (family == lexicon::percent && !is(c.metric, "price_target")) {
      for (std::size_t i = q.last + 1; i < t_.size() && i <= q.last + 2; ++i)
        if (is(t_[i].lower(), "target") || is(t_[i].lower(), "goal")) {
          c.metric = (is(c.metric, "percent") ? std::string("policy") : c.metric) + "_target";
          c.metric_explicit = true;
          break;
        } else if (t_[i].kind != TokenKind::word) {
          break;
        }
    }
    mark_forecast(q, c);

    c.year_over_year = year_over_year_near(q);
  }

  bool year_over_year_near(const Quantity& q) const {
    return nearest_cue(t_, year_over_year_cues(), sentence_first(q.first), q.context_first, q.last, after_end(q, 5))
        .has_value();
  }

  bool segment_in_clause(const Quantity& q) const {
    std::size_t from = clause_start(q, 8);
    return nearest_cue(t_, lexicon::segment_cues(), from, q.context_first, q.last, after_end(q, 3)).has_value();
  }

  // "an increase of about $380 million", "a net reduction of 1,200 employees",
  // "tariffs reduced operating profit by ¥128 billion": the amount of a change,
  // never the level it changed.
  bool is_change_amount(const Quantity& q) const {
    // "$700 million less than its previous guidance", "$2 billion above estimates": a gap, not a level.
    if (q.last + 1 < t_.size()) {
      const std::string_view next = t_[q.last + 1].lower();
      const bool than = q.last + 2 < t_.size() && is(t_[q.last + 2].lower(), "than");
      if (((is(next, "less") || is(next, "more") || is(next, "lower") || is(next, "higher")) && than) ||
          is(next, "below") || is(next, "above") || is(next, "short"))
        return true;
    }
    if (q.context_first < 2) return false;
    const std::string_view before = t_[q.context_first - 1].lower();
    if (is(before, "of")) return lexicon::is_change_noun(t_[q.context_first - 2].lower());
    if (!is(before, "by")) return false;
    const int clause = s_.clause[q.first];
    for (std::size_t i = q.context_first - 1, steps = 0; i > 0 && steps < 8 && s_.clause[i - 1] == clause; ++steps) {
      --i;
      if (t_[i].kind == TokenKind::number) return false;  // another figure's words
      if (lexicon::is_change_verb(t_[i].lower())) return true;
    }
    return false;
  }

  // The part of the world or business a figure covers, when the text narrows
  // it: "vehicles in Canada", "through its DFW hub", "its ad-supported tier",
  // "globally", "the combined company". Figures of different scope never conflict.
  // "Passenger revenue, which excludes cargo, rose 8%": the revenue of one
  // line of business, named by the word before "revenue" (a segment already
  // names the subject; "total", "net" or a period name no part).
  std::optional<std::string> revenue_part(const Quantity& q) const {
    static const WordSet kRevenue{"revenue", "revenues", "sales"};
    const std::size_t first = sentence_first(q.first);
    // (far enough back for an apposition: "its fee revenue, the money it collects for ..., rose 7 percent")
    for (std::size_t i = q.context_first, steps = 0; i > first + 1 && steps < 28; ++steps) {
      --i;
      if (kRevenue.contains(t_[i])) return revenue_part_at(i - 1);
    }
    return std::nullopt;
  }

  // The word at i, right before "revenue"/"sales", as the part it names.
  std::optional<std::string> revenue_part_at(std::size_t i) const {
    static const WordSet kWhole{
        "total", "net", "gross", "recurring", "deferred", "operating", "quarterly", "annual", "record", "reported", "adjusted", "overall",
        "group", "company", "consolidated", "its", "their", "the", "a", "an", "his", "her", "our", "first",
        "second", "third", "fourth", "quarter", "year", "half", "fiscal", "full", "monthly", "weekly", "daily",
        "top", "higher", "lower", "strong", "weak", "and", "of", "in", "on", "for", "with", "as", "that", "which",
        "s", "whose", "global", "worldwide", "combined", "billion", "million", "ago", "earlier", "expected",
        "estimated", "forecast", "projected", "same", "this", "last", "next", "segment", "unit", "division",
        "business", "businesses"};
    const Token& part = t_[i];
    if (part.kind != TokenKind::word || part.has_digit || kWhole.contains(part) ||
        (part.classes & kStartsSegmentCue) || e_.key_of(part) || part.lower().size() < 3)
      return std::nullopt;
    // "Cloud Intelligence revenue", "Google Cloud sales": a named unit is the subject's business, not a part.
    if (part.capitalized && !starts_sentence(i)) return std::nullopt;
    if (i > 0 && !starts_sentence(i) && (t_[i - 1].classes & kStartsSegmentCue)) return std::nullopt;
    // "comparable sales", "same-store sales", "comparable-store sales", "like-for-like sales": one measure.
    if (is(part.lower(), "comparable") || is(part.lower(), "store") || is(part.lower(), "like")) return "comparable";
    return std::string(part.lower());
  }

  // "common equity tier 1": a bank's capital measure, not a tier of something.
  bool capital_tier(std::size_t i) const { return i + 1 < t_.size() && t_[i + 1].kind == TokenKind::number; }

  std::string scope_near(const Quantity& q) const {
    const int clause = s_.clause[q.first];
    for (std::size_t i = q.last + 1; i < t_.size() && i <= q.last + 4 && s_.clause[i] == clause; ++i) {
      const std::string_view w = t_[i].lower();
      if (is(w, "globally") || is(w, "worldwide")) return "global";
      if ((is(w, "in") || is(w, "across")) && i + 1 < t_.size()) {
        std::size_t place = i + 1;
        if (is(t_[place].lower(), "the") && place + 1 < t_.size()) ++place;
        const Token& p = t_[place];
        if (p.capitalized && p.kind == TokenKind::word && month_number(p) == 0 && !is_weekday(p.lower()) &&
            !is_quarter_label(p.lower()))
          return "in " + std::string(p.lower());
      }
      if (is(w, "hub") || (is(w, "tier") && !capital_tier(i))) return std::string(w);
      // "4,100 employees at those stores": the staff of some stores, not the workforce.
      if (is(w, "at") && i + 1 < t_.size() && (is(t_[i + 1].lower(), "those") || is(t_[i + 1].lower(), "these")))
        return "those";
    }
    if (auto part = revenue_part(q)) return *part;
    // "Collectively, Nimbus, Helix and Orion are expected to spend $300bn": a sum over companies.
    for (std::size_t i = sentence_first(q.first); i < q.context_first; ++i)
      if (is(t_[i].lower(), "collectively") || is(t_[i].lower(), "altogether") ||
          (is(t_[i].lower(), "between") && i + 1 < t_.size() && is(t_[i + 1].lower(), "them")))
        return "combined";
    std::size_t from = clause_start(q, 10);
    for (std::size_t i = from; i < q.context_first; ++i) {
      const std::string_view w = t_[i].lower();
      if ((is(w, "tier") && !capital_tier(i)) || is(w, "hub")) return std::string(w);
      if (is(w, "combined") || is(w, "creating") || is(w, "merged") || is(w, "forma")) return "combined";
      // "A separate recall in Canada covers 193,000 vehicles": another event, or a place, of its own.
      if (is(w, "separate")) return "separate";
      if (is(w, "in") && i + 1 < q.context_first && t_[i + 1].capitalized && t_[i + 1].kind == TokenKind::word &&
          month_number(t_[i + 1]) == 0 && !is_weekday(t_[i + 1].lower()) && !e_.key_of(t_[i + 1]) &&
          !is_not_a_name(t_[i + 1]))
        return "in " + std::string(t_[i + 1].lower());
      if (is(w, "globally") || is(w, "worldwide") || is(w, "global")) return "global";
      // "Regional unit Skyward Connect carried 9.1 million passengers": a unit's figure, not the group's.
      if ((is(w, "unit") || is(w, "division") || is(w, "subsidiary") || is(w, "arm")) && i + 1 < q.context_first &&
          t_[i + 1].capitalized && t_[i + 1].kind == TokenKind::word)
        return "unit";
      if (is(w, "regional")) return "regional";
      // "Overseas sales rose to 71,256 units": a part of the total, not the total.
      if (is(w, "overseas") || is(w, "exports") || is(w, "export") || is(w, "international") ||
          is(w, "domestic"))
        return std::string(w);
    }
    return {};
  }

  // "Saudi Arabia will contribute 500,000 bpd of the cut", "Russia's cut will
  // amount to 300,000": a sentence led by a country gives its part of a
  // group's figure, unless it names a company first ("China's Alibaba said").
  std::string country_opening(const Quantity& q) const {
    std::size_t i = sentence_first(q.first);
    if (i < q.first && (is(t_[i].lower(), "but") || is(t_[i].lower(), "meanwhile") || is(t_[i].lower(), "and"))) ++i;
    if (i < q.first && is_symbol(t_[i], ",")) ++i;
    if (i >= q.context_first || !t_[i].capitalized || !lexicon::is_country_or_region(t_[i].lower())) return {};
    for (std::size_t k = i + 1; k < q.context_first; ++k)
      if (e_.key_of(t_[k])) return {};
    return "in " + std::string(t_[i].lower());
  }

  static bool is_weekday(std::string_view w) {
    return is(w, "monday") || is(w, "tuesday") || is(w, "wednesday") || is(w, "thursday") || is(w, "friday") ||
           is(w, "saturday") || is(w, "sunday");
  }

  // "adjusted", "constant currency", "excluding fuel", "month on month": the
  // same metric measured another way; two bases never conflict.
  // The first and last token of a relative clause set off by commas
  // (", which excludes share-based compensation,") between the sentence's
  // subject and the figure.
  // (Metric and basis reading both ask for it: it is walked once a figure.)
  std::optional<std::pair<std::size_t, std::size_t>> aside_before(const Quantity& q) const {
    if (aside_of_ == q.first) return aside_;
    aside_of_ = q.first;
    aside_.reset();
    for (std::size_t i = sentence_first(q.first); i + 2 < q.context_first && !aside_; ++i)
      if (is_symbol(t_[i], ",") && (is(t_[i + 1].lower(), "which") || is(t_[i + 1].lower(), "who")))
        for (std::size_t j = i + 2; j < q.context_first; ++j)
          if (is_symbol(t_[j], ",")) {
            aside_ = std::pair{i, j};
            break;
          }
    return aside_;
  }
  mutable std::size_t aside_of_ = SIZE_MAX;  // the figure's first token that aside_ was read for
  mutable std::optional<std::pair<std::size_t, std::size_t>> aside_;

  std::string basis_near(const Quantity& q) const {
    static constexpr lexicon::Cue kBases[] = {
        {"constant currency", "constant currency"}, {"constant exchange", "constant currency"},
        {"like for like", "like-for-like"},        {"non gaap", "adjusted"},
        {"adjusted", "adjusted"},                  {"gaap", "GAAP"},
        {"excluding", "excluding items"},          {"ex fuel", "excluding items"},
        {"organic", "organic"},                    {"underlying", "underlying"},
        {"base business", "underlying"},           {"base eps", "underlying"},
        {"month on month", "month on month"},      {"month over month", "month on month"},
        {"quarter on quarter", "sequential"},      {"quarter over quarter", "sequential"},
        {"sequential", "sequential"},              {"sequentially", "sequential"},
        {"from the prior quarter", "sequential"},  {"from the previous quarter", "sequential"},
        {"from the preceding quarter", "sequential"}, {"over the previous quarter", "sequential"},
        {"qoq", "sequential"},
        {"diluted", "diluted"},                    {"including", "including items"},
        {"counting options", "including options"}, {"including options", "including options"},
        // "At that price, Synaptra was valued at $9.1 billion": the IPO price's valuation, not the market's.
        {"at that price", "at the offer price"},   {"at the ipo price", "at the offer price"},
        {"at the offer price", "at the offer price"}};
    // The whole sentence: "Excluding one-time items, it earned $1.92 a share."
    // ("adjusted net income, which excludes ..., climbed 15%": past an aside)
    const auto aside = aside_before(q);
    const std::size_t reach = 14 + (aside ? aside->second - aside->first + 1 : 0);
    const std::size_t from = std::max(sentence_first(q.first), q.context_first > reach ? q.context_first - reach : 0);
    std::size_t to = std::min(sentence_last(q.first), q.last + 6);
    // ("+70 bps y/y (base business GM 61.3%)": a parenthesis with a figure of its own is about that one)
    for (std::size_t i = q.last + 1; i <= to; ++i)
      if (is_symbol(t_[i], "(")) {
        for (std::size_t j = i + 1; j < t_.size() && j <= i + 8 && !is_symbol(t_[j], ")"); ++j)
          if (t_[j].kind == TokenKind::number) to = i - 1;
        break;
      }
    if (auto hit = nearest_cue(t_, kBases, from, q.context_first, q.last, to)) return std::string(hit->value);
    return {};
  }

  // What a valuation was set by, when not by the market: "a funding round in
  // 2024 that valued Lumora at $5.4 billion" (a private round); "The price,
  // which topped the range, gave Lumora a market value of $8.7 billion" (the
  // IPO price).
  bool in_funding_round(const Quantity& q) const {
    const std::size_t first = sentence_first(q.first), last = sentence_last(q.first);
    for (std::size_t i = first + 1; i <= last; ++i)
      if (funding_round_at(i, first)) return true;
    return false;
  }

  // "a funding round", "the new round" at token i (after the sentence's first token).
  bool funding_round_at(std::size_t i, std::size_t first) const {
    return i > first && is(t_[i].lower(), "round") && kRoundOpener.contains(t_[i - 1]);
  }

  // Words before "round" that make it a funding round ("a round that values...").
  static inline const WordSet kRoundOpener{"funding", "private", "venture", "financing", "new", "latest", "this",
                                           "a", "the", "its"};

  std::string valuation_basis(const Quantity& q) const {
    const std::size_t first = sentence_first(q.first), last = sentence_last(q.last);
    // "values Lumora at $222 billion before the new money", "a pre-money valuation of":
    // the worth before a round's cash, another quantity than the worth after it.
    for (std::size_t i = first; i + 2 <= last; ++i)
      if ((is(t_[i].lower(), "pre") && is(t_[i + 1].lower(), "-") && is(t_[i + 2].lower(), "money")) ||
          is(t_[i].lower(), "premoney") ||
          (i > q.last && is(t_[i].lower(), "before") && is(t_[i + 1].lower(), "the") && i + 3 <= last &&
           (is(t_[i + 2].lower(), "investment") || is(t_[i + 3].lower(), "money") || is(t_[i + 3].lower(), "capital") ||
            is(t_[i + 2].lower(), "funding") || is(t_[i + 2].lower(), "round"))))
        return "before the new money";
    for (std::size_t i = first; i <= last; ++i)
      if ((is(t_[i].lower(), "mark") || is(t_[i].lower(), "valuation")) && i > first &&
          (is(t_[i - 1].lower(), "private") || (i >= first + 2 && is(t_[i - 1].lower(), "money") && is(t_[i - 2].lower(), "-"))))
        return "in a private funding round";
      else if (funding_round_at(i, first) ||
               (is(t_[i].lower(), "round") && i >= first + 2 && is(t_[i - 2].lower(), "series")))
        return "in a private funding round";
    // ("The offering valued Synaptra at $9.8 billion", "The IPO price gave it ...", "The pricing valued")
    if (starts_sentence(first) && is(t_[first].lower(), "the") && first + 2 < t_.size() &&
        ((is(t_[first + 1].lower(), "price") && !is(t_[first + 2].lower(), "of")) ||
         is(t_[first + 1].lower(), "offering") || is(t_[first + 1].lower(), "ipo") ||
         is(t_[first + 1].lower(), "listing") || is(t_[first + 1].lower(), "pricing") ||
         is(t_[first + 1].lower(), "offer")))
      return "at the offer price";
    // ("priced its IPO at $24 a share, which put it at a $6.9 billion valuation")
    for (std::size_t i = first; i < q.context_first; ++i)
      if (is(t_[i].lower(), "priced")) return "at the offer price";
    return {};
  }

  // Quantities that research firms estimate, each with its own method.
  static bool is_tracked_metric(std::string_view metric) {
    return is(metric, "market_share") || is(metric, "market_size") || metric.rfind("count:", 0) == 0;
  }

  // "according to research firm Quantis", "figures from Beta Analytics",
  // "(Lumen Research)": the tracker behind a market share or an industry
  // count. Trackers measure differently, so two of them never conflict.
  std::optional<std::string> data_source_near(const Quantity& q) const {
    static const WordSet kLeadIn{"figures", "data", "estimates", "from", "research", "firm", "market",
                                 "researcher", "tracker", "the", "industry", "consultancy", "group"};
    static const WordSet kProvider{"research", "analytics", "insights", "intelligence", "consulting"};
    const std::size_t first = sentence_first(q.first);
    const std::size_t last = std::min(sentence_last(q.first), q.last + 12);
    const std::string& text = a_.article->text;
    for (std::size_t i = first; i <= last; ++i) {
      if (i >= q.context_first && i <= q.last) continue;
      const std::string_view w = t_[i].lower();
      const bool from_data = (is(w, "figures") || is(w, "data") || is(w, "estimates")) && i + 1 <= last &&
                             is(t_[i + 1].lower(), "from");
      if (loose_match(t_, i, "according to") || from_data) {
        std::size_t at = i + 2;
        while (at <= last && !t_[at].capitalized && kLeadIn.contains(t_[at])) ++at;
        if (at <= last && could_be_name(t_[at]) && !e_.key_of(t_[at])) return lower_ascii(slice(text, t_, at, at));
      }
      // "(Lumen Research)", "Beta Analytics": a name that says what it is.
      if (t_[i].capitalized && kProvider.contains(t_[i]) && i > first && could_be_name(t_[i - 1]))
        return lower_ascii(slice(text, t_, i - 1, i - 1));
    }
    return std::nullopt;
  }

  // "analysts had expected $46.2 billion" is an estimate; "forecast revenue of
  // $54 billion" is guidance. Neither is the reported figure.
  void mark_forecast(const Quantity& q, FigureContext& c) const {
    if (is(c.metric, "capex") || is(c.metric, "market_size") || is(c.metric, "price_target")) return;
    int clause = s_.clause[q.first];
    // "Q2 revenue guidance was cut by $400m, to $4.2bn": a clause that only
    // says where the change ended goes on with the one before.
    const std::size_t start = clause_start(q, 4);
    const bool goes_on = start >= 2 && is_symbol(t_[start - 1], ",") && start + 1 == q.context_first &&
                         is(t_[start].lower(), "to");
    if (goes_on) clause = s_.clause[start - 2];
    std::string_view kind;
    for (std::size_t i = q.context_first, steps = 0;
         i > 0 && steps < 18 &&
         (s_.clause[i - 1] == clause || s_.clause[i - 1] == s_.clause[q.first] || (goes_on && i - 1 == start - 1));
         ++steps) {
      --i;
      // another figure's words (but the change that ends at this one: "cut by $400m, to $4.2bn")
      if (t_[i].kind == TokenKind::number && t_[i].usable && s_.clause[i] == s_.clause[q.first]) break;
      const std::string_view w = t_[i].lower();
      if (lexicon::is_estimate_word(w)) kind = "estimate";
      // "will need bookings of €5bn": a level the company must reach, not one it reported.
      else if (is(w, "need") || is(w, "needs") || is(w, "require") || is(w, "requires")) kind = "needed";
      else if (lexicon::is_guidance_word(w) && kind.empty() && !is_policy_target(i)) kind = "outlook";
      // ("is expected to reach", "it expected first-week inflows of": but "the expected 3%" is analysts')
      else if (is(w, "expected") && kind.empty() && i > 0 &&
               (lexicon::is_be_verb(t_[i - 1].lower()) || is(t_[i - 1].lower(), "it") || is(t_[i - 1].lower(), "we")))
        kind = "outlook";
      // "sales in the current quarter will be $3.6 billion"
      else if (is(w, "will") && kind.empty() && i + 1 < q.context_first && is(t_[i + 1].lower(), "be")) kind = "outlook";
    }
    // "the 41 billion yuan analysts had expected", "the 20% we had pencilled in"
    for (std::size_t i = q.last + 1; i < t_.size() && i <= q.last + 4 && s_.clause[i] == clause; ++i) {
      static constexpr std::array<std::string_view, 13> kAfter{"analysts",  "expected", "estimated", "consensus",
                                                               "pencilled", "penciled", "forecast",  "anticipated",
                                                               "projected", "estimate", "estimates", "modeled",
                                                               "modelled"};
      // "$26.3 billion, beating analysts' estimates": the actual, measured against them.
      if (lexicon::is_comparison_verb(t_[i].lower())) break;
      if (std::find(kAfter.begin(), kAfter.end(), t_[i].lower()) != kAfter.end()) kind = "estimate";
      if (t_[i].kind == TokenKind::number) break;
    }
    // "Q2 sales guidance: €7.4bn-€7.9bn": a list item's label says what its value is.
    if (kind.empty() && q.context_first >= 2 && is_symbol(t_[q.context_first - 1], ":")) {
      for (std::size_t i = q.context_first - 1; i > 0 && q.context_first - i < 8;) {
        --i;
        const std::string_view w = t_[i].lower();
        if (lexicon::is_estimate_word(w)) kind = "estimate";
        else if (lexicon::is_guidance_word(w) && kind.empty()) kind = "outlook";
        if (t_[i].newline_before) break;
      }
    }
    if (is(kind, "estimate")) c.metric = "estimate:" + c.metric;
    else if (is(kind, "needed")) c.metric = "needed:" + c.metric;
    else if (is(kind, "outlook")) c.metric = c.metric + "_outlook";
  }

  // "by 11:15 a.m.", "by noon", "by the close": a time of day, not a prediction's horizon.
  bool time_of_day_at(std::size_t i) const {
    if (i >= t_.size()) return false;
    const std::string_view w = t_[i].lower();
    if (is(w, "noon") || is(w, "midday") || is(w, "mid") || (is(w, "the") && i + 1 < t_.size() &&
                                                       (is(t_[i + 1].lower(), "close") || is(t_[i + 1].lower(), "open"))))
      return true;
    if (t_[i].kind != TokenKind::number || i + 1 >= t_.size()) return false;
    const std::string_view next = t_[i + 1].lower();
    static const WordSet kZones{"gmt", "utc", "et", "est", "edt", "bst", "cet", "cest", "jst", "hkt", "sgt"};
    return is(next, ":") || is(next, "a") || is(next, "p") || is(next, "am") || is(next, "pm") ||
           kZones.contains(t_[i + 1]);  // "by 0930 GMT"
  }

  // "the federal funds target range", "its target rate": a policy level, not guidance.
  bool is_policy_target(std::size_t i) const {
    return is(t_[i].lower(), "target") && i + 1 < t_.size() &&
           (is(t_[i + 1].lower(), "range") || is(t_[i + 1].lower(), "rate"));
  }

  // A content word before a change that names what changed, when it is not
  // the stock: "Deposits rose 3%", "Production ..., up 4%".
  std::optional<std::string> other_noun_before(const Quantity& q) const {
    static const WordSet kNeutral{
        "the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those", "it", "they",
        "and", "or", "but", "of", "in", "on", "at", "by", "for", "to", "from", "with", "as", "while", "after",
        "was", "were", "is", "are", "be", "been", "has", "have", "had", "will", "would", "could", "also",
        "about", "nearly", "almost", "roughly", "around", "some", "more", "than", "over", "under", "just",
        "year", "date", "today", "yesterday", "week", "day", "session", "morning", "afternoon", "hours", "after",
        "premarket", "pre", "market", "trading", "trade", "traded", "close", "closed", "open", "opened",
        "shares", "share", "stock", "stocks", "adr", "adrs", "ads", "price", "prices", "valuation",
        "said", "says", "reported", "by", "monday", "tuesday", "wednesday", "thursday", "friday",
        "so", "far", "far", "still", "now", "then", "again", "already", "sharply", "steeply", "slightly",
        "higher", "lower", "up", "down", "respectively", "ytd", "intraday", "extended", "new", "high", "low",
        "since", "past", "last", "this", "time", "times", "record", "percent", "per", "cent",
        "thousand", "million", "billion", "trillion", "bn", "mn", "brought", "came"};
    // The figure's clause; when it holds nothing but the move ("..., up 4%"),
    // the clause before the comma says what moved.
    std::size_t first = clause_start(q, 12);
    std::size_t end = q.context_first;
    bool described = false;  // the clause names the company that moved
    for (int pass = 0; pass < 2; ++pass) {
      std::optional<std::string> noun;
      for (std::size_t i = first; i < end; ++i) {
        const Token& token = t_[i];
        if (token.kind != TokenKind::word || token.has_digit) continue;
        const std::string_view w = token.lower();
        if (is(w, "shares") || is(w, "stock") || is(w, "stocks") || is(w, "adrs") || is(w, "price"))
          return std::nullopt;
        if (e_.key_of(token)) continue;  // "BABA jumped 9%": the company, not a noun
        // "CASM-ex rose 4.3%": a capitalized term joined to a lowercase word is
        // a measure, not a name (names join capitalized words: "Rolls-Royce"),
        // unless the word describes what follows ("Tokyo-listed", "Texas-based").
        if (token.capitalized && i + 2 < end && hyphen_joins_word(t_, i) && !t_[i + 2].capitalized &&
            !t_[i + 2].has_digit && !place_participle_at(t_, i) && !is(t_[i + 2].lower(), "born") &&
            !is(t_[i + 2].lower(), "wide") && !is(t_[i + 2].lower(), "style")) {
          noun = lower_ascii(slice(a_.article->text, t_, i, i + 2));
          i += 2;
          continue;
        }
        // ("- Retail still negative (-1.2%)": a capitalized business line is no name)
        // (inside a name, "Harbor Financial", it is part of the name)
        const bool business_line = (lexicon::is_sector_word(w) || (token.classes & kStartsSegmentCue)) &&
                                   !(i > 0 && t_[i - 1].capitalized && t_[i - 1].kind == TokenKind::word) &&
                                   !(i + 1 < end && t_[i + 1].capitalized && t_[i + 1].kind == TokenKind::word);
        if (kNeutral.contains(token)) continue;
        // ("Deposits rose 3%": capitalized only because it opens the sentence)
        // (a market keeps its name either way: "Bitcoin fell 2.1%" and "bitcoin")
        const bool name = token.capitalized && could_be_name(token) && !business_line &&
                          !(starts_sentence(i) && !is_not_a_name(token) && !index_name_at(t_, i) &&
                            written_lowercase(token));
        if (name) continue;
        if (lexicon::contains(lexicon::up_words(), w) || lexicon::contains(lexicon::down_words(), w)) continue;
        // "staffing firm Kellman jumped 5.3%": the words before "firm" describe
        // the company too ("the firm's deposits rose 3%" still names deposits).
        if (lexicon::is_company_descriptor(w)) {
          noun.reset();
          described = true;
          continue;
        }
        if (is_not_a_name(token) || w.size() <= 2 || lexicon::is_trading_verb(w)) continue;
        // "rival Kanemura", "Texas-based Orvell": words that describe the mover.
        if ((token.classes & kRivalWord) || (i >= 2 && place_participle_at(t_, i - 2))) continue;
        noun = w;
      }
      if (noun || described) return noun;
      // "Industrial production: +5.6% y/y": the label of a list item whose
      // value follows the colon directly names it too.
      const bool label_colon = first >= 2 && is_symbol(t_[first - 1], ":") &&
                               std::none_of(t_.begin() + first, t_.begin() + end,
                                            [](const Token& token) { return token.kind == TokenKind::word; });
      // ("Retail still negative (-1.2%)": a parenthesis too)
      if (first < 2 || !(is_symbol(t_[first - 1], ",") || is_symbol(t_[first - 1], "(") || label_colon)) break;
      end = first - 1;
      const int previous = s_.clause[end - 1];
      first = end;
      while (first > 0 && s_.clause[first - 1] == previous && end - first < 12) --first;
    }
    return std::nullopt;
  }

  // "deliveries" at token i -> "deliveries_growth" (kept alive by a static table).
  std::optional<std::string_view> count_noun_word(std::size_t i) const {
    // One-word count nouns to their "<kind>_growth" name, first in table order;
    // "shares" rising is the stock price, not a count of shares.
    static const auto* growth_name_of = [] {
      auto* names = new WordTable<std::string>();
      for (const auto& noun : lexicon::count_nouns())
        if (noun.words.find(' ') == std::string_view::npos && !is(noun.kind, "shares") && (*names)[noun.words].empty())
          (*names)[noun.words] = std::string(noun.kind) + "_growth";
      return names;
    }();
    if (t_[i].kind != TokenKind::word) return std::nullopt;
    const std::string* name = growth_name_of->find(t_[i]);
    return name ? std::optional<std::string_view>(*name) : std::nullopt;
  }

  static std::span<const lexicon::Cue> year_over_year_cues() {
    static constexpr lexicon::Cue table[] = {
        {"year over year", "yoy"},      {"year on year", "yoy"},   {"yoy", "yoy"}, {"y y", "yoy"},
        {"from a year earlier", "yoy"}, {"from a year ago", "yoy"}};
    return table;
  }

  bool has_word_near(const Quantity& q, std::string_view word) const {
    const std::size_t first = sentence_first(q.first);
    const std::size_t end = after_end(q, 4);
    for (std::size_t i = first; i <= end; ++i)
      if (t_[i].lower() == word) return true;
    return false;
  }

  bool p_e_mentioned(const Quantity& q) const {
    const std::size_t first = sentence_first(q.first);
    for (std::size_t i = first; i + 2 < q.first; ++i)
      if ((is(t_[i].lower(), "p") && is(t_[i + 1].lower(), "/") && is(t_[i + 2].lower(), "e")) || is(t_[i].lower(), "pe"))
        return true;
    return false;
  }

  // "the $1 trillion AI market" -> "AI market".
  std::string words_between(std::size_t from, std::string_view until) const {
    for (std::size_t i = from; i < t_.size() && i < from + 4; ++i)
      if (t_[i].lower() == until) return slice(a_.article->text, t_, from, i);
    return {};
  }

  // A product name with digits near a parameter count: "Qwen3-Max".
  std::string product_near(const Quantity& q) const {
    const std::size_t first = sentence_first(q.first);
    const std::size_t last = sentence_last(q.first);
    std::string best;
    std::size_t best_distance = SIZE_MAX;
    for (std::size_t i = first; i <= last; ++i) {
      if (!(t_[i].kind == TokenKind::word && t_[i].has_digit && t_[i].capitalized)) continue;
      std::size_t end = i;
      while (end + 2 <= last && hyphen_joins_word(t_, end)) end += 2;
      const std::size_t distance = i > q.last ? i - q.last : q.first - end;
      if (distance < best_distance) {
        best_distance = distance;
        best = slice(a_.article->text, t_, i, end);
      }
    }
    return best;
  }

  void read_subject(std::size_t k, FigureContext& c) {
    const Quantity& q = q_[k];
    const std::string& text = a_.article->text;
    std::string key, display;
    bool is_peer = false;
    std::size_t name_last = 0;
    const auto possessor = possessive_before(t_, q.context_first, name_last);
    // "Halvorsen's $68.50-a-share offer for Corvane": a deal's price is the target's, whoever's offer it is.
    if (auto target = possessor ? deal_target(q, c.metric) : std::nullopt) {
      key = *target;
      display = display_of(key);
    } else if (possessor) {
      display = slice(text, t_, *possessor, name_last);
      key = entity_key(*possessor, name_last);
    } else if (auto owner = owner_after_of(q, name_last)) {
      display = slice(text, t_, *owner, name_last);
      key = entity_key(*owner, name_last);
    } else if (const std::size_t of = for_after(q);
               of && (comparator_before(k) || (could_be_name(t_[of]) && !is_place_or_segment(t_[of]))) &&
               !names_the_whole_after(q)) {
      // "compared with 20–30x for U.S. mega-cap tech", "9x forward sales for Ardent Motion"
      std::size_t end = of;
      const auto stops = [&](const Token& next) {
        return next.newline_before || is_symbol(next, ",") || is_symbol(next, ";") ||
               (is_symbol(next, ".") && (&next == &t_.back() || (&next)[1].space_before));
      };
      // (a name ends with its words: "for Ardent Motion and 12x for Veltrix")
      const bool named = could_be_name(t_[of]) && !comparator_before(k);
      while (end + 1 < t_.size() && end < q.last + 8 && !stops(t_[end + 1]) && (!named || could_be_name(t_[end + 1])))
        ++end;
      while (end > of && t_[end].kind == TokenKind::symbol) --end;
      display = slice(text, t_, of, end);
      key = "peer:" + lower_ascii(display);
      is_peer = true;
      // ("... for Quillon": a name the bundle knows is that entity)
      if (const std::string* known = e_.key_of(t_[of]); known && could_be_name(t_[of]))
        display = display_of(key = *known), is_peer = false;
    } else if (comparator_before(k) && c.metric.rfind("estimate:", 0) != 0 &&
               !(past_year_right_after(q) && is_prior_value(q)) && !names_the_whole_after(q)) {
      // ("against $71.2bn in 2025" compares with the company's own past, not a peer)
      // ("compared with estimates of $45.4 billion" compares with analysts, not a peer)
      // "..., while its rival Schneider trades at 28x": name the peer when the text does.
      display = "peers";
      key = fmt::format("peer:{}", c.sentence);
      for (std::size_t i = q.context_first; i > q_[k - 1].last + 1; --i)
        if (could_be_name(t_[i - 1]) && !t_[i - 1].newline_before) {
          display = slice(text, t_, i - 1, i - 1);
          key = "peer:" + std::string(t_[i - 1].lower());
          break;
        }
      is_peer = true;
    } else if (counts_many_companies(k)) {
      // "142 companies have cut 48,000 jobs": a total over many companies.
      key = "all companies";
      display = "All companies tracked";
    } else if (auto target = deal_target(q, c.metric)) {
      key = *target;
      display = display_of(key);
    } else if (auto antecedent = relative_clause_subject(q)) {
      // "outperforming the benchmark Nikkei average, which gained 0.8%"
      key = *antecedent;
      display = display_of(key);
    } else if (auto named = apposition_subject(q)) {
      // "Brent, the international benchmark, climbed 3.1%"
      key = *named;
      display = display_of(key);
    } else if (auto sector = sector_moving(q, c.metric)) {
      // "technology stocks lost 0.7% after Brussels fined Vantrix": a sector, not the company.
      key = "sector:" + *sector;
      display = *sector + " stocks";
      display[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(display[0])));
    } else if (auto mention = entity_in_clause(q)) {
      key = *mention;
      display = display_of(key);
    } else if (auto name = unknown_name_moving(q);
               name || (name = name_after_elsewhere(q)) || (name = unknown_antecedent(q))) {
      // "Solana fell 19% to $126": a name the bundle does not know moved, not the main company.
      // (A name the bundle does know by that spelling is that entity: "Synaptra, which...")
      display = *name;
      key = lower_ascii(*name);
      if (const std::string* known = e_.key_of(key)) display = display_of(key = *known);
      else key = "other:" + key;
    } else if (auto opener = entity_opening_sentence(q)) {
      // "Rival BYD sold 416,388 vehicles, up 38%": the sentence is about BYD.
      key = *opener;
      display = display_of(key);
    }
    c.subject_explicit = !key.empty();
    if (key.empty()) {
      key = e_.main_key;
      display = e_.main_display();
    }
    if (!is_peer && metric_has_segment(c.metric)) {
      if (auto segment = segment_for(q, c)) {
        key += "/" + lower_ascii(*segment);
        display += " " + *segment;
        c.subject_explicit = true;
      }
    }
    c.subject_key = key;
    c.subject = display;
  }

  // A figure whose own words name no subject takes another one from around it
  // (never the article's company, which needs no inheriting):
  // - the company its paragraph opens with (paragraph_opener);
  // - "It settled 1.9% higher at $84.02": the price a move reached is the mover's;
  // - "Brent climbed 3.1%. It settled 1.9% higher": a sentence that opens with
  //   "It" or "Its" goes on about the subject of the paragraph's previous one.
  void inherit_subject(const Quantity& q, const FigureContext& previous, FigureContext& c) const {
    const std::string* opener = paragraph_opener(q);
    if (!opener) opener = section_company(q);
    if (opener) {
      c.subject_key = *opener;
      c.subject = display_of(*opener);
      c.subject_explicit = true;
      return;
    }
    if (!previous.subject_explicit || previous.subject_key == e_.main_key ||
        previous.subject_key.rfind("peer:", 0) == 0 || previous.subject_key.rfind("sector:", 0) == 0)
      return;
    const bool price_of_move =
        previous.sentence == c.sentence && is(c.metric, "share_price") && is(previous.metric, "price_change");
    // "... at about $66.80, up 0.6 per cent": the move of the price just named.
    const std::size_t k = static_cast<std::size_t>(&q - q_.data());
    const bool move_of_price = k > 0 && previous.sentence == c.sentence && is(c.metric, "price_change") &&
                               is(previous.metric, "share_price") && q.context_first > q_[k - 1].last &&
                               q.context_first - q_[k - 1].last <= 3;
    const std::size_t first = sentence_first(q.first);
    // ("On Thursday it was trading at about $66.80": past a time opener)
    static const WordSet kTimeOpener{"on", "by", "in", "at", "early", "late", "later", "the", "day", "morning",
                                     "afternoon", "midday", "monday", "tuesday", "wednesday", "thursday",
                                     "friday", "saturday", "sunday", "today", "yesterday", ","};
    std::size_t it = first;
    while (it < q.context_first && it < first + 4 && kTimeOpener.contains(t_[it])) ++it;
    const bool it_goes_on = previous.sentence + 1 == c.sentence && first > 0 &&
                            s_.paragraph[first - 1] == s_.paragraph[first] &&
                            (it == first ? t_[first].capitalized : true) &&
                            (is(t_[it].lower(), "it") || is(t_[it].lower(), "its"));
    if (!price_of_move && !move_of_price && !it_goes_on) return;
    c.subject_key = previous.subject_key;
    c.subject = previous.subject;
    c.subject_explicit = true;
  }

  // The first token of the paragraph of token i (at most 300 tokens back).
  std::size_t paragraph_first(std::size_t i) const {
    std::size_t p = i;
    while (p > 0 && s_.paragraph[p - 1] == s_.paragraph[i] && i - p < 300) --p;
    return p;
  }

  // "Wells Fargo numbers: profit of $5.4 billion. ... Net interest income fell
  // 2%.", "Kestrel has had a quieter show. It has announced 118 orders": a
  // paragraph that opens with another company's name is about that company.
  const std::string* paragraph_opener(const Quantity& q) const {
    std::size_t p = paragraph_first(q.first);
    // "- Helixon Data (HLXD): guided ...": a list item is a paragraph of its own, opening after its marker.
    const std::size_t line = line_first(t_, q.first, p);
    if (line + 1 < q.first && is_list_marker(t_[line])) p = line + 1;
    if (t_[p].kind != TokenKind::word || !t_[p].capitalized) return nullptr;
    const std::string* key = e_.key_of(t_[p]);
    if (!key || *key == e_.main_key || !e_.companies.count(*key)) return nullptr;
    // Another company named on the way, or a later sentence opening with a
    // name the bundle does not know: the figure may be about that one.
    constexpr unsigned kNoName = kNotAName | kStartsMetricCue | kStartsCountNoun | kStartsSegmentCue;
    for (std::size_t i = p + 1; i < q.first; ++i) {
      if (const std::string* other = e_.key_of(t_[i]); other && *other != *key && t_[i].kind == TokenKind::word)
        return nullptr;
      if (s_.sentence[i] != s_.sentence[i - 1] && could_be_name(t_[i]) && !(t_[i].classes & kNoName) &&
          !e_.key_of(t_[i]))
        return nullptr;
    }
    return key;
  }

  // "2) CASTELLAN HOME PRODUCTS (CHP): ouch" heads a newsletter's section:
  // the paragraphs under a heading that names another company are about it,
  // up to the next heading.
  const std::string* section_company(const Quantity& q) const {
    std::size_t p = paragraph_first(q.first);
    for (int paragraphs = 0; p > 0 && paragraphs < 6; ++paragraphs) {
      const std::size_t previous = paragraph_first(p - 1);
      const bool one_line = std::none_of(t_.begin() + static_cast<std::ptrdiff_t>(previous) + 1,
                                         t_.begin() + static_cast<std::ptrdiff_t>(p),
                                         [](const Token& token) { return token.newline_before; });
      const bool heading = one_line && p - previous <= 12 && !is_symbol(t_[p - 1], ".") && previous > 0 &&
                           t_[previous].blank_line_before && t_[p].blank_line_before;
      if (heading) {
        // A section's heading shouts its name ("CASTELLAN HOME PRODUCTS") or tags its ticker ("(CHP)").
        for (std::size_t i = previous; i < p; ++i) {
          const std::string* key = e_.key_of(t_[i]);
          if (!key || t_[i].kind != TokenKind::word) continue;
          const bool shouted = written_in_capitals(t_[i]) && t_[i].end - t_[i].begin >= 3;
          const bool ticker = i > previous && is_symbol(t_[i - 1], "(") && i + 1 < p && is_symbol(t_[i + 1], ")");
          if (!shouted && !ticker) continue;
          return *key != e_.main_key && e_.companies.count(*key) ? key : nullptr;
        }
        return nullptr;  // a heading of another kind opens a section of its own
      }
      p = previous;
    }
    return nullptr;
  }

  bool written_in_capitals(const Token& token) const {
    const std::string_view text(a_.article->text.data() + token.begin, token.end - token.begin);
    return std::all_of(text.begin(), text.end(), [](char ch) { return ch >= 'A' && ch <= 'Z'; });
  }

  bool alias_is_main(std::string_view word) const {
    const std::string* key = e_.key_of(word);
    return key && *key == e_.main_key;
  }

  std::string display_of(const std::string& key) const {
    const auto it = e_.display.find(key);
    return it != e_.display.end() ? it->second : key;
  }

  // The canonical key of a name spanning tokens [first, last].
  std::string entity_key(std::size_t first, std::size_t last) const {
    for (std::size_t i = first; i <= last; ++i)
      if (const auto index = index_name_at(t_, i)) return lower_ascii(std::string(index->second));
    for (std::size_t i = first; i <= last; ++i)
      if (const std::string* key = e_.key_of(t_[i])) return *key;
    return lower_ascii(slice(a_.article->text, t_, first, last));
  }

  // "..., underperforming the Nifty IT index, which ...": a move measured against another.
  bool performance_word_between(std::size_t k) const {
    static const WordSet kPerformance{"underperforming", "outperforming", "lagging", "trailing", "beating"};
    for (std::size_t i = q_[k - 1].last + 1; i < q_[k].context_first; ++i)
      if (kPerformance.contains(t_[i])) return true;
    return false;
  }

  // The token after "for" that follows the figure, past its unit's words
  // ("9x forward sales for Ardent Motion"), or 0.
  std::size_t for_after(const Quantity& q) const {
    for (std::size_t i = q.last + 1; i + 1 < t_.size() && i <= q.last + 4; ++i) {
      if (is(t_[i].lower(), "for")) return t_[i + 1].newline_before ? 0 : i + 1;
      if (t_[i].kind != TokenKind::word || t_[i].capitalized) return 0;
    }
    return 0;
  }

  bool comparator_before(std::size_t k) const {
    const Quantity& q = q_[k];
    if (k == 0) return false;
    const Quantity& previous = q_[k - 1];
    if (s_.sentence[previous.first] != s_.sentence[q.first]) return false;
    // ("ahead of forecasts, but its shares fell 8.4%": a comparison the clause after "but" does not make)
    bool compared = false;
    for (std::size_t i = previous.last + 1; i < q.context_first; ++i)
      if (std::find(lexicon::comparator_words().begin(), lexicon::comparator_words().end(), t_[i].lower()) !=
          lexicon::comparator_words().end())
        compared = true;
      else if (is(t_[i].lower(), "but") || is_symbol(t_[i], ";"))
        compared = false;
    return compared;
  }

  bool counts_many_companies(std::size_t k) const {
    // "142 tech and logistics companies have cut ...": a number a few words before "companies".
    static const WordSet kMany{"companies", "firms", "employers", "banks",
                                                            "startups", "lenders", "retailers"};
    const Quantity& q = q_[k];
    for (std::size_t i = sentence_first(q.first); i < q.context_first; ++i)
      if (kMany.contains(t_[i]))
        for (std::size_t j = i; j > sentence_first(q.first) && i - j < 5;) {
          --j;
          if (t_[j].kind == TokenKind::number) return true;
        }
    for (std::size_t j = k; j > 0 && k - j < 8;) {
      --j;
      if (s_.sentence[q_[j].first] != s_.sentence[q_[k].first]) break;
      const std::string& kind = q_[j].noun_kind;
      if (is(kind, "companies") || is(kind, "banks") || is(kind, "startups") || is(kind, "enterprises") ||
          is(kind, "brands"))
        return true;
    }
    return false;
  }

  // The first company named in the sentence, when it is not the bundle's own.
  std::optional<std::string> entity_opening_sentence(const Quantity& q) const {
    for (std::size_t i = sentence_first(q.first); i < q.context_first; ++i) {
      if (t_[i].kind != TokenKind::word) continue;
      const std::string* key = e_.key_of(t_[i]);
      if (!key) continue;
      if (*key == e_.main_key || !e_.companies.count(*key)) return std::nullopt;
      return *key;
    }
    return std::nullopt;
  }

  // "Brent, the international benchmark, climbed 3.1%", "Lumen, a maker of
  // lidar chips, fell 4%": the name opening the sentence, past its apposition.
  std::optional<std::string> apposition_subject(const Quantity& q) const {
    const std::size_t first = sentence_first(q.first);
    std::optional<std::string> key;
    std::size_t comma = first + 1;
    if (const auto index = index_name_at(t_, first)) {
      key = lower_ascii(std::string(index->second));
      comma = first + index->first;
    } else if (const std::string* entity = e_.key_of(t_[first]); entity && t_[first].kind == TokenKind::word) {
      key = *entity;
    }
    if (!key || comma + 2 >= q.context_first || !is_symbol(t_[comma], ",") ||
        !(is(t_[comma + 1].lower(), "the") || is(t_[comma + 1].lower(), "a") || is(t_[comma + 1].lower(), "an")))
      return std::nullopt;
    for (std::size_t i = comma + 2; i < q.context_first && i <= comma + 9; ++i) {
      if (t_[i].kind == TokenKind::number || e_.key_of(t_[i])) return std::nullopt;
      if (is_symbol(t_[i], ",")) return i + 1 < q.context_first && s_.clause[i + 1] == s_.clause[q.context_first - 1]
                                            ? key
                                            : std::nullopt;
    }
    return std::nullopt;
  }

  // ", which gained 0.8%": the clause is about the name just before its comma.
  std::optional<std::string> relative_clause_subject(const Quantity& q) const {
    std::size_t start = clause_start(q, 6);
    if (!(is(t_[start].lower(), "which") || is(t_[start].lower(), "that") || is(t_[start].lower(), "who")) || start < 2 ||
        !is_symbol(t_[start - 1], ","))
      return std::nullopt;
    // "underperforming the ASX Metals index, which rose 0.8%": a named index.
    if (is(t_[start - 2].lower(), "index")) {
      std::size_t first = start - 2;
      while (first > 0 && start - 2 - first < 3 && !is(t_[first - 1].lower(), "the") &&
             (t_[first - 1].capitalized || t_[first - 1].kind == TokenKind::number))
        --first;
      if (first < start - 2) return lower_ascii(slice(a_.article->text, t_, first, start - 2));
    }
    for (std::size_t i = start - 1, steps = 0; i > 0 && steps < 5; ++steps) {
      --i;
      if (is_symbol(t_[i], ",") || is_symbol(t_[i], ".")) break;
      if (const auto index = index_name_at(t_, i)) return lower_ascii(std::string(index->second));
      if (const std::string* key = e_.key_of(t_[i]); key && t_[i].kind == TokenKind::word) return *key;
    }
    return std::nullopt;
  }

  // "... for the company as a whole", "... for the group as a whole", "company-wide".
  bool names_the_whole_after(const Quantity& q) const {
    for (std::size_t i = q.last + 1; i < t_.size() && i <= q.last + 7 && s_.clause[i] == s_.clause[q.last]; ++i)
      if ((is(t_[i].lower(), "as") && i + 2 < t_.size() && is(t_[i + 1].lower(), "a") &&
           is(t_[i + 2].lower(), "whole")) ||
          ((is(t_[i].lower(), "company") || is(t_[i].lower(), "group")) && i + 2 < t_.size() &&
           is_symbol(t_[i + 1], "-") && is(t_[i + 2].lower(), "wide")))
        return true;
    return false;
  }

  // Past the words that introduce a name: "Rival Tessera", "Chief Executive Marta Ellison".
  std::size_t after_role_words(std::size_t first, std::size_t end) const {
    static const WordSet kRoles{"rival", "rivals", "chief", "executive", "ceo", "cfo", "chairman", "chairwoman",
                                "president", "founder", "analyst"};
    // "Texas-based Orvell", "Tokyo-listed Kanemura": where the name is based or listed.
    if (first + 3 < end && place_participle_at(t_, first)) first += 3;
    while (first < end && (kRoles.contains(t_[first]) || lexicon::is_company_descriptor(t_[first].lower()))) ++first;
    // "regional lender Harbor Financial": lowercase words up to a descriptor describe the name after it.
    for (std::size_t i = first; i < end && i - first < 3 && t_[i].kind == TokenKind::word && !t_[i].capitalized; ++i)
      if (lexicon::is_company_descriptor(t_[i].lower())) return i + 1;
    return first;
  }

  // "Kestrel Microsystems, which generates 17% of its revenue in China": the
  // relative clause's antecedent, when the bundle does not know the name.
  std::optional<std::string> unknown_antecedent(const Quantity& q) const {
    std::size_t start = clause_start(q, 6);
    const auto relative = [&](std::size_t i) {
      return i >= 2 && i < q.context_first && (is(t_[i].lower(), "which") || is(t_[i].lower(), "who")) &&
             is_symbol(t_[i - 1], ",");
    };
    if (!relative(start)) {
      // "Lumitek, which counts Aurelian as a customer, said China was 9% of its revenue": the sentence's subject.
      const std::size_t opening = sentence_first(q.first);
      start = opening;
      while (start < q.context_first && start - opening < 3 && t_[start].capitalized) ++start;
      if (start == opening || !relative(start + 1) || !starts_sentence(opening)) return std::nullopt;
      ++start;
    }
    std::size_t first = start - 1;
    while (first > 0 && start - 1 - first < 3 && t_[first - 1].capitalized && could_be_name(t_[first - 1]) &&
           !is_not_a_name(t_[first - 1]))
      --first;
    // ("Advertising, which accounts for 65% of revenue": a business line, not a company)
    constexpr unsigned kNotSubject = kStartsMetricCue | kStartsCountNoun | kStartsSegmentCue | kPlaceOrSegment;
    first = after_role_words(first, start - 1);
    if (first == start - 1 || (t_[first].classes & kNotSubject)) return std::nullopt;
    return slice(a_.article->text, t_, first, start - 2);
  }

  // The tokens [heading, first item) of the heading line ("Q1 shipments, y/y:") over the
  // list item that holds the figure; an empty range when there is none.
  std::pair<std::size_t, std::size_t> list_heading(const Quantity& q) const {
    std::size_t item = line_first(t_, q.first);
    if (!is_list_marker(t_[item])) return {0, 0};
    while (item > 0 && is_list_marker(t_[line_first(t_, item - 1)])) item = line_first(t_, item - 1);
    if (item == 0 || !is_symbol(t_[item - 1], ":")) return {0, 0};
    return {line_first(t_, item - 1), item};
  }

  // The numbers before the figure on its line when the line reads as a table row (no words
  // of a move): "Kestrel Devices  52.7  17.8%  -4.2%" has two.
  int columns_before(const Quantity& q) const {
    int numbers = 0;
    for (std::size_t i = line_first(t_, q.first); i < q.context_first; ++i)
      if (t_[i].classes & (kUpWord | kDownWord)) return 0;
      else if (t_[i].kind == TokenKind::number && t_[i].usable) ++numbers;
    return numbers;
  }

  // "grew 2%", "grew by 2%", "grew organically by 2%": the verb of a business's growth.
  bool grew_before(const Quantity& q) const {
    static const WordSet kGrew{"grew", "grow", "grows", "growing"};
    for (std::size_t i = q.context_first, steps = 0; i > 0 && steps < 3; ++steps) {
      --i;
      if (kGrew.contains(t_[i])) return true;
      if (t_[i].kind != TokenKind::word) return false;
    }
    return false;
  }

  // "Solana fell 19%", "Shiba Inu jumped 30%": a sentence that opens with an
  // unknown capitalized name and a move verb is about that name.
  std::optional<std::string> unknown_name_moving(const Quantity& q) const {
    // The sentence's start, or a list item's after a comma ("Lilly +1%, Zealand -13.9%").
    std::size_t first = sentence_first(q.first);
    if (!starts_sentence(first)) return std::nullopt;
    // ... or a list item's, after its marker: "- Broadcom slipped 1.4%".
    if (t_[first].newline_before && is_list_marker(t_[first]) && first + 1 < q.context_first) ++first;
    // ... or a list item labelled with a name: "- Ardent: down 2.1%".
    std::size_t line = line_first(t_, q.first, first);
    if (line < q.first && is_list_marker(t_[line])) ++line;
    std::size_t label_end = line;
    while (label_end < q.context_first && label_end - line < 4 && could_be_name(t_[label_end])) ++label_end;
    // ("- Pinegate Financial [PGF]: up 0.8%", "- Hanseong Devices (Seoul): ...": its ticker or place may follow it)
    // ("- Ostmark Bank (listed in neighbouring Lindmark): -0.6%": or an aside in parentheses)
    std::size_t label_colon = label_end;
    if (label_end > line && (is_symbol(t_[label_end], "(") || is_symbol(t_[label_end], "[")))
      for (std::size_t i = label_end + 2; i + 1 < q.context_first && i < label_end + 10 && !t_[i].newline_before; ++i)
        if (is_symbol(t_[i], ")") || is_symbol(t_[i], "]")) {
          label_colon = i + 1;
          break;
        }
    // ("- Lumenfab [LMFB], which makes etch tools: down 4.5%": or an aside that ends at the colon)
    if (label_end > line && label_colon < q.context_first && is_symbol(t_[label_colon], ",") &&
        (is(t_[label_colon + 1].lower(), "which") || is(t_[label_colon + 1].lower(), "a") ||
         is(t_[label_colon + 1].lower(), "the")))
      for (std::size_t i = label_colon + 2; i < q.context_first && i < label_colon + 12 && !t_[i].newline_before; ++i)
        if (is_symbol(t_[i], ":")) {
          label_colon = i;
          break;
        }
    // ("Guidance: up 5%", "Europe: down 3%": a one-word label that is a common noun or a place is not a name)
    const bool one_common_word = label_end == line + 1 && !all_caps(a_.article->text, t_[line]) &&
                                 written_lowercase(t_[line]);
    const bool place = std::any_of(t_.begin() + line, t_.begin() + label_end, is_place_or_segment);
    const bool labelled = label_end > line && label_colon < q.context_first && is_symbol(t_[label_colon], ":") &&
                          !one_common_word && !place;
    if (labelled) first = line;
    // ... or a second clause's: "Voltra fell 9.3% and Kestrel Microsystems lost 4.1%", "with Xpeng up 3.4%",
    // "Peers also fell: Ardent dropped 2.3%".
    for (std::size_t i = q.context_first; !labelled && i > first && q.context_first - i < 8; --i)
      if (is_symbol(t_[i - 1], ",") || is_symbol(t_[i - 1], ":") || is(t_[i - 1].lower(), "and") ||
          is(t_[i - 1].lower(), "while") || is(t_[i - 1].lower(), "with")) {
        first = i;
        break;
      }
    first = after_role_words(first, q.context_first);
    std::size_t end = first;
    // A capitalized noun inside a name is part of it ("Voltra Devices"), not a metric or count.
    // ("Year-to-date: Up about 28%": a direction word is never a name)
    constexpr unsigned kNotSubject =
        kNotAName | kStartsMetricCue | kStartsCountNoun | kStartsSegmentCue | kUpWord | kDownWord;
    while (end < q.context_first && end - first < 4 && could_be_name(t_[end]) &&
           !(t_[end].classes & (end == first ? kNotSubject : kNotAName | kStartsMetricCue))) {
      ++end;
      // "Harwell & Pike": an ampersand joins the words of one name.
      if (end + 1 < q.context_first && is_symbol(t_[end], "&") && could_be_name(t_[end + 1])) ++end;
    }
    // ("Rival Gridmill rose 12%": a name the bundle knows is read as that entity)
    // (but a list item's label names its mover, known or not: "- Lumenfab [LMFB], which makes etch tools: down 4.5%")
    for (std::size_t i = first; i < end; ++i)
      if (e_.key_of(t_[i])) {
        if (!labelled) return std::nullopt;
        return slice(a_.article->text, t_, i, i);
      }
    // "Deposits rose 3%": one word capitalized only because it opens the
    // sentence, and written lowercase elsewhere in the article, is a noun.
    if (end == first + 1 && starts_sentence(first) && !index_name_at(t_, first) && written_lowercase(t_[first]))
      return std::nullopt;
    // "Zealand -13.9% in sympathy": a signed figure right after the name is its move.
    // ... or after "was" when the figure carries its sign: "Harwell & Pike was -2.6%".
    const bool sign = is_symbol(t_[q.first], "-") || is_symbol(t_[q.first], "+") || is_symbol(t_[q.first], "−");
    // ... or after a label's colon: "- Ardent: -2.1%", "- Ardent: down 2.1%".
    const std::size_t after_name = labelled && end == label_end ? label_colon : end;
    const bool colon = after_name < q.context_first && is_symbol(t_[after_name], ":");
    const bool copula = after_name + 1 == q.context_first && sign &&
                        (colon || is(t_[end].lower(), "was") || is(t_[end].lower(), "is"));
    const bool signed_right_after = (end == q.context_first || copula) && end > first && q.direction != Direction::none;
    if (signed_right_after) return slice(a_.article->text, t_, first, end - 1);
    // ("Iberalia closes down 1.5%": a trading verb before the move)
    // ("Xpeng is up about 3%": or a copula)
    const std::size_t verb = end < q.context_first && (colon || lexicon::is_trading_verb(t_[end].lower()) ||
                                                       is(t_[end].lower(), "is") || is(t_[end].lower(), "was"))
                                 ? after_name + 1
                                 : end;
    if (end == first || verb >= q.context_first || t_[verb].kind != TokenKind::word ||
        !(t_[verb].classes & (kUpWord | kDownWord)))
      return std::nullopt;
    if (q.context_first - after_name > 4) return std::nullopt;
    return slice(a_.article->text, t_, first, end - 1);
  }

  // True when the word also stands in the article in lowercase (or is a
  // measure that moves, "Deposits", "Shipments"): a common noun, not a name.
  bool written_lowercase(const Token& token) const {
    if (lexicon::is_measured_noun(token.lower())) return true;
    // A bitmap of the hashes of the article's lowercase words, built in one
    // pass on first use; a hit is confirmed by a scan (asked a few times an article).
    const auto lowercase_word = [](const Token& t) {
      return t.kind == TokenKind::word && !t.capitalized && !t.has_digit && t.end - t.begin > 3;
    };
    if (!lowercase_built_) {
      lowercase_built_ = true;
      for (const Token& t : t_)
        if (lowercase_word(t)) lowercase_bits_[(t.hash >> 6) & 63] |= std::uint64_t{1} << (t.hash & 63);
    }
    if (!(lowercase_bits_[(token.hash >> 6) & 63] & (std::uint64_t{1} << (token.hash & 63)))) return false;
    return std::any_of(t_.begin(), t_.end(), [&](const Token& t) {
      return t.hash == token.hash && lowercase_word(t) && t.lower() == token.lower();
    });
  }
  mutable bool lowercase_built_ = false;
  mutable std::uint64_t lowercase_bits_[64] = {};  // hashes of the article's lowercase words, 4096 bits

  const FigureContext* named_before_ = nullptr;  // the figure before, past bases given to peers

  // "Elsewhere: Pellam Bio raised $220M": a round-up item about a company the bundle does not know.
  std::optional<std::string> name_after_elsewhere(const Quantity& q) const {
    std::size_t first = sentence_first(q.first);
    if (!is(t_[first].lower(), "elsewhere")) return std::nullopt;
    ++first;
    // "Elsewhere in the sector, China's Huanghai Shipping reported ...": past the
    // opener's own words and a country's possessive.
    for (std::size_t i = first; i < q.context_first && i <= first + 5; ++i)
      if (is_symbol(t_[i], ",")) {
        first = i;
        break;
      }
    if (first < q.context_first && (is_symbol(t_[first], ":") || is_symbol(t_[first], ","))) ++first;
    if (first + 2 < q.context_first && lexicon::is_country_or_region(t_[first].lower()) && is_apostrophe(t_[first + 1]) &&
        is(t_[first + 2].lower(), "s"))
      first += 3;
    std::size_t end = first;
    while (end < q.context_first && end - first < 3 && could_be_name(t_[end]) && !is_not_a_name(t_[end]) &&
           !e_.key_of(t_[end]))
      ++end;
    if (end == first || end >= q.context_first || t_[end].kind != TokenKind::word || t_[end].capitalized)
      return std::nullopt;
    return slice(a_.article->text, t_, first, end - 1);
  }

  // A deal's price belongs to the company bought, whichever side the sentence
  // starts from: "Broadcom agreed to buy VMware for $61 billion" and
  // "Broadcom will pay $61 billion for VMware" are both about VMware.
  std::optional<std::string> deal_target(const Quantity& q, const std::string& metric) const {
    if (!is(metric, "deal_value") && !is(metric, "offer_price") && !is(metric, "premium")) return std::nullopt;
    static const WordSet kBuying{"buy", "buys", "buying", "acquire", "acquires", "acquiring", "for", "of"};
    static const WordSet kDealNouns{"acquisition", "takeover", "purchase", "bid", "offer", "deal", "buyout"};
    const std::size_t first = sentence_first(q.first);
    const std::size_t last = sentence_last(q.first);
    for (std::size_t i = first; i + 1 <= last; ++i) {
      if (!kBuying.contains(t_[i])) continue;
      // "for" and "of" name a target only after a deal word or the price: "offer for X", "$61 billion for X".
      const bool preposition = is(t_[i].lower(), "for") || is(t_[i].lower(), "of");
      if (preposition && !(i > first && (kDealNouns.contains(t_[i - 1]) || i - 1 == q.last))) continue;
      const std::size_t name = i + 1 < last && is(t_[i + 1].lower(), "rival") ? i + 2 : i + 1;
      if (const std::string* key = e_.key_of(t_[name]); key && t_[name].kind == TokenKind::word) return *key;
    }
    // "a premium of 49% to VMware's unaffected price": the price paid over is the target's.
    for (std::size_t i = q.last + 2; i + 2 <= last && i < q.last + 14; ++i)
      if (is(t_[i - 1].lower(), "to") && possessive_mark(t_, i + 3) == i + 1)
        if (const std::string* key = e_.key_of(t_[i]); key && t_[i].kind == TokenKind::word) return *key;
    return std::nullopt;
  }

  // "technology stocks", "bank shares", "the energy sector" right before a price move.
  std::optional<std::string> sector_moving(const Quantity& q, std::string_view metric) const {
    if (!is(metric, "price_change")) return std::nullopt;
    // "Bank shares were hit hardest, falling 4.8%", "a sub-index of banks ... dropped 4.8%": the
    // sentence before the figure, back to any other figure.
    const std::size_t first = sentence_first(q.first);
    // The sector a word names, plural or not ("banks" -> "bank"), or "".
    const auto sector_of = [](std::string_view w) {
      if (lexicon::is_sector_word(w)) return w;
      if (w.size() > 3 && w.back() == 's' && lexicon::is_sector_word(w.substr(0, w.size() - 1)))
        return w.substr(0, w.size() - 1);
      return std::string_view();
    };
    for (std::size_t i = q.context_first; i > first + 1 && q.context_first - i < 24;) {
      --i;
      // (", which hold about 24% of bonds," between them is skipped)
      if (is_symbol(t_[i], ",")) {
        std::size_t w = i;
        while (w > first + 1 && i - w < 16 && !is_symbol(t_[w - 1], ",")) --w;
        if (w > first + 1 && (is(t_[w].lower(), "which") || is(t_[w].lower(), "who"))) i = w - 1;
        continue;
      }
      if (t_[i].kind == TokenKind::number) return std::nullopt;
      const std::string_view w = t_[i].lower();
      if (is(w, "index") && i + 2 < q.context_first && is(t_[i + 1].lower(), "of"))
        if (const std::string_view sector = sector_of(t_[i + 2].lower()); !sector.empty()) return std::string(sector);
      if (!(is(w, "stocks") || is(w, "shares") || is(w, "sector") || is(w, "names"))) continue;
      const Token& sector = t_[i - 1];
      if (sector.kind != TokenKind::word || !lexicon::is_sector_word(sector.lower()) || e_.key_of(sector))
        return std::nullopt;
      if (i >= 2 && t_[i - 2].capitalized && !is_not_a_name(t_[i - 2])) return std::nullopt;  // "Acme Energy shares"
      return lower_ascii(std::string(sector.lower()));
    }
    return std::nullopt;
  }

  // "China accounted for 29% of Applied's revenue": a share of the possessor's total.
  std::optional<std::size_t> owner_after_of(const Quantity& q, std::size_t& name_last) const {
    const std::size_t of = q.last + 1;
    if (!is(q.unit, "percent") || of + 3 >= t_.size() || !is(t_[of].lower(), "of")) return std::nullopt;
    for (std::size_t end = of + 3; end <= of + 6 && end < t_.size(); ++end)
      if (const auto first = possessive_before(t_, end, name_last); first && *first == of + 1) return first;
    return std::nullopt;
  }

  std::optional<std::string> entity_in_clause(const Quantity& q) const {
    if (auto index = index_after_move(q)) return index;
    // "The Dow shed 489 points (-0.9%)": a parenthesis restates the clause before it.
    std::size_t end = q.context_first;
    if (end >= 2 && is_symbol(t_[end - 1], "(")) --end;
    const int clause = end < q.context_first ? s_.clause[end - 1] : s_.clause[q.first];
    std::size_t i = end;
    while (i > 0 && s_.clause[i - 1] == clause && end - i < kReach) {
      --i;
      // "Voltra fell 9.3% and Kestrel Microsystems lost 4.1%": a name the bundle
      // does not know opens this figure's own clause; the one before is another's.
      if ((is(t_[i].lower(), "and") || is(t_[i].lower(), "while")) && i + 1 < end && t_[i + 1].capitalized &&
          could_be_name(t_[i + 1]) && !is_not_a_name(t_[i + 1]) && !e_.key_of(t_[i + 1]) &&
          !index_name_at(t_, i + 1))
        return std::nullopt;
      // "the benchmark Taiex rose 1.2%": an index by its role.
      if (is(t_[i].lower(), "benchmark") && i + 1 < end && t_[i + 1].capitalized)
        return lower_ascii(slice(a_.article->text, t_, i + 1, i + 1));
      // "The CoinDesk 20 index is down 9.2%": any named index.
      // "The Philadelphia semiconductor index slipped 1.9%", "the benchmark
      // stock index rose 0.4%": an index by the words that name it.
      static const WordSet kNotIndexName{"the", "a", "an", "its", "their", "benchmark", "broader", "main", "key",
                                         "of", "and", "in", "on", "while", "as", "whose", "which"};
      auto names_index = [&](const Token& token) {
        return token.kind == TokenKind::number ||
               (token.kind == TokenKind::word && !kNotIndexName.contains(token) &&
                (token.capitalized ? !is_not_a_name(token) : !(token.classes & (kUpWord | kDownWord))));
      };
      // ("the consumer price index" measures prices: inflation, not a market index)
      if (is(t_[i].lower(), "index") && i > 0 && names_index(t_[i - 1]) && s_.clause[i - 1] == clause &&
          !is(t_[i - 1].lower(), "price")) {
        std::size_t first = i - 1;
        while (first > 0 && s_.clause[first - 1] == clause && i - first < 4 && names_index(t_[first - 1])) --first;
        if (!index_name_at(t_, first)) return lower_ascii(slice(a_.article->text, t_, first, i));
      }
      // An index or commodity, unless it is part of a company's name ("Aurelia Gold Corp").
      const bool inside_name = i > 0 && t_[i - 1].capitalized && t_[i - 1].kind == TokenKind::word &&
                               !is_not_a_name(t_[i - 1]);
      if (const auto index = index_name_at(t_, i); index && i + index->first <= end && !inside_name)
        return lower_ascii(std::string(index->second));
      if (const std::string* key = e_.key_of(t_[i]); key && t_[i].kind == TokenKind::word) return *key;
    }
    // "Nio (NIO.N) delivered 23,900 vehicles": a ticker's parenthesis ends the
    // clause of its name, not the name's claim on the verb after it.
    if (i > 0 && i < end && s_.clause[i] == clause && is_symbol(t_[i - 1], ")")) {
      std::size_t open = i - 1;
      while (open > 0 && i - open < 6 && !is_symbol(t_[open], "(")) --open;
      // The name's first known word: "Castellan Aerospace & Defense (NYSE: CSTL)" is Castellan.
      std::size_t name = open;
      while (is_symbol(t_[open], "(") && name > 0 && open - name < 5 &&
             (t_[name - 1].capitalized || is_symbol(t_[name - 1], "&")) && !t_[name].newline_before)
        --name;
      for (; name < open; ++name)
        if (const std::string* key = e_.key_of(t_[name]); key && t_[name].kind == TokenKind::word) return *key;
    }
    return std::nullopt;
  }

  // "underperforming a 0.4% drop in the broader European energy index": the
  // move named right after the figure is an index's.
  std::optional<std::string> index_after_move(const Quantity& q) const {
    const std::size_t end = after_end(q, 10);
    const std::size_t noun = q.last + 1;
    if (noun + 3 > end || !(t_[noun].classes & (kUpNoun | kDownNoun)) || !is(t_[noun + 1].lower(), "in")) return std::nullopt;
    std::size_t first = noun + 2;
    if (is(t_[first].lower(), "the")) ++first;
    for (std::size_t i = first; i <= end && i < first + 5; ++i) {
      if (t_[i].kind != TokenKind::word) return std::nullopt;
      if (is(t_[i].lower(), "index") && i > first) {
        std::size_t from = first;
        if (is(t_[from].lower(), "broader") || is(t_[from].lower(), "wider") || is(t_[from].lower(), "benchmark")) ++from;
        if (from < i) return lower_ascii(slice(a_.article->text, t_, from, i));
        return std::nullopt;
      }
    }
    return std::nullopt;
  }

  std::optional<std::string> segment_for(const Quantity& q, const FigureContext& c) const {
    const std::size_t first = sentence_first(q.first);
    if (auto hit = nearest_cue(t_, lexicon::segment_cues(), first, q.context_first, q.last, after_end(q, 3)))
      return std::string(hit->value);
    if (auto part = part_of_business(q)) return part;
    if (auto part = part_of_a_total(q)) return part;
    // "Adjusted EBITA also climbed 26%": the segment of the previous sentence,
    // unless this one names the whole company ("The company forecast...").
    if (c.sentence == 0 || first == 0 || !starts_sentence(first)) return std::nullopt;
    for (std::size_t i = first; i < q.context_first; ++i) {
      const std::string_view w = t_[i].lower();
      // ("Globex Bank's profit was ..." names the company; "Alibaba Cloud ..." names a segment)
      if (is(w, "company") || is(w, "group") || is(w, "firm") || is(w, "total") || is(w, "overall") ||
          (alias_is_main(w) && (i > first || !(i + 1 < q.context_first && (t_[i + 1].classes & kStartsSegmentCue)))))
        return std::nullopt;
    }
    const std::size_t previous_last = first - 1;
    // (A list's next line is an item of its own.)
    if (s_.paragraph[previous_last] != s_.paragraph[first] || t_[first].newline_before) return std::nullopt;
    const std::size_t previous_first = sentence_first(previous_last);
    if (auto hit = nearest_cue(t_, lexicon::segment_cues(), previous_first, previous_last + 1, previous_last + 1,
                               previous_last))
      return std::string(hit->value);
    return std::nullopt;
  }

  // A part of the business named around the figure's revenue: "switch sales
  // rose 30%", "revenue in China", "revenue from networking gear", "the
  // digital industries unit". The company total names none of these.
  std::optional<std::string> part_of_business(const Quantity& q) const {
    static const WordSet kNotAPart{
        "total", "group", "net", "gross", "quarterly", "annual", "its", "their", "the", "company", "record",
        "overall", "adjusted", "operating", "first", "second", "third", "fourth", "quarter", "full", "year",
        "fiscal", "comparable", "organic", "underlying", "reported", "consolidated", "global", "higher", "lower",
        "strong", "weak", "and", "of", "in", "which", "that", "said", "whose", "a", "an", "s", "-", "’", "'",
        "same", "store", "like", "for", "with", "on", "by", "while", "as", "half", "monthly", "weekly",
        "daily", "top", "line", "sequential", "quarterly", "expected", "estimated", "forecast", "operations",
        "continuing", "services", "products", "new", "firm", "took", "booked", "received", "won", "secured",
        "posted", "logged", "saw", "had", "got", "signed", "generated", "its", "q1", "q2", "q3", "q4", "those",
        "these", "this", "that", "such", "all", "need", "needs", "will", "would", "cc", "holiday", "rate",
        "currency", "constant", "run", "home"};
    // A part's name is a noun: not a verb's past form ("reported", "booked").
    const auto may_name_a_part = [&](const Token& token) {
      const std::string_view w = token.lower();
      // (nor a month, "Feb sales: -45%", nor a currency, "USD revenue")
      return token.kind == TokenKind::word && !token.has_digit && !kNotAPart.contains(token) &&
             !(w.size() > 4 && w.substr(w.size() - 2) == "ed") && !(token.classes & (kMonthName | kStartsQuantity));
    };
    const std::string& text = a_.article->text;
    // "the digital industries unit"
    const auto is_unit_word = [&](std::string_view w) {
      return is(w, "unit") || is(w, "division") || is(w, "segment") || is(w, "business") || is(w, "arm");
    };
    const auto unit_named_before = [&](std::size_t i, std::size_t from) -> std::optional<std::string> {
      std::size_t start = i;
      while (start > from && i - start < 2 && may_name_a_part(t_[start - 1])) --start;
      if (start < i) return lower_ascii(slice(text, t_, start, i - 1));
      return std::nullopt;
    };
    std::size_t from = clause_start(q, 12);
    // "* Stablecoin revenue: $310M": a list item's label names the part.
    if (from == q.context_first && from >= 2 && is_symbol(t_[from - 1], ":"))
      for (std::size_t i = from - 1; i > 0 && from - 1 - i < 6; --i)
        if (t_[i].newline_before) {
          from = i;
          break;
        }
    // "The ocean division, which accounts for the bulk of sales, generated
    // revenue of $8.4bn": the sentence's subject, past a relative clause.
    const std::size_t first = sentence_first(q.first);
    if (from > first && first + 3 < from && starts_sentence(first)) {
      for (std::size_t i = first + 1; i <= first + 6 && i + 1 < from; ++i)
        if (is_unit_word(t_[i].lower()) && is_symbol(t_[i + 1], ","))
          if (auto part = unit_named_before(i, first)) return part;
      // "Installed base management, the servicing business, generated
      // €1.9bn": a name the apposition calls a business.
      for (std::size_t comma = first + 1; comma <= first + 4 && comma + 2 < from; ++comma) {
        if (!is_symbol(t_[comma], ",")) continue;
        if (!is(t_[comma + 1].lower(), "the") || e_.key_of(t_[first])) break;
        for (std::size_t i = comma + 2; i + 1 < from && i <= comma + 10; ++i)
          if (is_unit_word(t_[i].lower())) return lower_ascii(slice(text, t_, first, comma - 1));
        break;
      }
    }
    for (std::size_t i = from; i < q.context_first; ++i) {
      const std::string_view w = t_[i].lower();
      if (is_unit_word(w))
        if (auto part = unit_named_before(i, from)) return part;
      // "By region, Japan was the standout with sales up 17%": a region's sales
      // (not "Japan's Sony", where the country describes the company).
      if (t_[i].capitalized && lexicon::is_country_or_region(w) && !possessive_mark(t_, std::min(i + 3, t_.size())) &&
          std::any_of(t_.begin() + static_cast<std::ptrdiff_t>(i) + 1,
                      t_.begin() + static_cast<std::ptrdiff_t>(q.context_first),
                      [](const Token& token) { return names_a_total(token); }))
        return lower_ascii(slice(text, t_, i, i));
      if (!names_a_total(t_[i])) continue;
      // "revenue in China", "revenue from networking gear"
      if (i + 2 < q.context_first && (is(t_[i + 1].lower(), "in") || is(t_[i + 1].lower(), "from")) &&
          t_[i + 2].kind == TokenKind::word && !kNotAPart.contains(t_[i + 2]) && !t_[i + 2].has_digit)
        return lower_ascii(slice(text, t_, i + 2, i + 2));
      // "switch sales": a noun right before, not a possessive, a generic word
      // or the end of the company's name ("Crestmoor Homes orders").
      if (i > from && may_name_a_part(t_[i - 1]) && !e_.key_of(t_[i - 1]) && !possessive_mark(t_, i) &&
          !ends_company_name(i - 1))
        return lower_ascii(slice(text, t_, i - 1, i - 1));
    }
    return std::nullopt;
  }

  // "Homes" in "Crestmoor Homes orders": a capitalized word after a known
  // name that also followed the name where the article first used it.
  bool ends_company_name(std::size_t i) const {
    if (i == 0 || !t_[i].capitalized) return false;
    const std::string* key = e_.key_of(t_[i - 1]);
    if (!key) return false;
    for (std::size_t j = 0; j < i; ++j) {
      if (t_[j].kind != TokenKind::word || !t_[j].capitalized) continue;
      const std::string* first = e_.key_of(t_[j]);
      if (first && *first == *key) return is(t_[j + 1].lower(), t_[i].lower());
    }
    return false;
  }

  // The nouns a business reports a total of and its parts add up to.
  static bool names_a_total(const Token& token) {
    static const WordSet kTotals{"revenue", "revenues", "sales", "orders", "bookings"};
    return token.kind == TokenKind::word && kTotals.contains(token);
  }

  // A share of a total that the sentence names as such: "orders, of which
  // €1.9 billion came from scanners", "of which scanners ~€1.9bn", "about
  // 1.9 billion euros of the orders were for scanners". The part is what
  // follows "for" or "from", or stands between "which" and the figure.
  std::optional<std::string> part_of_a_total(const Quantity& q) const {
    const std::string& text = a_.article->text;
    const std::size_t first = sentence_first(q.first), last = sentence_last(q.last);
    // The words after "for"/"from" up to the clause's end, at most two.
    const auto part_after = [&](std::size_t i) -> std::optional<std::string> {
      for (; i + 1 <= last && i <= q.last + 10; ++i) {
        const bool marker = is(t_[i].lower(), "for") || is(t_[i].lower(), "from");
        if (!marker || i == 0 || !(is(t_[i - 1].lower(), "were") || is(t_[i - 1].lower(), "was") ||
                                   is(t_[i - 1].lower(), "came") || is(t_[i - 1].lower(), "come") ||
                                   is(t_[i - 1].lower(), "of")))
          continue;
        std::size_t from = i + 1;
        if (from <= last && (is(t_[from].lower(), "the") || is(t_[from].lower(), "its"))) ++from;
        std::size_t to = from;
        while (to <= last && to < from + 2 && t_[to].kind == TokenKind::word && !t_[to].has_digit) ++to;
        if (to > from) return lower_ascii(slice(text, t_, from, to - 1));
        return std::nullopt;
      }
      return std::nullopt;
    };
    // "of which [part] FIGURE"
    for (std::size_t i = q.context_first; i >= first + 1 && q.context_first - i < 4; --i) {
      if (!is(t_[i - 1].lower(), "of") || !is(t_[i].lower(), "which")) continue;
      std::size_t from = i + 1, to = from;
      while (to < q.context_first && t_[to].kind == TokenKind::word && !t_[to].has_digit) ++to;
      if (to > from) return lower_ascii(slice(text, t_, from, to - 1));
      if (auto part = part_after(q.last + 1)) return part;
      return std::string("part");
    }
    // "FIGURE of [the|its|Name's] orders [...] were for PART"
    if (q.last + 2 <= last && is(t_[q.last + 1].lower(), "of")) {
      for (std::size_t i = q.last + 2; i <= last && i <= q.last + 6; ++i) {
        if (!names_a_total(t_[i])) continue;
        if (auto part = part_after(i + 1)) return part;
        break;
      }
    }
    return std::nullopt;
  }

  void read_period(const Quantity& q, FigureContext& c) {
    const std::size_t first = sentence_first(q.first);
    const std::size_t end = after_end(q, 4);
    // "from a year earlier" says year over year, not a period: look past it.
    std::optional<CueHit> nearest;
    std::optional<CueHit> hit =
        nearest_cue(t_, lexicon::period_cues(), first, q.context_first, q.last, end, "yoy", &nearest);
    c.year_over_year = c.year_over_year || nearest.value_or(CueHit{}).value == "yoy";
    if (hit && is(hit->value, "ytd") && is(t_[hit->first].lower(), "this") && hit->first > q.last + 2) hit.reset();
    // "added 5.2 million subscribers in the second quarter, but its shares fell 8.4%":
    // the quarter of the results, not of the shares' move.
    if (hit && is(c.metric, "price_change") && hit->last < q.context_first)
      for (std::size_t i = hit->last + 1; i < q.context_first; ++i)
        if (is(t_[i].lower(), "but")) {
          hit.reset();
          break;
        }
    // "annual recurring revenue" is a measure's name, not its period.
    if (hit && is(t_[hit->first].lower(), "annual") && hit->last + 1 < t_.size() &&
        is(t_[hit->last + 1].lower(), "recurring"))
      hit.reset();
    // "Margin 34.6% (Q1 2025: 34.1%)": a parenthesis after the figure with a figure of its own is about that one.
    if (hit && hit->first > q.last)
      for (std::size_t i = q.last + 1; i < hit->first; ++i)
        if (is_symbol(t_[i], "(")) {
          hit.reset();
          break;
        }
    if (hit && annual_change_at(*hit)) hit.reset();
    if (!hit && metric_has_period(c.metric)) {
      // A quarter or a year named later in the sentence covers all of it:
      // "rose 26% year over year to RMB 33.4B in the June quarter".
      hit = nearest_cue(t_, lexicon::period_cues(), q.last + 1, q.last + 1, q.last, sentence_last(q.first), "yoy");
      if (hit && ((!is(hit->value, "quarter") && !is(hit->value, "annual")) || annual_change_at(*hit) ||
                  labels_an_earlier_year(*hit)))
        hit.reset();
    }
    if (!hit && metric_has_period(c.metric) && first > 0 && starts_sentence(first) &&
        s_.paragraph[first - 1] == s_.paragraph[first] && !t_[first].newline_before) {
      // The previous sentence of the paragraph sets the period: "...in the June quarter. EBITA also rose 26%."
      // (A list's next line is an item of its own.)
      const std::size_t previous_first = sentence_first(first - 1);
      hit = nearest_cue(t_, lexicon::period_cues(), previous_first, first, first, first - 1, "yoy");
      if (hit && ((!is(hit->value, "quarter") && !is(hit->value, "annual")) || annual_change_at(*hit) ||
                  labels_an_earlier_year(*hit)))
        hit.reset();
    }
    bool month_range = false;  // (its last month is no period of its own: "January-March" is not "in March")
    if (!hit && metric_has_period(c.metric)) {
      // "in the July-September period": three months that make a calendar quarter.
      month_range = true;
      if (const int quarter = month_range_quarter(first, sentence_last(q.first))) {
        c.period = "quarter";
        c.period_id = "Q" + std::to_string(quarter);
        c.period_text = quarter_text(c.period_id);
        c.period_explicit = true;
      } else if (auto months = month_span(first, sentence_last(q.first))) {
        // "Jan-Feb", "January and February combined": months that make no quarter.
        c.period = "months";
        c.period_id = *months;
        c.period_explicit = true;
      } else {
        month_range = false;
      }
    }
    // "sold 396,270 vehicles in September", "September sales", "last month":
    // a named month nearer than any other period cue is the figure's period.
    if (!is(c.metric, "price_change") && !month_range) {
      if (auto month = month_near(q); month && (!hit || cue_distance(*hit, q) > month->second)) {
        hit.reset();
        c.period = "month";
        c.period_id = month->first;
        c.period_explicit = true;
      }
    }
    // "Q4 FY26": a fiscal quarter, which outlets also name by its calendar
    // months ("the March quarter"); the label alone does not say which.
    if (hit && t_[hit->first].has_digit && is(hit->value, "quarter") &&
        ((hit->last + 1 < t_.size() && t_[hit->last + 1].lower().starts_with("fy")) ||
         (hit->first > 0 && is(t_[hit->first - 1].lower(), "fiscal"))))
      hit.reset();
    if (hit) {
      c.period = std::string(hit->value);
      c.period_explicit = true;
      if (is(c.period, "quarter")) {
        const std::string id = quarter_id(hit->first);
        // Grouping uses the quarter's number: outlets say "June quarter",
        // "second quarter" and "last quarter" for the one a bundle is about.
        c.period_id = id.empty() ? id : id.substr(id.size() - 2);
        c.period_text = quarter_text(id);
        // "in the second quarter of 2023" (or "Q2 2023") in a 2024 article: last year's quarter, a comparison base.
        std::size_t of = hit->last + 1;
        const bool label = hit->first == hit->last && t_[hit->first].has_digit;
        if (label && of < t_.size() && t_[of].kind == TokenKind::number) --of;
        // (Not the latest quarter: "Q4 2025" in February 2026 is the one just reported.)
        const auto quarters_ago = [&](int year) {
          const int quarter = id.empty() ? 0 : id.back() - '0';
          return month_ > 0 && quarter > 0 ? (year_ * 4 + quarter_of_month(month_)) - (year * 4 + quarter) : 4;
        };
        if (year_ > 0 && of + 1 < t_.size() && (is(t_[of].lower(), "of") || label) &&
            t_[of + 1].kind == TokenKind::number && t_[of + 1].end - t_[of + 1].begin == 4 &&
            t_[of + 1].number >= 1990 && t_[of + 1].number < year_ && !t_[of + 1].decimals &&
            quarters_ago(static_cast<int>(t_[of + 1].number)) >= 3) {
          c.period = "prior";
          c.period_id.clear();
          c.period_text.clear();
        }
      }
    }
    if (auto year = year_near(q)) {
      if (is(c.metric, "price_change") && *year == year_) {
        c.period = "ytd";
      } else if (c.period.empty() || is(c.period, "annual")) {
        c.period = *year > year_ && year_ > 0 ? "target" : "year";
        c.period_id = std::to_string(*year);
        // "2026 adjusted EPS raised to $3.42-$3.52" in March 2026: a year not
        // yet over has no result, only a forecast.
        if (*year == year_ && month_ >= 1 && month_ <= 10 && (metric_has_period(c.metric) || is(c.metric, "eps")) &&
            c.metric.find(':') == std::string::npos &&  // (not a count, estimate or need)
            !c.metric.ends_with("_outlook"))
          c.metric += "_outlook";
      }
      c.period_explicit = true;
    }
    if (is(c.metric, "price_change") && (c.period.empty() || is(c.period, "week") || is(c.period, "month") ||
                                       is(c.period, "trailing_year"))) {
      // "lost 20% over the past seven days", "down 32% from its record",
      // "up 18% since June": a window of its own, never one day's move.
      if (auto window = price_window(q)) {
        c.period = "window";
        c.period_id = *window;
      }
    }
    // "In March, it recalled 1.1 million vehicles": an earlier month's event.
    if (c.period.empty() && !is(c.metric, "price_change")) {
      for (std::size_t i = sentence_first(q.first); i < q.context_first; ++i)
        if (is(t_[i].lower(), "in") && i + 1 < q.context_first && t_[i + 1].capitalized &&
            month_number(t_[i + 1]) > 0 && t_[i + 1].lower().size() > 2) {
          c.period = "month";
          c.period_id = t_[i + 1].lower();
          c.period_explicit = true;
        }
    }
    if (c.period.empty() && is(c.metric, "price_change"))
      c.period = earlier_day_named(q) || before_an_event(q) ? "prior" : "day";
    // "64 orders on day one" of a show that goes on: one day's count, not the running total.
    if ((c.metric.rfind("count:", 0) == 0 || c.metric.rfind("fund_", 0) == 0) &&
        (c.period.empty() || is(c.period, "day")) && first_day_in_clause(q)) {
      c.period = "first_day";
      c.period_explicit = true;
    }
    if ((is(c.metric, "price_change") && is(c.period, "day")) || is(c.metric, "share_price"))
      c.weekday = weekday_near(q);
    // "traded as high as $27 in 2021" in a later year's article: a past price.
    if (is_prior_value(q) || (is(c.metric, "share_price") && past_year_right_after(q))) {
      c.period = "prior";
      c.period_id.clear();
      c.bare_from_base = is_bare_from(q);
    }
    if (c.period.empty()) c.period_unread = names_a_period(sentence_first(q.first), sentence_last(q.first));
    // "had fallen 9% this year through Monday": a year-to-date move to a named
    // day is another quantity than one to the day of writing.
    if (is(c.metric, "price_change") && is(c.period, "ytd")) c.period_id = ytd_end(q);
  }

  std::string ytd_end(const Quantity& q) const {
    const std::size_t last = sentence_last(q.first);
    for (std::size_t i = sentence_first(q.first); i + 1 <= last; ++i)
      if ((is(t_[i].lower(), "through") || is(t_[i].lower(), "until")) && is_weekday(t_[i + 1].lower()))
        return day_of(a_.article->published, std::string(t_[i + 1].lower()));
    return {};
  }

  // "its first annual decline" (a year-on-year change) and "in more than a
  // year" (a span of time) name no year's total.
  bool annual_change_at(const CueHit& hit) const {
    if (!is(hit.value, "annual")) return false;
    if (hit.first > 0 && is(t_[hit.first].lower(), "a") &&
        (is(t_[hit.first - 1].lower(), "than") || is(t_[hit.first - 1].lower(), "over") ||
         is(t_[hit.first - 1].lower(), "nearly") || is(t_[hit.first - 1].lower(), "almost")))
      return true;
    static const WordSet kChanges{"decline", "declines", "drop", "drops", "fall", "falls", "increase",
                                  "increases", "rise", "rises", "gain", "gains", "growth", "jump", "slump"};
    return hit.last + 1 < t_.size() && kChanges.contains(t_[hit.last + 1]);
  }

  static std::size_t cue_distance(const CueHit& hit, const Quantity& q) {
    return hit.first < q.context_first ? q.context_first - hit.last : hit.first - q.last;
  }

  // The month a figure is about, with its distance in tokens: "in September"
  // just after it, "September sales" in its clause before it, or "last month"
  // (the month before the article's date).
  std::optional<std::pair<std::string, std::size_t>> month_near(const Quantity& q) const {
    static constexpr std::array<std::string_view, 12> kMonths{"january", "february", "march",     "april",
                                                              "may",     "june",     "july",      "august",
                                                              "september", "october", "november", "december"};
    auto named = [&](std::size_t i) {
      return i < t_.size() && t_[i].capitalized && t_[i].lower().size() > 2 && month_number(t_[i]) > 0;
    };
    for (std::size_t i = q.last + 1; i <= after_end(q, 4) && i + 1 < t_.size(); ++i) {
      if (t_[i].kind == TokenKind::number && t_[i].usable) break;
      if (is(t_[i].lower(), "in") && named(i + 1) && !(i + 2 < t_.size() && t_[i + 2].kind == TokenKind::number))
        return std::pair{std::string(kMonths[month_number(t_[i + 1]) - 1]), i - q.last};
      if (is(t_[i].lower(), "last") && is(t_[i + 1].lower(), "month") && month_ >= 1 && month_ <= 12)
        return std::pair{std::string(kMonths[(month_ + 10) % 12]), i - q.last};
    }
    const int clause = s_.clause[q.first];
    for (std::size_t i = q.context_first, steps = 0; i > 0 && steps < 10 && s_.clause[i - 1] == clause; ++steps) {
      --i;
      // "September sales", "September sales slipped 5.5% to 396,270 units", "BYD's September deliveries": a month naming a noun, not a date.
      if (named(i) && i + 1 < q.context_first && t_[i + 1].kind == TokenKind::word)
        return std::pair{std::string(kMonths[month_number(t_[i]) - 1]), q.context_first - i};
    }
    return std::nullopt;
  }

  // 1..4 when tokens first..last hold "July-September" or "July to September"
  // (the first and last months of a calendar quarter); 0 otherwise.
  int month_range_quarter(std::size_t first, std::size_t last) const {
    for (std::size_t i = first; i + 2 <= last; ++i) {
      const int from = t_[i].capitalized ? month_number(t_[i]) : 0;
      if (from == 0 || t_[i].lower().size() < 3 || (from - 1) % 3 != 0) continue;
      const std::string_view joint = t_[i + 1].lower();
      if (!is(joint, "-") && !is(joint, "–") && !is(joint, "to")) continue;
      const Token& end = t_[i + 2];
      if (end.capitalized && end.lower().size() >= 3 && month_number(end) == from + 2) return (from + 2) / 3;
    }
    return 0;
  }

  // "Jan-Feb", "January to April", "January and February": "1-2", "1-4"; a
  // span of two to eleven months that month_range_quarter did not take.
  std::optional<std::string> month_span(std::size_t first, std::size_t last) const {
    for (std::size_t i = first; i + 2 <= last; ++i) {
      const int from = t_[i].capitalized && t_[i].lower().size() >= 3 ? month_number(t_[i]) : 0;
      if (from == 0) continue;
      const std::string_view joint = t_[i + 1].lower();
      if (!is(joint, "-") && !is(joint, "–") && !is(joint, "to") && !is(joint, "and") && !is(joint, "through"))
        continue;
      const Token& end = t_[i + 2];
      const int to = end.capitalized && end.lower().size() >= 3 ? month_number(end) : 0;
      // ("in March and April, sales..." is a span too; "May" alone is no month name here)
      if (to > from) return fmt::format("{}-{}", from, to);
    }
    return std::nullopt;
  }

  // Words that name a period the reader did not turn into one: a figure with
  // such a sentence may be of another period than the card it joins.
  bool names_a_period(std::size_t first, std::size_t last) const {
    static const WordSet kPeriodWords{"months", "month", "weeks", "years", "half", "fiscal", "annualized",
                                      "annualised", "cumulative", "cumulatively", "since", "through", "ended",
                                      "ending", "period", "trailing", "run", "to-date", "ytd", "quarters"};
    for (std::size_t i = first; i <= last && i < t_.size(); ++i) {
      const Token& token = t_[i];
      if (token.kind != TokenKind::word) continue;
      if (kPeriodWords.contains(token)) return true;
      if (token.capitalized && token.lower().size() >= 3 && month_number(token) > 0) return true;
    }
    return false;
  }

  std::optional<std::string> price_window(const Quantity& q) const {
    static const WordSet kWindow{
        "past", "since", "record", "peak", "high", "highs", "low", "lows", "week", "weeks", "month", "months",
        "weekly", "monthly", "rolling", "stretch", "streak"};
    // "still roughly 40 per cent above where it stood before ...", "12% below its record":
    // a distance from a level, never the day's move.
    if (q.last + 1 < t_.size() && (is(t_[q.last + 1].lower(), "above") || is(t_[q.last + 1].lower(), "below")))
      return std::string("distance from a level");
    // "Since the Mar 13 unaffected price, the stock is up about 24%"
    if (const std::size_t opening = sentence_first(q.first); is(t_[opening].lower(), "since") && starts_sentence(opening))
      return std::string("since");
    std::size_t from = clause_start(q, 8);
    const std::size_t to = after_end(q, 6);
    for (std::size_t i = from; i <= to; ++i) {
      if (i >= q.context_first && i <= q.last) continue;
      if (kWindow.contains(t_[i])) return std::string(t_[i].lower());
      // "over 24 hours", "in five days": a rolling window
      if ((is(t_[i].lower(), "hours") || is(t_[i].lower(), "days")) && i > 0 &&
          (t_[i - 1].kind == TokenKind::number || word_is_number(t_[i - 1].lower())))
        return std::string(t_[i].lower());
      // "in November", "in June": a month, not the day
      if (i > 0 && is(t_[i - 1].lower(), "in") && month_number(t_[i]) > 0 && t_[i].lower().size() > 2)
        return std::string(t_[i].lower());
    }
    return std::nullopt;
  }

  static bool word_is_number(std::string_view word) {
    for (const auto& number : lexicon::word_numbers())
      if (number.word == word && number.value > 1) return true;
    return false;
  }

  // "on Tuesday": the day a move or a price belongs to.
  bool first_day_in_clause(const Quantity& q) const {
    static constexpr lexicon::Cue kFirstDay[] = {{"on day one", "first_day"}, {"on the first day", "first_day"},
                                                 {"on its first day", "first_day"},
                                                 {"on the opening day", "first_day"},
                                                 {"on its debut", "first_day"}, {"in its debut", "first_day"}};
    // The sentence's: "booked 76 orders on day one, while Kestrel announced 64" counts both on that day.
    return nearest_cue(t_, kFirstDay, sentence_first(q.first), q.context_first, q.last, after_end(q, 6)).has_value();
  }

  // "had jumped 17% on March 16" in an article of March 30: another day's move.
  bool earlier_day_named(const Quantity& q) const {
    for (std::size_t i = q.last + 1; i + 2 < t_.size() && i <= q.last + 3; ++i) {
      if (!is(t_[i].lower(), "on")) continue;
      const int month = month_number(t_[i + 1]);
      const Token& day = t_[i + 2];
      if (month == 0 || day.kind != TokenKind::number || day.decimals || day.number < 1 || day.number > 31) return false;
      return month < month_ || (month == month_ && static_cast<int>(day.number) < day_);
    }
    return false;
  }

  std::string weekday_near(const Quantity& q) const {
    const std::size_t first = sentence_first(q.first);
    const std::size_t last = std::min(sentence_last(q.first), q.last + 10);
    std::string best;
    std::size_t best_distance = SIZE_MAX;
    for (std::size_t i = first; i <= last; ++i)
      if (is_weekday(t_[i].lower())) {
        const std::size_t distance = i < q.first ? q.first - i : i - q.last;
        if (distance < best_distance) best_distance = distance, best = t_[i].lower();
      }
    return best;
  }

  // "rose 12% to €2.5 billion from €2.2 billion", "€2.2 billion a year earlier":
  // the comparison base, another period than the figure reported.
  bool is_prior_value(const Quantity& q) const {
    static constexpr lexicon::Cue kOpeners[] = {{"a year earlier", "prior"}, {"a year ago", "prior"},
                                                {"a year before", "prior"},  {"in the year ago", "prior"},
                                                {"last year", "prior"},      {"in the prior year", "prior"}};
    // "A year earlier, the company earned $1.08 a share."
    const std::size_t first = s_.sentence_first[s_.sentence[q.first]];
    for (const auto& opener : kOpeners)
      if (loose_match(t_, first, opener.words)) return true;
    // "up from the prior quarter's 10.9 trillion won", "last year's $4.1 billion"
    if (const auto mark = possessive_mark(t_, q.context_first); mark && *mark >= 2) {
      const std::string_view span = t_[*mark - 1].lower(), which = t_[*mark - 2].lower();
      if ((is(span, "quarter") || is(span, "year") || is(span, "month") || is(span, "period")) &&
          (is(which, "prior") || is(which, "previous") || is(which, "last") || is(which, "preceding")))
        return true;
    }
    // "Last October's round priced Lumora at $150B."
    for (std::size_t i = q.context_first; i > first && q.context_first - i < 12;) {
      --i;
      if (is_symbol(t_[i], ",") || is_symbol(t_[i], ";")) break;
      if (is(t_[i].lower(), "last") && i + 1 < q.context_first && month_number(t_[i + 1]) > 0) return true;
    }
    // "... $3.41 billion, or $1.68 per share, a year earlier."
    if (!is(q.unit, "percent") && !is(q.unit, "percentage_points")) {
      const std::size_t last = s_.sentence_last[s_.sentence[q.first]];
      for (const auto& ending : {std::string_view(", a year earlier"), std::string_view(", a year ago")})
        for (std::size_t at = last >= 5 ? last - 5 : 0; at <= last; ++at)
          if (at > q.last && loose_match(t_, at, ending) && at + loose_match(t_, at, ending) >= last &&
              !base_follows(q.last + 1, at))
            return true;
    }
    // "gross margin was 18.9% a year earlier"
    static constexpr lexicon::Cue kRightAfter[] = {{"a year earlier", "prior"}, {"a year ago", "prior"},
                                                   {"in the year ago", "prior"}};
    for (const auto& after : kRightAfter)
      if (q.last + 1 < t_.size() && loose_match(t_, q.last + 1, after.words)) return true;
    if (names_past_period_in_clause(q)) return true;
    // "guided to $95bn-$100bn, against $71.2bn in 2025": a comparison with an earlier year.
    if (q.context_first > 1 && past_year_right_after(q) &&
        (lexicon::is_comparison_verb(t_[q.context_first - 1].lower()) ||
         (is(t_[q.context_first - 1].lower(), "with") && is(t_[q.context_first - 2].lower(), "compared"))))
      return true;
    // "rose to 86.4% from 85.1%": a level's starting point is its past value.
    if (is(q.unit, "percent") && q.context_first > 1 && is(t_[q.context_first - 1].lower(), "from") &&
        q.first > 0 && is_percent_level_before(q))
      return true;
    if (is(q.unit, "percent") || is(q.unit, "percentage_points")) return false;
    if (q.context_first > 0) {
      const std::string_view before = t_[q.context_first - 1].lower();
      // ("up from the $150 billion valuation it fetched")
      if (is(before, "from") || (is(before, "the") && q.context_first > 1 && is(t_[q.context_first - 2].lower(), "from")) ||
          (is(before, "with") && q.context_first > 1 && is(t_[q.context_first - 2].lower(), "compared")))
        return true;
      // "a previous close of $88.40", "its prior close at $88.40"
      for (std::size_t i = q.context_first; i > 0 && q.context_first - i < 4;) {
        --i;
        if ((is(t_[i].lower(), "close") || is(t_[i].lower(), "closing")) && i > 0 &&
            (is(t_[i - 1].lower(), "previous") || is(t_[i - 1].lower(), "prior")))
          return true;
      }
    }
    if (relative_time_after(q) || base_of_multiple(q) || before_an_event(q)) return true;
    static constexpr lexicon::Cue kPrior[] = {{"a year earlier", "prior"}, {"a year ago", "prior"},
                                              {"year ago", "prior"},      {"the previous year", "prior"},
                                              {"last year", "prior"},     {"the prior year", "prior"},
                                              {"as recently as", "prior"}};
    return nearest_cue(t_, kPrior, q.last + 1, q.last + 1, q.last, after_end(q, 4)).has_value();
  }

  // "to 86.4% from": a percentage level reached, right before this one's "from".
  bool is_percent_level_before(const Quantity& q) const {
    const std::size_t from = q.context_first - 1;
    for (std::size_t i = from, steps = 0; i > 1 && steps < 4; ++steps) {
      --i;
      if (is_symbol(t_[i], "%") && i >= 2 && t_[i - 1].kind == TokenKind::number) {
        const std::size_t number = i - 1;
        return number > 0 && (is(t_[number - 1].lower(), "to") || is(t_[number - 1].lower(), "at"));
      }
    }
    return false;
  }

  // "grew 8% in the same quarter a year earlier", "was $6.1 billion in the
  // year-earlier quarter", "revenue a year ago was $4.36 billion": a past
  // period named in the figure's clause. "from a year earlier" (and "than",
  // "over", "versus", "compared with") names the base of a change instead.
  // "... in 2025" right after the figure, in an article of a later year.
  bool past_year_right_after(const Quantity& q) const {
    if (year_ == 0 || q.last + 2 >= t_.size() || !is(t_[q.last + 1].lower(), "in")) return false;
    const Token& year = t_[q.last + 2];
    return year.kind == TokenKind::number && year.decimals == 0 && !year.thousands_separated &&
           year.number >= 1990 && year.number < year_;
  }

  bool names_past_period_in_clause(const Quantity& q) const {
    static constexpr lexicon::Cue kPast[] = {
        {"in the same quarter a year earlier", "prior"}, {"in the same quarter last year", "prior"},
        {"in the same period a year earlier", "prior"},  {"in the same period last year", "prior"},
        {"in the year earlier quarter", "prior"},        {"in the year earlier period", "prior"},
        {"in the year ago quarter", "prior"},            {"in the year ago period", "prior"},
        {"in the prior year quarter", "prior"},          {"in the prior year period", "prior"},
        {"in the previous quarter", "prior"},            {"in the prior quarter", "prior"},
        {"in the previous year", "prior"},               {"in the preceding quarter", "prior"},
        {"a year earlier", "prior"},                     {"a year ago", "prior"}};
    static const WordSet kComparing{"from", "than", "over", "versus", "vs", "with", "since", "on"};
    const int clause = s_.clause[q.first];
    auto past_at = [&](std::size_t i) {
      if (!is(t_[i].lower(), "in") && !is(t_[i].lower(), "a")) return false;  // every cue starts so
      for (const auto& cue : kPast)
        if (loose_match(t_, i, cue.words)) return !(i > 0 && kComparing.contains(t_[i - 1]));
      return false;
    };
    for (std::size_t i = q.last + 1; i < t_.size() && i <= q.last + 6 && s_.clause[i] == clause; ++i) {
      if (t_[i].kind == TokenKind::number && t_[i].usable) break;
      if (past_at(i)) return true;
    }
    // "Third-quarter revenue a year ago was $4.36 billion."
    for (std::size_t i = q.context_first, steps = 0; i > 0 && steps < 6 && s_.clause[i - 1] == clause; ++steps) {
      --i;
      if (t_[i].kind == TokenKind::number && t_[i].usable) break;
      if (past_at(i)) return true;
    }
    return false;
  }

  // "climbed to $14.39 billion ... from $12.9 billion ..., a year earlier": a
  // base named between a figure and the sentence's "a year earlier" is the
  // past value; the figure before it is the current one.
  bool base_follows(std::size_t from, std::size_t to) const {
    for (std::size_t i = from; i < to; ++i)
      if (is(t_[i].lower(), "from") || is(t_[i].lower(), "versus") || is(t_[i].lower(), "vs") ||
          is(t_[i].lower(), "compared"))
        return true;
    return false;
  }

  // "the $4.5 billion at which it raised money two years ago", "$3 billion in
  // its previous round": a past value, when nothing else is quoted between.
  // "traded at about 74 cents before the filing", "$12 a share before the
  // news": the level before the event the story is about. ("before the
  // close" or "the bell" is a session, not an event.)
  // "Lloyds is down 1.1% ahead of the decision": the same, for a move.
  bool before_an_event(const Quantity& q) const {
    static const WordSet kEvents{"filing",  "announcement", "news",    "deal",    "offer",   "bid",
                                 "report",  "results",      "earnings", "listing", "merger", "takeover",
                                 "downgrade", "bankruptcy", "pandemic", "approach", "disclosure", "decision",
                                 "meeting", "vote",         "release",  "numbers"};
    const std::size_t end = after_end(q, 9);
    for (std::size_t i = q.last + 1; i + 2 <= end && i + 2 < t_.size(); ++i) {
      // Another figure's words, unless it is the price the move reached ("higher at 1,642.50 rupees ahead of").
      const bool reached = i > 0 && (is(t_[i - 1].lower(), "at") || is(t_[i - 1].lower(), "to") ||
                                     t_[i - 1].kind == TokenKind::symbol || is(t_[i - 1].lower(), "rs"));
      if (t_[i].kind == TokenKind::number && !reached) return false;
      const bool before = is(t_[i].lower(), "before") ||
                          (is(t_[i].lower(), "of") && i > 0 && is(t_[i - 1].lower(), "ahead"));
      if (before && is(t_[i + 1].lower(), "the") && kEvents.contains(t_[i + 2])) return true;
    }
    // "... on Thursday, before the numbers were out": the clause after a comma.
    if (end + 4 < t_.size() && is_symbol(t_[end + 1], ",") && is(t_[end + 2].lower(), "before") &&
        is(t_[end + 3].lower(), "the") && kEvents.contains(t_[end + 4]))
      return true;
    return false;
  }

  bool relative_time_after(const Quantity& q) const {
    static const WordSet kSpans{"years", "months", "quarters", "weeks"};
    static const WordSet kAgo{"ago", "earlier", "before"};
    static const WordSet kPast{"previous", "prior", "last", "earlier"};
    const std::size_t end = after_end(q, 10);
    for (std::size_t i = q.last + 1; i <= end && i + 1 < t_.size(); ++i) {
      if (t_[i].kind == TokenKind::number && t_[i].usable) return false;  // another figure's time
      if (kSpans.contains(t_[i]) && kAgo.contains(t_[i + 1]) && i > q.last + 1 &&
          (t_[i - 1].kind == TokenKind::number || word_is_number(t_[i - 1].lower())))
        return true;
      if (kPast.contains(t_[i]) &&
          (is(t_[i + 1].lower(), "round") ||
           (is(t_[i + 1].lower(), "funding") && i + 2 < t_.size() && is(t_[i + 2].lower(), "round"))))
        return true;
    }
    return false;
  }

  // "expands from 91 DCs": a starting point with no new value and no
  // direction, which is as likely the level now as a past one.
  bool is_bare_from(const Quantity& q) const {
    if (q.context_first < 2 || !is(t_[q.context_first - 1].lower(), "from")) return false;
    const std::string_view before = t_[q.context_first - 2].lower();
    if (lexicon::contains(lexicon::up_words(), before) || lexicon::contains(lexicon::down_words(), before))
      return false;  // "up from $2.9 billion"
    const std::size_t k = static_cast<std::size_t>(&q - q_.data());
    return !(k > 0 && q_[k - 1].last + 2 == q.context_first);  // "to $50 from $40"
  }

  // "four times the $4.5 billion", "twice the 2,000 stores": the base a
  // multiple is measured against.
  bool base_of_multiple(const Quantity& q) const {
    if (q.context_first < 2 || !is(t_[q.context_first - 1].lower(), "the")) return false;
    const std::string_view w = t_[q.context_first - 2].lower();
    return is(w, "times") || is(w, "twice") || is(w, "double") || is(w, "triple") || is(w, "thrice");
  }

  // A year in the figure's clause before it, or "in 2025"/"by 2030" right after it.
  std::optional<int> year_near(const Quantity& q) const {
    auto year_at = [&](std::size_t i) -> std::optional<int> {
      const Token& token = t_[i];
      // "FY2025 sales were RMB61.8bn", "FY27 revenue": a fiscal year glued to its label.
      if (token.kind == TokenKind::word && token.has_digit &&
          (token.lower().size() == 6 || token.lower().size() == 4) && token.lower().substr(0, 2) == "fy") {
        const std::string_view digits = token.lower().substr(2);
        if (std::all_of(digits.begin(), digits.end(), [](char d) { return d >= '0' && d <= '9'; })) {
          const int year = std::atoi(std::string(digits).c_str()) + (digits.size() == 2 ? 2000 : 0);
          if (year >= 1990 && year <= 2100) return year;
        }
        return std::nullopt;
      }
      if (token.kind != TokenKind::number || token.decimals || token.thousands_separated) return std::nullopt;
      if (token.end - token.begin != 4 || token.number < 1990 || token.number > 2100) return std::nullopt;
      return static_cast<int>(token.number);
    };
    // "the $45.6 billion valuation it reached in 2021": up to eight words on, within the clause.
    // ("earned $3.21 per share on an adjusted basis in 2025": a few words more)
    for (std::size_t i = q.last + 1; i <= after_end(q, 8) && i < t_.size(); ++i) {
      if (auto year = year_at(i); year && (is(t_[i - 1].lower(), "in") || is(t_[i - 1].lower(), "by") ||
                                          is(t_[i - 1].lower(), "during") || is(t_[i - 1].lower(), "for")))
        return year;
      if (is_symbol(t_[i], ",") || (t_[i].kind == TokenKind::number && t_[i].usable)) break;
    }
    const int clause = s_.clause[q.first];
    // ... or in a list item's label before a colon: "- FY27 operating margin: 20%-21%".
    const std::size_t start = clause_start(q, kReach);
    const bool labelled = start >= 2 && is_symbol(t_[start - 1], ":") && s_.clause[start - 2] != clause;
    const int label_clause = labelled ? s_.clause[start - 2] : clause;
    for (std::size_t i = q.context_first;
         i > 0 && (s_.clause[i - 1] == clause || s_.clause[i - 1] == label_clause || i - 1 == start - 1) &&
         q.context_first - i < kReach;) {
      --i;
      // (a label's year counts only as a fiscal year, "FY27": "Q4 2025 net loss:" names a quarter)
      if (i < start && !(t_[i].kind == TokenKind::word && t_[i].has_digit)) continue;
      if (auto year = year_at(i)) {
        // "Q4 FY26": the quarter of a fiscal year, which the quarter's own reading dates.
        if (i > 0 && t_[i].kind == TokenKind::word && is_quarter_label(t_[i - 1].lower())) return std::nullopt;
        if (i == 0) return year;  // the text opens with the year
        const std::string_view before = t_[i - 1].lower();
        // ("2024-2025" is a span; a list item's "- FY2025 sales" is no range)
        const bool span = is_symbol(t_[i - 1], "-") && i >= 2 && t_[i - 2].kind == TokenKind::number;
        if (is(before, "since") || is(before, "from") || span) return std::nullopt;
        return year;
      }
    }
    return std::nullopt;
  }

  // "(Q1 2025: 34.1%)": a quarter label of an earlier year, which names a
  // comparison's base and no period for the sentences around it.
  bool labels_an_earlier_year(const CueHit& hit) const {
    const std::size_t year = hit.last + 1;
    return t_[hit.first].has_digit && year < t_.size() && t_[year].kind == TokenKind::number &&
           t_[year].end - t_[year].begin == 4 && year_ > 0 && t_[year].number < year_;
  }

  // "June quarter", "second quarter", "last quarter", "Q2 2025" -> "2025-Q2".
  std::string quarter_id(std::size_t quarter_token) const {
    const std::string_view word = t_[quarter_token].lower();
    if (is_quarter_label(word)) return std::string{'Q', word[1]};
    if (!is(word, "quarter") || quarter_token == 0) return {};
    std::size_t before = quarter_token - 1;
    if (is_symbol(t_[before], "-") && before > 0) --before;  // "second-quarter"
    const bool fiscal_after = is(t_[before].lower(), "fiscal");
    if (fiscal_after && before > 0) --before;
    const std::string_view modifier = t_[before].lower();
    const bool fiscal = fiscal_after || (before > 0 && is(t_[before - 1].lower(), "fiscal"));
    static constexpr std::array<std::string_view, 4> kOrdinals{"first", "second", "third", "fourth"};
    if (const auto it = std::find(kOrdinals.begin(), kOrdinals.end(), modifier); it != kOrdinals.end()) {
      // A fiscal quarter, or one of an unknown year, is named by its number alone.
      const int quarter = static_cast<int>(it - kOrdinals.begin()) + 1;
      // Outlets say "third quarter" and "fiscal third quarter" for the same one;
      // a bundle covers one event, so the number names it.
      (void)fiscal;
      return fmt::format("Q{}", quarter);
    }
    if (year_ == 0) return {};
    int year = year_, quarter = 0;
    if (const int month = month_number(modifier)) {
      quarter = quarter_of_month(month);
      if (month > month_) --year;
    } else if (is(modifier, "last") || is(modifier, "latest") || is(modifier, "previous") || is(modifier, "past") ||
               is(modifier, "prior") || is(modifier, "recent")) {
      quarter = quarter_of_month(month_) - 1;
      if (quarter == 0) quarter = 4, --year;
    } else if (is(modifier, "this") || is(modifier, "current")) {
      quarter = quarter_of_month(month_);
    }
    return quarter ? fmt::format("{}-Q{}", year, quarter) : std::string();
  }

  static std::string quarter_text(const std::string& id) {
    static constexpr std::array<std::string_view, 4> kEnds{"March", "June", "September", "December"};
    static constexpr std::array<std::string_view, 4> kOrdinals{"first", "second", "third", "fourth"};
    if (id.size() == 7) return fmt::format("{} {} quarter", kEnds[(id[6] - '1') & 3], id.substr(0, 4));
    if (id.size() == 2) return fmt::format("{} quarter", kOrdinals[(id[1] - '1') & 3]);
    return {};
  }

  void read_session(const Quantity& q, FigureContext& c) {
    const std::size_t first = sentence_first(q.first);
    std::size_t last = std::min(sentence_last(q.first), q.last + 8);
    // "climbed 7.8% after its fund opened to investors": a cause names no session
    // (but "after the bell", "after-hours" do).
    for (std::size_t i = q.last + 1; i < last; ++i)
      if (is(t_[i].lower(), "because") || is(t_[i].lower(), "following") ||
          (is(t_[i].lower(), "after") && !is(t_[i + 1].lower(), "hours") && !is_symbol(t_[i + 1], "-") &&
           !(is(t_[i + 1].lower(), "the") && i + 2 < t_.size() &&
             (is(t_[i + 2].lower(), "bell") || is(t_[i + 2].lower(), "close"))))) {
        last = i;
        break;
      }
    auto hit = nearest_cue(t_, lexicon::session_cues(), first, q.context_first, q.last, last);
    // "- After hours: as high as +7.4%, settled around +6%": a list line's label names its session,
    // "Here is how the lenders finished the day:\n- Kestrel Financial: -1.8%" or its list's heading.
    // (An item's own words still win: "Also moving this morning:\n- Halcyon: up 2.7% premarket".)
    if (const auto [heading, item] = list_heading(q); heading + 2 < item && (!hit || hit->first < line_first(t_, q.first)))
      if (auto named = nearest_cue(t_, lexicon::session_cues(), heading, item - 1, item - 1, item - 2)) hit = named;
    if (auto label = session_label(q)) hit = label;
    // "closed Tuesday's session down 1.4%", "ended the session at $417.20": the session's end.
    static const WordSet kEnded{"closed", "closes", "ended", "ends", "finished"};
    if (hit && is(hit->value, "regular") && is(t_[hit->first].lower(), "session"))
      for (std::size_t i = hit->first; i > first && hit->first - i < 4;)
        if (kEnded.contains(t_[--i])) hit->value = "close";
    // "close to" is a hedge, not the closing bell.
    if (hit && is(t_[hit->first].lower(), "close") && hit->first + 1 < t_.size() && is(t_[hit->first + 1].lower(), "to"))
      hit.reset();
    if (hit) c.session = std::string(hit->value);
    else if (const char* stamped = session_of_timestamp(q)) c.session = stamped;
    else if (clock_time_after(q)) c.session = "intraday";
    else if (page_session_ && !(c.subject_is_market && is(page_session_, "premarket")) &&  // (coins trade all night)
             (is(c.period, "day") || (is(c.metric, "share_price") && c.period.empty())) &&
             (c.weekday.empty() || day_of(a_.article->published, c.weekday) == a_.article->published))
      c.session = page_session_;
    // "rose as much as 9% premarket", "having fallen more than 2.5 per cent at one stage":
    // the session's peak, not where the price stood.
    if (is(c.metric, "price_change") && ((q.first >= 3 && is(t_[q.first - 1].lower(), "as") &&
                                          is(t_[q.first - 2].lower(), "much") && is(t_[q.first - 3].lower(), "as")) ||
                                         extreme_after(q)))
      c.session = "peak";
  }

  bool would_have_before(const Quantity& q) const {
    const std::size_t first = sentence_first(q.first);
    for (std::size_t i = q.context_first; i > first + 1 && q.context_first - i < 6;) {
      --i;
      if (is_symbol(t_[i], ",") || is_symbol(t_[i], ";")) return false;
      const std::string_view modal = t_[i - 1].lower();
      if (is(t_[i].lower(), "have") && (is(modal, "would") || is(modal, "could") || is(modal, "might")))
        return true;
    }
    return false;
  }

  std::optional<CueHit> session_label(const Quantity& q) const {
    std::size_t line = line_first(t_, q.first, q.first > 20 ? q.first - 20 : 0);
    if (!t_[line].newline_before && line > 0) return std::nullopt;
    if (t_[line].kind == TokenKind::symbol) ++line;  // "-", "•"
    for (std::size_t colon = line + 1; colon < q.context_first && colon <= line + 3; ++colon)
      if (is_symbol(t_[colon], ":"))
        return nearest_cue(t_, lexicon::session_cues(), line, colon, colon, colon - 1);
    return std::nullopt;
  }

  // "at one stage", "at one point", "at its worst", "at the day's low" right after a move.
  bool extreme_after(const Quantity& q) const {
    const std::size_t end = std::min(sentence_last(q.first), q.last + 6);
    for (std::size_t i = q.last + 1; i + 2 <= end; ++i) {
      if (!is(t_[i].lower(), "at")) continue;
      const std::string_view next = t_[i + 1].lower(), then = t_[i + 2].lower();
      if ((is(next, "one") && (is(then, "stage") || is(then, "point") || is(then, "time"))) ||
          ((is(next, "its") || is(next, "the")) && (is(then, "worst") || is(then, "best") || is(then, "low") ||
                                                    is(then, "lowest") || is(then, "high") || is(then, "highest") ||
                                                    is(then, "peak"))))
        return true;
    }
    return false;
  }

  // "were up 4.2% at 4.87 euros by 0912 GMT", "as of 10:30 a.m.": a reading
  // taken at a time of the day, before the close.
  bool clock_time_after(const Quantity& q) const {
    const std::size_t end = std::min(sentence_last(q.first), q.last + 6);
    for (std::size_t i = q.last + 1; i + 1 <= end; ++i) {
      const std::string_view w = t_[i].lower();
      if ((is(w, "by") || is(w, "at") || is(w, "of")) && t_[i + 1].kind == TokenKind::number && time_of_day_at(i + 1))
        return true;
      if (is_symbol(t_[i], ",") || is_symbol(t_[i], ";")) return false;
    }
    return false;
  }

  // A live blog's entry "11:42 a.m. ET - The Dow is down 1.7%": a time of
  // the US trading day heads the paragraph. Premarket before 9:30, intraday
  // until 4 p.m.; later times (the close, after hours) are left to the words.
  // The stamp may also stand on a line of its own above the entry ("10:42 a.m. ET").
  const char* session_of_timestamp(const Quantity& q) const {
    const std::size_t p = paragraph_first(q.first);
    if (const char* session = session_of_stamp_at(p, q.first)) return session;
    std::size_t stamp = p;
    while (stamp > 0 && s_.paragraph[stamp - 1] == s_.paragraph[p - 1] && p - stamp < 12) --stamp;
    if (p == 0 || p - stamp >= 12 || !t_[p].newline_before) return nullptr;
    return session_of_stamp_at(stamp, p);
  }

  // "FinStream Staff · Updated May 28, 2026, 12:14 p.m. ET": a page last
  // updated within the trading day reports that day's moves before the close.
  // A byline with two times ("Published ... 8:15 p.m. | Updated ... 7:02 a.m.")
  // may span two days: it says nothing.
  const char* byline_session() const {
    const std::size_t end = std::min<std::size_t>(t_.size(), 120);
    const char* found = nullptr;
    int stamps = 0;
    for (std::size_t i = 0; i < end; ++i) {
      if (!is(t_[i].lower(), "updated") && !is(t_[i].lower(), "published") && !is(t_[i].lower(), "posted")) continue;
      for (std::size_t j = i + 1; j < end && j <= i + 10 && !t_[j].newline_before; ++j)
        if (t_[j].kind == TokenKind::number && time_of_day_at(j)) {
          ++stamps;
          found = session_of_stamp_at(j, std::min(t_.size(), j + 9));
          i = j;  // ("Published May 7 | Updated 2:41 p.m.": one time for both words)
          break;
        }
    }
    return stamps == 1 ? found : nullptr;
  }

  // The session of a "10:42 a.m. ET" stamp at token p, read before token `end`.
  const char* session_of_stamp_at(std::size_t p, std::size_t end) const {
    if (p + 4 >= end || t_[p].kind != TokenKind::number || !is_symbol(t_[p + 1], ":") ||
        t_[p + 2].kind != TokenKind::number)
      return nullptr;
    std::size_t k = p + 3;
    bool pm = false, twenty_four_hour = false;
    if (is(t_[k].lower(), "am") || is(t_[k].lower(), "pm")) {
      pm = is(t_[k].lower(), "pm");
      ++k;
    } else if ((is(t_[k].lower(), "a") || is(t_[k].lower(), "p")) && k + 2 < t_.size() && is_symbol(t_[k + 1], ".") &&
               is(t_[k + 2].lower(), "m")) {
      pm = is(t_[k].lower(), "p");
      k += 3;
      if (k < t_.size() && is_symbol(t_[k], ".")) ++k;
    } else {
      twenty_four_hour = true;  // "09:12 CET", "14:05 ET"
    }
    if (k >= t_.size()) return nullptr;
    const bool new_york = is(t_[k].lower(), "et") || is(t_[k].lower(), "est") || is(t_[k].lower(), "edt");
    static const WordSet kOtherZones{"cet", "cest", "gmt", "bst", "utc", "wet", "eet", "jst", "hkt", "sgt", "ist", "kst"};
    if (!new_york && !kOtherZones.contains(t_[k])) return nullptr;
    const int hour = static_cast<int>(t_[p].number), minute = static_cast<int>(t_[p + 2].number);
    if (minute > 59 || (twenty_four_hour ? hour > 23 : hour < 1 || hour > 12)) return nullptr;
    const int minutes = (twenty_four_hour ? hour : hour % 12 + (pm ? 12 : 0)) * 60 + minute;
    if (new_york) {
      if (minutes >= 4 * 60 && minutes < 9 * 60 + 30) return "premarket";
      if (minutes >= 9 * 60 + 30 && minutes < 16 * 60) return "intraday";
      return nullptr;
    }
    // Europe's and Asia's exchanges trade, in their own zones, within 08:00-17:30.
    if (minutes >= 8 * 60 && minutes < 17 * 60 + 30) return "intraday";
    return nullptr;
  }


  void read_listing(std::size_t k, FigureContext& c) {
    const Quantity& q = q_[k];
    const std::size_t first = sentence_first(q.first);
    std::size_t last = std::min(sentence_last(q.first), q.last + 8);
    // "..., finishing 6.8% higher, while its US-listed stock gained": a
    // contrasting clause after the figure is about another listing.
    const std::size_t end = after_end(q, 8);
    if (end + 2 <= last && is_symbol(t_[end + 1], ",") &&
        (is(t_[end + 2].lower(), "while") || is(t_[end + 2].lower(), "whereas") || is(t_[end + 2].lower(), "but")))
      last = end;
    auto hit = nearest_cue(t_, lexicon::listing_cues(), first, q.context_first, q.last, last);
    // ("Nasdaq Composite" is an index; "(NYSE: HGC; TSX: HGC)" labels tickers, it says nothing of this move.)
    if (hit && hit->last + 1 < t_.size() &&
        (is(t_[hit->last + 1].lower(), "composite") || is(t_[hit->last + 1].lower(), "index") ||
         is_symbol(t_[hit->last + 1], ":")))
      hit.reset();
    // A price's currency names its market: NT$1,120 trades in Taipei, $228 in New York;
    // but a bare "$27.15 on the Toronto Stock Exchange" is a Canadian dollar.
    // A move "to C$27.15" is the move of the market its price names.
    const Quantity* price = &q;
    if (k + 1 < q_.size() && is(c.metric, "price_change") && s_.sentence[q_[k + 1].first] == s_.sentence[q.first] &&
        q_[k + 1].context_first > q.last && q_[k + 1].context_first - q.last <= 3)
      price = &q_[k + 1];
    if (is(c.metric, "share_price") || price != &q) {
      // (A bare "$" is also Canada's or Australia's dollar, and the euro trades
      // in Paris, Frankfurt and Amsterdam alike: a named market says which.)
      const bool shared = (is(price->unit, "USD") && is_symbol(t_[price->first], "$")) || is(price->unit, "EUR");
      const char* market = market_of_currency(price->unit);
      if (*market && !(shared && hit && !is(hit->value, market))) {
        if (price == &q || !is(price->unit, "USD")) {
          c.listing = market;
          return;
        }
      }
    }
    if (hit) {
      c.listing = std::string(hit->value);
      if (is(c.metric, "share_price") && is(q.unit, "USD") && is_symbol(t_[q.first], "$"))
        c.currency = std::string(dollar_of_market(c.listing));
      return;
    }
    for (std::size_t i = first; i <= last; ++i) {
      const auto it = e_.listing.find(t_[i].lower());
      if (it != e_.listing.end() && t_[i].kind == TokenKind::word) {
        c.listing = it->second;
        return;
      }
    }
    if (is(c.metric, "share_price") && (is(q.unit, "USD") || is(q.unit, "HKD")))
      c.listing = is(q.unit, "USD") ? "US" : "HK";
    else if (is(c.session, "premarket") || is(c.session, "after_hours")) c.listing = "US";
  }

  const ArticleText& a_;
  const Tokens& t_;
  const Segments& s_;
  const std::vector<Quantity>& q_;
  const Entities& e_;
  int year_ = 0, month_ = 0, day_ = 0;
  const char* page_session_ = nullptr;  // byline_session()
};

bool same_metric_family(const FigureContext& a, const FigureContext& b) {
  if (a.metric == b.metric) return true;
  const auto pe = [](const std::string& m) { return is(m, "pe") || is(m, "forward_pe") || is(m, "multiple"); };
  return pe(a.metric) && pe(b.metric);
}

}  // namespace

void Entities::index_aliases() {
  key_of_alias_ = {};
  for (const auto& [alias, key] : alias_to_key) key_of_alias_[alias] = &key;
}

const std::string* Entities::key_of(const Token& token) const {
  const std::string* const* key = key_of_alias_.find(token);
  return key ? *key : nullptr;
}

const std::string* Entities::key_of(std::string_view word) const {
  const std::string* const* key = key_of_alias_.find(word);
  return key ? *key : nullptr;
}

std::string Entities::main_display() const {
  const auto it = display.find(main_key);
  return it != display.end() ? it->second : main_key;
}

namespace {

// An index, a commodity or a coin ("gold", "nasdaq", "bitcoin"): lowercase.
bool names_a_market(std::string_view key) {
  static const auto* words = [] {
    auto* set = new std::set<std::string, std::less<>>();
    for (const auto& index : lexicon::index_names()) set->insert(std::string(index.words));
    return set;
  }();
  return is_index_key(key) || words->count(key) > 0;
}

// Inserts without building a key when it is already there (most calls).
void add_alias(Entities& e, std::string_view alias, std::string_view key) {
  if (e.alias_to_key.find(alias) == e.alias_to_key.end()) e.alias_to_key.emplace(alias, key);
}
void add_company(Entities& e, std::string_view key) {
  if (!e.companies.contains(key)) e.companies.emplace(key);
}

// Mentions of the known entities and how each is spelled, counted per key:
// every word of the bundle is looked up, so a hit costs one probe and a
// short linear search, never a string-keyed map.
class MentionCounter {
 public:
  explicit MentionCounter(const Entities& e) {
    for (const auto& [alias, key] : e.alias_to_key) {
      int& index = index_of_key_[key];
      if (index == 0) {
        keys_.push_back(&key);
        index = static_cast<int>(keys_.size());
      }
      key_of_alias_[alias] = index;
      alias_bits_ |= alias_bit(word_hash(alias));
    }
    counts_.resize(keys_.size());
  }

  void count(const Tokens& t, std::string_view text, int weight) {
    for (const auto& token : t) {
      // A bundle names a few dozen entities: most words miss this filter.
      if (token.kind != TokenKind::word || !(alias_bits_ & alias_bit(token.hash))) continue;
      const int* index = key_of_alias_.find(token);
      if (!index) continue;
      KeyCount& c = counts_[static_cast<std::size_t>(*index - 1)];
      c.mentions += weight;
      if (token.lower() != *keys_[static_cast<std::size_t>(*index - 1)]) continue;
      const std::string_view spelling = text.substr(token.begin, token.end - token.begin);
      auto form = std::find_if(c.spellings.begin(), c.spellings.end(),
                               [&](const auto& f) { return f.first == spelling; });
      if (form == c.spellings.end()) form = c.spellings.insert(c.spellings.end(), {std::string(spelling), 0});
      ++form->second;
    }
  }

  // The counts as maps ordered by key (and spelling): ties go to the first.
  void export_to(std::map<std::string, int, std::less<>>& mentions,
                 std::map<std::string, std::map<std::string, int, std::less<>>, std::less<>>& spellings) const {
    for (std::size_t k = 0; k < keys_.size(); ++k) {
      if (counts_[k].mentions == 0) continue;
      mentions[*keys_[k]] = counts_[k].mentions;
      if (counts_[k].spellings.empty()) continue;
      auto& forms = spellings[*keys_[k]];
      for (const auto& [form, n] : counts_[k].spellings) forms[form] = n;
    }
  }

 private:
  struct KeyCount {
    int mentions = 0;
    std::vector<std::pair<std::string, int>> spellings;
  };
  static std::uint64_t alias_bit(std::uint32_t hash) { return std::uint64_t{1} << ((hash >> 20) & 63); }
  std::uint64_t alias_bits_ = 0;  // alias_bit of every alias
  std::map<std::string_view, int> index_of_key_;  // key -> 1-based index into keys_
  std::vector<const std::string*> keys_;
  WordTable<int> key_of_alias_;
  std::vector<KeyCount> counts_;
};

}  // namespace

void EntityFinder::add_article(const ArticleText& a) {
  Entities& e = e_;
  std::set<std::string, std::less<>>& rivals = rivals_;
  {
    const Tokens& t = a.tokens;
    const std::string& text = a.article->text;
    for (std::size_t i = 0; i + 2 < t.size(); ++i) {
      const bool rival_word = t[i].kind == TokenKind::word && (t[i].classes & kRivalWord);
      const bool name = could_be_name(t[i]);
      // Every pattern below starts at "(", a capitalized name or a rival word:
      // skip the other tokens (most of the text) at once.
      if (!rival_word && !name && !is_symbol(t[i], "(")) continue;
      // "Alibaba Group (NYSE:BABA)" and "Alibaba (BABA)"
      if (is_symbol(t[i], "(")) {
        std::size_t ticker = i + 1;
        std::string exchange;
        if (i + 4 < t.size() && is_symbol(t[i + 2], ":") && is_symbol(t[i + 4], ")")) {
          exchange = t[i + 1].lower();
          ticker = i + 3;
        } else if (!is_symbol(t[i + 2], ")")) {
          continue;
        }
        if (t[ticker].kind != TokenKind::word || !all_caps(text, t[ticker])) continue;
        std::optional<std::size_t> name_first = name_before(t, i);
        // "$Alibaba(BABA)$": a cashtag.
        if (!name_first && i > 0 && could_be_name(t[i - 1])) name_first = i - 1;
        if (!name_first) continue;
        const std::string key(t[*name_first].lower());
        e.alias_to_key[std::string(t[ticker].lower())] = key;
        e.alias_to_key[key] = key;
        e.companies.insert(key);
        if (const char* listing = listing_of_exchange(exchange); *listing) {
          e.listing[std::string(t[ticker].lower())] = listing;
          const auto [home, inserted] = e.home_listing.emplace(key, listing);
          if (!inserted && home->second != listing) home->second.clear();
        }
      }
      // "Shares of Coastal Air rose 2%": a company.
      if (i >= 2 && name && is(t[i - 1].lower(), "of") && is(t[i - 2].lower(), "shares") && !is_place_or_segment(t[i])) {
        add_alias(e, t[i].lower(), t[i].lower());
        add_company(e, t[i].lower());
      }
      // "rival BYD", "competitor Schneider": a company.
      if (rival_word && could_be_name(t[i + 1])) {
        add_alias(e, t[i + 1].lower(), t[i + 1].lower());
        add_company(e, t[i + 1].lower());
        if (!rivals.contains(t[i + 1].lower())) rivals.emplace(t[i + 1].lower());
      }
      // Names followed by a corporate suffix or by "shares"/"stock" are companies:
      // "Initech Corp", "Globex shares fell".
      if (name && !t[i + 1].newline_before && is_org_cue(t[i + 1])) {
        const std::size_t first = name_before(t, i + 1).value_or(i);
        // ("Bank shares rose 2%": a sector opening the sentence, not a company)
        const bool sector = first == i && lexicon::is_sector_word(t[i].lower());
        if (!is_place_or_segment(t[first]) && !sector) {
          add_alias(e, t[first].lower(), t[first].lower());
          add_company(e, t[first].lower());
        }
      }
      // Possessive names become known entities: "Huawei’s 18%"; for
      // "Alibaba Cloud’s" or "Norwell Systems’", the company is the first word.
      const auto possessive = [&] {
        return (i + 3 <= t.size() && possessive_mark(t, i + 3).value_or(0) == i + 1) ||
               possessive_mark(t, i + 2).value_or(0) == i + 1;
      };
      // (Both forms put the apostrophe right after the name's first word.)
      if (name && !t[i].newline_before && is_apostrophe(t[i + 1]) && possessive()) {
        const std::size_t first = name_before(t, i + 1).value_or(i);
        if (!is_place_or_segment(t[first])) add_alias(e, t[first].lower(), t[first].lower());
      }
    }
  }
}

Entities EntityFinder::finish(const std::vector<ArticleText>& articles, const Bundle& bundle) && {
  Entities e = std::move(e_);
  const std::set<std::string, std::less<>> rivals = std::move(rivals_);
  std::map<std::string, int, std::less<>> mentions;
  std::map<std::string, std::map<std::string, int, std::less<>>, std::less<>> spellings;
  // Count mentions (titles weigh more) and keep the usual spelling.
  MentionCounter counter(e);
  for (const auto& a : articles) {
    counter.count(a.tokens, a.article->text, 1);
    counter.count(tokenize(a.article->title), a.article->title, 3);
  }
  counter.count(tokenize(bundle.topic), bundle.topic, 3);
  counter.export_to(mentions, spellings);
  for (const auto& index : lexicon::index_names()) e.display[lower_ascii(std::string(index.value))] = index.value;
  for (const auto& [key, forms] : spellings) {
    // (On a tie, the spelling in running text beats a heading's capitals: "Castellan", not "CASTELLAN".)
    const auto score = [](const auto& form) {
      const bool lowercase = form.first.find_first_of("abcdefghijklmnopqrstuvwxyz") != std::string::npos;
      return 2 * form.second + (lowercase ? 1 : 0);
    };
    const auto best = std::max_element(forms.begin(), forms.end(),
                                       [&](const auto& x, const auto& y) { return score(x) < score(y); });
    e.display[key] = best->first;
  }
  int best = 0;
  // (A market, "Gold" in "Harrowfield Gold", is never the article's company.)
  for (const auto& [key, n] : mentions)
    if (n > best && e.listing.count(key) == 0 && !rivals.count(key) && !names_a_market(key)) {
      best = n;
      e.main_key = key;
    }
  if (e.main_key.empty()) {
    // No ticker, suffix or possessive: the capitalized name the titles and
    // texts use most ("Sarvana" for "Sarvana Motors Q2 results").
    std::map<std::string, int, std::less<>> names;
    auto count_names = [&](const Tokens& t, int weight) {
      for (std::size_t i = 0; i < t.size(); ++i)
        if (could_be_name(t[i]) && !is_place_or_segment(t[i]) && (i == 0 || !could_be_name(t[i - 1])) &&
            !names_a_market(t[i].lower()))
          slot(names, t[i].lower()) += weight;
    };
    for (const auto& a : articles) {
      count_names(a.tokens, 1);
      count_names(tokenize(a.article->title), 3);
    }
    count_names(tokenize(bundle.topic), 3);
    int most = 1;
    for (const auto& [name, n] : names)
      if (n > most) most = n, e.main_key = name;
    if (!e.main_key.empty()) {
      e.alias_to_key.emplace(e.main_key, e.main_key);
      for (const auto& a : articles)
        for (const auto& token : a.tokens)
          if (token.lower() == e.main_key && e.display.count(e.main_key) == 0)
            e.display[e.main_key] = std::string(a.article->text.substr(token.begin, token.end - token.begin));
    }
  }
  if (e.main_key.empty()) e.main_key = "the company";
  if (!e.display.count(e.main_key)) e.display[e.main_key] = is(e.main_key, "the company") ? "The company" : e.main_key;
  e.index_aliases();
  return e;
}

Entities find_entities(const std::vector<ArticleText>& articles, const Bundle& bundle) {
  EntityFinder finder;
  for (const auto& article : articles) finder.add_article(article);
  return std::move(finder).finish(articles, bundle);
}

void default_listing(const Entities& entities, FigureContext& c) {
  if (!c.listing.empty() || !(is(c.metric, "share_price") || (is(c.metric, "price_change") && is(c.period, "day"))))
    return;
  const auto it = entities.home_listing.find(c.subject_key.substr(0, c.subject_key.find('/')));
  if (it != entities.home_listing.end()) c.listing = it->second;
}

std::vector<FigureContext> read_context(const ArticleText& text, const std::vector<Quantity>& quantities,
                                        const Entities& entities) {
  return ContextReader(text, quantities, entities).run();
}

void share_context_within_article(const std::vector<Quantity>& quantities, std::vector<FigureContext>& contexts) {
  const std::size_t n = quantities.size();
  for (std::size_t i = 0; i < n; ++i) {
    // Nearby figures only: coreference in news text is local, and this keeps it linear.
    for (std::size_t distance = 1; distance < std::min<std::size_t>(n, 80); ++distance) {
      for (const std::size_t j : {i - distance, i + distance}) {
        if (j >= n) continue;  // unsigned wrap covers i < distance
        const Quantity& a = quantities[i];
        const Quantity& b = quantities[j];
        if (std::abs(a.value - b.value) > 1e-9 * std::max(1.0, std::abs(a.value)) || a.unit != b.unit) continue;
        FigureContext& mine = contexts[i];
        const FigureContext& other = contexts[j];
        const bool metric_open = !mine.metric_explicit && other.metric_explicit;
        if (!metric_open && !same_metric_family(mine, other)) continue;
        if (metric_open) {
          mine.metric = other.metric;
          mine.metric_explicit = true;
        }
        if (is(other.metric, "forward_pe") && is(mine.metric, "pe")) mine.metric = "forward_pe";
        // "Alibaba’s 33% market share" after "Alibaba Cloud ... 33% share": the
        // same figure, unless its own sentence states it next to company-wide ones.
        const bool alone = (i == 0 || mine.sentence != contexts[i - 1].sentence) &&
                           (i + 1 == n || mine.sentence != contexts[i + 1].sentence);
        const bool more_specific = other.subject_key.rfind(mine.subject_key + "/", 0) == 0;
        if (alone && ((!mine.subject_explicit && other.subject_explicit) || more_specific)) {
          mine.subject_key = other.subject_key;
          mine.subject = other.subject;
          mine.subject_explicit = true;
        }
        if (!mine.period_explicit && other.period_explicit) {
          take_period(mine, other);
          mine.period_explicit = true;
        }
        if (mine.listing.empty()) mine.listing = other.listing;
        if (mine.basis.empty()) mine.basis = other.basis;
        if (mine.phrase.empty()) mine.phrase = other.phrase;
      }
    }
  }
}

}  // namespace keyfigures
