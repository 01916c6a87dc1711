// Fuzz target: raw bytes as the text of a one-article bundle, straight into
// analyze() (no JSON), checking the report invariants of docs/CONTRACT.md:
// offsets inside the text, figure.text equal to the UTF-16 slice, finite
// values, and cards/flags that only name existing figures and cards.
// The core requires valid UTF-8 (parse_bundle rejects anything else), so
// invalid inputs are skipped.
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <set>
#include <string>
#include <string_view>

#include "keyfigures/keyfigures.hpp"
#include "utf8.hpp"

namespace {

[[noreturn]] void fail(const char* what, const keyfigures::Figure* figure = nullptr) {
  std::fprintf(stderr, "invariant broken: %s\n", what);
  if (figure)
    std::fprintf(stderr, "figure %s: text \"%s\" start %zu end %zu value %g\n", figure->id.c_str(),
                 figure->text.c_str(), figure->start, figure->end, figure->value);
  std::abort();
}

std::u16string to_utf16(std::string_view text) {
  std::u16string out;
  for (std::size_t pos = 0; pos < text.size();) {
    const char32_t code = keyfigures::decode_utf8(text, pos);
    if (code >= 0x10000) {
      out.push_back(static_cast<char16_t>(0xD800 + ((code - 0x10000) >> 10)));
      out.push_back(static_cast<char16_t>(0xDC00 + ((code - 0x10000) & 0x3FF)));
    } else {
      out.push_back(static_cast<char16_t>(code));
    }
  }
  return out;
}



}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  if (keyfigures::find_invalid_utf8(text)) return 0;

  keyfigures::Bundle bundle;
  bundle.name = "fuzz";
  bundle.articles.push_back({"a", "Source", "https://example.com/a", "2025-09-24", "Title",
                             std::string(text)});
  const keyfigures::Report report = keyfigures::analyze(bundle);

  const std::u16string utf16 = to_utf16(text);
  std::set<std::string> figure_ids;
  for (const auto& figure : report.figures) {
    if (!figure_ids.insert(figure.id).second) fail("duplicate figure id", &figure);
    if (figure.article != "a") fail("figure names an unknown article", &figure);
    if (figure.start > figure.end) fail("start > end", &figure);
    if (figure.end > utf16.size()) fail("end past the UTF-16 length", &figure);
    if (to_utf16(figure.text) != utf16.substr(figure.start, figure.end - figure.start))
      fail("text differs from the UTF-16 slice", &figure);
    if (!std::isfinite(figure.value)) fail("non-finite value", &figure);
    if ((figure.low && !std::isfinite(*figure.low)) || (figure.high && !std::isfinite(*figure.high)))
      fail("non-finite range end", &figure);
  }
  for (const auto& figure : report.figures)
    if (!figure.same_amount_as.empty() && !figure_ids.count(figure.same_amount_as))
      fail("same_amount_as names an unknown figure", &figure);
  std::set<std::string> card_ids;
  for (const auto& card : report.cards) {
    if (!card_ids.insert(card.id).second) fail("duplicate card id");
    for (const auto& id : card.figures)
      if (!figure_ids.count(id)) fail("card names an unknown figure");
  }
  for (const auto& flag : report.flags) {
    if (!card_ids.count(flag.card)) fail("flag names an unknown card");
    if (flag.severity != "major" && flag.severity != "minor" && flag.severity != "info")
      fail("flag severity outside major|minor|info");
    for (const auto& id : flag.figures)
      if (!figure_ids.count(id)) fail("flag names an unknown figure");
  }
  return 0;
}
