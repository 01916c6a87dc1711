// The lookup machinery behind every lexicon test: token hashes, the flat
// hash tables, phrase indexes and word classes. A token's hash must equal the
// hash of the same word in a lexicon, or every lookup silently misses.
#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

#include "tokenizer.hpp"
#include "word_classes.hpp"
#include "word_hash.hpp"
#include "word_index.hpp"

namespace kf = keyfigures;

TEST_CASE("lookup: the tokenizer's hash of a word equals word_hash of the lowercase word") {
  const std::string text =
      "Revenue ROSE 9% to $4.5bn; a data-center push, Qwen3 and H20 chips, 24/7 Wall St. "
      "Caf\xC3\xA9 chain's \xE2\x80\x94 supercalifragilisticexpialidocious RMB1.2 billion, exactly-eight";
  const kf::Tokens tokens = kf::tokenize(text);
  REQUIRE(tokens.size() > 20);
  for (const kf::Token& token : tokens) {
    CAPTURE(std::string(token.lower()));
    CHECK(token.hash == kf::word_hash(token.lower()));
    CHECK(token.hash == kf::word_hash_padded(token.lower().data(), token.lower().size()));
  }
}

TEST_CASE("lookup: word_hash tells apart words that share chunks or differ only in length") {
  const std::vector<std::string_view> words{"a",        "aa",      "ab", "ba",    "abcdefgh",
                                            "abcdefghi", std::string_view("abcdefgh\0", 9),
                                            "revenue",  "revenues", "",   "share", "shares"};
  for (std::size_t i = 0; i < words.size(); ++i)
    for (std::size_t j = i + 1; j < words.size(); ++j) {
      CAPTURE(words[i]);
      CAPTURE(words[j]);
      CHECK(kf::word_hash(words[i]) != kf::word_hash(words[j]));
    }
}

TEST_CASE("lookup: a WordTable finds what it holds after growing, and nothing else") {
  kf::WordTable<int> table;
  std::vector<std::string> words;
  for (int i = 0; i < 500; ++i) {
    std::string word = "w";
    word += std::to_string(i);
    words.push_back(word);
  }
  for (int i = 0; i < 500; ++i) table[words[static_cast<std::size_t>(i)]] = i + 1;
  for (int i = 0; i < 500; ++i) {
    const int* value = table.find(words[static_cast<std::size_t>(i)]);
    REQUIRE(value != nullptr);
    CHECK(*value == i + 1);
  }
  CHECK(table.find("w500") == nullptr);
  CHECK(table.find("") == nullptr);
  CHECK(kf::WordTable<int>().find("anything") == nullptr);
}

namespace {
struct Phrase {
  std::string_view words;
};
}  // namespace

TEST_CASE("lookup: a WordIndex lists entries by first word in table order, with the rest split") {
  static constexpr Phrase kTable[] = {{"net income"}, {"net"}, {"gross margin"}, {"net interest income"}};
  const kf::WordIndex<Phrase> index{std::span<const Phrase>(kTable)};
  const kf::Tokens tokens = kf::tokenize("Net gross other");
  const auto net = index.starting_with(tokens[0]);
  REQUIRE(net.size() == 3);
  CHECK(net[0] == 0);
  CHECK(net[1] == 1);
  CHECK(net[2] == 3);
  REQUIRE(index.rest(3).size() == 2);
  CHECK(index.rest(3)[0].word == "interest");
  CHECK(index.rest(3)[1].word == "income");
  CHECK(index.rest(3)[1].hash == kf::word_hash("income"));
  CHECK(index.rest(1).empty());
  CHECK(index.starting_with(tokens[1]).size() == 1);
  CHECK(index.starting_with(tokens[2]).empty());
}

TEST_CASE("lookup: word classes are set by the tokenizer, whatever the case of the word") {
  const kf::Tokens tokens = kf::tokenize("The Hong Kong shares, but Corp. rose quietly");
  REQUIRE(tokens.size() == 10);
  CHECK((tokens[0].classes & kf::kNotAName));         // The
  CHECK((tokens[1].classes & kf::kPlaceOrSegment));   // Hong
  CHECK((tokens[1].classes & kf::kChineseCue));
  CHECK((tokens[3].classes & kf::kOrgCue));           // shares
  CHECK((tokens[4].classes & kf::kClauseBreak));      // ,
  CHECK((tokens[5].classes & kf::kClauseBreak));      // but
  CHECK((tokens[6].classes & kf::kAbbreviation));     // Corp
  CHECK((tokens[7].classes & kf::kGlue));             // .
  CHECK(tokens[8].classes == kf::kUpWord);            // rose
  CHECK(tokens[9].classes == 0);                      // quietly
}

TEST_CASE("lookup: an index with a first-word class skips tokens without it") {
  static constexpr Phrase kTable[] = {{"rose sharply"}};
  // "rose" carries no kStartsMetricCue bit, so this index never sees it...
  const kf::WordIndex<Phrase> gated{std::span<const Phrase>(kTable), kf::kStartsMetricCue};
  // ...while an ungated index over the same table does.
  const kf::WordIndex<Phrase> open{std::span<const Phrase>(kTable)};
  const kf::Tokens tokens = kf::tokenize("rose");
  CHECK(gated.starting_with(tokens[0]).empty());
  CHECK(open.starting_with(tokens[0]).size() == 1);
}

TEST_CASE("lookup: a moved-from word table is empty and usable, a copy keeps every word") {
  kf::WordTable<int> table;
  for (int i = 0; i < 100; ++i) table[std::string_view(i % 2 ? "odd" : "even")] += i;
  table["revenue"] = 7;
  const kf::WordTable<int> copy = table;
  kf::WordTable<int> moved = std::move(table);
  REQUIRE(moved.find("revenue") != nullptr);
  CHECK(*moved.find("revenue") == 7);
  CHECK(*moved.find("odd") == 2500);
  CHECK(*copy.find("even") == 2450);
  CHECK(table.find("revenue") == nullptr);  // NOLINT(bugprone-use-after-move): the point of the test
  table["profit"] = 3;
  CHECK(*table.find("profit") == 3);
  CHECK(table.find("revenue") == nullptr);
}
