// The hash of a lowercase word, computed once per token by the tokenizer and
// again for lexicon entries, so lexicon lookups by token never rehash text.
#pragma once

#include <cstdint>
#include <string_view>

namespace keyfigures {

// FNV-1a, 32 bits: cheap on short words, and good enough for small tables.
constexpr std::uint32_t word_hash(std::string_view word) {
  std::uint32_t h = 2166136261u;
  for (const char c : word) h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
  return h;
}

}  // namespace keyfigures
