// Sentence and clause boundaries over tokens: context cues are looked up
// within the figure's clause first, then its sentence, then its paragraph.
#pragma once

#include <cstddef>
#include <vector>

#include "tokenizer.hpp"

namespace keyfigures {

struct Segments {
  std::vector<int> sentence;   // sentence index of each token
  std::vector<int> clause;     // clause index of each token (clauses never span sentences)
  std::vector<int> paragraph;  // paragraph index (blank line, or a line break before a heading-like line)
  std::vector<std::size_t> sentence_first;  // first token of each sentence
  std::vector<std::size_t> sentence_last;   // last token of each sentence
};

Segments segment(const Tokens& tokens);

}  // namespace keyfigures
