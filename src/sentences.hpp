// Sentence and clause boundaries over tokens: context cues are looked up
// within the figure's clause first, then its sentence, then its paragraph.
#pragma once

#include <cstddef>
#include <memory>
#include <utility>
#include <vector>

#include "tokenizer.hpp"

namespace keyfigures {

// An allocator whose resize() leaves ints unset: segment() writes each of
// them, so zero-filling three per token first is wasted work.
template <typename T>
struct UninitializedAllocator : std::allocator<T> {
  template <typename U>
  void construct(U* p) noexcept {
    ::new (static_cast<void*>(p)) U;
  }
  template <typename U, typename... Args>
  void construct(U* p, Args&&... args) {
    ::new (static_cast<void*>(p)) U(std::forward<Args>(args)...);
  }
};
using TokenIndexes = std::vector<int, UninitializedAllocator<int>>;

struct Segments {
  TokenIndexes sentence;   // sentence index of each token
  TokenIndexes clause;     // clause index of each token (clauses never span sentences)
  TokenIndexes paragraph;  // paragraph index (blank line, or a line break before a heading-like line)
  std::vector<std::size_t> sentence_first;  // first token of each sentence
  std::vector<std::size_t> sentence_last;   // last token of each sentence
};

Segments segment(const Tokens& tokens);

}  // namespace keyfigures
