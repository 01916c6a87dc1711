// Finds the lexicon entries that can start at a token in one hash lookup:
// entries are indexed by their first word, in table order (earlier entries
// win, so longer phrases listed first still match first).
#pragma once

#include <cstddef>
#include <span>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace keyfigures {

template <typename Entry>
class WordIndex {
 public:
  explicit WordIndex(std::span<const Entry> table) : table_(table) {
    for (std::size_t i = 0; i < table.size(); ++i) {
      const std::string_view words = table[i].words;
      by_first_word_[words.substr(0, words.find(' '))].push_back(i);
    }
  }

  // Entries whose first word is `word`; empty when none.
  std::span<const std::size_t> starting_with(std::string_view word) const {
    const auto it = by_first_word_.find(word);
    return it == by_first_word_.end() ? std::span<const std::size_t>() : std::span<const std::size_t>(it->second);
  }

  const Entry& operator[](std::size_t i) const { return table_[i]; }

 private:
  std::span<const Entry> table_;
  std::unordered_map<std::string_view, std::vector<std::size_t>> by_first_word_;
};

}  // namespace keyfigures
