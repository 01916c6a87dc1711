#include "printable.hpp"

#include <fmt/format.h>

#include "utf8.hpp"

namespace keyfigures {

std::string printable(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  std::size_t pos = 0;
  while (pos < text.size()) {
    const std::size_t start = pos;
    const auto lead = static_cast<unsigned char>(text[pos]);
    if (lead < 0x80) {
      ++pos;
      if (lead < 0x20 || lead == 0x7F) out += fmt::format("\\u{:04x}", lead);
      else out += static_cast<char>(lead);
      continue;
    }
    // One sequence at a time: invalid ones become U+FFFD.
    const auto invalid = find_invalid_utf8(text.substr(start, std::min<std::size_t>(4, text.size() - start)));
    const char32_t code = decode_utf8(text, pos);
    if (invalid && *invalid == 0) {
      out += "\uFFFD";
      pos = start + 1;
    } else if (code >= 0x80 && code <= 0x9F) {
      out += fmt::format("\\u{:04x}", static_cast<unsigned>(code));
    } else {
      out.append(text.substr(start, pos - start));
    }
  }
  return out;
}

}  // namespace keyfigures
