// The report as a table a person reads at a terminal: cards by salience,
// each with the values per outlet, then the flags.
#include <fmt/format.h>

#include <map>

#include "keyfigures/keyfigures.hpp"
#include "printable.hpp"

namespace keyfigures {

namespace {

std::string hedge_word(Hedge hedge) {
  switch (hedge) {
    case Hedge::approx: return "about ";
    case Hedge::over: return "over ";
    case Hedge::under: return "under ";
    default: return "";
  }
}

const char* severity_word(const std::string& severity) {
  if (severity == "major") return "MAJOR";
  if (severity == "minor") return "minor";
  return "info ";
}

std::string one_line(std::string text) {
  for (char& c : text)
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  return printable(text);
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
    // Flags first: they are what a reader scans for.
    for (const Flag* flag : card_flags)
      out += fmt::format("     {} {}: {}\n", severity_word(flag->severity), flag->kind, one_line(flag->message));
    // Qualifiers shared by every figure of the card are in its label; show the rest.
    std::vector<const Figure*> members;
    for (const auto& id : card.figures)
      if (const auto it = figures.find(id); it != figures.end()) members.push_back(it->second);
    std::map<std::string, std::size_t> qualifier_count;
    for (const Figure* f : members)
      for (const auto& q : f->qualifiers) ++qualifier_count[q];
    for (const Figure* f : members) {
      std::string extra;
      for (const auto& q : f->qualifiers)
        if (qualifier_count[q] < members.size()) extra += (extra.empty() ? "" : ", ") + q;
      std::string value = hedge_word(f->hedge) + one_line(f->text);
      if (!extra.empty()) value = fmt::format("{:<28} ({})", value, extra);
      out += fmt::format("     {:<24} {}\n", one_line(sources[f->article]).substr(0, 24), value);
    }
  }
  return out;
}

}  // namespace keyfigures
