// Word classes: small lexicon memberships that per-token loops test, looked
// up once per token by the tokenizer (Token::classes) so those loops test a
// bit instead of probing a table for every token of a text.
#pragma once

#include <cstdint>
#include <string_view>

#include "lexicon.hpp"
#include "word_index.hpp"

namespace keyfigures {

enum WordClass : std::uint32_t {
  kChineseCue = 1u << 0,       // "china", "yuan", "hong": "¥" is CNY
  kJapaneseCue = 1u << 1,      // "japan", "yen", "nikkei": "¥" is JPY
  kClauseBreak = 1u << 2,      // ",", ";", "—", "but", "while"
  kAbbreviation = 1u << 3,     // "inc", "corp", "jan": a "." after it does not end a sentence
  kNotAName = 1u << 4,         // capitalized words that never start a company name ("The", "Monday")
  kStartsQuantity = 1u << 5,   // words and symbols a quantity can start with ("$", "one", "half")
  kGlue = 1u << 6,             // symbols skipped between the words of a cue: "U.S.-listed"
  kOrgCue = 1u << 7,           // "corp", "plc", "shares" after a name: a company
  kPlaceOrSegment = 1u << 8,   // "china", "nasdaq", "cloud": never a company name
  // First words of the entries of lexicon tables that are searched token by
  // token (WordIndex): a token without the bit starts no entry of that table.
  kStartsSessionCue = 1u << 9,
  kStartsListingCue = 1u << 10,
  kStartsPeriodCue = 1u << 11,
  kStartsSegmentCue = 1u << 12,
  kStartsIndexName = 1u << 13,
  kStartsCountAction = 1u << 14,
  kStartsMetricCue = 1u << 15,
  kStartsCountNoun = 1u << 16,
  kRivalWord = 1u << 17,       // "rival", "competitor": the next name is another company
  kStartsUnit = 1u << 18,      // "%", "percent", "bps", "x", "cents": a unit after a number (counted nouns aside)
  kMonthName = 1u << 19,       // "january", "jan": lexicon::month_number is not 0
  kStartsGluedQuantity = 1u << 20,  // "-", "+", "US", "HK": a quantity only when glued to the next token ("-5%", "US$5")
  kUpWord = 1u << 21,          // lexicon::up_words: "rose", "jumped"
  kDownWord = 1u << 22,        // lexicon::down_words: "fell", "slumped"
  kUpNoun = 1u << 23,          // lexicon::up_nouns: "gain", "rise"
  kDownNoun = 1u << 24,        // lexicon::down_nouns: "drop", "decline"
};

// lexicon::month_number of a token's word, after one bit test.
inline int month_number(const Token& token) {
  return (token.classes & kMonthName) ? lexicon::month_number(token.lower()) : 0;
}

// Lowercase words to their WordClass bits, built once.
using WordClassTable = WordTable<std::uint32_t>;
const WordClassTable& word_class_table();

// The classes of a token's word (its `hash` must be set); 0 for most words.
inline std::uint32_t word_class_of(const WordClassTable& table, const Token& token) {
  const std::uint32_t* classes = table.find(token);
  return classes ? *classes : 0;
}

}  // namespace keyfigures
