// UTF-8 validation and UTF-8 -> UTF-16 offset conversion.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace keyfigures {

// Byte offset of the first invalid sequence, or nullopt when `text` is valid
// UTF-8 (no overlongs, no surrogates, nothing past U+10FFFF).
std::optional<std::size_t> find_invalid_utf8(std::string_view text);

// Decodes one code point at `pos` of valid UTF-8 and advances `pos`.
char32_t decode_utf8(std::string_view text, std::size_t& pos);

// Walks a text once, converting increasing byte offsets to UTF-16 offsets.
class Utf16Cursor {
 public:
  explicit Utf16Cursor(std::string_view text) : text_(text) {}
  // `byte_offset` must not decrease between calls (it may repeat).
  std::size_t to_utf16(std::size_t byte_offset);

 private:
  std::string_view text_;
  std::size_t byte_ = 0;
  std::size_t utf16_ = 0;
};

}  // namespace keyfigures
