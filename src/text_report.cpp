// The report as a table a person reads at a terminal: cards by salience,
// each with the values per outlet, then the flags.
#include <fmt/format.h>

#include <map>

#include "keyfigures/keyfigures.hpp"

namespace keyfigures {

namespace {

const char* hedge_word(Hedge hedge) {
  switch (hedge) {
    case Hedge::approx: return "about ";
    case Hedge::over: return "over ";
    case Hedge::under: return "under ";
    default: return "";
  }
}

std::string one_line(std::string text) {
  for (char& c : text)
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  return text;
}

}  // namespace

std::string report_to_text(const Report& report) {
  std::map<std::string, const Figure*> figures;
  for (const auto& f : report.figures) figures[f.id] = &f;
  std::map<std::string, std::string> sources;
  for (const auto& a : report.articles) sources[a.id] = a.source.empty() ? a.id : a.source;
  std::map<std::string, std::vector<const Flag*>> flags_by_card;
  for (const auto& flag : report.flags) flags_by_card[flag.card].push_back(&flag);

  std::string out = fmt::format("{} — {} articles, {} figures, {} cards, {} flags\n",
                                report.bundle.empty() ? "bundle" : one_line(report.bundle),
                                report.articles.size(), report.figures.size(), report.cards.size(),
                                report.flags.size());
  for (const auto& card : report.cards) {
    const auto& card_flags = flags_by_card[card.id];
    std::string marker = "  ";
    for (const Flag* flag : card_flags)
      if (flag->severity == "major") marker = "!!";
      else if (flag->severity == "minor" && marker == "  ") marker = "! ";
    out += fmt::format("\n{} {}  [{}]\n", marker, one_line(card.label), card.id);
    for (const auto& id : card.figures) {
      const auto it = figures.find(id);
      if (it == figures.end()) continue;
      const Figure& f = *it->second;
      out += fmt::format("     {:<24} {}{}\n", one_line(sources[f.article]).substr(0, 24),
                         hedge_word(f.hedge), one_line(f.text));
    }
    for (const Flag* flag : card_flags)
      out += fmt::format("     {} {}: {}\n", flag->severity == "major" ? "MAJOR" : flag->severity == "minor" ? "minor" : "info ",
                         flag->kind, one_line(flag->message));
  }
  return out;
}

}  // namespace keyfigures
