// The hash of a lowercase word, computed once per token by the tokenizer and
// again for lexicon entries, so lexicon lookups by token never rehash text.
#pragma once

#include <cstdint>
#include <string_view>

namespace keyfigures {

// FNV-1a, 32 bits: cheap on short words, and good enough for small tables.
// word_hash_step lets the tokenizer hash a word while it reads it.
inline constexpr std::uint32_t kWordHashSeed = 2166136261u;

constexpr std::uint32_t word_hash_step(std::uint32_t h, char c) {
  return (h ^ static_cast<unsigned char>(c)) * 16777619u;
}

constexpr std::uint32_t word_hash(std::string_view word) {
  std::uint32_t h = kWordHashSeed;
  for (const char c : word) h = word_hash_step(h, c);
  return h;
}

}  // namespace keyfigures
