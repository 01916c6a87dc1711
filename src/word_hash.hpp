// The hash of a lowercase word, computed once per token by the tokenizer and
// again for lexicon entries, so lexicon lookups by token never rehash text.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace keyfigures {

namespace detail {
constexpr std::uint64_t mix_word_chunk(std::uint64_t h, std::uint64_t chunk) {
  h = (h ^ chunk) * 0x9E3779B97F4A7C15ull;
  return h ^ (h >> 29);
}
constexpr std::uint32_t finish_word_hash(std::uint64_t h) {
  h *= 0xBF58476D1CE4E5B9ull;
  return static_cast<std::uint32_t>(h ^ (h >> 32));
}
}  // namespace detail

// Eight bytes at a time (little-endian chunks, the last one zero-filled):
// words are short, so this is one or two multiplications a word.
constexpr std::uint32_t word_hash(std::string_view word) {
  std::uint64_t h = word.size();
  std::size_t i = 0;
  do {
    std::uint64_t chunk = 0;
    for (std::size_t k = 0; k < 8 && i + k < word.size(); ++k)
      chunk |= static_cast<std::uint64_t>(static_cast<unsigned char>(word[i + k])) << (8 * k);
    h = detail::mix_word_chunk(h, chunk);
    i += 8;
  } while (i < word.size());
  return detail::finish_word_hash(h);
}

namespace detail {
// kLowBytes[n] keeps the low n bytes of a little-endian chunk (n <= 8).
inline constexpr std::uint64_t kLowBytes[9] = {
    0, 0xFF, 0xFFFF, 0xFFFFFF, 0xFFFFFFFF, 0xFFFFFFFFFF, 0xFFFFFFFFFFFF, 0xFFFFFFFFFFFFFF, ~std::uint64_t{0}};

// The eight bytes at `p`, of which the first `size` (capped at 8) are kept.
inline std::uint64_t padded_chunk(const char* p, std::size_t size) {
  std::uint64_t chunk;
  std::memcpy(&chunk, p, 8);
  return chunk & kLowBytes[size < 8 ? size : 8];  // a table, not a branch: word lengths are unpredictable
}
}  // namespace detail

// word_hash of the `size` bytes at `p`, reading whole eight-byte chunks: the
// caller guarantees up to seven readable bytes past the end (the tokenizer
// pads its lowercased copy).
inline std::uint32_t word_hash_padded(const char* p, std::size_t size) {
  // Most words fit the first chunk: no loop for them.
  std::uint64_t h = detail::mix_word_chunk(size, detail::padded_chunk(p, size));
  for (std::size_t i = 8; i < size; i += 8) h = detail::mix_word_chunk(h, detail::padded_chunk(p + i, size - i));
  return detail::finish_word_hash(h);
}

// The first eight bytes of a word, zero-filled: lexicon words are short, so
// equal heads and sizes mostly settle equality without a byte loop.
inline std::uint64_t word_head(std::string_view word) {
  std::uint64_t head = 0;
  for (std::size_t k = 0; k < 8 && k < word.size(); ++k)
    head |= static_cast<std::uint64_t>(static_cast<unsigned char>(word[k])) << (8 * k);
  return head;
}
// word_head of padded text (as word_hash_padded).
inline std::uint64_t word_head_padded(const char* p, std::size_t size) { return detail::padded_chunk(p, size); }

}  // namespace keyfigures
