// Gold accuracy: the real pipeline on the demo bundle against the hand-made
// labels, plus tests of the scorer itself on a perfect report built from the
// labels and on deliberate damage to it.
#include <doctest/doctest.h>

#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

#include "gold_scoring.hpp"
#include "keyfigures/keyfigures.hpp"

namespace kg = keyfigures::gold;
using keyfigures::Bundle;
using keyfigures::Card;
using keyfigures::Figure;
using keyfigures::Flag;
using keyfigures::Hedge;
using keyfigures::Report;

namespace {

std::string read_file(const char* path) {
  std::ifstream in(path, std::ios::binary);
  REQUIRE_MESSAGE(in.good(), "cannot open " << path);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

const kg::Gold& gold_labels() {
  static const kg::Gold gold = [] {
    auto parsed = kg::parse_gold(read_file(KEYFIGURES_GOLD_PATH));
    REQUIRE_MESSAGE(parsed.ok(), parsed.error().message);
    return parsed.value();
  }();
  return gold;
}

const Bundle& demo_bundle() {
  static const Bundle bundle = [] {
    auto parsed = keyfigures::parse_bundle(read_file(KEYFIGURES_DEMO_BUNDLE), "demo bundle");
    REQUIRE_MESSAGE(parsed.ok(), parsed.error().message);
    return parsed.value();
  }();
  return bundle;
}

Hedge hedge_from(const std::string& name) {
  for (Hedge hedge : {Hedge::exact, Hedge::approx, Hedge::over, Hedge::under, Hedge::range})
    if (name == keyfigures::to_string(hedge)) return hedge;
  FAIL("unknown hedge " << name);
  return Hedge::exact;
}

const std::string& text_of(const Bundle& bundle, const std::string& article) {
  for (const auto& candidate : bundle.articles)
    if (candidate.id == article) return candidate.text;
  FAIL("unknown article " << article);
  static const std::string none;
  return none;
}

// The report a perfect pipeline would produce: one figure per gold figure at
// its quote's first occurrence, the gold cards, one flag per disagreement.
Report perfect_report(const kg::Gold& gold, const Bundle& bundle) {
  Report report;
  report.bundle = bundle.name;
  for (const auto& want : gold.figures) {
    auto spans = kg::find_utf16_occurrences(text_of(bundle, want.article), want.quote);
    REQUIRE_MESSAGE(!spans.empty(), want.id << " quote not in the bundle");
    Figure figure;
    figure.id = "f_" + want.id;
    figure.article = want.article;
    figure.text = want.quote;
    figure.start = spans[0].start;
    figure.end = spans[0].end;
    figure.value = want.value;
    figure.unit = want.unit;
    figure.hedge = hedge_from(want.hedge);
    report.figures.push_back(figure);
  }
  for (const auto& want : gold.cards) {
    Card card;
    card.id = "card_" + want.id;  // not the gold id: the scorer must map cards by content
    card.label = want.label;
    for (const auto& id : want.figures) card.figures.push_back("f_" + id);
    report.cards.push_back(card);
  }
  for (const auto& want : gold.disagreements) {
    Flag flag;
    flag.id = "flag_" + want.card;
    flag.card = "card_" + want.card;
    flag.kind = want.kind;
    flag.severity = want.severity;
    flag.message = want.why;
    for (const auto& article : {want.pairs[0].first, want.pairs[0].second})
      for (const auto& figure : gold.figures)
        if (figure.card == want.card && figure.article == article) {
          flag.figures.push_back("f_" + figure.id);
          break;
        }
    REQUIRE(flag.figures.size() == 2);
    report.flags.push_back(flag);
  }
  return report;
}

Card& card_named(Report& report, const std::string& id) {
  for (auto& card : report.cards)
    if (card.id == id) return card;
  FAIL("no card " << id);
  return report.cards.front();
}

Flag& flag_on(Report& report, const std::string& card) {
  for (auto& flag : report.flags)
    if (flag.card == card) return flag;
  FAIL("no flag on " << card);
  return report.flags.front();
}

Figure& figure_named(Report& report, const std::string& id) {
  for (auto& figure : report.figures)
    if (figure.id == id) return figure;
  FAIL("no figure " << id);
  return report.figures.front();
}

kg::Scores score(const Report& report) {
  return kg::score_report(gold_labels(), demo_bundle(), report);
}

bool any_line_has(const std::vector<std::string>& lines, const std::string& part) {
  for (const auto& line : lines)
    if (line.find(part) != std::string::npos) return true;
  return false;
}

}  // namespace

TEST_CASE("scorer: UTF-16 offsets of quotes and slices") {
  // "€" is 3 bytes / 1 unit; the emoji is 4 bytes / 2 units (a surrogate pair).
  std::string text = "€ 😀 up 5% and 5%";
  auto spans = kg::find_utf16_occurrences(text, "5%");
  REQUIRE(spans.size() == 2);
  CHECK(spans[0].start == 8);
  CHECK(spans[0].end == 10);
  CHECK(spans[1].start == 15);
  CHECK(kg::slice_utf16(text, 8, 10).text == "5%");
  CHECK(kg::slice_utf16(text, 2, 4).text == "😀");
  CHECK_FALSE(kg::slice_utf16(text, 3, 5).ok);  // splits the surrogate pair
  CHECK_FALSE(kg::slice_utf16(text, 15, 18).ok);  // past the end
  CHECK(kg::slice_utf16(text, 15, 17).ok);
}

TEST_CASE("scorer: gold labels load and every quote is in the demo bundle") {
  const auto& gold = gold_labels();
  CHECK(gold.figures.size() >= 60);
  CHECK(gold.disagreements.size() >= 1);
  for (const auto& figure : gold.figures)
    CHECK_MESSAGE(!kg::find_utf16_occurrences(text_of(demo_bundle(), figure.article), figure.quote)
                       .empty(),
                  figure.id);
  for (const auto& noise : gold.noise)
    CHECK_MESSAGE(
        !kg::find_utf16_occurrences(text_of(demo_bundle(), noise.article), noise.quote).empty(),
        noise.quote);
  CHECK_FALSE(kg::parse_gold("[1]").ok());
  CHECK_FALSE(kg::parse_gold(R"({"figures":[{"id":1}]})").ok());
}

TEST_CASE("scorer: a perfect report scores 1.0 everywhere") {
  auto scores = score(perfect_report(gold_labels(), demo_bundle()));
  INFO(kg::diagnostics_text(scores));
  CHECK(scores.figure_recall == 1.0);
  CHECK(scores.figure_recall_all == 1.0);
  CHECK(scores.grouping_f1 == 1.0);
  CHECK(scores.flag_recall == 1.0);
  CHECK(scores.major_recall == 1.0);
  CHECK(scores.flag_precision == 1.0);
  CHECK(scores.consistent_violations == 0);
  CHECK(scores.tolerated_violations == 0);
  CHECK(scores.noise_violations == 0);
  CHECK(scores.span_errors == 0);
  CHECK(scores.missed_figures.empty());
  CHECK(scores.unmatched_card_figures.empty());
}

TEST_CASE("scorer: an empty report scores 0, not 1") {
  Report report;
  auto scores = score(report);
  CHECK(scores.figure_recall == 0.0);
  CHECK(scores.grouping_f1 == 0.0);
  CHECK(scores.flag_recall == 0.0);
  CHECK(scores.major_recall == 0.0);
  CHECK(scores.flag_precision == 0.0);
  CHECK(scores.missed_figures.size() == gold_labels().figures.size());
  CHECK(any_line_has(scores.missed_figures, "no report figure over the quote"));
}

TEST_CASE("scorer: figure matching rules") {
  const auto perfect = perfect_report(gold_labels(), demo_bundle());

  SUBCASE("a dropped figure lowers recall by one and is named") {
    Report report = perfect;
    std::erase_if(report.figures, [](const Figure& f) { return f.id == "f_g8"; });
    auto scores = score(report);
    CHECK(scores.required_matched == scores.required_total - 1);
    CHECK(scores.figure_recall < 1.0);
    REQUIRE(scores.missed_figures.size() == 1);
    CHECK(scores.missed_figures[0].rfind("g8 s0 \"9.26%\" want 9.26 percent exact", 0) == 0);
  }
  SUBCASE("wrong hedge, unit or value misses and says which field") {
    Report report = perfect;
    figure_named(report, "f_g11").hedge = Hedge::exact;
    figure_named(report, "f_g22").unit = "percent";
    figure_named(report, "f_g9").value = 178.18 * 1.01;
    auto scores = score(report);
    CHECK(scores.required_matched == scores.required_total - 3);
    CHECK(any_line_has(scores.missed_figures,
                       "f_g11 \"over $177 per share\" 177 USD exact [hedge]"));
    CHECK(any_line_has(scores.missed_figures, "[unit]"));
    CHECK(any_line_has(scores.missed_figures, "[value]"));
  }
  SUBCASE("values within 0.5% or 0.05 still match") {
    Report report = perfect;
    figure_named(report, "f_g9").value = 178.18 * 1.004;
    figure_named(report, "f_g24").value = 0.64;
    CHECK(score(report).figure_recall == 1.0);
  }
  SUBCASE("a shorter span inside the quote matches") {
    Report report = perfect;
    auto& figure = figure_named(report, "f_g23");  // "Nvidia’s 28x" -> "28x"
    figure.start = figure.end - 3;
    figure.text = "28x";
    auto scores = score(report);
    CHECK(scores.figure_recall == 1.0);
    CHECK(scores.span_errors == 0);
  }
  SUBCASE("one report figure matches at most one gold figure") {
    kg::Gold gold;
    gold.figures = {{"a1", "a", "up 5%", 5, "percent", "exact", "move", false},
                    {"a2", "a", "5% today", 5, "percent", "exact", "move", false}};
    Bundle bundle;
    bundle.articles.push_back({"a", "", "", "", "", "Shares up 5% today."});
    Report report;
    report.figures.push_back(Figure{"f1", "a", "5%", 10, 12, 5, {}, {}, "percent", "", Hedge::exact,
                                    {}, "", "", {}, ""});
    auto scores = kg::score_report(gold, bundle, report);
    CHECK(scores.all_matched == 1);
    REQUIRE(scores.missed_figures.size() == 1);
    CHECK(scores.missed_figures[0].find("[taken by a1]") != std::string::npos);
  }
  SUBCASE("span integrity catches a wrong offset") {
    Report report = perfect;
    figure_named(report, "f_g23").start += 1;
    auto scores = score(report);
    CHECK(scores.span_errors == 1);
    CHECK(any_line_has(scores.rule_violations, "span: f_g23"));
    figure_named(report, "f_g23").end = 1u << 30;
    CHECK(any_line_has(score(report).rule_violations, "out of range"));
  }
}

TEST_CASE("scorer: grouping F1") {
  const auto perfect = perfect_report(gold_labels(), demo_bundle());

  SUBCASE("merging two cards lowers precision only") {
    Report report = perfect;
    auto& sites = card_named(report, "card_cloud_footprint_sites");
    auto regions = card_named(report, "card_cloud_footprint_regions").figures;
    sites.figures.insert(sites.figures.end(), regions.begin(), regions.end());
    std::erase_if(report.cards,
                  [](const Card& c) { return c.id == "card_cloud_footprint_regions"; });
    auto scores = score(report);
    CHECK(scores.grouping_precision < 1.0);
    CHECK(scores.grouping_recall == 1.0);
    CHECK(scores.grouping_f1 < 1.0);
    REQUIRE(scores.wrongly_merged.size() == 1);
    CHECK(scores.wrongly_merged[0].find("card_cloud_footprint_sites merges") == 0);
    CHECK(scores.flag_recall == 1.0);  // the merged card still maps to the flagged gold card
  }
  SUBCASE("splitting a card lowers recall only") {
    Report report = perfect;
    std::erase(card_named(report, "card_qwen_params").figures, "f_g3");
    report.cards.push_back(Card{"qwen_alone", "Qwen", {"f_g3"}, "", "", "", 1});
    auto scores = score(report);
    CHECK(scores.grouping_recall < 1.0);
    CHECK(scores.grouping_precision == 1.0);
    REQUIRE(scores.wrongly_split.size() == 1);
    CHECK(scores.wrongly_split[0].find("qwen_params split:") == 0);
    CHECK(scores.wrongly_split[0].find("qwen_alone [g3 \"more than one trillion parameters\"]") !=
          std::string::npos);
  }
}

TEST_CASE("scorer: flags") {
  const auto perfect = perfect_report(gold_labels(), demo_bundle());
  const auto& gold = gold_labels();

  SUBCASE("a flag on a card without disagreement lowers precision") {
    Report report = perfect;
    report.flags.push_back(Flag{"wrong", "card_ark_purchase", "value_conflict", "minor",
                                {"f_g61", "f_g69"}, "made up"});
    auto scores = score(report);
    CHECK(scores.flag_recall == 1.0);
    CHECK(scores.conflict_flags_total == gold.disagreements.size() + 1);
    CHECK(scores.flag_precision < 1.0);
    REQUIRE(scores.wrong_flags.size() == 1);
    CHECK(scores.wrong_flags[0].find(
              "wrong minor value_conflict on card_ark_purchase (-> ark_purchase)") == 0);
  }
  SUBCASE("an info flag on a consistent card is a violation, not a precision loss") {
    Report report = perfect;
    report.flags.push_back(Flag{"note", "card_ai_capex", "value_conflict", "info",
                                {"f_g4", "f_g12"}, "conversion rounding"});
    auto scores = score(report);
    CHECK(scores.consistent_violations == 1);
    CHECK(scores.flag_precision == 1.0);
  }
  SUBCASE("tolerated cards may carry info flags but no conflicts") {
    Report report = perfect;
    report.flags.push_back(Flag{"session", "card_price_move_us", "session_difference", "info",
                                {"f_g8", "f_g60"}, "different sessions"});
    CHECK(score(report).tolerated_violations == 0);
    report.flags.back().severity = "minor";
    auto scores = score(report);
    CHECK(scores.tolerated_violations == 1);
    CHECK(any_line_has(scores.rule_violations, "tolerated card flagged as conflict: session"));
  }
  SUBCASE("a kind mismatch is a miss and is named") {
    Report report = perfect;
    flag_on(report, "card_cloud_growth").kind = "unit_conflict";
    auto scores = score(report);
    CHECK(scores.disagreements_found == gold.disagreements.size() - 1);
    CHECK(scores.major_found_as_major == scores.major_total - 1);
    CHECK(scores.flag_precision < 1.0);
    CHECK(any_line_has(scores.flag_problems,
                       "cloud_growth major value_conflict (s1+s2 or s1+s3): kind mismatch"));
  }
  SUBCASE("a major disagreement flagged minor counts for recall, not for major recall") {
    Report report = perfect;
    flag_on(report, "card_forward_pe").severity = "minor";
    auto scores = score(report);
    CHECK(scores.flag_recall == 1.0);
    CHECK(scores.major_recall < 1.0);
    CHECK(any_line_has(scores.flag_problems,
                       "forward_pe major value_conflict (s1+s4): flagged minor"));
  }
  SUBCASE("a flag between the wrong articles does not find the disagreement") {
    Report report = perfect;
    flag_on(report, "card_cloud_growth").figures = {"f_g29", "f_g53"};  // s2 and s3 agree on 26%
    auto scores = score(report);
    CHECK(scores.flag_recall < 1.0);
    CHECK(scores.flag_precision < 1.0);
    CHECK(any_line_has(scores.flag_problems,
                       "cloud_growth major value_conflict (s1+s2 or s1+s3): missed"));
  }
  SUBCASE("a missing card is reported as unmapped") {
    Report report = perfect;
    std::erase_if(report.cards, [](const Card& c) { return c.id == "card_price_move_hk"; });
    auto scores = score(report);
    CHECK(any_line_has(scores.flag_problems, "no report card maps to this gold card"));
  }
}

TEST_CASE("scorer: noise") {
  Report report = perfect_report(gold_labels(), demo_bundle());
  auto spans = kg::find_utf16_occurrences(text_of(demo_bundle(), "s2"), "507");
  REQUIRE(!spans.empty());
  report.figures.push_back(Figure{"office", "s2", "507", spans[0].start, spans[0].end, 507, {}, {},
                                  "count", "", Hedge::exact, {}, "", "", {}, ""});
  CHECK(score(report).noise_violations == 0);  // not in a card: not shown as a key figure
  report.cards.push_back(Card{"offices", "Offices", {"office"}, "", "", "", 1});
  auto scores = score(report);
  CHECK(scores.noise_violations == 1);
  CHECK(any_line_has(scores.rule_violations, "noise: s2 \"Office No. 507\" became office \"507\""));
  CHECK(any_line_has(scores.unmatched_card_figures, "office"));
}

TEST_CASE("gold: the real pipeline on the demo bundle meets the thresholds") {
  const auto& bundle = demo_bundle();
  Report report = keyfigures::analyze(bundle);
  auto scores = kg::score_report(gold_labels(), bundle, report);

  if (const char* path = std::getenv("KEYFIGURES_GOLD_SCORES"); path && *path) {
    std::ofstream out(path, std::ios::binary);
    CHECK_MESSAGE(out.good(), "cannot write " << path);
    out << kg::scores_to_json(scores);
  }
  // The summary goes last as well, so it stays in view after long diagnostics.
  std::cout << kg::diagnostics_text(scores) << kg::summary_line(scores) << "\n" << std::flush;

  CHECK(scores.figure_recall >= 0.97);
  CHECK(scores.grouping_f1 >= 0.90);
  CHECK(scores.major_recall == 1.0);
  CHECK(scores.flag_recall >= 0.85);
  CHECK(scores.flag_precision >= 0.85);
  CHECK(scores.consistent_violations == 0);
  CHECK(scores.tolerated_violations == 0);
  CHECK(scores.noise_violations == 0);
  CHECK(scores.span_errors == 0);
}

TEST_CASE("gold: the JSON report scores the same as the in-memory one") {
  // What the CLI and the WASM module hand out is the JSON text; offsets, values and
  // ids must survive it.
  auto json = keyfigures::analyze_json(read_file(KEYFIGURES_DEMO_BUNDLE), "demo bundle");
  auto parsed = keyfigures::report_from_json(json);
  REQUIRE_MESSAGE(parsed.ok(), parsed.error().message);
  const auto& bundle = demo_bundle();
  CHECK(kg::summary_line(kg::score_report(gold_labels(), bundle, parsed.value())) ==
        kg::summary_line(kg::score_report(gold_labels(), bundle, keyfigures::analyze(bundle))));
}
