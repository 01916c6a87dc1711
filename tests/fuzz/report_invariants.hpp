// The report invariants of docs/CONTRACT.md that hold for any correct report,
// whatever the extraction finds: offsets inside the article text, figure.text
// equal to the UTF-16 slice, finite numbers, unique ids, and cards/flags that
// only name existing figures and cards. Shared by fuzz_extract and
// tests/unit/regression_test.cpp.
#pragma once

#include <cmath>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>

#include "keyfigures/keyfigures.hpp"
#include "utf8.hpp"

namespace keyfigures::testing {

inline std::u16string utf8_to_utf16(std::string_view text) {
  std::u16string out;
  for (std::size_t pos = 0; pos < text.size();) {
    const char32_t code = decode_utf8(text, pos);
    if (code >= 0x10000) {
      out.push_back(static_cast<char16_t>(0xD800 + ((code - 0x10000) >> 10)));
      out.push_back(static_cast<char16_t>(0xDC00 + ((code - 0x10000) & 0x3FF)));
    } else {
      out.push_back(static_cast<char16_t>(code));
    }
  }
  return out;
}

// The first broken invariant of `report` made from `bundle`, or nullopt.
inline std::optional<std::string> broken_invariant(const Bundle& bundle, const Report& report) {
  std::map<std::string, std::u16string> texts;
  for (const auto& article : bundle.articles) texts[article.id] = utf8_to_utf16(article.text);
  if (report.articles.size() != bundle.articles.size()) return "report.articles differs from the bundle";

  std::set<std::string> figure_ids;
  for (const auto& figure : report.figures) {
    const std::string name = "figure " + figure.id + " (\"" + figure.text + "\")";
    if (!figure_ids.insert(figure.id).second) return name + ": duplicate id";
    const auto text = texts.find(figure.article);
    if (text == texts.end()) return name + ": unknown article \"" + figure.article + "\"";
    if (figure.start > figure.end) return name + ": start > end";
    if (figure.end > text->second.size()) return name + ": end past the UTF-16 length of the text";
    if (utf8_to_utf16(figure.text) != text->second.substr(figure.start, figure.end - figure.start))
      return name + ": text differs from the UTF-16 slice [start, end)";
    if (!std::isfinite(figure.value)) return name + ": non-finite value";
    if ((figure.low && !std::isfinite(*figure.low)) || (figure.high && !std::isfinite(*figure.high)))
      return name + ": non-finite low/high";
  }
  for (const auto& figure : report.figures)
    if (!figure.same_amount_as.empty() && !figure_ids.count(figure.same_amount_as))
      return "figure " + figure.id + ": same_amount_as names an unknown figure";

  std::set<std::string> card_ids;
  for (const auto& card : report.cards) {
    if (!card_ids.insert(card.id).second) return "card " + card.id + ": duplicate id";
    for (const auto& id : card.figures)
      if (!figure_ids.count(id)) return "card " + card.id + ": unknown figure " + id;
  }
  std::set<std::string> flag_ids;
  for (const auto& flag : report.flags) {
    if (!flag_ids.insert(flag.id).second) return "flag " + flag.id + ": duplicate id";
    if (!card_ids.count(flag.card)) return "flag " + flag.id + ": unknown card " + flag.card;
    if (flag.severity != "major" && flag.severity != "minor" && flag.severity != "info")
      return "flag " + flag.id + ": severity \"" + flag.severity + "\"";
    for (const auto& id : flag.figures)
      if (!figure_ids.count(id)) return "flag " + flag.id + ": unknown figure " + id;
  }
  return std::nullopt;
}

}  // namespace keyfigures::testing
