// Scores a report against the hand-made gold labels (shared/gold/seeds.json):
// figure recall, pairwise grouping F1, flag recall/precision, and the
// consistent / tolerated / noise / span-integrity rules. Pure functions, so the
// scorer itself can be tested on synthetic reports. Rules: docs/accuracy.md.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "keyfigures/model.hpp"
#include "keyfigures/result.hpp"

namespace keyfigures::gold {

struct GoldFigure {
  std::string id;
  std::string article;
  std::string quote;
  double value = 0;
  std::string unit;
  std::string hedge;
  std::string card;
  bool optional = false;
};

struct GoldCard {
  std::string id;
  std::string label;
  std::vector<std::string> figures;
};

struct GoldDisagreement {
  std::string card;
  std::string kind;
  std::string severity;  // major or minor
  std::vector<std::pair<std::string, std::string>> pairs;  // article ids
  std::string why;
};

struct GoldNoise {
  std::string article;
  std::string quote;
};

struct Gold {
  std::vector<GoldFigure> figures;
  std::vector<GoldCard> cards;
  std::vector<GoldDisagreement> disagreements;
  std::vector<std::string> consistent;
  std::vector<std::string> tolerated;
  std::vector<GoldNoise> noise;
};

Result<Gold> parse_gold(std::string_view json);

// A [start, end) span in UTF-16 code units, as report offsets are.
struct Span {
  std::size_t start = 0;
  std::size_t end = 0;
};

// Every occurrence of `quote` in `text` (both UTF-8), as UTF-16 spans.
std::vector<Span> find_utf16_occurrences(std::string_view text, std::string_view quote);

// The UTF-8 text of `text`'s UTF-16 slice [start, end), or an empty optional
// value signalled by `ok == false` when the span is out of range or splits a
// surrogate pair.
struct Utf16Slice {
  bool ok = false;
  std::string text;
};
Utf16Slice slice_utf16(std::string_view text, std::size_t start, std::size_t end);

struct Scores {
  // Figures.
  std::size_t required_total = 0;
  std::size_t required_matched = 0;
  std::size_t all_total = 0;  // required + optional
  std::size_t all_matched = 0;
  double figure_recall = 0;      // required only
  double figure_recall_all = 0;  // with optional figures

  // Pairwise grouping over matched gold figures.
  std::size_t pairs_gold_same = 0;
  std::size_t pairs_predicted_same = 0;
  std::size_t pairs_both_same = 0;
  double grouping_precision = 0;
  double grouping_recall = 0;
  double grouping_f1 = 0;

  // Flags.
  std::size_t disagreements_total = 0;
  std::size_t disagreements_found = 0;
  std::size_t major_total = 0;
  std::size_t major_found_as_major = 0;
  std::size_t conflict_flags_total = 0;  // report flags with severity major/minor
  std::size_t conflict_flags_matching = 0;
  double flag_recall = 0;
  double major_recall = 0;
  double flag_precision = 0;

  // Rules that must hold exactly.
  std::size_t consistent_violations = 0;
  std::size_t tolerated_violations = 0;
  std::size_t noise_violations = 0;
  std::size_t span_errors = 0;

  // One line per item, short enough to read in a terminal.
  std::vector<std::string> missed_figures;        // gold figures without a match
  std::vector<std::string> wrongly_split;         // gold-same pairs in different report cards
  std::vector<std::string> wrongly_merged;        // report-same pairs from different gold cards
  std::vector<std::string> flag_problems;         // missed or mis-typed disagreements
  std::vector<std::string> wrong_flags;           // conflict flags matching no disagreement
  std::vector<std::string> rule_violations;       // consistent, tolerated, noise, spans
  std::vector<std::string> unmatched_card_figures;  // report figures in cards with no gold match
  std::vector<std::string> card_mapping;          // report card -> gold card
};

Scores score_report(const Gold& gold, const Bundle& bundle, const Report& report);

// "gold: figure recall 0.986 (69/70 required) | grouping F1 ... "
std::string summary_line(const Scores& scores);
// The summary plus every diagnostic section.
std::string diagnostics_text(const Scores& scores);
std::string scores_to_json(const Scores& scores);

}  // namespace keyfigures::gold
