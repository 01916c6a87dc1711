#include "utf8.hpp"

#include <algorithm>
#include <cstdint>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace keyfigures {

namespace {
int sequence_length(unsigned char lead) {
  if (lead < 0x80) return 1;
  if (lead >= 0xC2 && lead <= 0xDF) return 2;
  if (lead >= 0xE0 && lead <= 0xEF) return 3;
  if (lead >= 0xF0 && lead <= 0xF4) return 4;
  return 0;
}
bool is_continuation(unsigned char c) { return (c & 0xC0) == 0x80; }
}  // namespace

std::optional<std::size_t> find_invalid_utf8(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size()) {
    const auto lead = static_cast<unsigned char>(text[i]);
    const int length = sequence_length(lead);
    if (length == 0 || i + length > text.size()) return i;
    for (int k = 1; k < length; ++k)
      if (!is_continuation(static_cast<unsigned char>(text[i + k]))) return i;
    const auto second = static_cast<unsigned char>(text[i + 1 < text.size() ? i + 1 : i]);
    if (lead == 0xE0 && second < 0xA0) return i;  // overlong
    if (lead == 0xED && second > 0x9F) return i;  // UTF-16 surrogate
    if (lead == 0xF0 && second < 0x90) return i;  // overlong
    if (lead == 0xF4 && second > 0x8F) return i;  // past U+10FFFF
    i += length;
  }
  return std::nullopt;
}

char32_t decode_utf8(std::string_view text, std::size_t& pos) {
  const auto lead = static_cast<unsigned char>(text[pos]);
  int length = sequence_length(lead);
  if (length == 0 || pos + length > text.size()) {
    ++pos;
    return U'\uFFFD';
  }
  char32_t code = length == 1 ? lead : lead & (0x7F >> length);
  for (int k = 1; k < length; ++k) code = (code << 6) | (static_cast<unsigned char>(text[pos + k]) & 0x3F);
  pos += length;
  return code;
}

std::size_t Utf16Cursor::to_utf16(std::size_t byte_offset) {
  const std::size_t stop = std::min(byte_offset, text_.size());
  while (byte_ < stop) {
    // ASCII, most of any text, sixteen or eight bytes at a time: one UTF-16
    // unit a byte.
#if defined(__SSE2__)
    if (stop - byte_ >= 16) {
      const __m128i sixteen = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text_.data() + byte_));
      if (_mm_movemask_epi8(sixteen) == 0) {
        byte_ += 16;
        utf16_ += 16;
        continue;
      }
    }
#endif
    if (stop - byte_ >= 8) {
      std::uint64_t eight;
      std::memcpy(&eight, text_.data() + byte_, 8);
      if ((eight & 0x8080808080808080ull) == 0) {
        byte_ += 8;
        utf16_ += 8;
        continue;
      }
    }
    const auto lead = static_cast<unsigned char>(text_[byte_]);
    if (lead < 0x80) {
      ++byte_;
      ++utf16_;
      continue;
    }
    const int length = sequence_length(lead);
    utf16_ += length == 4 ? 2 : 1;
    byte_ += length == 0 ? 1 : length;
  }
  return utf16_;
}

}  // namespace keyfigures
