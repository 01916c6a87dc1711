// Splits article text into word, number and symbol tokens with byte offsets.
// Every later stage reads tokens, never raw bytes.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string_view>
#include <utility>
#include <vector>

#include "word_equal.hpp"

namespace keyfigures {

enum class TokenKind : std::uint8_t { word, number, symbol };

// Fields ordered for a 40-byte token: a text has one token per ~5 bytes, and
// every pass streams through them, so a smaller token is fewer cache lines.
struct Token {
  std::uint32_t begin = 0;  // byte offsets in the text (bundles are far below 4 GiB)
  std::uint32_t end = 0;
  const char* lowered = nullptr;  // this token in Tokens' lowercased copy of the text
  double number = 0;              // numbers only: the value as written
  std::uint32_t hash = 0;         // word_hash(lower()), for lexicon lookups
  std::uint32_t classes = 0;      // WordClass bits of lower() (word_classes.hpp)
  std::uint8_t decimals = 0;      // numbers only: digits after the decimal point (at most 15)
  TokenKind kind = TokenKind::symbol;
  bool space_before : 1 = false;       // whitespace between the previous token and this one
  bool newline_before : 1 = false;     // a line break in that whitespace
  bool blank_line_before : 1 = false;
  bool has_digit : 1 = false;          // words like "Qwen3", "H20"
  bool capitalized : 1 = false;        // first character is an uppercase ASCII letter
  bool thousands_separated : 1 = false;  // numbers only: "1,250"
  bool usable : 1 = true;              // numbers only: false for 16+ digit strings

  // ASCII-lowercased text; symbols keep their UTF-8 bytes.
  std::string_view lower() const { return {lowered, end - begin}; }
};

// Texts are tokenized up to this many bytes (token offsets are 32-bit).
inline constexpr std::size_t kMaxTokenizedBytes = 0xFFFFFFFFu;

// The tokens of one text. Their `lower` views point into the lowercased copy
// held here, so tokens never allocate; moving keeps the views valid, copying
// is not allowed (the copy's views would point into the original).
class Tokens : public std::vector<Token> {
 public:
  Tokens() = default;
  explicit Tokens(std::string_view text);
  Tokens(Tokens&& other) noexcept { *this = std::move(other); }
  Tokens& operator=(Tokens&& other) noexcept {
    std::vector<Token>::operator=(std::move(other));
    lowered_ = std::move(other.lowered_);
    count_ = std::exchange(other.count_, 0);
    other.clear();
    return *this;
  }
  Tokens(const Tokens&) = delete;
  Tokens& operator=(const Tokens&) = delete;

  // The token count, kept: std::vector computes it by dividing by the size of
  // a Token, and the rules test it in every loop over tokens.
  std::size_t size() const { return count_; }

 private:
  std::unique_ptr<char[]> lowered_;
  std::size_t count_ = 0;
};

Tokens tokenize(std::string_view text);

// True when the token is the symbol `s` ("$", "%", "’"...).
inline bool is_symbol(const Token& token, std::string_view s) {
  return token.kind == TokenKind::symbol && is(token.lower(), s);
}
inline bool is_word(const Token& token, std::string_view s) {
  return token.kind == TokenKind::word && is(token.lower(), s);
}

// The first token of token i's line (the token after a line break, or 0),
// walking back no further than `floor`.
inline std::size_t line_first(const Tokens& t, std::size_t i, std::size_t floor = 0) {
  while (i > floor && !t[i].newline_before) --i;
  return i;
}

}  // namespace keyfigures
