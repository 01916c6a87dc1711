// is(text, word): the equality every rule uses to compare a word with a
// literal, inlined.
#pragma once

#include <cstddef>
#include <string_view>

namespace keyfigures {

// text == word, inlined: the rules compare words with short literals
// everywhere (is(t[i].lower, "of"), is(c.period, "quarter")), and
// std::string_view's == calls out to compare() and memcmp for each.
inline bool is(std::string_view text, std::string_view word) {
  if (text.size() != word.size()) return false;
  for (std::size_t i = 0; i < text.size(); ++i)
    if (text[i] != word[i]) return false;
  return true;
}

}  // namespace keyfigures
