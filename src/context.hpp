// What each quantity measures: subject (company, segment, index, peer),
// metric, period, trading session and listing, read from its clause,
// sentence and paragraph with the lexicons in lexicon.hpp.
#pragma once

#include <map>
#include <set>
#include <string>
#include <vector>

#include "keyfigures/model.hpp"
#include "quantity.hpp"
#include "sentences.hpp"
#include "tokenizer.hpp"
#include "word_index.hpp"

namespace keyfigures {

// Companies and indexes of the whole bundle, and the one it is about.
struct Entities {
  std::map<std::string, std::string, std::less<>> alias_to_key;  // "baba" -> "alibaba"
  std::map<std::string, std::string, std::less<>> display;       // "alibaba" -> "Alibaba"
  std::map<std::string, std::string, std::less<>> listing;       // ticker alias -> "US" / "HK"
  std::map<std::string, std::string, std::less<>> home_listing;  // company key -> its one known listing ("" if several)
  std::set<std::string, std::less<>> companies;  // keys with corporate evidence (ticker, "Corp", "X shares", "rival X")
  std::string main_key;
  std::string main_display() const;

  Entities() = default;
  Entities(Entities&&) = default;
  Entities& operator=(Entities&&) = default;
  Entities(const Entities&) = delete;  // the alias index points into this object's maps

  // Indexes alias_to_key for key_of (after alias_to_key changes).
  void index_aliases();
  // The key an alias names ("baba" -> "alibaba"), or nullptr.
  const std::string* key_of(const Token& token) const;
  const std::string* key_of(std::string_view word) const;

 private:
  WordTable<const std::string*> key_of_alias_;
};

struct ArticleText {
  const Article* article = nullptr;
  Tokens tokens;
  Segments segments;
};

// Entities in two steps, so that a caller can read each article's names
// while its tokens are still in cache: add_article for every article, in
// bundle order, then finish once (mention counts, the main company).
class EntityFinder {
 public:
  void add_article(const ArticleText& article);  // tickers, corporate suffixes, rivals, possessives
  Entities finish(const std::vector<ArticleText>& articles, const Bundle& bundle) &&;

 private:
  Entities e_;
  std::set<std::string, std::less<>> rivals_;  // introduced as someone's rival: never the bundle's subject
};

// Both steps of EntityFinder.
Entities find_entities(const std::vector<ArticleText>& articles, const Bundle& bundle);

struct FigureContext {
  std::string subject_key;      // "alibaba/cloud", "nvidia", "peer:12"
  std::string subject;          // "Alibaba Cloud", "Nvidia", "U.S. mega-cap tech"
  bool subject_explicit = false;
  bool subject_is_market = false;  // an index, commodity or coin: it has a price, not shares
  std::string metric;           // "price_change", "revenue_growth", "count:sites", "amount"...
  bool metric_explicit = false;
  std::string period;           // "", "day", "ytd", "quarter", "annual", "multi_year", "year"
  std::string period_id;        // "Q2", "2021"
  std::string period_text;      // "June 2025 quarter": what a reader sees
  bool period_explicit = false;
  std::string session;          // "", premarket, intraday, regular, close, after_hours
  std::string listing;          // "", "US", "HK"
  std::string currency;         // a bare "$" read as the listing's dollar ("CAD" on the Toronto exchange)
  std::string weekday;          // "tuesday": the day of a move or price, when named
  bool weekday_inferred = false;  // adopted from the bundle's one weekday, not read near the figure
  std::string basis;            // "adjusted", "constant currency": how it was measured
  std::string scope;            // "in canada", "hub", "global": what part it covers
  bool year_over_year = false;
  bool bare_from_base = false;  // period "prior" only from a bare "from" ("expands from 91 DCs")
  bool period_unread = false;   // no period read, yet its sentence names one ("the first 11 months", "since June")
  std::string phrase;           // words naming what is measured, for labels ("AI market")
  int sentence = 0;
};

std::vector<FigureContext> read_context(const ArticleText& text, const std::vector<Quantity>& quantities,
                                        const Entities& entities);

// Fills what a figure leaves open from another figure of the same article
// with the same value and metric ("The 9% jump" after "jumped 9% in Hong Kong").
void share_context_within_article(const std::vector<Quantity>& quantities, std::vector<FigureContext>& contexts);

// A same-day move or price with no listing named is on the company's one
// known listing (from "(NASDAQ:TSLA)"), if it has only one.
void default_listing(const Entities& entities, FigureContext& context);

}  // namespace keyfigures
