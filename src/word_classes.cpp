#include "word_classes.hpp"

#include <initializer_list>

#include "lexicon.hpp"
#include "word_index.hpp"

namespace keyfigures {

namespace {

WordTable<std::uint32_t> build_table() {
  WordTable<std::uint32_t> table;
  const auto add = [&](WordClass c, std::initializer_list<std::string_view> words) {
    for (const auto word : words) table[word] |= c;
  };
  add(kChineseCue, {"china", "chinese", "beijing", "shanghai", "shenzhen", "hangzhou", "hong", "yuan", "rmb",
                    "renminbi", "alibaba", "tencent", "baidu", "huawei", "xiaomi", "byd"});
  add(kJapaneseCue, {"japan", "japanese", "tokyo", "yen", "nikkei", "toyota", "sony", "softbank", "nintendo",
                     "honda", "osaka", "boj"});
  add(kGlue, {".", "-", "/", "&", "’", "'", "–"});
  add(kClauseBreak, {",", ";", ":", "|", "—", "(", ")", "–", "but", "while", "whereas", "although", "though"});
  add(kAbbreviation, {"inc", "corp", "co", "ltd", "no", "st", "vs", "mr", "ms", "mrs", "dr", "jr", "sr", "jan",
                      "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "est",
                      "approx", "cf"});
  // Headline function words, calendar words, roles.
  add(kNotAName,
      {"the", "a", "an", "it", "its", "this", "that", "these", "those", "why", "what", "how", "when", "where",
       "who", "year", "today", "yesterday", "ceo", "cfo", "ai", "us", "u", "s", "investors", "could", "be",
       "is", "are", "was", "were", "can", "will", "would", "should", "may", "might", "and", "or", "of", "for",
       "with", "as", "at", "by", "in", "on", "to", "from", "after", "before", "but", "if", "than", "then",
       "has", "have", "had", "does", "did", "do", "not", "no", "new", "our", "we", "you", "they", "their",
       "his", "her", "shares", "stock", "stocks", "analysts", "analyst", "monday", "tuesday", "wednesday",
       "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "june", "july",
       "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul",
       "aug", "sep", "sept", "oct", "nov", "dec", "inc", "corp", "ltd", "plc", "se", "ag", "co", "llc",
       "group", "holdings", "q1", "q2", "q3", "q4", "read", "share", "photo", "source", "disclaimer",
       // Hedges and adverbs that open sentences ("About 4,100 employees..."), clock and zone words.
       "about", "around", "roughly", "nearly", "almost", "some", "more", "over", "only", "just", "also",
       "meanwhile", "however", "am", "pm", "est", "edt", "gmt", "bst", "cet", "utc", "gaap", "ifrs"});
  add(kRivalWord, {"rival", "rivals", "competitor", "peer"});
  add(kOrgCue, {"corp", "corporation", "inc", "group", "ltd", "holdings", "co", "plc", "ag", "sa", "nv", "se",
                "shares", "stock", "adrs", "adr", "llc"});
  add(kPlaceOrSegment,
      {"hong", "kong", "china", "chinese", "japan", "japanese", "us", "u", "american", "america", "europe",
       "european", "asia", "asian", "india", "indian", "korea", "korean", "british", "britain", "german",
       "germany", "french", "france", "wall", "street", "new", "york", "london", "tokyo", "shanghai",
       "shenzhen", "beijing", "global", "taiwan", "taipei", "seoul", "singapore", "mumbai", "osaka", "paris",
       "frankfurt", "zurich", "toronto", "sydney", "brazil", "mexico", "canada", "australia", "dubai", "saudi",
       "benchmark", "adr", "ads", "adrs", "nyse", "nasdaq", "hkex"});
  for (const auto& segment : lexicon::segment_cues()) table[segment.words] |= kPlaceOrSegment;
  const auto add_first_words = [&](WordClass c, const auto& entries) {
    for (const auto& entry : entries) table[entry.words.substr(0, entry.words.find(' '))] |= c;
  };
  add_first_words(kStartsSessionCue, lexicon::session_cues());
  add_first_words(kStartsListingCue, lexicon::listing_cues());
  add_first_words(kStartsPeriodCue, lexicon::period_cues());
  add_first_words(kStartsSegmentCue, lexicon::segment_cues());
  add_first_words(kStartsIndexName, lexicon::index_names());
  add_first_words(kStartsCountAction, lexicon::count_actions());
  add_first_words(kStartsMetricCue, lexicon::metric_cues());
  add_first_words(kStartsCountNoun, lexicon::count_nouns());
  // Everything a quantity can start with besides a number: currency markers,
  // word numbers, fractions, multipliers, shares and free scale words; signs
  // and dollar prefixes only when the next token is glued to them.
  add(kStartsGluedQuantity, {"+", "-", "−"});
  for (const auto& c : lexicon::dollar_prefixes()) table[c.token] |= kStartsGluedQuantity;
  add(kStartsQuantity, {"half", "quarter"});
  for (const auto& c : lexicon::currency_symbols()) table[c.token] |= kStartsQuantity;
  // "EUR 2.14 billion": a currency code is never a company's name.
  for (const auto& c : lexicon::currency_codes()) table[c.token] |= kStartsQuantity | kNotAName;
  for (const auto& n : lexicon::word_numbers()) table[n.word] |= kStartsQuantity;
  for (const auto& f : lexicon::fractions()) table[f.words.substr(0, f.words.find(' '))] |= kStartsQuantity;
  for (const auto& m : lexicon::multipliers()) table[m.word] |= kStartsQuantity;
  for (const auto& s : lexicon::scales())
    if (!s.attached_only) table[s.word] |= kStartsQuantity;
  for (const std::string_view month : {"january", "february", "march", "april", "may", "june", "july", "august",
                                       "september", "october", "november", "december"}) {
    table[month] |= kMonthName;
    table[month.substr(0, 3)] |= kMonthName;
  }
  for (const auto word : lexicon::up_words()) table[word] |= kUpWord;
  for (const auto word : lexicon::down_words()) table[word] |= kDownWord;
  for (const auto word : lexicon::up_nouns()) table[word] |= kUpNoun;
  for (const auto word : lexicon::down_nouns()) table[word] |= kDownNoun;
  // Everything unit_after (quantity_scanner.cpp) reads before counted nouns.
  add(kStartsUnit, {"%", "％", "percent", "pct", "per", "percentage", "pp", "ppt", "ppts", "basis", "bps", "bp",
                    "x", "×", "times"});
  for (const auto& c : lexicon::currency_words_after()) table[c.token] |= kStartsUnit;
  return table;
}

}  // namespace

const WordClassTable& word_class_table() {
  static const WordClassTable table = build_table();
  return table;
}

}  // namespace keyfigures
