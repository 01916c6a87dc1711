#include "tokenizer.hpp"

#include <cctype>
#include <cmath>

#include "utf8.hpp"

namespace keyfigures {

namespace {

bool is_ascii_letter(char32_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_digit(char32_t c) { return c >= '0' && c <= '9'; }
bool is_space(char32_t c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' || c == 0xA0 ||
         c == 0x2009 || c == 0x202F || c == 0x200B || c == 0xFEFF;
}

// Letters outside ASCII: Latin-1 and Latin Extended letters, Greek, Cyrillic,
// CJK and other scripts. Punctuation, currency signs, math and emoji are not.
bool is_other_letter(char32_t c) {
  if (c < 0xC0) return false;
  if (c == 0xD7 || c == 0xF7) return false;  // × ÷
  if (c < 0x2000) return true;
  if (c >= 0x3040 && c <= 0x9FFF) return true;   // kana, CJK
  if (c >= 0xAC00 && c <= 0xD7AF) return true;   // Hangul
  return false;
}

bool is_word_char(char32_t c) { return is_ascii_letter(c) || is_digit(c) || is_other_letter(c); }

// Length of a currency code that starts `word` and is directly followed by a
// digit ("rmb1" -> 3), or 0.
std::size_t glued_currency_code(std::string_view word) {
  static constexpr std::string_view kCodes[] = {"rmb", "usd", "hkd", "eur", "gbp", "cny", "jpy", "inr", "rs"};
  for (const auto code : kCodes)
    if (word.size() > code.size() && word.substr(0, code.size()) == code && word[code.size()] >= '0' &&
        word[code.size()] <= '9')
      return code.size();
  return 0;
}

}  // namespace

// One code point at `pos`, with a fast path for ASCII (most of any text).
char32_t next_code_point(std::string_view text, std::size_t& pos) {
  const auto byte = static_cast<unsigned char>(text[pos]);
  if (byte < 0x80) {
    ++pos;
    return byte;
  }
  return decode_utf8(text, pos);
}

Tokens tokenize(std::string_view text) { return Tokens(text); }

Tokens::Tokens(std::string_view text) : lowered_(new char[text.size() + 1]) {
  // ASCII lowercasing keeps every byte offset, so one copy serves all tokens.
  char* lowered = lowered_.get();
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char ch = text[i];
    lowered[i] = ch >= 'A' && ch <= 'Z' ? static_cast<char>(ch - 'A' + 'a') : ch;
  }
  std::vector<Token>& tokens = *this;
  tokens.reserve(text.size() / 5);  // about one token per five bytes of prose
  std::size_t pos = 0;
  bool space = false, newline = false, blank = false;
  int newlines = 0;
  while (pos < text.size()) {
    const std::size_t start = pos;
    const char32_t c = next_code_point(text, pos);
    if (is_space(c)) {
      space = true;
      if (c == '\n') {
        newline = true;
        if (++newlines >= 2) blank = true;
      }
      continue;
    }
    Token token;
    token.begin = start;
    token.space_before = space;
    token.newline_before = newline;
    token.blank_line_before = blank;
    space = newline = blank = false;
    newlines = 0;

    // Digits inside a word ("Qwen3") never start a token: the word consumed them.
    if (is_digit(c)) {
      // Digits with "," thousands groups and one "." decimal part.
      token.kind = TokenKind::number;
      std::size_t end = start;
      double integer = 0;
      while (end < text.size()) {
        const char d = text[end];
        if (d >= '0' && d <= '9') {
          integer = integer * 10 + (d - '0');
          ++end;
        } else if (d == ',' && end + 3 < text.size() &&
                   std::isdigit(static_cast<unsigned char>(text[end + 1])) &&
                   std::isdigit(static_cast<unsigned char>(text[end + 2])) &&
                   std::isdigit(static_cast<unsigned char>(text[end + 3])) &&
                   (end + 4 >= text.size() || !std::isdigit(static_cast<unsigned char>(text[end + 4])))) {
          token.thousands_separated = true;
          ++end;
        } else {
          break;
        }
      }
      double fraction = 0, scale = 1;
      if (end + 1 < text.size() && text[end] == '.' && std::isdigit(static_cast<unsigned char>(text[end + 1]))) {
        ++end;
        while (end < text.size() && std::isdigit(static_cast<unsigned char>(text[end]))) {
          if (token.decimals < 15) {
            scale /= 10;
            fraction += (text[end] - '0') * scale;
            ++token.decimals;
          }
          ++end;
        }
      }
      token.number = integer + fraction;
      // Past 15 digits a "number" is an ID or garbage, not a quantity.
      token.usable = std::isfinite(token.number) && integer < 1e15;
      token.end = end;
      token.lower = std::string_view(lowered + start, end - start);
      token.has_digit = true;
      pos = end;
    } else if (is_word_char(c)) {
      token.kind = TokenKind::word;
      token.capitalized = c >= 'A' && c <= 'Z';
      std::size_t end = pos;
      token.has_digit = is_digit(c);
      while (end < text.size()) {
        std::size_t next = end;
        const char32_t d = next_code_point(text, next);
        if (!is_word_char(d)) break;
        token.has_digit = token.has_digit || is_digit(d);
        end = next;
      }
      token.end = end;
      token.lower = std::string_view(lowered + start, end - start);
      // "RMB1.2 billion", "USD5bn": a currency code glued to its number.
      if (const std::size_t code = glued_currency_code(token.lower); code > 0) {
        token.end = start + code;
        token.lower = token.lower.substr(0, code);
        token.has_digit = false;
        end = token.end;
      }
      pos = end;
    } else {
      token.kind = TokenKind::symbol;
      token.end = pos;
      token.lower = std::string_view(lowered + start, pos - start);
    }
    tokens.push_back(token);
  }
}

}  // namespace keyfigures
