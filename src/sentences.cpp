#include "sentences.hpp"

#include <string_view>

#include "word_classes.hpp"

namespace keyfigures {

namespace {

bool ends_sentence(const Tokens& t, std::size_t i) {
  const Token& token = t[i];
  if (token.kind != TokenKind::symbol) return false;
  if (is(token.lower(), "!") || is(token.lower(), "?")) return i + 1 < t.size() && t[i + 1].space_before;
  if (!is(token.lower(), ".")) return false;
  if (i + 1 >= t.size()) return true;
  const Token& next = t[i + 1];
  if (!next.space_before) return false;  // "9.26", "Investors.com", "U.S."
  if (i > 0) {
    const Token& before = t[i - 1];
    if (before.kind == TokenKind::word && before.lower().size() == 1) return false;  // "U.S. session"
    // "Corp. results", "Jan. 5": abbreviations keep the sentence going.
    if (before.kind == TokenKind::word && (before.classes & kAbbreviation))
      return false;
  }
  return next.capitalized || next.kind != TokenKind::word;
}

bool breaks_clause(const Token& token) { return token.classes & kClauseBreak; }

}  // namespace

Segments segment(const Tokens& tokens) {
  Segments s;
  const std::size_t n = tokens.size();
  s.sentence.resize(n);
  s.clause.resize(n);
  s.paragraph.resize(n);
  int sentence = 0, clause = 0, paragraph = 0;
  bool new_sentence = true;
  for (std::size_t i = 0; i < n; ++i) {
    const Token& token = tokens[i];
    if (i > 0 && token.newline_before) {
      new_sentence = true;
      if (token.blank_line_before || token.capitalized) ++paragraph;
    }
    if (new_sentence && i > 0) {
      ++sentence;
      ++clause;
      s.sentence_last.push_back(i - 1);
    }
    if (new_sentence) s.sentence_first.push_back(i);
    new_sentence = false;
    const bool breaks = breaks_clause(token);
    if (breaks && i > 0) ++clause;
    s.sentence[i] = sentence;
    s.clause[i] = clause;
    s.paragraph[i] = paragraph;
    if (ends_sentence(tokens, i)) new_sentence = true;
    if (breaks) ++clause;  // the breaking symbol opens no clause of its own
  }
  if (n > 0) s.sentence_last.push_back(n - 1);
  return s;
}

}  // namespace keyfigures
