#include "tokenizer.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "utf8.hpp"
#include "word_classes.hpp"
#include "word_hash.hpp"

namespace keyfigures {

namespace {

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

// What an ASCII byte is to the tokenizer; bytes >= 0x80 start a multi-byte
// code point that is decoded and classified with the functions above.
enum ByteClass : unsigned char { kSymbol, kSpace, kNewline, kDigit, kUpper, kLower, kMultiByte };

constexpr std::array<unsigned char, 256> kByteClass = [] {
  std::array<unsigned char, 256> table{};
  for (int b = 0; b < 256; ++b) {
    unsigned char c = kSymbol;
    if (b >= 0x80) c = kMultiByte;
    else if (b == '\n') c = kNewline;
    else if (b == ' ' || b == '\t' || b == '\r' || b == '\f' || b == '\v') c = kSpace;
    else if (b >= '0' && b <= '9') c = kDigit;
    else if (b >= 'A' && b <= 'Z') c = kUpper;
    else if (b >= 'a' && b <= 'z') c = kLower;
    table[static_cast<std::size_t>(b)] = c;
  }
  return table;
}();

ByteClass class_of(char byte) { return static_cast<ByteClass>(kByteClass[static_cast<unsigned char>(byte)]); }

constexpr bool is_ascii_word_class(ByteClass c) { return c == kDigit || c == kUpper || c == kLower; }

bool is_digit_byte(char c) { return c >= '0' && c <= '9'; }

// The number starting at `start`: digits with "," thousands groups and one
// "." decimal part. Returns its end.
std::size_t read_number(std::string_view text, std::size_t start, Token& token) {
  std::size_t end = start;
  double integer = 0;
  while (end < text.size()) {
    const char d = text[end];
    if (is_digit_byte(d)) {
      integer = integer * 10 + (d - '0');
      ++end;
    } else if (d == ',' && end + 3 < text.size() && is_digit_byte(text[end + 1]) && is_digit_byte(text[end + 2]) &&
               is_digit_byte(text[end + 3]) && (end + 4 >= text.size() || !is_digit_byte(text[end + 4]))) {
      token.thousands_separated = true;
      ++end;
    } else {
      break;
    }
  }
  double fraction = 0, scale = 1;
  if (end + 1 < text.size() && text[end] == '.' && is_digit_byte(text[end + 1])) {
    ++end;
    while (end < text.size() && is_digit_byte(text[end])) {
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
  return end;
}

// Bits of an ASCII byte inside a word: kWordByte for letters and digits,
// kDigitByte for digits as well.
constexpr unsigned char kWordByte = 1, kDigitByte = 2;
constexpr std::array<unsigned char, 256> kWordBits = [] {
  std::array<unsigned char, 256> table{};
  for (int b = 0; b < 256; ++b) {
    const ByteClass c = static_cast<ByteClass>(kByteClass[static_cast<std::size_t>(b)]);
    if (is_ascii_word_class(c)) table[static_cast<std::size_t>(b)] = kWordByte;
    if (c == kDigit) table[static_cast<std::size_t>(b)] |= kDigitByte;
  }
  return table;
}();

// The end of the word whose first code point ends at `start`: ASCII letters
// and digits in bulk, other letters decoded one code point at a time.
std::size_t read_word(std::string_view text, std::size_t start, Token& token) {
  const char* bytes = text.data();
  const std::size_t size = text.size();
  std::size_t end = start;
  unsigned seen = 0;  // the kWordBits of every ASCII byte read, or-ed
  for (;;) {
    bool run_ended = false;  // bytes[end] is known to be no ASCII letter or digit
#if defined(__SSE2__)
    // Sixteen bytes a step (most words end within the first): letters are
    // the bytes that fall in 'a'..'z' once ORed with 0x20. Bytes >= 0x80 are
    // negative as signed and fall in no range.
    while (end + 16 <= size) {
      const __m128i chunk = _mm_loadu_si128(reinterpret_cast<const __m128i*>(bytes + end));
      const __m128i folded = _mm_or_si128(chunk, _mm_set1_epi8(0x20));
      const __m128i letters = _mm_and_si128(_mm_cmpgt_epi8(folded, _mm_set1_epi8('a' - 1)),
                                            _mm_cmplt_epi8(folded, _mm_set1_epi8('z' + 1)));
      const __m128i digits = _mm_and_si128(_mm_cmpgt_epi8(chunk, _mm_set1_epi8('0' - 1)),
                                           _mm_cmplt_epi8(chunk, _mm_set1_epi8('9' + 1)));
      const unsigned word_bytes = static_cast<unsigned>(_mm_movemask_epi8(_mm_or_si128(letters, digits)));
      const unsigned run = static_cast<unsigned>(__builtin_ctz(~word_bytes));  // bit 16 of ~ is set: run <= 16
      const unsigned digit_bytes = static_cast<unsigned>(_mm_movemask_epi8(digits)) & ((1u << run) - 1);
      if (digit_bytes) seen |= kDigitByte;
      end += run;
      if (run < 16) {
        run_ended = true;
        break;
      }
    }
#endif
    while (!run_ended && end < size) {
      const unsigned bits = kWordBits[static_cast<unsigned char>(bytes[end])];
      if (!(bits & kWordByte)) break;
      seen |= bits;
      ++end;
    }
    if (end >= size || class_of(bytes[end]) != kMultiByte) break;
    std::size_t next = end;
    if (!is_other_letter(decode_utf8(text, next))) break;
    end = next;
  }
  token.has_digit = (seen & kDigitByte) != 0;
  return end;
}

}  // namespace

// Every pass streams through the tokens: keep them to 40 bytes (32 in wasm32).
static_assert(sizeof(Token) <= 40);

Tokens tokenize(std::string_view text) { return Tokens(text); }

Tokens::Tokens(std::string_view text) : lowered_(new char[std::min(text.size(), kMaxTokenizedBytes) + 8]) {
  // Offsets are 32-bit; bundles are limited far below this (limits.hpp).
  text = text.substr(0, kMaxTokenizedBytes);
  // ASCII lowercasing keeps every byte offset, so one copy serves all tokens;
  // it ends in eight zero bytes so that hashing may read whole chunks.
  char* lowered = lowered_.get();
  std::memset(lowered + text.size(), 0, 8);
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char ch = text[i];
    lowered[i] = ch >= 'A' && ch <= 'Z' ? static_cast<char>(ch - 'A' + 'a') : ch;
  }
  const WordClassTable& classes = word_class_table();
  std::vector<Token>& tokens = *this;
  tokens.reserve(text.size() / 5);  // about one token per five bytes of prose
  std::size_t pos = 0;
  bool space = false, newline = false, blank = false;
  int newlines = 0;
  while (pos < text.size()) {
    const std::size_t start = pos;
    const ByteClass byte_class = class_of(text[pos]);
    // Single spaces between words are most of the whitespace: one test each.
    if (byte_class == kSpace) {
      space = true;
      ++pos;
      continue;
    }
    char32_t c = static_cast<unsigned char>(text[pos]);
    if (byte_class == kMultiByte) c = decode_utf8(text, pos);
    else ++pos;
    if (byte_class == kNewline || (byte_class == kMultiByte && is_space(c))) {
      space = true;
      if (byte_class == kNewline) {
        newline = true;
        if (++newlines >= 2) blank = true;
      }
      continue;
    }
    Token& token = tokens.emplace_back();  // filled in place: no copy of a 56-byte token
    token.begin = static_cast<std::uint32_t>(start);
    token.space_before = space;
    token.newline_before = newline;
    token.blank_line_before = blank;
    space = newline = blank = false;
    newlines = 0;

    // Digits inside a word ("Qwen3") never start a token: the word consumed them.
    if (byte_class == kDigit) {
      token.kind = TokenKind::number;
      token.has_digit = true;
      token.end = static_cast<std::uint32_t>(read_number(text, start, token));
    } else if (byte_class == kUpper || byte_class == kLower || (byte_class == kMultiByte && is_other_letter(c))) {
      token.kind = TokenKind::word;
      token.capitalized = byte_class == kUpper;
      token.end = static_cast<std::uint32_t>(read_word(text, pos, token));
      // "RMB1.2 billion", "USD5bn": a currency code glued to its number.
      const std::string_view word(lowered + start, token.end - start);
      if (const std::size_t code = token.has_digit ? glued_currency_code(word) : 0; code > 0) {
        token.end = static_cast<std::uint32_t>(start + code);
        token.has_digit = false;
      }
    } else {
      token.kind = TokenKind::symbol;
      token.end = static_cast<std::uint32_t>(pos);
    }
    pos = token.end;
    token.lowered = lowered + start;
    token.hash = word_hash_padded(token.lowered, token.end - start);
    token.classes = word_class_of(classes, token);
  }
  count_ = tokens.size();
}

}  // namespace keyfigures
