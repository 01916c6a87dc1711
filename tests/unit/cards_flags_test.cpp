// Contract-level tests of cards and flags, through the public analyze(): small
// made-up bundles where outlets report the same quantity (one card, flagged or
// not) or different quantities (separate cards, never flagged). Figures are
// found by their text, cards by "these two figures share one", never by
// labels or ids, so the tests hold for any correct grouping.
#include <doctest/doctest.h>

#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "test_support.hpp"

namespace {

using kftest::Article;
using kftest::describe;
using kftest::Figure;
using kftest::Flag;
using kftest::make_article;

struct Analyzed {
  keyfigures::Bundle bundle;
  keyfigures::Report report;
};

// Real bundles carry a topic; scenarios pass one when its wording could mislead grouping.
Analyzed analyze_articles(std::vector<Article> articles, std::string topic = {}) {
  Analyzed out;
  out.bundle = kftest::make_bundle(std::move(articles), std::move(topic));
  out.report = keyfigures::analyze(out.bundle);
  kftest::check_report_invariants(out.bundle, out.report);
  return out;
}

const Article& article_named(const Analyzed& run, const std::string& id) {
  for (const auto& a : run.bundle.articles)
    if (a.id == id) return a;
  FAIL("test error: no article " << id);
  return run.bundle.articles.front();
}

// The figure of `article_id` with exactly `text`; a readable failure if none.
const Figure* need(const Analyzed& run, const std::string& article_id, const std::string& text) {
  const Figure* figure = kftest::figure_with_text(run.report, text, article_id);
  CHECK_MESSAGE(figure != nullptr, "no figure \"" << text << "\" in article " << article_id);
  return figure;
}

// For figures whose exact span is convention ("P/E of 16"): the one covering `needle`.
const Figure* need_covering(const Analyzed& run, const std::string& article_id, const std::string& needle) {
  const Figure* figure = kftest::figure_covering(run.report, article_named(run, article_id), needle);
  CHECK_MESSAGE(figure != nullptr, "no figure covering \"" << needle << "\" in article " << article_id);
  return figure;
}

// Same card, and nothing a reader would see as a conflict on it.
void expect_agreement(const Analyzed& run, const Figure& a, const Figure& b) {
  INFO("figures: " << describe(a) << " / " << describe(b));
  CHECK_MESSAGE(kftest::share_card(run.report, a, b), "the two figures should share one card");
  CHECK(kftest::conflicts_on_card_of(run.report, a).empty());
  CHECK(kftest::conflicts_naming_any(run.report, {&a, &b}).empty());
}

// Different quantities: separate cards, and no conflict drawn between them.
void expect_separate(const Analyzed& run, const Figure& a, const Figure& b) {
  INFO("figures: " << describe(a) << " / " << describe(b));
  CHECK_MESSAGE(!kftest::share_card(run.report, a, b), "the two figures measure different things");
  CHECK(kftest::flags_naming(run.report, {&a, &b}).empty());
  CHECK(kftest::conflicts_naming_any(run.report, {&a, &b}).empty());
}

// Same card and a flag of `kind` and `severity` naming both; returns the flag.
const Flag* expect_flag(const Analyzed& run, const Figure& a, const Figure& b, const std::string& kind,
                        const std::string& severity) {
  INFO("figures: " << describe(a) << " / " << describe(b));
  CHECK_MESSAGE(kftest::share_card(run.report, a, b), "the two figures should share one card");
  const auto flags = kftest::flags_naming(run.report, {&a, &b});
  CHECK_MESSAGE(flags.size() == 1, "expected one flag naming both figures");
  if (flags.empty()) return nullptr;
  const Flag& flag = *flags.front();
  CHECK(flag.kind == kind);
  CHECK(flag.severity == severity);
  const auto* card = kftest::card_of(run.report, a);
  if (card != nullptr) CHECK(flag.card == card->id);
  return &flag;
}

// Same card and a major or minor flag naming both (the size of the gap is the extractor's call).
void expect_conflict(const Analyzed& run, const Figure& a, const Figure& b) {
  INFO("figures: " << describe(a) << " / " << describe(b));
  CHECK_MESSAGE(kftest::share_card(run.report, a, b), "the two figures should share one card");
  const bool flagged = !kftest::flags_naming(run.report, {&a, &b}, "major").empty() ||
                       !kftest::flags_naming(run.report, {&a, &b}, "minor").empty();
  CHECK_MESSAGE(flagged, "expected a major or minor flag naming both figures");
}

// Separate cards or one card with an info note, both honest: no conflict,
// major or minor flag names any of the figures.
void expect_no_flag(const Analyzed& run, const std::vector<const Figure*>& figures) {
  CHECK(kftest::conflicts_naming_any(run.report, figures).empty());
  CHECK(kftest::flags_naming(run.report, figures, "major").empty());
  CHECK(kftest::flags_naming(run.report, figures, "minor").empty());
}

// The message of a flag names the outlets and the values in one sentence.
void expect_message_names(const Flag& flag, const std::vector<std::string>& words) {
  INFO("message: " << flag.message);
  for (const auto& word : words) {
    CAPTURE(word);
    CHECK(kftest::contains(flag.message, word));
  }
}

bool is_plain_english_label(const std::string& label) {
  if (label.empty() || kftest::contains(label, "_") || kftest::contains(label, "{")) return false;
  bool has_letter = false;
  for (char c : label) has_letter = has_letter || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  return has_letter;
}

}  // namespace

// ------------------------------------------------------ hedges and rounding --

TEST_CASE("cards: \"nearly 10%\" and \"9.7%\" agree within the hedge") {
  const auto run = analyze_articles({
      make_article("a1", "Daily Ledger",
                   "Shares of Acme Corp rose nearly 10% on Tuesday after the company raised its full-year "
                   "forecast."),
      make_article("a2", "Market Wire",
                   "Acme Corp stock rose 9.7% on Tuesday, its biggest one-day gain in two years, after the "
                   "company lifted its outlook."),
  });
  INFO("found " << describe(run.report));
  const auto* a = need(run, "a1", "10%");
  const auto* b = need(run, "a2", "9.7%");
  if (a == nullptr || b == nullptr) return;
  CHECK(std::string(keyfigures::to_string(a->hedge)) == std::string("approx"));
  expect_agreement(run, *a, *b);
  const auto* card = kftest::card_of(run.report, *a);
  REQUIRE(card != nullptr);
  CHECK(card->sources == 2);
  CHECK(is_plain_english_label(card->label));
}

TEST_CASE("cards: \"over 9%\" and \"9.26%\" agree") {
  const auto run = analyze_articles({
      make_article("a1", "Daily Ledger",
                   "Acme shares rose over 9% on Tuesday as investors cheered the deal."),
      make_article("a2", "Market Wire", "Acme shares rose 9.26% on Tuesday after the deal was announced."),
  });
  INFO("found " << describe(run.report));
  const auto* a = need(run, "a1", "9%");
  const auto* b = need(run, "a2", "9.26%");
  if (a == nullptr || b == nullptr) return;
  CHECK(std::string(keyfigures::to_string(a->hedge)) == std::string("over"));
  expect_agreement(run, *a, *b);
}

TEST_CASE("flags: \"about $88\" against \"$178.18\" for the same share price is major") {
  const auto run = analyze_articles({
      make_article("a1", "Harbor Brokers",
                   "Acme shares were trading at about $88 on Tuesday, the broker said in a note to clients."),
      make_article("a2", "Street Pulse",
                   "Acme shares were trading at $178.18 on Tuesday as the rally in chip stocks continued."),
  });
  INFO("found " << describe(run.report));
  const auto* a = need(run, "a1", "$88");
  const auto* b = need(run, "a2", "$178.18");
  if (a == nullptr || b == nullptr) return;
  const auto* flag = expect_flag(run, *a, *b, "value_conflict", "major");
  if (flag == nullptr) return;
  expect_message_names(*flag, {"Harbor Brokers", "Street Pulse", "88", "178.18"});
}

TEST_CASE("cards: \"about $178\" and \"$178.18\" agree") {
  const auto run = analyze_articles({
      make_article("a1", "Harbor Brokers",
                   "Acme shares were trading at about $178 on Tuesday, the broker said."),
      make_article("a2", "Street Pulse", "Acme shares were trading at $178.18 on Tuesday."),
  });
  INFO("found " << describe(run.report));
  const auto* a = need(run, "a1", "$178");
  const auto* b = need(run, "a2", "$178.18");
  if (a == nullptr || b == nullptr) return;
  expect_agreement(run, *a, *b);
}

TEST_CASE("cards: \"more than 50,000 employees\" and \"52,000 employees\" agree") {
  const auto run = analyze_articles({
      make_article("a1", "Daily Ledger", "Globex has more than 50,000 employees in 40 countries."),
      make_article("a2", "Market Wire", "Globex has 52,000 employees, according to its annual report."),
  });
  INFO("found " << describe(run.report));
  const auto* a = need(run, "a1", "50,000 employees");
  const auto* b = need(run, "a2", "52,000 employees");
  if (a == nullptr || b == nullptr) return;
  expect_agreement(run, *a, *b);
}

TEST_CASE("flags: \"rose 3%\" against \"fell 3%\" on the same day is a conflict") {
  const auto run = analyze_articles({
      make_article("a1", "Daily Ledger", "Initech shares rose 3% on Monday after the contract win."),
      make_article("a2", "Market Wire", "Initech shares fell 3% on Monday despite the contract win."),
  });
  INFO("found " << describe(run.report));
  const auto* up = need(run, "a1", "3%");
  const auto* down = need(run, "a2", "3%");
  if (up == nullptr || down == nullptr) return;
  CHECK(std::string(keyfigures::to_string(up->direction)) == std::string("up"));
  CHECK(std::string(keyfigures::to_string(down->direction)) == std::string("down"));
  // Opposite moves mislead a reader as much as different sizes do.
  expect_flag(run, *up, *down, "value_conflict", "major");
}

TEST_CASE("cards: a range \"8–10%\" and \"9%\" inside it agree") {
  const auto run = analyze_articles({
      make_article("a1", "Daily Ledger", "Acme expects revenue to grow 8–10% in 2026, the company said."),
      make_article("a2", "Market Wire",
                   "Acme expects revenue to grow 9% in 2026, according to its guidance."),
  });
  INFO("found " << describe(run.report));
  const auto* a = need(run, "a1", "8–10%");
  const auto* b = need(run, "a2", "9%");
  if (a == nullptr || b == nullptr) return;
  expect_agreement(run, *a, *b);
}

TEST_CASE("cards: rounding \"9.3%\" to \"9%\" is not a conflict") {
  const auto run = analyze_articles({
      make_article("a1", "Daily Ledger",
                   "Globex shares rose 9.3% on Thursday after earnings beat forecasts."),
      make_article("a2", "Market Wire", "Globex shares rose 9% on Thursday following the earnings beat."),
  });
  INFO("found " << describe(run.report));
  const auto* a = need(run, "a1", "9.3%");
  const auto* b = need(run, "a2", "9%");
  if (a == nullptr || b == nullptr) return;
  expect_agreement(run, *a, *b);
}

TEST_CASE("cards: identical values in two outlets make one two-source card with no flag") {
  const auto run = analyze_articles({
      make_article("a1", "Daily Ledger", "Initech shares rose 4.2% on Monday after an analyst upgrade."),
      make_article("a2", "Market Wire",
                   "Initech shares rose 4.2% on Monday, helped by an upgrade from Harbor."),
  });
  INFO("found " << describe(run.report));
  const auto* a = need(run, "a1", "4.2%");
  const auto* b = need(run, "a2", "4.2%");
  if (a == nullptr || b == nullptr) return;
  expect_agreement(run, *a, *b);
  const auto* card = kftest::card_of(run.report, *a);
  REQUIRE(card != nullptr);
  CHECK(card->sources == 2);
  CHECK(is_plain_english_label(card->label));
  for (const auto& flag : run.report.flags) CHECK(flag.card != card->id);  // not even info
}

// ---------------------------------------------------------------- sessions --

TEST_CASE("cards: premarket and after-hours moves are not a conflict") {
  const auto run = analyze_articles({
      make_article(
          "a1", "Daily Ledger",
          "Acme shares rose 9.3% in premarket trading on Tuesday after the chip deal was announced."),
      make_article("a2", "Market Wire", "Acme shares rose 10.5% in after-hours trading on Tuesday."),
  });
  INFO("found " << describe(run.report));
  const auto* a = need(run, "a1", "9.3%");
  const auto* b = need(run, "a2", "10.5%");
  if (a == nullptr || b == nullptr) return;
  // Separate cards or one card with an info flag: both are honest; a conflict is not.
  expect_no_flag(run, {a, b});
}

TEST_CASE("flags: 9% against 10% at the same close is minor") {
  const auto run = analyze_articles({
      make_article("a1", "Daily Ledger", "Acme shares closed up 9% on Wednesday."),
      make_article("a2", "Market Wire", "Acme shares closed up 10% on Wednesday."),
  });
  INFO("found " << describe(run.report));
  const auto* a = need(run, "a1", "9%");
  const auto* b = need(run, "a2", "10%");
  if (a == nullptr || b == nullptr) return;
  const auto* flag = expect_flag(run, *a, *b, "value_conflict", "minor");
  if (flag == nullptr) return;
  expect_message_names(*flag, {"Daily Ledger", "Market Wire", "9", "10"});
}

TEST_CASE("flags: moves read at different moments of one premarket or after-hours session are timing, not a conflict") {
  const auto run = analyze_articles({
      make_article("a1", "Daily Ledger", "Acme shares rose 9% in premarket trading on Wednesday."),
      make_article("a2", "Market Wire", "Acme shares rose 10% in premarket trading on Wednesday."),
      make_article("a3", "Street Notes", "Initech shares fell 2.5% in extended trading after the report."),
      make_article("a4", "Deal Desk", "Initech shares fell about 1% after hours."),
  });
  INFO("found " << describe(run.report));
  const auto* a = need(run, "a1", "9%");
  const auto* b = need(run, "a2", "10%");
  const auto* c = need(run, "a3", "2.5%");
  const auto* d = need(run, "a4", "1%");
  if (!a || !b || !c || !d) return;
  CHECK(kftest::share_card(run.report, *a, *b));
  CHECK(kftest::share_card(run.report, *c, *d));
  CHECK(kftest::conflicts_naming_any(run.report, {a, b, c, d}).empty());
  bool noted = false;
  for (const auto& flag : run.report.flags) noted = noted || (flag.kind == "timing_difference" && flag.severity == "info");
  CHECK(noted);
}

TEST_CASE("flags: a premarket move three times another, or in the other direction, is still a conflict") {
  const auto run = analyze_articles({
      make_article("a1", "Daily Ledger", "Acme shares rose 4% in premarket trading on Wednesday."),
      make_article("a2", "Market Wire", "Acme shares rose 12% in premarket trading on Wednesday."),
      make_article("a3", "Street Notes", "Initech shares rose 2% after hours on Monday."),
      make_article("a4", "Deal Desk", "Initech shares fell 2% after hours on Monday."),
  });
  INFO("found " << describe(run.report));
  const auto* a = need(run, "a1", "4%");
  const auto* b = need(run, "a2", "12%");
  const auto* c = need(run, "a3", "2%");
  const auto* d = need(run, "a4", "2%");
  if (!a || !b || !c || !d) return;
  expect_flag(run, *a, *b, "value_conflict", "major");
  expect_flag(run, *c, *d, "value_conflict", "major");
}

TEST_CASE("flags: a conflict within one session is flagged even when the largest group is in another") {
  const auto run = analyze_articles({
      make_article("a1", "Daily Ledger",
                   "Acme shares rose 15% on Wednesday. The stock climbed as much as 28% in morning trading."),
      make_article("a2", "Market Wire", "Acme shares surged 51% on Wednesday."),
      make_article("a3", "Street Notes", "Acme shares were up 28% in intraday trading on Wednesday."),
  });
  INFO("found " << describe(run.report));
  const auto* low = need(run, "a1", "15%");
  const auto* high = need(run, "a2", "51%");
  const auto* intraday = need(run, "a3", "28%");
  if (low == nullptr || high == nullptr || intraday == nullptr) return;
  expect_conflict(run, *low, *high);
  // The intraday figures agree with each other and are not part of it.
  CHECK(kftest::conflicts_naming_any(run.report, {intraday}).empty());
}

TEST_CASE("flags: figures that differ only across sessions stay unflagged when one session has the most outlets") {
  const auto run = analyze_articles({
      make_article("a1", "Daily Ledger", "Acme shares rose 28% in intraday trading on Wednesday."),
      make_article("a2", "Market Wire", "Acme shares were up 28% intraday on Wednesday."),
      make_article("a3", "Street Notes", "Acme shares closed up 15% on Wednesday."),
      make_article("a4", "Asia Desk", "Acme shares ended the session up 15% at the close on Wednesday."),
  });
  INFO("found " << describe(run.report));
  const auto* intraday = need(run, "a1", "28%");
  const auto* close = need(run, "a3", "15%");
  if (intraday == nullptr || close == nullptr) return;
  expect_no_flag(run, {intraday, close});
}

// ------------------------------------------------------ net interest income --

TEST_CASE("flags: two outlets' net interest income for the same quarter conflict") {
  const auto run = analyze_articles({
      make_article("a1", "Daily Ledger", "Acme Bank's third-quarter net interest income was €3.62 billion."),
      make_article("a2", "Market Wire", "Acme Bank said net interest income for the third quarter was €4.6 billion."),
  });
  INFO("found " << describe(run.report));
  const auto* a = need(run, "a1", "€3.62 billion");
  const auto* b = need(run, "a2", "€4.6 billion");
  if (a == nullptr || b == nullptr) return;
  expect_conflict(run, *a, *b);
}

TEST_CASE("cards: quarterly and nine-month net interest income are separate cards") {
  const auto run = analyze_articles({
      make_article("a1", "Daily Ledger", "Acme Bank's third-quarter net interest income was €3.62 billion."),
      make_article("a2", "Market Wire",
                   "Acme Bank's net interest income for the first nine months of the year was €10.9 billion."),
  });
  INFO("found " << describe(run.report));
  const auto* quarter = need(run, "a1", "€3.62 billion");
  const auto* nine_months = need(run, "a2", "€10.9 billion");
  if (quarter == nullptr || nine_months == nullptr) return;
  expect_separate(run, *quarter, *nine_months);
}

// ------------------------------------------------------- borrowed periods --

TEST_CASE("flags: a figure that borrows the card's period conflicts with outlets that state it") {
  const auto run = analyze_articles({
      make_article("a1", "Daily Ledger", "Acme reported second-quarter revenue of $10.5 billion on Tuesday."),
      make_article("a2", "Market Wire", "Acme's second-quarter revenue was $10.5 billion, the company said."),
      make_article("a3", "Street Notes", "Acme's revenue rose to $15.0 billion, beating estimates."),
  });
  INFO("found " << describe(run.report));
  const auto* stated = need(run, "a1", "$10.5 billion");
  const auto* borrowed = need(run, "a3", "$15.0 billion");
  if (stated == nullptr || borrowed == nullptr) return;
  expect_conflict(run, *stated, *borrowed);
}

TEST_CASE("flags: two figures that both borrow the card's period never conflict with each other") {
  const auto run = analyze_articles({
      make_article("a1", "Daily Ledger", "Acme's second-quarter revenue was $4 billion in the Americas."),
      make_article("a2", "Market Wire", "Acme's revenue was $10.0 billion, the company said."),
      make_article("a3", "Street Notes", "Acme's revenue came to $12.0 billion, beating estimates."),
  });
  INFO("found " << describe(run.report));
  const auto* low = need(run, "a2", "$10.0 billion");
  const auto* high = need(run, "a3", "$12.0 billion");
  if (low == nullptr || high == nullptr) return;
  CHECK(kftest::conflicts_naming_any(run.report, {low, high}).empty());
}

TEST_CASE("flags: a borrowed period does not flag when the outlet's own article agrees with the card") {
  const auto run = analyze_articles({
      make_article("a1", "Daily Ledger", "Acme reported second-quarter revenue of $10.5 billion on Tuesday."),
      make_article("a2", "Market Wire",
                   "Acme's second-quarter revenue was $10.5 billion.\n\nAcme's revenue has since grown to $14.0 "
                   "billion, the company said."),
  });
  INFO("found " << describe(run.report));
  const auto* other = need(run, "a2", "$14.0 billion");
  if (other == nullptr) return;
  CHECK(kftest::conflicts_naming_any(run.report, {other}).empty());
}

TEST_CASE("flags: a borrowed period never flags when its sentence names a period that was not read") {
  const auto run = analyze_articles({
      make_article("a1", "Daily Ledger", "Acme reported second-quarter revenue of $10.5 billion on Tuesday."),
      make_article("a2", "Market Wire", "Acme's revenue since January totalled $30.2 billion, the company said."),
  });
  INFO("found " << describe(run.report));
  const auto* quarter = need(run, "a1", "$10.5 billion");
  const auto* since = need(run, "a2", "$30.2 billion");
  if (quarter == nullptr || since == nullptr) return;
  CHECK(kftest::conflicts_naming_any(run.report, {quarter, since}).empty());
}

TEST_CASE("flags: \"the July-September period\" is the third quarter") {
  const auto run = analyze_articles({
      make_article("a1", "Daily Ledger", "Acme delivered 412,000 vehicles in the third quarter."),
      make_article("a2", "Market Wire", "Acme delivered 421,000 vehicles in the July-September period."),
      make_article("a3", "Street Notes", "Acme delivered 398,000 vehicles in the April-June period."),
  });
  INFO("found " << describe(run.report));
  const auto* third = need(run, "a1", "412,000 vehicles");
  const auto* months = need(run, "a2", "421,000 vehicles");
  const auto* second = need(run, "a3", "398,000 vehicles");
  if (third == nullptr || months == nullptr || second == nullptr) return;
  expect_conflict(run, *third, *months);
  CHECK_FALSE(kftest::share_card(run.report, *third, *second));
  CHECK(kftest::flags_naming(run.report, {third, second}).empty());
}

TEST_CASE("flags: an amount is compared through its article's own conversion, not bridged by a rough rate") {
  // 263.5 billion yuan is within the 12% slack of US$33.0 billion at a rough
  // rate, but not of the 236.5 billion yuan that the conversion restates.
  const auto run = analyze_articles({
      make_article("a1", "Daily Ledger",
                   "Lanxi Group's second-quarter revenue rose 6% to 236.5 billion yuan (US$33.0 billion)."),
      make_article("a2", "Market Wire", "Lanxi Group's second-quarter revenue rose 6% to 263.5 billion yuan."),
  });
  INFO("found " << describe(run.report));
  const auto* yuan = need(run, "a1", "236.5 billion yuan");
  const auto* other = need(run, "a2", "263.5 billion yuan");
  if (yuan == nullptr || other == nullptr) return;
  expect_conflict(run, *yuan, *other);
}

TEST_CASE("flags: a conversion and a report in the converted currency still agree") {
  const auto run = analyze_articles({
      make_article("a1", "Daily Ledger",
                   "Lanxi Group's second-quarter revenue rose 6% to 236.5 billion yuan (US$33.0 billion)."),
      make_article("a2", "Market Wire", "Lanxi Group's second-quarter revenue was US$33 billion."),
  });
  INFO("found " << describe(run.report));
  const auto* yuan = need(run, "a1", "236.5 billion yuan");
  const auto* dollars = need(run, "a2", "US$33 billion");
  if (yuan == nullptr || dollars == nullptr) return;
  expect_agreement(run, *yuan, *dollars);
}

// ------------------------------------------------------------- conversions --

TEST_CASE("cards: \"RMB 70 billion ($9.8 billion)\" and \"$9.8 billion\" are one card without a flag") {
  const auto run = analyze_articles({
      make_article("a1", "Daily Ledger",
                   "Tencent plans to invest RMB 70 billion ($9.8 billion) in data centers in China over the "
                   "next three years, the company said."),
      make_article("a2", "Market Wire",
                   "Tencent will spend $9.8 billion on data centers in China over the next three years."),
  });
  INFO("found " << describe(run.report));
  const auto* yuan = need(run, "a1", "RMB 70 billion");
  const auto* dollars = need(run, "a1", "$9.8 billion");
  const auto* other = need(run, "a2", "$9.8 billion");
  if (yuan == nullptr || dollars == nullptr || other == nullptr) return;
  CHECK(yuan->unit == std::string("CNY"));
  CHECK(dollars->same_amount_as == yuan->id);
  expect_agreement(run, *yuan, *dollars);
  expect_agreement(run, *yuan, *other);
  CHECK(run.report.flags.empty());
}

TEST_CASE("cards: a euro amount with its dollar conversion matches a dollar-only report") {
  const auto run = analyze_articles({
      make_article("a1", "Daily Ledger",
                   "Siemens agreed to pay €2.1 billion ($2.3 billion) for the software maker."),
      make_article("a2", "Market Wire", "Siemens is buying the software maker for $2.3 billion in cash."),
  });
  INFO("found " << describe(run.report));
  const auto* euros = need(run, "a1", "€2.1 billion");
  const auto* other = need(run, "a2", "$2.3 billion");
  if (euros == nullptr || other == nullptr) return;
  expect_agreement(run, *euros, *other);
}

// ------------------------------------------------- periods and subjects --

TEST_CASE("cards: quarterly and annual revenue are separate cards") {
  const auto run = analyze_articles({
      make_article("a1", "Daily Ledger",
                   "Acme reported third-quarter revenue of $10 billion, ahead of analyst estimates."),
      make_article("a2", "Market Wire", "Acme's full-year revenue was $38 billion, the company said."),
  });
  INFO("found " << describe(run.report));
  const auto* quarter = need(run, "a1", "$10 billion");
  const auto* year = need(run, "a2", "$38 billion");
  if (quarter == nullptr || year == nullptr) return;
  expect_separate(run, *quarter, *year);
}

TEST_CASE("cards: the same metric of two companies is two cards") {
  const auto run = analyze_articles({
      make_article("a1", "Daily Ledger", "Acme's quarterly revenue rose 10% to $4.1 billion."),
      make_article("a2", "Market Wire", "Globex's quarterly revenue rose 30% to $2.2 billion."),
  });
  INFO("found " << describe(run.report));
  const auto* acme = need(run, "a1", "10%");
  const auto* globex = need(run, "a2", "30%");
  if (acme == nullptr || globex == nullptr) return;
  expect_separate(run, *acme, *globex);
}

TEST_CASE("cards: revenue growth and profit growth of one company are two cards") {
  const auto run = analyze_articles({
      make_article("a1", "Daily Ledger", "Acme's third-quarter revenue rose 12% from a year earlier."),
      make_article("a2", "Market Wire", "Acme's third-quarter net profit rose 45% from a year earlier."),
  });
  INFO("found " << describe(run.report));
  const auto* revenue = need(run, "a1", "12%");
  const auto* profit = need(run, "a2", "45%");
  if (revenue == nullptr || profit == nullptr) return;
  expect_separate(run, *revenue, *profit);
}

TEST_CASE("cards: a one-day move and a year-to-date move are two cards") {
  const auto run = analyze_articles({
      make_article("a1", "Daily Ledger", "Initech shares rose 5% on Friday."),
      make_article("a2", "Market Wire", "Initech shares have risen 60% so far this year."),
  });
  INFO("found " << describe(run.report));
  const auto* day = need(run, "a1", "5%");
  const auto* year = need(run, "a2", "60%");
  if (day == nullptr || year == nullptr) return;
  expect_separate(run, *day, *year);
}

TEST_CASE("cards: US-listed and Hong Kong-listed share moves are separate, not a conflict") {
  const auto run = analyze_articles({
      make_article(
          "a1", "Daily Ledger",
          "Alibaba's US-listed shares jumped 8% in New York on Wednesday after the AI announcement."),
      make_article("a2", "Market Wire",
                   "In Hong Kong, Alibaba's shares jumped 5% on Wednesday, their best day in a month."),
  });
  INFO("found " << describe(run.report));
  const auto* us = need(run, "a1", "8%");
  const auto* hk = need(run, "a2", "5%");
  if (us == nullptr || hk == nullptr) return;
  expect_separate(run, *us, *hk);
}

// ------------------------------------------------------- value conflicts --

TEST_CASE("flags: 8% against 26% cloud revenue growth in the same quarter is major") {
  const auto run = analyze_articles({
      make_article("a1", "Daily Ledger",
                   "Acme's cloud revenue rose 8% in the third quarter, the company said."),
      make_article("a2", "Market Wire",
                   "Acme's cloud revenue rose 26% in the third quarter as AI demand surged."),
  });
  INFO("found " << describe(run.report));
  const auto* a = need(run, "a1", "8%");
  const auto* b = need(run, "a2", "26%");
  if (a == nullptr || b == nullptr) return;
  const auto* flag = expect_flag(run, *a, *b, "value_conflict", "major");
  if (flag == nullptr) return;
  expect_message_names(*flag, {"Daily Ledger", "Market Wire", "8", "26"});
}

TEST_CASE("flags: P/E 16 against 11x is major, a rival's 28x is another card") {
  const auto run = analyze_articles({
      make_article("a1", "Daily Ledger", "Siemens trades at a P/E of 16, below the sector average."),
      make_article("a2", "Market Wire",
                   "Siemens trades at 11x earnings, while its rival Schneider trades at 28x."),
  });
  INFO("found " << describe(run.report));
  const auto* a = need_covering(run, "a1", "16");
  const auto* b = need(run, "a2", "11x");
  const auto* rival = need(run, "a2", "28x");
  if (a == nullptr || b == nullptr || rival == nullptr) return;
  CHECK(a->unit == std::string("multiple"));
  expect_flag(run, *a, *b, "value_conflict", "major");
  CHECK_FALSE(kftest::share_card(run.report, *a, *rival));
  CHECK_FALSE(kftest::share_card(run.report, *b, *rival));
}

TEST_CASE("flags: 1,200 against 12,000 job cuts is major") {
  const auto run = analyze_articles({
      make_article("a1", "Daily Ledger", "Globex will cut 1,200 jobs as part of its restructuring plan."),
      make_article("a2", "Market Wire", "Globex will cut 12,000 jobs as part of the restructuring, it said."),
  });
  INFO("found " << describe(run.report));
  const auto* a = need(run, "a1", "1,200 jobs");
  const auto* b = need(run, "a2", "12,000 jobs");
  if (a == nullptr || b == nullptr) return;
  const auto* flag = expect_flag(run, *a, *b, "value_conflict", "major");
  if (flag == nullptr) return;
  expect_message_names(*flag, {"Daily Ledger", "Market Wire", "1,200", "12,000"});
}

TEST_CASE("flags: amounts four times apart are two quantities on one card, never a disagreement") {
  // A region's revenue read as the group's, a peer's deliveries read as the
  // company's: a factor of four is no misprint (a slipped zero is, above).
  const auto run = analyze_articles({
      make_article("a1", "Daily Ledger", "Vireo reported first-quarter revenue of $4.12 billion."),
      make_article("a2", "Market Wire", "Vireo reported first-quarter revenue of $860 million."),
      make_article("a3", "Auto Desk", "Rendal delivered 372,400 vehicles in the first quarter."),
      make_article("a4", "Car Wire", "Rendal delivered 3,100 vehicles in the first quarter."),
      make_article("a5", "Auto Blog", "Rendal delivered 327,400 vehicles in the first quarter."),
  });
  INFO("found " << describe(run.report));
  const auto* group = need(run, "a1", "$4.12 billion");
  const auto* region = need(run, "a2", "$860 million");
  const auto* deliveries = need(run, "a3", "372,400 vehicles");
  const auto* peer = need(run, "a4", "3,100 vehicles");
  const auto* misprint = need(run, "a5", "327,400 vehicles");
  if (!group || !region || !deliveries || !peer || !misprint) return;
  expect_no_flag(run, {group, region, peer});
  const auto* flag = expect_flag(run, *deliveries, *misprint, "value_conflict", "minor");
  if (flag == nullptr) return;
  expect_message_names(*flag, {"Auto Desk", "Auto Blog", "372,400", "327,400"});
  CHECK(flag->message.find("3,100") == std::string::npos);
}

TEST_CASE("flags: a price before the event (\"before the filing\") or in an earlier year is a base") {
  const auto run = analyze_articles({
      make_article("a1", "Daily Ledger",
                   "Brightwell shares closed at 24 cents on Wednesday. The stock traded as high as $27 in 2021.",
                   {}, "2026-02-12"),
      make_article("a2", "Market Wire",
                   "Brightwell shares, which traded at about 74 cents before the filing, dropped 67% on Wednesday.",
                   {}, "2026-02-12"),
  });
  INFO("found " << describe(run.report));
  const auto* close = need(run, "a1", "24 cents");
  const auto* record = need(run, "a1", "$27");
  const auto* before = need(run, "a2", "74 cents");
  if (!close || !record || !before) return;
  expect_no_flag(run, {close, record, before});
  CHECK(kftest::has_qualifier(*before, "prior period (comparison base)"));
  CHECK(kftest::has_qualifier(*record, "prior period (comparison base)"));
}

TEST_CASE("flags: the same revenue reported as $4.2 billion and $2.4 billion is major") {
  const auto run = analyze_articles({
      make_article("a1", "Daily Ledger", "Initech reported third-quarter revenue of $4.2 billion."),
      make_article("a2", "Market Wire", "Initech reported third-quarter revenue of $2.4 billion."),
  });
  INFO("found " << describe(run.report));
  const auto* a = need(run, "a1", "$4.2 billion");
  const auto* b = need(run, "a2", "$2.4 billion");
  if (a == nullptr || b == nullptr) return;
  expect_flag(run, *a, *b, "value_conflict", "major");
}

// ------------------------------------------------------------ unit conflicts --

TEST_CASE("flags: 91 availability zones against 91 data centers is a minor unit conflict") {
  const auto run = analyze_articles({
      make_article("a1", "Daily Ledger", "Acme's cloud unit now operates 91 availability zones worldwide."),
      make_article("a2", "Market Wire", "Acme's cloud unit now operates 91 data centers worldwide."),
  });
  INFO("found " << describe(run.report));
  const auto* zones = need(run, "a1", "91 availability zones");
  const auto* centers = need(run, "a2", "91 data centers");
  if (zones == nullptr || centers == nullptr) return;
  const auto* flag = expect_flag(run, *zones, *centers, "unit_conflict", "minor");
  if (flag == nullptr) return;
  expect_message_names(*flag, {"Daily Ledger", "Market Wire", "availability zones", "data centers"});
}

// ------------------------------------------------- changes are not levels --

TEST_CASE("cards: an amount a profit was reduced by is not the profit") {
  const auto run = analyze_articles({
      make_article("a1", "Daily Ledger", "Acme's operating profit was $300 million in the second quarter."),
      make_article("a2", "Market Wire", "Tariffs reduced Acme's operating profit by $120 million in the second quarter."),
  });
  INFO("found " << describe(run.report));
  const auto* level = need(run, "a1", "$300 million");
  const auto* change = need(run, "a2", "$120 million");
  if (level == nullptr || change == nullptr) return;
  expect_separate(run, *level, *change);
}

TEST_CASE("cards: \"an increase of about $380 million\" in revenue is not the revenue") {
  const auto run = analyze_articles({
      make_article("a1", "Daily Ledger", "Northwind's annual revenue was $9.8 billion."),
      make_article("a2", "Market Wire",
                   "Northwind is asking regulators for an increase of about $380 million in annual revenue."),
  });
  INFO("found " << describe(run.report));
  const auto* level = need(run, "a1", "$9.8 billion");
  const auto* change = need(run, "a2", "$380 million");
  if (level == nullptr || change == nullptr) return;
  expect_separate(run, *level, *change);
}

TEST_CASE("cards: a net reduction of employees is not the headcount, and shed jobs are a cut") {
  const auto run = analyze_articles({
      make_article("a1", "Daily Ledger", "Acme ended the year with 9,000 employees."),
      make_article("a2", "Market Wire", "Acme made a net reduction of 400 employees during the year."),
      make_article("a3", "Harbor Brokers", "Acme shed 400 jobs during the year, it said."),
  });
  INFO("found " << describe(run.report));
  const auto* level = need(run, "a1", "9,000 employees");
  const auto* reduction = need(run, "a2", "400 employees");
  const auto* shed = need(run, "a3", "400 jobs");
  if (level == nullptr || reduction == nullptr || shed == nullptr) return;
  expect_separate(run, *level, *reduction);
  expect_separate(run, *level, *shed);
}

TEST_CASE("flags: two headcounts still conflict when one article also states the change") {
  const auto run = analyze_articles({
      make_article("a1", "Daily Ledger", "Acme ended the quarter with 9,000 employees, a net reduction of 400 employees."),
      make_article("a2", "Market Wire", "Acme ended the quarter with 19,000 employees."),
  });
  INFO("found " << describe(run.report));
  const auto* a = need(run, "a1", "9,000 employees");
  const auto* b = need(run, "a2", "19,000 employees");
  if (a == nullptr || b == nullptr) return;
  expect_conflict(run, *a, *b);
}

TEST_CASE("flags: two profits still conflict when one article also states a tariff hit") {
  const auto run = analyze_articles({
      make_article("a1", "Daily Ledger",
                   "Acme's operating profit was $300 million in the second quarter. Tariffs reduced operating "
                   "profit by $120 million."),
      make_article("a2", "Market Wire", "Acme's operating profit was $900 million in the second quarter."),
  });
  INFO("found " << describe(run.report));
  const auto* a = need(run, "a1", "$300 million");
  const auto* b = need(run, "a2", "$900 million");
  if (a == nullptr || b == nullptr) return;
  expect_conflict(run, *a, *b);
}

TEST_CASE("cards: tonnes of different things (stocks, an outage) are not one quantity") {
  const auto run = analyze_articles({
      make_article("a1", "Daily Ledger", "Copper inventories in Acme's warehouses fell to 98,500 tonnes."),
      make_article("a2", "Market Wire", "The outage at Acme's mine removes roughly 150,000 tonnes of supply."),
  });
  INFO("found " << describe(run.report));
  const auto* stock = need(run, "a1", "98,500 tonnes");
  const auto* outage = need(run, "a2", "150,000 tonnes");
  if (stock == nullptr || outage == nullptr) return;
  expect_separate(run, *stock, *outage);
}

// ------------------------------------------- "year on year" names no metric --

TEST_CASE("cards: \"year on year\" does not make industrial output a sales growth") {
  const auto run = analyze_articles(
      {
          make_article("a1", "Daily Ledger", "Sales of appliances in Ruritania fell 4.8% in November."),
          make_article("a2", "Market Wire", "Ruritania's industrial output rose 5.6% year on year in November."),
      },
      "Ruritania November data");
  INFO("found " << describe(run.report));
  const auto* sales = need(run, "a1", "4.8%");
  const auto* output = need(run, "a2", "5.6%");
  if (sales == nullptr || output == nullptr) return;
  expect_separate(run, *sales, *output);
}

TEST_CASE("cards: a list item's \"(+9% YoY)\" is the growth of its own label") {
  const auto run = analyze_articles({
      make_article("a1", "Daily Ledger", "Acme's third-quarter results at a glance:\n1. Net profit: $2bn (+9% YoY)\n"),
      make_article("a2", "Market Wire", "Acme's fee income rose 7% year on year in the third quarter."),
      make_article("a3", "Harbor Brokers", "Acme's revenue rose 3% year on year in the third quarter."),
  });
  INFO("found " << describe(run.report));
  const auto* profit = need(run, "a1", "+9%");
  const auto* fees = need(run, "a2", "7%");
  const auto* revenue = need(run, "a3", "3%");
  if (profit == nullptr || fees == nullptr || revenue == nullptr) return;
  expect_separate(run, *profit, *fees);
  expect_separate(run, *profit, *revenue);
  expect_separate(run, *fees, *revenue);
}

TEST_CASE("flags: a segment's \"+26% YoY\" is still its revenue growth") {
  const auto run = analyze_articles({
      make_article("a1", "Daily Ledger", "Acme's cloud revenue rose 8% year on year in the third quarter."),
      make_article("a2", "Market Wire", "Acme in the third quarter: Cloud +26% YoY."),
  });
  INFO("found " << describe(run.report));
  const auto* a = need(run, "a1", "8%");
  const auto* b = need(run, "a2", "+26%");
  if (a == nullptr || b == nullptr) return;
  expect_conflict(run, *a, *b);
}

// ------------------------------------------------- comparison bases apart --

TEST_CASE("cards: \"three times the $4 billion ... two years ago\" is a base, not the valuation now") {
  const auto run = analyze_articles({
      make_article("a1", "Daily Ledger", "Acme is now valued at $12 billion after its latest funding round."),
      make_article("a2", "Market Wire",
                   "The new valuation is three times the $4 billion at which Acme raised money two years ago."),
      make_article("a3", "Harbor Brokers", "Acme was valued at $5 billion in its previous round."),
  });
  INFO("found " << describe(run.report));
  const auto* now = need(run, "a1", "$12 billion");
  const auto* base = need(run, "a2", "$4 billion");
  const auto* round = need(run, "a3", "$5 billion");
  if (now == nullptr || base == nullptr || round == nullptr) return;
  expect_separate(run, *now, *base);
  expect_separate(run, *now, *round);
  CHECK(kftest::flags_naming(run.report, {base, round}).empty());  // two bases may be two past dates
}

TEST_CASE("flags: two capex plans conflict, and the base \"up from $2.9 billion\" stays off their card") {
  const auto run = analyze_articles({
      make_article("a1", "Daily Ledger",
                   "Acme's capital expenditures next year will be about $3.4 billion, up from $2.9 billion this year."),
      make_article("a2", "Market Wire", "Acme said its capital expenditures next year will be about $4.3 billion."),
  });
  INFO("found " << describe(run.report));
  const auto* a = need(run, "a1", "$3.4 billion");
  const auto* base = need(run, "a1", "$2.9 billion");
  const auto* b = need(run, "a2", "$4.3 billion");
  if (a == nullptr || base == nullptr || b == nullptr) return;
  expect_conflict(run, *a, *b);
  CHECK_FALSE(kftest::share_card(run.report, *a, *base));
}

TEST_CASE("cards: the count a footprint \"expands from\" is the same count reported elsewhere") {
  const auto run = analyze_articles({
      make_article("a1", "Daily Ledger", "Acme's cloud network expands from 91 data centers."),
      make_article("a2", "Market Wire", "Acme's cloud unit operates 91 data centers."),
  });
  INFO("found " << describe(run.report));
  const auto* a = need(run, "a1", "91 data centers");
  const auto* b = need(run, "a2", "91 data centers");
  if (a == nullptr || b == nullptr) return;
  expect_agreement(run, *a, *b);
}

// ------------------------------------------ count targets are not actuals --

TEST_CASE("cards: a full-year sales target of units is not the units sold in the quarter") {
  const auto run = analyze_articles({
      make_article("a1", "Daily Ledger", "Acme sold 1.0 million cars in the quarter."),
      make_article("a2", "Market Wire", "Acme kept its full-year sales target of 4.1 million cars."),
      make_article("a3", "Harbor Brokers", "Acme at a glance:\n1. Global vehicle sales: 1.02 million units (down 3%)\n"),
      make_article("a4", "Motor Weekly", "It maintained its full-year sales target of 4.1 million units."),
  });
  INFO("found " << describe(run.report));
  const auto* sold = need(run, "a1", "1.0 million cars");
  const auto* target = need(run, "a2", "4.1 million cars");
  const auto* listed = need(run, "a3", "1.02 million units");
  const auto* target_units = need(run, "a4", "4.1 million units");
  if (sold == nullptr || target == nullptr || listed == nullptr || target_units == nullptr) return;
  expect_separate(run, *sold, *target);
  expect_separate(run, *listed, *target_units);
}

TEST_CASE("flags: two outlets' units sold in one quarter still conflict") {
  const auto run = analyze_articles({
      make_article("a1", "Daily Ledger", "Acme sold 1.0 million cars in the third quarter."),
      make_article("a2", "Market Wire", "Acme sold 1.4 million cars in the third quarter."),
  });
  INFO("found " << describe(run.report));
  const auto* a = need(run, "a1", "1.0 million cars");
  const auto* b = need(run, "a2", "1.4 million cars");
  if (a == nullptr || b == nullptr) return;
  expect_conflict(run, *a, *b);
}

// ------------------------------------------ two trackers never conflict --

TEST_CASE("cards: market shares from two research firms are not one quantity") {
  const auto run = analyze_articles({
      make_article("a1", "Daily Ledger", "Acme's market share was 21% in the quarter, according to research firm Alpha."),
      make_article("a2", "Market Wire",
                   "Acme's market share was 19% in the quarter, according to figures from Beta Analytics."),
  });
  INFO("found " << describe(run.report));
  const auto* a = need(run, "a1", "21%");
  const auto* b = need(run, "a2", "19%");
  if (a == nullptr || b == nullptr) return;
  expect_separate(run, *a, *b);
}

TEST_CASE("flags: one research firm's market share quoted as 21% and 19% is a conflict") {
  const auto run = analyze_articles({
      make_article("a1", "Daily Ledger", "Acme's market share was 21% in the quarter, according to research firm Alpha."),
      make_article("a2", "Market Wire", "Acme's market share was 19% in the quarter, according to Alpha."),
  });
  INFO("found " << describe(run.report));
  const auto* a = need(run, "a1", "21%");
  const auto* b = need(run, "a2", "19%");
  if (a == nullptr || b == nullptr) return;
  expect_conflict(run, *a, *b);
}

TEST_CASE("cards: a price \"by 11:15 a.m.\" is the share price at that time, not a price target") {
  const auto run = analyze_articles({
      make_article("a1", "Daily Ledger", "Acme shares traded 1.4% lower at $16.19 by 11:15 a.m. on Tuesday."),
      make_article("a2", "Market Wire", "One reader expects Acme shares to reach $70 by Christmas."),
  });
  INFO("found " << describe(run.report));
  const auto* at_time = need(run, "a1", "$16.19");
  const auto* prediction = need(run, "a2", "$70");
  if (at_time == nullptr || prediction == nullptr) return;
  CHECK(at_time->metric == "share price");
  CHECK(prediction->metric == "price target");
}

// ------------------------------------------------------------ bundle-wide --

TEST_CASE("flags: one article's own figures never make a flag") {
  const auto run = analyze_articles({
      make_article("a1", "Daily Ledger",
                   "Acme shares rose 4% on Monday and 6% on Tuesday. Revenue was $3 billion in the second "
                   "quarter and $3.4 billion in the third quarter."),
  });
  INFO("found " << describe(run.report));
  CHECK(run.report.figures.size() >= 4);
  CHECK(run.report.flags.empty());
}

TEST_CASE("cards and flags: a mixed bundle keeps agreements quiet and flags the real conflict") {
  const auto run = analyze_articles({
      make_article("a1", "Daily Ledger",
                   "Acme shares rose 9.3% on Tuesday. The company's cloud revenue rose 8% in the third "
                   "quarter. Acme employs about 52,000 people."),
      make_article(
          "a2", "Market Wire",
          "Acme shares rose 9% on Tuesday after results. Cloud revenue at Acme rose 26% in the third "
          "quarter, the company said."),
      make_article("a3", "Harbor Brokers",
                   "Acme's cloud revenue rose 26% in the third quarter. The stock rose 9.3% on Tuesday."),
  });
  INFO("found " << describe(run.report));
  const auto* move1 = need(run, "a1", "9.3%");
  const auto* move2 = need(run, "a2", "9%");
  const auto* move3 = need(run, "a3", "9.3%");
  const auto* growth1 = need(run, "a1", "8%");
  const auto* growth2 = need(run, "a2", "26%");
  const auto* growth3 = need(run, "a3", "26%");
  if (!move1 || !move2 || !move3 || !growth1 || !growth2 || !growth3) return;
  expect_agreement(run, *move1, *move2);
  expect_agreement(run, *move1, *move3);
  CHECK(kftest::share_card(run.report, *growth1, *growth2));
  CHECK(kftest::share_card(run.report, *growth1, *growth3));
  CHECK_FALSE(kftest::share_card(run.report, *move1, *growth1));
  CHECK_FALSE(kftest::flags_naming(run.report, {growth1}, "major").empty());
  const auto* card = kftest::card_of(run.report, *growth1);
  REQUIRE(card != nullptr);
  CHECK(card->sources == 3);
  for (const auto& c : run.report.cards) {
    CAPTURE(c.label);
    CHECK(is_plain_english_label(c.label));
  }
}

// ------------------------------------------------- bundles with a topic --

TEST_CASE("cards: two companies' share moves in one bundle stay apart, even under a topic") {
  const auto run = analyze_articles(
      {
          make_article(
              "a1", "Daily Ledger",
              "Initech shares rose 4.2% on Monday after an analyst upgrade. Globex shares fell 2% on "
              "Monday after its chief executive resigned."),
          make_article("a2", "Market Wire", "Shares of Initech Corp rose 4.2% on Monday."),
      },
      "Initech shares rise after upgrade");
  INFO("found " << describe(run.report));
  const auto* initech1 = need(run, "a1", "4.2%");
  const auto* globex = need(run, "a1", "2%");
  const auto* initech2 = need(run, "a2", "4.2%");
  if (!initech1 || !globex || !initech2) return;
  expect_agreement(run, *initech1, *initech2);
  expect_separate(run, *initech1, *globex);
}

TEST_CASE("cards: a label names the company so it reads without the articles") {
  const auto run = analyze_articles(
      {
          make_article("a1", "Daily Ledger", "Initech shares rose 4.2% on Monday after an analyst upgrade."),
          make_article("a2", "Market Wire", "Shares of Initech Corp rose 4.2% on Monday."),
      },
      "Initech shares rise after upgrade");
  INFO("found " << describe(run.report));
  const auto* move = need(run, "a1", "4.2%");
  if (move == nullptr) return;
  const auto* card = kftest::card_of(run.report, *move);
  REQUIRE(card != nullptr);
  CAPTURE(card->label);
  CHECK(is_plain_english_label(card->label));
  CHECK(kftest::contains(card->label, "Initech"));
  CHECK_FALSE(kftest::contains(card->label, "The company"));
}

TEST_CASE("cards: second- and third-quarter revenue are separate cards") {
  const auto run = analyze_articles(
      {
          make_article("a1", "Daily Ledger",
                       "Globex reported second-quarter revenue of $3.1 billion in July."),
          make_article("a2", "Market Wire",
                       "Globex reported third-quarter revenue of $3.4 billion on Tuesday."),
      },
      "Globex quarterly results");
  INFO("found " << describe(run.report));
  const auto* q2 = need(run, "a1", "$3.1 billion");
  const auto* q3 = need(run, "a2", "$3.4 billion");
  if (q2 == nullptr || q3 == nullptr) return;
  expect_separate(run, *q2, *q3);
}

TEST_CASE("cards: headcount and user numbers of one company are separate cards") {
  const auto run = analyze_articles({
      make_article("a1", "Daily Ledger", "Acme has 10,000 employees across Europe."),
      make_article("a2", "Market Wire", "Acme's app has 10 million users across Europe."),
  });
  INFO("found " << describe(run.report));
  const auto* staff = need(run, "a1", "10,000 employees");
  const auto* users = need(run, "a2", "10 million users");
  if (staff == nullptr || users == nullptr) return;
  expect_separate(run, *staff, *users);
}

TEST_CASE("cards: a premarket move and the closing move are not a conflict") {
  const auto run = analyze_articles(
      {
          make_article("a1", "Daily Ledger", "Globex shares rose 9.3% in premarket trading on Thursday."),
          make_article("a2", "Market Wire", "Globex shares closed up 5.1% on Thursday after paring gains."),
      },
      "Globex shares jump on deal");
  INFO("found " << describe(run.report));
  const auto* premarket = need(run, "a1", "9.3%");
  const auto* close = need(run, "a2", "5.1%");
  if (premarket == nullptr || close == nullptr) return;
  CHECK(kftest::conflicts_naming_any(run.report, {premarket, close}).empty());
}

TEST_CASE("cards: a premarket price and one that fell 'to close at' are not a conflict") {
  const auto run = analyze_articles(
      {
          make_article("a1", "Daily Ledger", "Globex shares traded at $71.40 in premarket trading on Friday."),
          make_article("a2", "Market Wire", "Globex shares fell 4% to close at $64.10 on Friday."),
      },
      "Globex shares slide");
  INFO("found " << describe(run.report));
  const auto* premarket = need(run, "a1", "$71.40");
  const auto* close = need(run, "a2", "$64.10");
  if (premarket == nullptr || close == nullptr) return;
  CHECK(std::find(close->qualifiers.begin(), close->qualifiers.end(), "at the close") != close->qualifiers.end());
  CHECK(kftest::conflicts_naming_any(run.report, {premarket, close}).empty());
}

TEST_CASE("cards: a yen amount with its dollar conversion matches a dollar-only report") {
  const auto run = analyze_articles(
      {
          make_article("a1", "Daily Ledger",
                       "Toyota expects operating profit of ¥3.2 trillion ($21 billion) for the fiscal year."),
          make_article("a2", "Market Wire",
                       "Toyota expects operating profit of $21 billion for the fiscal year."),
      },
      "Toyota profit forecast");
  INFO("found " << describe(run.report));
  const auto* yen = need(run, "a1", "¥3.2 trillion");
  const auto* dollars = need(run, "a2", "$21 billion");
  if (yen == nullptr || dollars == nullptr) return;
  CHECK(yen->unit == std::string("JPY"));
  expect_agreement(run, *yen, *dollars);
}

TEST_CASE("cards: the same revenue in euros and dollars without a printed conversion is no conflict") {
  const auto run = analyze_articles(
      {
          make_article("a1", "Daily Ledger", "Siemens reported fourth-quarter revenue of €21.4 billion."),
          make_article("a2", "Market Wire", "Siemens reported fourth-quarter revenue of $23.1 billion."),
      },
      "Siemens quarterly results");
  INFO("found " << describe(run.report));
  const auto* euros = need(run, "a1", "€21.4 billion");
  const auto* dollars = need(run, "a2", "$23.1 billion");
  if (euros == nullptr || dollars == nullptr) return;
  // Exchange rates are not known offline: one card or two, but never a conflict.
  CHECK(kftest::conflicts_naming_any(run.report, {euros, dollars}).empty());
}

TEST_CASE("flags: a value outside the other outlet's range is a conflict") {
  const auto run = analyze_articles(
      {
          make_article("a1", "Daily Ledger", "Acme expects revenue to grow 8–10% in 2026, the company said."),
          make_article("a2", "Market Wire",
                       "Acme expects revenue to grow 15% in 2026, according to its guidance."),
      },
      "Acme outlook");
  INFO("found " << describe(run.report));
  const auto* range = need(run, "a1", "8–10%");
  const auto* outside = need(run, "a2", "15%");
  if (range == nullptr || outside == nullptr) return;
  expect_conflict(run, *range, *outside);
}

TEST_CASE("flags: an outlet that disagrees with two others is named in the flag") {
  const auto run = analyze_articles(
      {
          make_article("a1", "Daily Ledger", "Initech will cut 1,200 jobs, the company said on Monday."),
          make_article("a2", "Market Wire", "Initech plans to cut 1,200 jobs under its restructuring plan."),
          make_article("a3", "Harbor Brokers", "Initech will cut 2,100 jobs, according to the broker."),
      },
      "Initech restructuring");
  INFO("found " << describe(run.report));
  const auto* a = need(run, "a1", "1,200 jobs");
  const auto* b = need(run, "a2", "1,200 jobs");
  const auto* outlier = need(run, "a3", "2,100 jobs");
  if (!a || !b || !outlier) return;
  CHECK(kftest::share_card(run.report, *a, *b));
  expect_conflict(run, *a, *outlier);
  for (const auto* flag : kftest::flags_naming(run.report, {outlier})) {
    CHECK(kftest::contains(flag->message, "Harbor Brokers"));
    CHECK(kftest::contains(flag->message, "2,100"));
  }
}

// ------------------------------------------------ subjects and metrics --

TEST_CASE("cards: without a topic the label still names the company from the text") {
  const auto run = analyze_articles({
      make_article("a1", "Daily Ledger", "Acme reported third-quarter revenue of $4.1 billion on Tuesday."),
      make_article("a2", "Market Wire", "Acme's third-quarter revenue was $4.1 billion, ahead of forecasts."),
  });
  INFO("found " << describe(run.report));
  const auto* a = need(run, "a1", "$4.1 billion");
  const auto* b = need(run, "a2", "$4.1 billion");
  if (a == nullptr || b == nullptr) return;
  expect_agreement(run, *a, *b);
  const auto* card = kftest::card_of(run.report, *a);
  REQUIRE(card != nullptr);
  CAPTURE(card->label);
  CHECK(kftest::contains(card->label, "Acme"));
}

TEST_CASE("cards: the level after \"rose 7% to\" is the same quantity as a plain report of it") {
  const auto run = analyze_articles({
      make_article("a1", "Daily Ledger", "Siemens' third-quarter revenue rose 7% to €1.3 billion."),
      make_article("a2", "Market Wire", "Siemens' third-quarter revenue was €1.3 billion."),
  });
  INFO("found " << describe(run.report));
  const auto* growth = need(run, "a1", "7%");
  const auto* level = need(run, "a1", "€1.3 billion");
  const auto* other = need(run, "a2", "€1.3 billion");
  if (!growth || !level || !other) return;
  expect_agreement(run, *level, *other);
  CHECK_FALSE(kftest::share_card(run.report, *growth, *level));
}

TEST_CASE("cards: equal amounts of different metrics are separate cards") {
  const auto run = analyze_articles({
      make_article("a1", "Daily Ledger", "Initech's market value reached $120 billion on Friday."),
      make_article("a2", "Market Wire", "Initech's annual revenue reached $120 billion for the first time."),
  });
  INFO("found " << describe(run.report));
  const auto* cap = need(run, "a1", "$120 billion");
  const auto* revenue = need(run, "a2", "$120 billion");
  if (cap == nullptr || revenue == nullptr) return;
  expect_separate(run, *cap, *revenue);
}

TEST_CASE("cards: a takeover's price is the target's, whichever company the sentence starts from") {
  const auto run = analyze_articles({
      make_article("a1", "Daily Ledger", "Initrode agreed to buy Globex for $12 billion in cash."),
      make_article("a2", "Market Wire", "Initrode will pay $12 billion for Globex, the companies said."),
      make_article("a3", "Street Notes",
                   "The offer of $48.50 per share is a premium of 31% to Globex's unaffected price."),
      make_article("a4", "Deal Desk", "Globex shareholders will receive $48.50 a share in cash."),
  });
  INFO("found " << describe(run.report));
  const auto* bought = need(run, "a1", "$12 billion");
  const auto* paid = need(run, "a2", "$12 billion");
  const auto* offer = need(run, "a3", "$48.50");
  const auto* premium = need(run, "a3", "31%");
  const auto* received = need(run, "a4", "$48.50");
  if (!bought || !paid || !offer || !premium || !received) return;
  expect_agreement(run, *bought, *paid);
  expect_agreement(run, *offer, *received);
  CHECK(bought->subject == "Globex");
  CHECK(premium->subject == "Globex");
  // "a premium of 31%" is the premium, not a move of the shares.
  CHECK(kftest::contains(premium->metric, "premium"));
  CHECK_FALSE(kftest::share_card(run.report, *premium, *offer));
}

TEST_CASE("cards: a dividend raised by a percentage, and debt named after an amount, keep their own metrics") {
  const auto run = analyze_articles({
      make_article("a1", "Daily Ledger",
                   "Initech raised its quarterly dividend by 8% and reported revenue of $3.2 billion, up 19%."),
      make_article("a2", "Market Wire",
                   "The deal is valued at $30 billion, including Initech's $5 billion of net debt."),
  });
  INFO("found " << describe(run.report));
  const auto* dividend = need(run, "a1", "8%");
  const auto* growth = need(run, "a1", "19%");
  const auto* deal = need(run, "a2", "$30 billion");
  const auto* debt = need(run, "a2", "$5 billion");
  if (!dividend || !growth || !deal || !debt) return;
  CHECK(kftest::contains(dividend->metric, "dividend"));
  CHECK_FALSE(kftest::share_card(run.report, *dividend, *growth));
  CHECK(kftest::contains(deal->metric, "deal value"));
  CHECK(kftest::contains(debt->metric, "debt"));
}

TEST_CASE("cards: fines, oversubscription, cash offers and turnover keep their own metrics") {
  const auto run = analyze_articles({
      make_article("a1", "Daily Ledger",
                   "Brussels fined Initech €1.9 billion. Last year's fine of €700 million was smaller. "
                   "Initech's global turnover of €40 billion sets the legal ceiling. "
                   "Globex agreed to buy Initrode for $4.2 billion in cash, or $38 a share."),
      make_article("a2", "Market Wire",
                   "The retail tranche of the listing was 12 times oversubscribed. Turnover was HK$3.9 billion, "
                   "with 22.9 million shares changing hands. Regulators also imposed a penalty of €1.8 billion."),
  });
  INFO("found " << describe(run.report));
  const auto* fine = need(run, "a1", "€1.9 billion");
  const auto* earlier_fine = need(run, "a1", "€700 million");
  const auto* turnover = need(run, "a1", "€40 billion");
  const auto* offer = need(run, "a1", "$38");
  const auto* demand = need(run, "a2", "12 times");
  const auto* traded = need(run, "a2", "HK$3.9 billion");
  const auto* penalty = need(run, "a2", "€1.8 billion");
  if (!fine || !earlier_fine || !turnover || !offer || !demand || !traded || !penalty) return;
  CHECK(fine->metric == "fine");
  CHECK(earlier_fine->metric == "fine");
  CHECK(penalty->metric == "fine");
  CHECK(turnover->metric == "revenue");
  CHECK(offer->metric == "offer price");
  CHECK(demand->metric == "times oversubscribed");
  CHECK_FALSE(kftest::contains(traded->metric, "revenue"));
  // Fines decided years apart are seldom dated: they are grouped only by value, never flagged.
  CHECK_FALSE(kftest::share_card(run.report, *fine, *penalty));
  CHECK(kftest::flags_naming(run.report, {fine, penalty}).empty());
}

TEST_CASE("cards: earnings-day wording keeps each figure's metric and basis") {
  const auto run = analyze_articles({
      make_article("a1", "Daily Ledger", "Cloud revenue reached $9.4 billion, up 12% from the prior quarter."),
      make_article("a2", "Market Wire", "Initech reported cloud revenue of $9.4 billion for the quarter."),
      make_article("a3", "Street Notes", "The outlook calls for revenue of $41 billion, which implies growth of 20%."),
      make_article("a4", "Deal Desk",
                   "Sales at the devices unit, which makes routers, climbed 35% to $2 billion. "
                   "INTC fell 4% after hours to $21.30."),
  });
  INFO("found " << describe(run.report));
  const auto* level = need(run, "a1", "$9.4 billion");
  const auto* sequential = need(run, "a1", "12%");
  const auto* plain = need(run, "a2", "$9.4 billion");
  const auto* implied = need(run, "a3", "20%");
  const auto* aside = need(run, "a4", "35%");
  const auto* reached = need(run, "a4", "$21.30");
  if (!level || !sequential || !plain || !implied || !aside || !reached) return;
  // "from the prior quarter" is how the change is measured; the level is the plain revenue.
  CHECK(std::find(sequential->qualifiers.begin(), sequential->qualifiers.end(), "sequential") !=
        sequential->qualifiers.end());
  CHECK(kftest::share_card(run.report, *level, *plain));
  CHECK(kftest::contains(implied->metric, "outlook"));
  CHECK(kftest::contains(aside->metric, "revenue growth"));
  CHECK(reached->metric == "share price");
}

TEST_CASE("cards: a central bank's target, a rate cut and an index move are told apart") {
  const auto run = analyze_articles({
      make_article("a1", "Daily Ledger",
                   "Inflation is still above the central bank's 2% target, with the consumer price index up 3.1% "
                   "in May. The bank lowered rates by 25 basis points to 3.5%."),
      make_article("a2", "Market Wire",
                   "Inflation stood at 3.1% in May. The FTSE rose 0.4% while the 10-year gilt yield climbed to 4.6%."),
  });
  INFO("found " << describe(run.report));
  const auto* target = need(run, "a1", "2%");
  const auto* cpi = need(run, "a1", "3.1%");
  const auto* reading = need(run, "a2", "3.1%");
  const auto* cut = need(run, "a1", "25 basis points");
  const auto* index = need(run, "a2", "0.4%");
  if (!target || !cpi || !reading || !cut || !index) return;
  CHECK(cpi->metric == "inflation");
  CHECK(kftest::share_card(run.report, *cpi, *reading));
  CHECK_FALSE(kftest::share_card(run.report, *target, *reading));
  CHECK(kftest::conflicts_naming_any(run.report, {target, cpi, reading}).empty());
  // The move before "while" is the index's, not the yield's after it.
  CHECK(index->metric == "share price change");
  const auto* index_card = kftest::card_of(run.report, *index);
  const auto* cut_card = kftest::card_of(run.report, *cut);
  REQUIRE(index_card != nullptr);
  REQUIRE(cut_card != nullptr);
  CHECK_FALSE(kftest::contains(index_card->label, "shares"));
  CHECK(kftest::contains(cut_card->label, "interest rate change"));
}

TEST_CASE("flags: an IPO price is not the price the shares opened or closed at") {
  const auto run = analyze_articles({
      make_article("a1", "Daily Ledger",
                   "Shares opened at $31 on Thursday, 29% above the IPO price, and closed up 12% at $26.90."),
      make_article("a2", "Market Wire", "Vandelay sold 20 million shares at $24 each in its debut."),
      make_article("a3", "Street Notes", "Vandelay closed at $26.90, up 12% from its $24 IPO price."),
  });
  INFO("found " << describe(run.report));
  const auto* opened = need(run, "a1", "$31");
  const auto* closed = need(run, "a1", "$26.90");
  const auto* sold_at = need(run, "a2", "$24");
  const auto* ipo = need(run, "a3", "$24");
  const auto* close_again = need(run, "a3", "$26.90");
  if (!opened || !closed || !sold_at || !ipo || !close_again) return;
  CHECK(closed->metric == "share price");
  expect_agreement(run, *closed, *close_again);
  CHECK(kftest::share_card(run.report, *sold_at, *ipo));
  CHECK_FALSE(kftest::share_card(run.report, *sold_at, *opened));
  CHECK(kftest::conflicts_naming_any(run.report, {opened, closed, sold_at, ipo, close_again}).empty());
}

TEST_CASE("cards: bank results: the value now, its base, the estimate and provisions each keep their place") {
  const auto run = analyze_articles({
      make_article("a1", "Daily Ledger",
                   "Globex Bank's profit climbed to $6.2 billion, or $2.10 per share, from $5.1 billion, or "
                   "$1.71 per share, a year earlier. Adjusted earnings were $2.02 a share, beating the $1.98 "
                   "estimate. Revenue was $21.3 billion, compared with estimates of $20.8 billion."),
      make_article("a2", "Market Wire",
                   "Globex Bank set aside $1.4 billion for credit losses. Investment banking fees jumped 11% to "
                   "$1.9 billion. Globex Bank's profit was $6.2 billion."),
  });
  INFO("found " << describe(run.report));
  const auto* now = need(run, "a1", "$6.2 billion");
  const auto* base = need(run, "a1", "$5.1 billion");
  const auto* eps = need(run, "a1", "$2.10");
  const auto* estimate = need(run, "a1", "$1.98");
  const auto* revenue_estimate = need(run, "a1", "$20.8 billion");
  const auto* other = need(run, "a2", "$6.2 billion");
  const auto* provisions = need(run, "a2", "$1.4 billion");
  const auto* fees = need(run, "a2", "$1.9 billion");
  if (!now || !base || !eps || !estimate || !revenue_estimate || !other || !provisions || !fees) return;
  // "climbed to $6.2 billion ... from $5.1 billion ..., a year earlier": only the base is prior.
  CHECK(std::find(now->qualifiers.begin(), now->qualifiers.end(), "prior period (comparison base)") ==
        now->qualifiers.end());
  CHECK(std::find(eps->qualifiers.begin(), eps->qualifiers.end(), "prior period (comparison base)") ==
        eps->qualifiers.end());
  expect_agreement(run, *now, *other);
  CHECK_FALSE(kftest::share_card(run.report, *now, *base));
  CHECK(estimate->metric == "analysts' estimate of eps");
  CHECK(kftest::contains(revenue_estimate->subject, "Globex"));  // not "peers"
  CHECK(provisions->metric == "provisions");
  CHECK(fees->metric == "fees");
}

TEST_CASE("cards: monthly sales: the month is the period, an annual decline is not a year, exports are a part") {
  const auto run = analyze_articles({
      make_article("a1", "Daily Ledger",
                   "Initech sold 212,400 vehicles in October, down 4% from a year earlier, its first annual "
                   "decline in more than a year. Overseas sales rose to 38,900 units."),
      make_article("a2", "Market Wire", "Initech's October sales slipped 4% to 212,400 units."),
      make_article("a3", "Street Notes", "Initech sold 212,400 vehicles last month.", "", "2025-11-03"),
  });
  INFO("found " << describe(run.report));
  const auto* sold = need(run, "a1", "212,400 vehicles");
  const auto* overseas = need(run, "a1", "38,900 units");
  const auto* units = need(run, "a2", "212,400 units");
  const auto* last_month = need(run, "a3", "212,400 vehicles");
  if (!sold || !overseas || !units || !last_month) return;
  for (const auto* f : {sold, units, last_month})
    CHECK(std::find(f->qualifiers.begin(), f->qualifiers.end(), "in October") != f->qualifiers.end());
  CHECK(std::find(sold->qualifiers.begin(), sold->qualifiers.end(), "annual") == sold->qualifiers.end());
  expect_agreement(run, *sold, *last_month);
  // Overseas sales are a part of the month's sales, never a rival figure for them.
  CHECK(kftest::conflicts_naming_any(run.report, {sold, overseas, units, last_month}).empty());
}

TEST_CASE("cards: a change after an amount's comma is that amount's growth; 'target to' is a price target") {
  const auto run = analyze_articles({
      make_article("a1", "Daily Ledger", "Initech's cloud unit brought in $8.1 billion, up 22% year on year."),
      make_article("a2", "Market Wire", "Initech's cloud revenue rose 22% to $8.1 billion."),
      make_article("a3", "Street Notes", "Analysts at Jefferies lifted their target to $140 a share."),
      make_article("a4", "Deal Desk", "Jefferies raised its price target on Initech to $140."),
  });
  INFO("found " << describe(run.report));
  const auto* growth = need(run, "a1", "22%");
  const auto* other_growth = need(run, "a2", "22%");
  const auto* target = need(run, "a3", "$140");
  const auto* other_target = need(run, "a4", "$140");
  if (!growth || !other_growth || !target || !other_target) return;
  CHECK(kftest::contains(growth->metric, "revenue growth"));
  expect_agreement(run, *growth, *other_growth);
  CHECK(target->metric == "price target");
}

TEST_CASE("flags: last year's figures, a line of business and a named unit never conflict with the total") {
  const auto run = analyze_articles({
      make_article("a1", "Daily Ledger",
                   "Initech's third-quarter revenue fell 8% to $4.01 billion. Operating income was $6.7 billion."),
      make_article("a2", "Market Wire",
                   "Initech's revenue grew 8% in the same quarter a year earlier. Operating income was $6.1 billion "
                   "in the year-earlier quarter. Third-quarter revenue a year ago was $4.36 billion."),
      make_article("a3", "Street Notes",
                   "Services revenue, which excludes hardware, rose 8% to $3.3 billion. Regional unit Initech Connect "
                   "carried 9.1 million passengers."),
      make_article("a4", "Deal Desk", "Initech carried 45.5 million passengers in the quarter."),
  });
  INFO("found " << describe(run.report));
  const auto* fell = need(run, "a1", "8%");
  const auto* revenue = need(run, "a1", "$4.01 billion");
  const auto* income = need(run, "a1", "$6.7 billion");
  const auto* grew_before = need(run, "a2", "8%");
  const auto* income_before = need(run, "a2", "$6.1 billion");
  const auto* revenue_before = need(run, "a2", "$4.36 billion");
  const auto* services = need(run, "a3", "$3.3 billion");
  const auto* unit = need(run, "a3", "9.1 million passengers");
  const auto* group = need(run, "a4", "45.5 million passengers");
  if (!fell || !revenue || !income || !grew_before || !income_before || !revenue_before || !services || !unit || !group)
    return;
  CHECK(kftest::conflicts_naming_any(
            run.report, {fell, revenue, income, grew_before, income_before, revenue_before, services, unit, group})
            .empty());
  for (const auto& flag : run.report.flags) CHECK(flag.kind != "session_difference");
}

TEST_CASE("flags: comparable, same-store and comparable-store sales are one measure") {
  const auto run = analyze_articles({
      make_article("a1", "Daily Ledger", "U.S. comparable-store sales rose 4.9% in the quarter."),
      make_article("a2", "Market Wire", "Comparable sales in the U.S. rose 5.3% in the quarter."),
  });
  INFO("found " << describe(run.report));
  const auto* a = need(run, "a1", "4.9%");
  const auto* b = need(run, "a2", "5.3%");
  if (!a || !b) return;
  expect_flag(run, *a, *b, "value_conflict", "minor");
}

TEST_CASE("flags: another coin's move, a commodity's price and a forecast never join the main subject's cards") {
  const auto run = analyze_articles({
      make_article("a1", "Daily Ledger",
                   "Bitcoin fell 8% to $98,000 on Monday. Solana fell 19% to $126. Brent crude climbed 3.1% to $85.01 "
                   "a barrel."),
      make_article("a2", "Market Wire", "Bitcoin dropped 8.1% on Monday, while Coinbase shares rose 2% to $310."),
      make_article("a3", "Street Notes",
                   "Coinbase revenue fell 8% to $1.9 billion. Revenue is seen falling 10% next quarter, and sales in "
                   "the current quarter will be $1.7 billion."),
      make_article("a4", "Deal Desk", "Coinbase's revenue dropped 8% to $1.9 billion in the quarter."),
  });
  INFO("found " << describe(run.report));
  const auto* bitcoin = need(run, "a1", "8%");
  const auto* solana = need(run, "a1", "19%");
  const auto* brent = need(run, "a1", "$85.01");
  const auto* other = need(run, "a2", "8.1%");
  const auto* coinbase = need(run, "a2", "$310");
  const auto* seen = need(run, "a3", "10%");
  const auto* will_be = need(run, "a3", "$1.7 billion");
  const auto* revenue = need(run, "a4", "$1.9 billion");
  if (!bitcoin || !solana || !brent || !other || !coinbase || !seen || !will_be || !revenue) return;
  CHECK(solana->subject == "Solana");
  CHECK(brent->metric != "share price");
  CHECK(kftest::contains(seen->metric, "outlook"));
  CHECK(kftest::contains(will_be->metric, "outlook"));
  CHECK(kftest::conflicts_naming_any(run.report, {bitcoin, solana, brent, other, coinbase, seen, will_be, revenue})
            .empty());
}

TEST_CASE("flags: CET1 ratios and load factors are compared; 'rose to 86.4% from 85.1%' keeps the base apart") {
  const auto run = analyze_articles({
      make_article("a1", "Daily Ledger",
                   "Globex Bank's CET1 ratio stood at 13.9%. Initech Air's load factor rose to 86.4% from 85.1%."),
      make_article("a2", "Market Wire",
                   "Globex Bank's common equity tier 1 ratio was 13.7%. Initech Air's load factor was 84.6%."),
  });
  INFO("found " << describe(run.report));
  const auto* cet1 = need(run, "a1", "13.9%");
  const auto* other_cet1 = need(run, "a2", "13.7%");
  const auto* load = need(run, "a1", "86.4%");
  const auto* base = need(run, "a1", "85.1%");
  const auto* other_load = need(run, "a2", "84.6%");
  if (!cet1 || !other_cet1 || !load || !base || !other_load) return;
  expect_flag(run, *cet1, *other_cet1, "value_conflict", "minor");
  expect_flag(run, *load, *other_load, "value_conflict", "minor");
  CHECK_FALSE(kftest::share_card(run.report, *load, *base));
}

TEST_CASE("cards: an index in a 'which' clause, a time 'by 0930 GMT', pre-tax profit and an investment bank") {
  const auto run = analyze_articles({
      make_article("a1", "Daily Ledger",
                   "Kansai's shares closed up 4.2%, outperforming the benchmark Nikkei average, which gained 0.8%. "
                   "Globex shares rose 5.8% to 12.64 euros by 0930 GMT."),
      make_article("a2", "Market Wire",
                   "Globex posted a pre-tax profit of 1.9 billion euros and net profit of 1.37 billion euros. Its "
                   "investment bank posted revenue of 1.8 billion euros."),
  });
  INFO("found " << describe(run.report));
  const auto* kansai = need(run, "a1", "4.2%");
  const auto* nikkei = need(run, "a1", "0.8%");
  const auto* price = need(run, "a1", "12.64 euros");
  const auto* pretax = need(run, "a2", "1.9 billion euros");
  const auto* net = need(run, "a2", "1.37 billion euros");
  const auto* bank = need(run, "a2", "1.8 billion euros");
  if (!kansai || !nikkei || !price || !pretax || !net || !bank) return;
  CHECK(nikkei->subject == "Nikkei");
  CHECK_FALSE(kftest::share_card(run.report, *kansai, *nikkei));
  CHECK(price->metric == "share price");
  CHECK(pretax->metric == "pre-tax profit");
  CHECK_FALSE(kftest::share_card(run.report, *pretax, *net));
  CHECK(bank->metric == "revenue");
}

TEST_CASE("flags: sector indexes, adjectives like 'doubled', gaps, a second period and another tranche stay apart") {
  const auto run = analyze_articles({
      make_article("a1", "Daily Ledger",
                   "Initech shares fell 7.8% after the ban. The Philadelphia semiconductor index slipped 1.9%. "
                   "Initech expects fourth-quarter revenue of about $6.2 billion."),
      make_article("a2", "Market Wire",
                   "Initech shares fall on split, doubled buyback. Initech shares fell 7.8%. Fourth-quarter revenue "
                   "will come in roughly $700 million less than its previous guidance."),
      make_article("a3", "Street Notes",
                   "Sales to China accounted for 14% of total revenue in the fourth quarter and 19% for the full year. "
                   "Initech sold 18 million shares in the offering."),
      make_article("a4", "Deal Desk",
                   "China was 14% of Initech's total revenue in the fourth quarter. Existing shareholders sold an "
                   "additional 2 million shares."),
  });
  INFO("found " << describe(run.report));
  const auto* fell = need(run, "a1", "7.8%");
  const auto* index = need(run, "a1", "1.9%");
  const auto* guidance = need(run, "a1", "$6.2 billion");
  const auto* other_fell = need(run, "a2", "7.8%");
  const auto* gap = need(run, "a2", "$700 million");
  const auto* quarter_share = need(run, "a3", "14%");
  const auto* year_share = need(run, "a3", "19%");
  const auto* sold = need(run, "a3", "18 million shares");
  const auto* other_share = need(run, "a4", "14%");
  const auto* tranche = need(run, "a4", "2 million shares");
  if (!fell || !index || !guidance || !other_fell || !gap || !quarter_share || !year_share || !sold || !other_share ||
      !tranche)
    return;
  CHECK(kftest::contains(index->subject, "semiconductor index"));
  for (const auto& f : run.report.figures) CHECK(f.text != "doubled");
  CHECK(year_share->metric == quarter_share->metric);
  CHECK(kftest::conflicts_naming_any(
            run.report, {fell, index, guidance, other_fell, gap, quarter_share, year_share, sold, other_share, tranche})
            .empty());
}

TEST_CASE("flags: two bases, a rival's signed move, a recall elsewhere and a bank's business lines never conflict") {
  const auto run = analyze_articles({
      make_article("a1", "Daily Ledger",
                   "Initech raised its full-year NII guidance to $92.5 billion from $91 billion. Initech shares fell "
                   "20%. Initech recalled 2 million vehicles. Markets revenue climbed 8% to $7.2 billion, with fixed "
                   "income up 1% at $4.5 billion."),
      make_article("a2", "Market Wire",
                   "Initech's NII was $23.5 billion, up from $22.9 billion a year earlier. Zealand -13.9% in sympathy. "
                   "A separate recall in Canada covers 193,000 vehicles. Investment-banking fees jumped 31% to $2.3 "
                   "billion."),
      make_article("a3", "Street Notes", "Ticker: INIT 608.50 -20.0% | LLY 775.10 +1.0% | ZEAL 720.00 -13.9%"),
  });
  INFO("found " << describe(run.report));
  const auto* guidance_base = need(run, "a1", "$91 billion");
  const auto* fell = need(run, "a1", "20%");
  const auto* recall = need(run, "a1", "2 million vehicles");
  const auto* fixed_income = need(run, "a1", "1%");
  const auto* year_base = need(run, "a2", "$22.9 billion");
  const auto* rival = need(run, "a2", "-13.9%");
  const auto* canada = need(run, "a2", "193,000 vehicles");
  const auto* fees = need(run, "a2", "31%");
  if (!guidance_base || !fell || !recall || !fixed_income || !year_base || !rival || !canada || !fees) return;
  CHECK(rival->subject == "Zealand");
  CHECK(kftest::conflicts_naming_any(
            run.report, {guidance_base, fell, recall, fixed_income, year_base, rival, canada, fees})
            .empty());
  for (const auto& f : run.report.figures) CHECK(f.article != "a3");  // a quote strip is page furniture
}

TEST_CASE("cards: a move 'on Friday' in a Saturday article is dated Friday") {
  const auto run = analyze_articles({
      make_article("a1", "Daily Ledger", "Acme shares rose 3% on Friday.", "", "2025-12-20"),
      make_article("a2", "Market Wire", "Acme shares rose 3% on Friday.", "", "2025-12-19"),
      make_article("a3", "Street Notes", "Acme shares rose 3% on Monday.", "", "2026-01-01"),
      make_article("a4", "Deal Desk", "Acme shares rose 3% on Thursday.", "", "2026-03-04"),
  });
  INFO("found " << describe(run.report));
  const auto* saturday = need(run, "a1", "3%");
  const auto* friday = need(run, "a2", "3%");
  const auto* monday = need(run, "a3", "3%");
  if (!saturday || !friday || !monday) return;
  CHECK(saturday->qualifiers.back() == "2025-12-19");
  CHECK(friday->qualifiers.back() == "2025-12-19");
  CHECK(monday->qualifiers.back() == "2025-12-29");  // across a year end
  // A weekday later in the week than the date names no day we can place: the date stands.
  const auto* thursday = need(run, "a4", "3%");
  if (thursday) CHECK(thursday->qualifiers.back() == "2026-03-04");
}

TEST_CASE("cards: a company named once and then described is still the same subject") {
  const auto run = analyze_articles(
      {
          make_article("a1", "Daily Ledger", "Alibaba's cloud revenue rose 26% in the September quarter."),
          make_article(
              "a2", "Market Wire",
              "Alibaba reported results on Thursday. The Hangzhou-based company said cloud revenue rose "
              "26% in the September quarter."),
      },
      "Alibaba cloud growth");
  INFO("found " << describe(run.report));
  const auto* a = need(run, "a1", "26%");
  const auto* b = need(run, "a2", "26%");
  if (a == nullptr || b == nullptr) return;
  expect_agreement(run, *a, *b);
}

// ------------------------------------------------ hedged intervals --

TEST_CASE("flags: \"about 10,000\" against 15,000 employees is a conflict") {
  const auto run = analyze_articles({
      make_article("a1", "Daily Ledger", "Globex employs about 10,000 workers at its plants."),
      make_article("a2", "Market Wire", "Globex employs 15,000 workers at its plants."),
  });
  INFO("found " << describe(run.report));
  const auto* a = need(run, "a1", "10,000 workers");
  const auto* b = need(run, "a2", "15,000 workers");
  if (a == nullptr || b == nullptr) return;
  expect_conflict(run, *a, *b);
}

TEST_CASE("flags: \"over 9%\" against 8.5% contradicts the hedge") {
  const auto run = analyze_articles({
      make_article("a1", "Daily Ledger", "Acme shares rose over 9% on Tuesday."),
      make_article("a2", "Market Wire", "Acme shares rose 8.5% on Tuesday."),
  });
  INFO("found " << describe(run.report));
  const auto* a = need(run, "a1", "9%");
  const auto* b = need(run, "a2", "8.5%");
  if (a == nullptr || b == nullptr) return;
  expect_conflict(run, *a, *b);
}

TEST_CASE("cards: \"up to 1,000 jobs\" and \"800 jobs\" agree") {
  const auto run = analyze_articles({
      make_article("a1", "Daily Ledger", "The merger could cut up to 1,000 jobs at Globex."),
      make_article("a2", "Market Wire", "The merger could cut 800 jobs at Globex, the union said."),
  });
  INFO("found " << describe(run.report));
  const auto* a = need(run, "a1", "1,000 jobs");
  const auto* b = need(run, "a2", "800 jobs");
  if (a == nullptr || b == nullptr) return;
  expect_agreement(run, *a, *b);
}

TEST_CASE("cards: a closing price and an after-hours price are not a conflict") {
  const auto run = analyze_articles({
      make_article("a1", "Daily Ledger", "Acme shares closed at $178.18 on Tuesday."),
      make_article("a2", "Market Wire",
                   "Acme shares changed hands at $190.40 in after-hours trading on Tuesday."),
  });
  INFO("found " << describe(run.report));
  const auto* close = need(run, "a1", "$178.18");
  const auto* late = need(run, "a2", "$190.40");
  if (close == nullptr || late == nullptr) return;
  CHECK(kftest::conflicts_naming_any(run.report, {close, late}).empty());
}

// ------------------------------------- estimates, targets, per-share --

TEST_CASE("cards: an analysts' estimate and the reported figure are separate cards") {
  const auto run = analyze_articles({
      make_article("a1", "Daily Ledger",
                   "Analysts had expected Acme's third-quarter revenue of $4.0 billion."),
      make_article("a2", "Market Wire", "Acme reported third-quarter revenue of $4.1 billion on Tuesday."),
  });
  INFO("found " << describe(run.report));
  const auto* estimate = need(run, "a1", "$4.0 billion");
  const auto* actual = need(run, "a2", "$4.1 billion");
  if (estimate == nullptr || actual == nullptr) return;
  expect_separate(run, *estimate, *actual);
}

TEST_CASE("cards: a figure measured against estimates is the reported figure, not the estimate") {
  // Two outlets report the same actual; one adds that it beat the Street.
  const auto run = analyze_articles({
      make_article("a1", "Daily Ledger", "Acme's quarterly revenue of $6.2 billion topped analysts' expectations."),
      make_article("a2", "Market Wire", "Acme reported quarterly revenue of $6.2 billion on Tuesday."),
  });
  INFO("found " << describe(run.report));
  const auto* beating = need(run, "a1", "$6.2 billion");
  const auto* plain = need(run, "a2", "$6.2 billion");
  if (beating == nullptr || plain == nullptr) return;
  CHECK(kftest::share_card(run.report, *beating, *plain));
}

TEST_CASE("cards: a figure that 'is expected to be' reached is a forecast, apart from the reported one") {
  const auto run = analyze_articles({
      make_article("a1", "Daily Ledger", "Acme's quarterly revenue is expected to be $7.9 billion."),
      make_article("a2", "Market Wire", "Acme reported quarterly revenue of $7.1 billion on Tuesday."),
  });
  INFO("found " << describe(run.report));
  const auto* forecast = need(run, "a1", "$7.9 billion");
  const auto* actual = need(run, "a2", "$7.1 billion");
  if (forecast == nullptr || actual == nullptr) return;
  expect_separate(run, *forecast, *actual);
  CHECK(kftest::conflicts_naming_any(run.report, {forecast, actual}).empty());
  // "than expected" compares with a forecast; the figure itself is reported.
  const auto beat = analyze_articles({make_article("a1", "Daily Ledger",
                                                   "Acme's revenue rose more than expected to $7.4 billion.")});
  const auto* reported = need(beat, "a1", "$7.4 billion");
  if (reported == nullptr) return;
  CHECK(reported->metric.find("outlook") == std::string::npos);
}

TEST_CASE("cards: two brokers' price targets, and an old and a new target, are separate cards") {
  const auto run = analyze_articles({
      make_article("a1", "Daily Ledger", "Morgan Stanley raised its price target on Acme to $200 from $180."),
      make_article("a2", "Market Wire", "Jefferies set a price target of $240 on Acme shares."),
  });
  INFO("found " << describe(run.report));
  const auto* new_target = need(run, "a1", "$200");
  const auto* old_target = need(run, "a1", "$180");
  const auto* other_broker = need(run, "a2", "$240");
  if (!new_target || !old_target || !other_broker) return;
  CHECK_FALSE(kftest::share_card(run.report, *new_target, *old_target));
  expect_separate(run, *new_target, *other_broker);
}

TEST_CASE("flags: earnings of $1.02 against $1.20 a share is a conflict, and not a share price") {
  const auto run = analyze_articles({
      make_article("a1", "Daily Ledger",
                   "Acme earned $1.02 a share in the third quarter. Its shares closed at $45.10 on Tuesday."),
      make_article("a2", "Market Wire", "Acme earned $1.20 a share in the third quarter, the company said."),
  });
  INFO("found " << describe(run.report));
  const auto* eps1 = need(run, "a1", "$1.02");
  const auto* price = need(run, "a1", "$45.10");
  const auto* eps2 = need(run, "a2", "$1.20");
  if (!eps1 || !price || !eps2) return;
  expect_conflict(run, *eps1, *eps2);
  CHECK_FALSE(kftest::share_card(run.report, *eps1, *price));
}

TEST_CASE("cards: a stock's move and the index's move are separate cards") {
  const auto run = analyze_articles({
      make_article("a1", "Daily Ledger", "Acme shares rose 9% on Tuesday, while the Nasdaq gained 1.2%."),
      make_article("a2", "Market Wire", "Acme shares rose 9% on Tuesday as the broader market climbed."),
  });
  INFO("found " << describe(run.report));
  const auto* stock1 = need(run, "a1", "9%");
  const auto* index = need(run, "a1", "1.2%");
  const auto* stock2 = need(run, "a2", "9%");
  if (!stock1 || !index || !stock2) return;
  expect_agreement(run, *stock1, *stock2);
  CHECK_FALSE(kftest::share_card(run.report, *stock1, *index));
}

// ------------------------------------------- a realistic event bundle --

TEST_CASE("cards and flags: a three-outlet bundle about one event") {
  const auto run = analyze_articles(
      {
          make_article(
              "a1", "Daily Ledger",
              "Globex shares soared 14% in premarket trading on Tuesday after the Chinese battery maker "
              "said it would invest 120 billion yuan ($16.8 billion) in new plants over five years.\n\n"
              "The Shenzhen-based company also said third-quarter revenue rose 31% to 45.2 billion "
              "yuan, beating the 41 billion yuan analysts had expected.\n\n"
              "Globex now operates 14 factories in China and employs about 38,000 workers. Its "
              "US-listed shares have gained 62% so far this year."),
          make_article(
              "a2", "Market Wire",
              "Shares of Globex jumped 13.8% before the bell on Tuesday. The company plans to spend "
              "$16.8 billion on new factories over the next five years.\n\n"
              "Revenue for the September quarter rose 31% from a year earlier. Globex has 14 factories "
              "and more than 35,000 employees.\n\n"
              "Meanwhile, rival Initech fell 2.1% and the Nasdaq Composite added 0.4%."),
          make_article(
              "a3", "Harbor Brokers",
              "Globex (GBX) +14.2% premarket. Revenue growth of 13% in the third quarter was well below "
              "the 20% we had pencilled in, but the 120 billion yuan capex plan signals confidence.\n\n"
              "We keep our price target of $95; the stock trades at 18x forward earnings versus 25x "
              "for peers."),
      },
      "Globex shares soar on investment plan");
  INFO("found " << describe(run.report));

  SUBCASE("the investment plan in yuan and in dollars is one card without a flag") {
    const auto* yuan = need(run, "a1", "120 billion yuan");
    const auto* dollars = need(run, "a1", "$16.8 billion");
    const auto* dollars2 = need(run, "a2", "$16.8 billion");
    const auto* yuan3 = need(run, "a3", "120 billion yuan");
    if (!yuan || !dollars || !dollars2 || !yuan3) return;
    expect_agreement(run, *yuan, *dollars);
    expect_agreement(run, *yuan, *dollars2);
    expect_agreement(run, *yuan, *yuan3);
  }
  SUBCASE("premarket moves of 14%, 13.8% and +14.2% agree") {
    const auto* a = need(run, "a1", "14%");
    const auto* b = need(run, "a2", "13.8%");
    const auto* c = need(run, "a3", "+14.2%");
    const auto* year_to_date = need(run, "a1", "62%");
    if (!a || !b || !c || !year_to_date) return;
    expect_agreement(run, *a, *b);
    expect_agreement(run, *a, *c);
    expect_separate(run, *a, *year_to_date);
  }
  SUBCASE("31% against 13% third-quarter revenue growth is a major flag; the broker's 20% is an estimate") {
    const auto* a = need(run, "a1", "31%");
    const auto* b = need(run, "a2", "31%");  // "the September quarter" is the third quarter
    const auto* c = need(run, "a3", "13%");
    const auto* estimate = need(run, "a3", "20%");
    if (!a || !b || !c || !estimate) return;
    CHECK(kftest::share_card(run.report, *a, *b));
    CHECK(kftest::share_card(run.report, *a, *c));
    CHECK_FALSE(kftest::share_card(run.report, *c, *estimate));
    CHECK_FALSE(kftest::flags_naming(run.report, {c}, "major").empty());
  }
  SUBCASE("headcount and factories agree within their hedges") {
    const auto* workers = need(run, "a1", "38,000 workers");
    const auto* employees = need(run, "a2", "35,000 employees");
    const auto* factories = need(run, "a1", "14 factories");
    const auto* factories2 = need(run, "a2", "14 factories");
    if (!workers || !employees || !factories || !factories2) return;
    expect_agreement(run, *workers, *employees);
    expect_agreement(run, *factories, *factories2);
  }
  SUBCASE("a rival, the index and peers' multiple are cards of their own") {
    const auto* globex = need(run, "a1", "14%");
    const auto* rival = need(run, "a2", "2.1%");
    const auto* index = need(run, "a2", "0.4%");
    const auto* own_multiple = need(run, "a3", "18x");
    const auto* peers_multiple = need(run, "a3", "25x");
    if (!globex || !rival || !index || !own_multiple || !peers_multiple) return;
    expect_separate(run, *globex, *rival);
    expect_separate(run, *globex, *index);
    expect_separate(run, *rival, *index);
    expect_separate(run, *own_multiple, *peers_multiple);
  }
}

// ------------------------------------------------------------ order --

namespace {

// A figure by where it is, so two runs with different ids can be compared.
std::string place_of(const keyfigures::Report& report, const std::string& figure_id) {
  const Figure* f = kftest::figure_by_id(report, figure_id);
  return f == nullptr ? "?" : f->article + "@" + std::to_string(f->start);
}

std::set<std::vector<std::string>> card_partition(const keyfigures::Report& report) {
  std::set<std::vector<std::string>> out;
  for (const auto& card : report.cards) {
    std::vector<std::string> places;
    for (const auto& id : card.figures) places.push_back(place_of(report, id));
    std::sort(places.begin(), places.end());
    out.insert(places);
  }
  return out;
}

std::set<std::string> flag_signatures(const keyfigures::Report& report) {
  std::set<std::string> out;
  for (const auto& flag : report.flags) {
    std::vector<std::string> places;
    for (const auto& id : flag.figures) places.push_back(place_of(report, id));
    std::sort(places.begin(), places.end());
    std::string signature = flag.kind + "/" + flag.severity + ":";
    for (const auto& p : places) signature += " " + p;
    out.insert(signature);
  }
  return out;
}

}  // namespace

TEST_CASE("cards and flags do not depend on the order of the articles") {
  std::vector<Article> articles = {
      make_article(
          "a1", "Daily Ledger",
          "Acme shares rose 9.3% on Tuesday. Acme's cloud revenue rose 8% in the third quarter. Acme "
          "operates 91 availability zones."),
      make_article(
          "a2", "Market Wire",
          "Acme shares rose 9% on Tuesday. Cloud revenue at Acme rose 26% in the third quarter. Acme "
          "operates 91 data centers."),
      make_article("a3", "Harbor Brokers",
                   "Acme trades at 16x earnings. Acme's cloud revenue rose 26% in the third quarter."),
  };
  const auto forward = analyze_articles(articles, "Acme cloud growth");
  std::reverse(articles.begin(), articles.end());
  const auto backward = analyze_articles(articles, "Acme cloud growth");
  INFO("forward " << describe(forward.report));
  INFO("backward " << describe(backward.report));
  CHECK(forward.report.figures.size() == backward.report.figures.size());
  CHECK(card_partition(forward.report) == card_partition(backward.report));
  CHECK(flag_signatures(forward.report) == flag_signatures(backward.report));
}

TEST_CASE("analyze is deterministic") {
  const auto bundle = kftest::make_bundle(
      {
          make_article("a1", "Daily Ledger", "Acme shares rose 9.3% on Tuesday. Revenue was $4.1 billion."),
          make_article("a2", "Market Wire", "Acme shares rose 10.5% on Tuesday. Revenue was $4.1 billion."),
      },
      "Acme results");
  const std::string first = keyfigures::report_to_json(keyfigures::analyze(bundle));
  const std::string second = keyfigures::report_to_json(keyfigures::analyze(bundle));
  CHECK(first == second);
}

TEST_CASE("flags: a country's part of a group's cut, or a country's recall, is no second value of the whole") {
  const auto run = analyze_articles({
      make_article("a1", "Daily Ledger",
                   "Petrona and its partners agreed to cut output by 1.2 million barrels per day. Saudi Arabia "
                   "will contribute 500,000 bpd of the reduction. Acme recalled 2 million vehicles."),
      make_article("a2", "Market Wire",
                   "Petrona and its partners will cut output by 1.2 million barrels a day. Russia's cut will "
                   "amount to 300,000 barrels a day. Acme recalled 2 million cars. Canada too, 193k cars."),
  });
  INFO("found " << describe(run.report));
  const auto* saudi = need(run, "a1", "500,000 bpd");
  const auto* russia = need(run, "a2", "300,000 barrels a day");
  const auto* canada = need(run, "a2", "193k cars");
  if (!saudi || !russia || !canada) return;
  expect_no_flag(run, {saudi, russia, canada});
}

TEST_CASE("flags: a part and its whole, a subset of staff, new builds and additions are no second value") {
  const auto run = analyze_articles({
      make_article("a1", "Daily Ledger",
                   "Brightwell plans to close 180 of its 612 stores. About 4,100 employees at those stores "
                   "will lose their jobs. Brightwell has 50 ships on order. Brightwell operates 312 data "
                   "centres and said it would add about 40 new facilities."),
      make_article("a2", "Market Wire",
                   "Brightwell will close 180 stores. The company has about 14,000 employees. Brightwell "
                   "operates 720 vessels. Brightwell runs 312 data centers."),
  });
  INFO("found " << describe(run.report));
  const auto* whole = need(run, "a1", "612 stores");
  const auto* part = need(run, "a1", "180");
  const auto* closed = need(run, "a2", "180 stores");
  const auto* those = need(run, "a1", "4,100 employees");
  const auto* ordered = need(run, "a1", "50 ships");
  const auto* added = need(run, "a1", "40 new facilities");
  if (!whole || !part || !closed || !those || !ordered || !added) return;
  expect_no_flag(run, {whole, part, closed, those, ordered, added});
  CHECK(kftest::share_card(run.report, *part, *closed));  // the part is the closures
  CHECK_FALSE(kftest::share_card(run.report, *whole, *closed));
}

TEST_CASE("flags: a year's profit is not the quarter's, a week's move is not the day's") {
  const auto run = analyze_articles({
      make_article("a1", "Daily Ledger",
                   "Halvorsen Re reported results. Profit: EUR 2.14 billion for the year (+9%), ahead of "
                   "forecasts. For the week so far, the S&P 500 is down 2.6%."),
      make_article("a2", "Market Wire",
                   "Halvorsen Re said fourth-quarter profit fell to EUR 412 million. The S&P 500 fell 1.2% "
                   "on Thursday."),
  });
  INFO("found " << describe(run.report));
  const auto* year = need(run, "a1", "EUR 2.14 billion");
  const auto* week = need(run, "a1", "2.6%");
  if (!year || !week) return;
  expect_no_flag(run, {year, week});
  CHECK(year->subject == "Halvorsen");  // not the currency code before the amount
}

TEST_CASE("flags: an earlier year's base and a sum over companies are no second value of a company's plan") {
  const auto run = analyze_articles({
      make_article("a1", "Daily Ledger",
                   "Helix Corp guided to capital expenditure of $95bn-$100bn for 2026, against $71.2bn in 2025. "
                   "Vantara Corp guided to 2026 spending of $70 billion to $75 billion.",
                   "", "2026-02-05"),
      make_article("a2", "Market Wire",
                   "Nimbus Corp guided to 2026 capex of about $118bn, versus $86.4bn in 2025. Collectively, "
                   "Nimbus, Helix and Vantara Corp are expected to spend close to $300bn on capex this year.",
                   "", "2026-02-05"),
  });
  INFO("found " << describe(run.report));
  const auto* helix_base = need(run, "a1", "$71.2bn");
  const auto* nimbus_base = need(run, "a2", "$86.4bn");
  const auto* sum = need(run, "a2", "$300bn");
  if (!helix_base || !nimbus_base || !sum) return;
  expect_no_flag(run, {helix_base, nimbus_base, sum});
  CHECK(helix_base->subject != "peers");  // the company's own past, not a rival's
}

TEST_CASE("metrics: a pledge after a revenue headline is a spending plan, not revenue") {
  const auto run = analyze_articles({
      make_article("a1", "Daily Ledger",
                   "Hanxing's quarterly revenue beats estimates on cloud surge, pledges 420 bln yuan for AI"),
      make_article("a2", "Market Wire", "Hanxing's quarterly revenue rose 34% to 31.7 billion yuan."),
  });
  INFO("found " << describe(run.report));
  const auto* pledge = need(run, "a1", "420 bln yuan");
  const auto* revenue = need(run, "a2", "31.7 billion yuan");
  if (!pledge || !revenue) return;
  CHECK(pledge->metric.find("capital spending") != std::string::npos);
  expect_no_flag(run, {pledge, revenue});
}

TEST_CASE("flags: a move 'on pace for' its biggest drop is intraday; a parenthesis takes its clause's index") {
  const auto run = analyze_articles({
      make_article("a1", "Daily Ledger",
                   "Helixa shares were down 9% at $86.62, on pace for their biggest one-day drop since October. "
                   "The Dow shed 489 points (-0.9%)."),
      make_article("a2", "Market Wire", "Stocks fell on Thursday.\n- Helixa (HLXA) -7.4%: guidance cut to $1.1B."),
  });
  INFO("found " << describe(run.report));
  const auto* midday = need(run, "a1", "9%");
  const auto* dow = need(run, "a1", "-0.9%");
  if (!midday || !dow) return;
  expect_no_flag(run, {midday, dow});
  CHECK(dow->subject == "Dow Jones");
  // No share costs $1.1B.
  if (const auto* guidance = need(run, "a2", "$1.1B")) CHECK(guidance->metric != "share price");
}

TEST_CASE("flags: a region's share of revenue and projections for a later year are no second revenue figure") {
  const auto run = analyze_articles({
      make_article("a1", "Daily Ledger",
                   "Lumenfold's annualised revenue run rate is $1.2 billion (EUR1.1 billion). Europe accounts for "
                   "about 20% of revenue, or roughly $240 million."),
      make_article("a2", "Market Wire",
                   "Revenue is growing fast. Lumenfold says its annualized run rate hit $1.2 billion, quadruple "
                   "the level of a year earlier. Internal projections shared with investors call for $5 billion "
                   "in revenue in 2027, two people said."),
  });
  INFO("found " << describe(run.report));
  const auto* europe = need(run, "a1", "$240 million");
  const auto* projected = need(run, "a2", "$5 billion");
  if (!europe || !projected) return;
  expect_no_flag(run, {europe, projected});
}

TEST_CASE("flags: a dividend per share and the dividend it rises from are no share prices") {
  const auto run = analyze_articles({
      make_article("a1", "Daily Ledger",
                   "Verity Corp shares rose 3.1% to $78.40 after hours. The quarterly dividend will rise to 27 "
                   "cents per share from 25 cents."),
      make_article("a2", "Market Wire",
                   "Verity Corp shares rose 3% after hours. At an annualized $1.08 a share, the dividend gives "
                   "the stock a yield of about 1.4%. The stock trades at around $78."),
  });
  INFO("found " << describe(run.report));
  const auto* base = need(run, "a1", "25 cents");
  const auto* annual = need(run, "a2", "$1.08");
  if (!base || !annual) return;
  expect_no_flag(run, {base, annual});
  CHECK(base->metric == "dividend");
  CHECK(annual->metric == "dividend");
}

TEST_CASE("flags: a live blog's mid-session entry, a sector's move and a rival's move after its forecast") {
  const auto run = analyze_articles({
      make_article("a1", "Live Desk",
                   "11:42 a.m. ET - The S&P 500 has extended losses to 2.1%. The Dow is down 1.7%.\n\n"
                   "Technology stocks lost 0.7% after Brussels fined Vantrix Corp. Elsewhere, chipmaker Solvane "
                   "rose 3.4% after raising its revenue forecast."),
      make_article("a2", "Market Wire",
                   "The Dow Jones Industrial Average closed down 1.1%. Vantrix Corp shares closed down 1.2% at "
                   "$318.40. Vantrix Corp's fourth-quarter revenue rose 10%."),
  });
  INFO("found " << describe(run.report));
  const auto* midday = need(run, "a1", "1.7%");
  const auto* sector = need(run, "a1", "0.7%");
  const auto* rival = need(run, "a1", "3.4%");
  if (!midday || !sector || !rival) return;
  expect_no_flag(run, {midday, sector, rival});
  CHECK(rival->metric.find("revenue") == std::string::npos);
}

TEST_CASE("flags: an article about the quarter borrows no full-year period; a legal ceiling is no growth") {
  const auto run = analyze_articles({
      make_article("a1", "Daily Ledger", "GrubLane Inc's revenue for the year rose 23% to $12.6 billion.", "",
                   "2026-02-12"),
      make_article("a2", "Market Wire",
                   "GrubLane Inc shares rose 9% after the company reported fourth-quarter results.\n\nGross order "
                   "value rose 21% to $24.6 billion in the quarter ended Dec. 31.\n\nTotal orders grew 19% to 742 "
                   "million. Revenue rose 24% to $3.41 billion. A fine of $2 billion represents roughly 1.6% of "
                   "global turnover, well below the 10% ceiling.",
                   "GrubLane Q4 beats", "2026-02-12"),
      make_article("a3", "Daily Ledger", "GrubLane Inc's annual turnover rose 4% in 2025.", "", "2026-02-12"),
  });
  INFO("found " << describe(run.report));
  const auto* quarter = need(run, "a2", "$3.41 billion");
  const auto* ceiling = need(run, "a2", "10%");
  if (!quarter || !ceiling) return;
  expect_no_flag(run, {quarter, ceiling});
  CHECK(ceiling->metric.find("growth") == std::string::npos);
}

TEST_CASE("flags: 'sales rose 8% to 268,000 vehicles' is the change of a count, not revenue growth") {
  const auto run = analyze_articles({
      make_article("a1", "Daily Ledger",
                   "Kaizawa Motor's revenue increased 7% to 4.21 trillion yen in the quarter."),
      make_article("a2", "Market Wire", "Kaizawa Motor's sales rose 8% to 268,000 vehicles in the quarter."),
  });
  INFO("found " << describe(run.report));
  const auto* units = need(run, "a2", "8%");
  if (!units) return;
  expect_no_flag(run, {units});
  CHECK(units->metric.find("revenue") == std::string::npos);
}

TEST_CASE("flags: a takeover's per-share offer, a premium over the close and a round-up item are no share prices") {
  const auto run = analyze_articles({
      make_article("a1", "Daily Ledger",
                   "Halvorsen Corp shares closed down 4.2% at $141.07. Corvane Corp shares rose 38% to $66.82."),
      make_article("a2", "Market Wire",
                   "Halvorsen Corp is buying Corvane Corp for $68.50 per share in cash, 42 percent more than the "
                   "stock's Friday close. Halvorsen's $68.50-a-share offer for Corvane values it at $12 billion.\n\n"
                   "Elsewhere: Pellam Bio raised $220M in a follow-on at $14.25 per share."),
  });
  INFO("found " << describe(run.report));
  const auto* offer = need(run, "a2", "$68.50");
  const auto* premium = need(run, "a2", "42 percent");
  const auto* follow_on = need(run, "a2", "$14.25");
  if (!offer || !premium || !follow_on) return;
  expect_no_flag(run, {offer, premium, follow_on});
  CHECK(offer->metric == "offer price");
  CHECK(offer->subject == "Corvane");
  CHECK(follow_on->subject == "Pellam Bio");
  for (const auto& f : run.report.figures)
    if (f.text == "$68.50") CHECK(f.subject == "Corvane");  // both offers are the target's
}

TEST_CASE("subjects: names the bundle does not know, an index by its ticker, and the name opening a clause") {
  const auto run = analyze_articles({
      make_article("a1", "Daily Ledger",
                   "Aurelian Corp shares fell 6.8%. Aurelian Corp gets 26% of its revenue from China. Voltra Corp "
                   "fell 9.3% and Kestrel Microsystems lost 4.1%. Kestrel Microsystems, which generates 17% of its "
                   "revenue in China, slipped."),
      make_article("a2", "Market Wire",
                   "Aurelian Corp shares fell 6.8%. The SOX closed down 3.4% today. Voltra Corp fell 9.3%. "
                   "Lumitek, which counts Aurelian Corp as a customer, said China accounted for 9% of its revenue."),
  });
  INFO("found " << describe(run.report));
  const auto* kestrel_move = need(run, "a1", "4.1%");
  const auto* kestrel_share = need(run, "a1", "17%");
  const auto* index = need(run, "a2", "3.4%");
  const auto* lumitek = need(run, "a2", "9%");
  if (!kestrel_move || !kestrel_share || !index || !lumitek) return;
  expect_no_flag(run, {kestrel_move, kestrel_share, index, lumitek});
  CHECK(kestrel_move->subject == "Kestrel Microsystems");
  CHECK(kestrel_share->subject == "Kestrel Microsystems");
  CHECK(index->subject == "PHLX Semiconductor index");
  CHECK(lumitek->subject == "Lumitek");
}

TEST_CASE("subjects: a descriptor before a name (\"staffing firm\", \"regional lender\") is neither the name nor what moved") {
  const auto run = analyze_articles({
      make_article("a1", "Daily Ledger",
                   "Ostrava Systems Inc jumped in its debut. Chipmaker Ostrava jumped 41% on Thursday. Among "
                   "movers, staffing firm Kellan Group jumped 5.3%, and regional lender Harbor Financial fell 2.1% "
                   "after cutting its outlook. Retailer Brightway rose 4%. The firm's deposits rose 3%."),
  });
  INFO("found " << describe(run.report));
  const auto* ostrava = need(run, "a1", "41%");
  const auto* kellan = need(run, "a1", "5.3%");
  const auto* harbor = need(run, "a1", "2.1%");
  const auto* brightway = need(run, "a1", "4%");
  const auto* deposits = need(run, "a1", "3%");
  if (!ostrava || !kellan || !harbor || !brightway || !deposits) return;
  CHECK(ostrava->subject == "Ostrava");
  CHECK(ostrava->metric == "share price change");
  CHECK(kellan->metric == "share price change");
  CHECK(harbor->subject == "Harbor Financial");
  CHECK(harbor->metric == "share price change");
  CHECK(brightway->subject == "Brightway");
  CHECK(deposits->metric == "change in deposits");
}

TEST_CASE("moves: trading verbs (\"finishes up\", \"ended higher\", \"gave up\") are moves, and the price \"at\" is reached") {
  const auto run = analyze_articles({
      make_article("a1", "Daily Ledger",
                   "Shares of Tolland Corp rose. Tolland finished up 47% at $43.75. Tolland ended 6.8% higher at "
                   "HK$114.20. The S&P 500 gave up 1.2% and the Nasdaq lost 1.8%. The Hang Seng Tech Index added "
                   "2.3%, with Xpeng up 3.4% and Nio slipping 1.6%."),
  });
  INFO("found " << describe(run.report));
  const auto* finish = need(run, "a1", "47%");
  const auto* close = need(run, "a1", "$43.75");
  const auto* ended = need(run, "a1", "6.8%");
  const auto* hk = need(run, "a1", "HK$114.20");
  const auto* gave = need(run, "a1", "1.2%");
  const auto* xpeng = need(run, "a1", "3.4%");
  const auto* nio = need(run, "a1", "1.6%");
  if (!finish || !close || !ended || !hk || !gave || !xpeng || !nio) return;
  CHECK(finish->metric == "share price change");
  CHECK(close->metric == "share price");
  CHECK(ended->metric == "share price change");
  CHECK(hk->metric == "share price");
  CHECK(gave->direction == keyfigures::Direction::down);
  CHECK(xpeng->subject == "Xpeng");
  CHECK(nio->subject == "Nio");
  CHECK(nio->direction == keyfigures::Direction::down);
}

TEST_CASE("subjects: a name past its apposition, \"It\" after it, and the price its move reached") {
  const auto run = analyze_articles({
      make_article("a1", "Daily Ledger",
                   "Shares of Exxon Mobil rose 1%. Brent, the international benchmark, climbed as much as 3.1% to "
                   "$85.01 a barrel in early trading. It settled 1.9% higher at $84.02."),
      make_article("a2", "Market Wire", "Exxon Mobil shares closed at $118.30, up 1%."),
  });
  INFO("found " << describe(run.report));
  const auto* peak = need(run, "a1", "3.1%");
  const auto* settled = need(run, "a1", "1.9%");
  const auto* price = need(run, "a1", "$84.02");
  const auto* exxon = need(run, "a2", "$118.30");
  if (!peak || !settled || !price || !exxon) return;
  CHECK(peak->subject == "Brent crude");
  CHECK(settled->subject == "Brent crude");
  CHECK(price->subject == "Brent crude");
  expect_no_flag(run, {price, exxon});
}

TEST_CASE("sessions and days: a live blog's stamp on its own line, another day's move, a crypto price twice a day") {
  const auto run = analyze_articles({
      make_article("a1", "Live Desk",
                   "Shares of Halden Bio surged.\n\n10:42 a.m. ET\nCollateral damage: Kestrel Corp is down 9%.\n\n"
                   "Halden shares had already jumped 17% on March 16 when the talks were first reported.",
                   {}, "2026-03-30"),
      make_article("a2", "Market Wire", "Kestrel Corp shares fell 8.3% at the close. Ether was lower by 17% at $2,305.",
                   {}, "2026-03-30"),
      make_article("a3", "Coin Desk", "Ether slid 17% to $2,310.", {}, "2026-03-30"),
      make_article("a4", "Daily Ledger", "Halden shares rose 5.5% on Monday.", {}, "2026-03-30"),
  });
  INFO("found " << describe(run.report));
  const auto* live = need(run, "a1", "9%");
  const auto* earlier = need(run, "a1", "17%");
  const auto* close = need(run, "a2", "8.3%");
  const auto* ether = need(run, "a2", "$2,305");
  const auto* ether2 = need(run, "a3", "$2,310");
  const auto* today = need(run, "a4", "5.5%");
  if (!live || !earlier || !close || !ether || !ether2 || !today) return;
  CHECK(kftest::has_qualifier(*live, "intraday"));
  CHECK(kftest::has_qualifier(*earlier, "prior period (comparison base)"));
  expect_no_flag(run, {live, close, ether, ether2, earlier, today});
}

TEST_CASE("sessions: \"now up\", \"at the low\", \"within the first hour\" and \"finishing\" say when; a premium is no move") {
  const auto run = analyze_articles({
      make_article("a1", "Live Desk",
                   "Shares of Meridian Corp rose. Meridian shares are now up 4.5% in Paris, the day's high so far. "
                   "The stock, which had dropped 3.6% within the first hour, recovered to finish 1% higher. "
                   "Measured against the 30-day average price, the premium is closer to 38%. Since the March 13 "
                   "unaffected price, the stock is up about 24%."),
      make_article("a2", "Market Wire",
                   "Meridian shares closed up 1% on Monday. Stock was -3.6% at the low. Meridian jumped in Paris, "
                   "finishing the day 1.4% higher, while its US-listed stock gained ground in premarket trading."),
  });
  INFO("found " << describe(run.report));
  const auto* now = need(run, "a1", "4.5%");
  const auto* hour = need(run, "a1", "3.6%");
  const auto* premium = need(run, "a1", "38%");
  const auto* since = need(run, "a1", "24%");
  const auto* low = need(run, "a2", "-3.6%");
  const auto* finishing = need(run, "a2", "1.4%");
  if (!now || !hour || !premium || !since || !low || !finishing) return;
  CHECK(kftest::has_qualifier(*now, "intraday"));
  CHECK(kftest::has_qualifier(*hour, "intraday"));
  CHECK(premium->metric == "premium");
  CHECK(kftest::has_qualifier(*since, "over a longer window (since)"));
  CHECK(kftest::has_qualifier(*low, "at its peak"));
  CHECK(kftest::has_qualifier(*finishing, "at the close"));
  CHECK_FALSE(kftest::has_qualifier(*finishing, "US-listed"));
  expect_no_flag(run, {now, hour, premium, since, low, finishing});
}

TEST_CASE("subjects: a paragraph that opens with a rival's name stays about the rival") {
  const auto run = analyze_articles({
      make_article("a1", "Live Desk",
                   "Shares of Halvern Bank Corp rose 2%. Halvern Bank reported net interest income of $24.1 billion."
                   "\n\nRival Wells Fargo posted a profit of $5.4 billion.\n\nWells Fargo numbers: profit of $5.4 "
                   "billion. Analysts were at $1.52. Net interest income fell 2% to about $11.6 billion.\n\n"
                   "Kestrel Bank has had a quieter quarter. Crestline Capital committed $6.2 billion."),
      make_article("a2", "Market Wire", "Halvern Bank reported net interest income of $24.1 billion."),
  });
  INFO("found " << describe(run.report));
  const auto* rival = need(run, "a1", "$11.6 billion");
  const auto* own = need(run, "a2", "$24.1 billion");
  const auto* unknown = need(run, "a1", "$6.2 billion");
  if (!rival || !own || !unknown) return;
  CHECK(rival->subject.rfind("Wells", 0) == 0);
  CHECK(unknown->subject != "Kestrel Bank");
  expect_no_flag(run, {rival, own});
}

TEST_CASE("periods: \"Jan-Feb\" and \"FY2025\" name their periods, and a change in parentheses takes its amount's") {
  const auto run = analyze_articles({
      make_article("a1", "Property Desk",
                   "Huaxin Land sales fell.\n- Jan-Feb: RMB9.3bn, down 31% y/y.\n- FY2025 sales were RMB61.8bn (-29%).",
                   {}, "2026-03-18"),
      make_article("a2", "Market Wire",
                   "Huaxin Land sales fell. For January and February combined, sales dropped 31% to 9.3 billion yuan. "
                   "Sales were 61.8 billion yuan in 2025.",
                   {}, "2026-03-18"),
  });
  INFO("found " << describe(run.report));
  const auto* two_months = need(run, "a1", "RMB9.3bn");
  const auto* year = need(run, "a1", "RMB61.8bn");
  const auto* year_change = need(run, "a1", "-29%");
  const auto* combined = need(run, "a2", "9.3 billion yuan");
  const auto* combined_change = need(run, "a2", "31%");
  if (!two_months || !year || !year_change || !combined || !combined_change) return;
  CHECK(kftest::has_qualifier(*two_months, "Jan–Feb"));
  CHECK(kftest::has_qualifier(*combined, "Jan–Feb"));
  CHECK(kftest::has_qualifier(*year, "in 2025"));
  CHECK(kftest::has_qualifier(*year_change, "in 2025"));
  CHECK(kftest::share_card(run.report, *two_months, *combined));
  expect_no_flag(run, {year_change, combined_change});
}

TEST_CASE("sessions: \"in the after-hours session\" is after hours, not the regular session") {
  const auto run = analyze_articles({
      make_article("a1", "Live Desk", "Vireo stock is holding onto gains in the after-hours session, last up 8.1% at $142.60.",
                   {}, "2026-04-21"),
      make_article("a2", "Market Wire", "Vireo stock closed the session up 6.3% at $140.21.", {}, "2026-04-21"),
  });
  INFO("found " << describe(run.report));
  const auto* late = need(run, "a1", "8.1%");
  const auto* close = need(run, "a2", "6.3%");
  if (!late || !close) return;
  CHECK(kftest::has_qualifier(*late, "after-hours"));
  expect_no_flag(run, {late, close});
}

TEST_CASE("listings: a named exchange says what a bare \"$\" is, and a move follows the price it reached") {
  const auto run = analyze_articles({
      make_article("a1", "Globe Desk",
                   "Tamarack Mining shares fell 3.4 per cent to $27.15 on the Toronto Stock Exchange. Its New York "
                   "shares slipped 3.1% to $19.66."),
      make_article("a2", "Market Wire",
                   "Tamarack Mining Corp. (TSX: TMK) (NYSE: TMK) shares fell 3.4% to C$27.15 in Toronto on "
                   "Wednesday."),
      make_article("a3", "Euro Wire",
                   "Vantor shares closed up 3.2% at 187.40 euros in Paris. Castellana shares were up 4.2% at 4.87 "
                   "euros by 0912 GMT, outperforming the index. Lloyds is down 1.1% ahead of the decision."),
      make_article("a4", "Paris Desk", "Vantor rose 3.2 per cent in Paris on the day. Castellana closed up 3.2%."),
  });
  INFO("found " << describe(run.report));
  const auto* bare = need(run, "a1", "$27.15");
  const auto* toronto_move = need(run, "a1", "3.4 per cent");
  const auto* new_york = need(run, "a1", "$19.66");
  const auto* marked = need(run, "a2", "C$27.15");
  const auto* move_to = need(run, "a2", "3.4%");
  const auto* paris = need(run, "a3", "3.2%");
  const auto* morning = need(run, "a3", "4.2%");
  const auto* ahead = need(run, "a3", "1.1%");
  const auto* paris2 = need(run, "a4", "3.2 per cent");
  if (!bare || !toronto_move || !new_york || !marked || !move_to || !paris || !morning || !ahead || !paris2) return;
  CHECK(bare->unit == "CAD");
  CHECK(kftest::has_qualifier(*bare, "Toronto-listed"));
  CHECK(kftest::has_qualifier(*toronto_move, "Toronto-listed"));
  CHECK(kftest::has_qualifier(*move_to, "Toronto-listed"));
  CHECK(kftest::has_qualifier(*new_york, "US-listed"));
  CHECK(kftest::has_qualifier(*morning, "intraday"));
  CHECK(kftest::has_qualifier(*ahead, "prior period (comparison base)"));
  CHECK(kftest::share_card(run.report, *bare, *marked));
  CHECK(kftest::share_card(run.report, *paris, *paris2));
  expect_no_flag(run, {bare, marked, new_york, toronto_move, move_to, morning});
}

TEST_CASE("counts and money: copies, patients, net adds, GWh, ounces, kilotonnes, pounds and reais") {
  const auto run = analyze_articles({
      make_article("a1", "Games Desk",
                   "Ironvale Corp shares rose. Dominion sold 9.4 million copies in its first month, with 241k net "
                   "adds. The trial enrolled 1,042 patients. Ironvale deployed 11.8 gigawatt-hours of storage, below "
                   "the record 14.2 GWh in the previous quarter. Output was 41,000 oz of gold and 390kt of copper. "
                   "Lloyds earns about 14.2 billion pounds a year. Brazil revenue was 14.1 billion reais. The crate "
                   "weighs 200 pounds."),
      make_article("a2", "Market Wire", "Dominion sold 9.1 million units in its first month."),
  });
  INFO("found " << describe(run.report));
  const auto* copies = need(run, "a1", "9.4 million copies");
  const auto* adds = need(run, "a1", "241k net adds");
  const auto* patients = need(run, "a1", "1,042 patients");
  const auto* energy = need(run, "a1", "11.8 gigawatt-hours");
  const auto* record = need(run, "a1", "14.2 GWh");
  const auto* ounces = need(run, "a1", "41,000 oz");
  const auto* kilotonnes = need(run, "a1", "390kt");
  const auto* pounds = need(run, "a1", "14.2 billion pounds");
  const auto* reais = need(run, "a1", "14.1 billion reais");
  const auto* units = need(run, "a2", "9.1 million units");
  if (!copies || !adds || !patients || !energy || !record || !ounces || !kilotonnes || !pounds || !reais || !units)
    return;
  CHECK(adds->value == doctest::Approx(241000));
  CHECK(kilotonnes->value == doctest::Approx(390000));
  CHECK(pounds->unit == "GBP");
  CHECK(reais->unit == "BRL");
  CHECK(kftest::has_qualifier(*record, "prior period (comparison base)"));
  for (const auto& f : run.report.figures) CHECK(f.text.find("200 pounds") == std::string::npos);
  expect_flag(run, *copies, *units, "value_conflict", "minor");
}

TEST_CASE("counts: a first day's orders are not the show's running total") {
  const auto run = analyze_articles({
      make_article("a1", "Live Desk",
                   "Vantor Corp shares rose. Yesterday Vantor booked 76 firm orders on day one, while Kestrel Corp "
                   "announced 64 orders and commitments."),
      make_article("a2", "Market Wire", "Kestrel Corp has 118 orders and commitments at the show so far."),
  });
  INFO("found " << describe(run.report));
  const auto* day_one = need(run, "a1", "64 orders");
  const auto* total = need(run, "a2", "118 orders");
  if (!day_one || !total) return;
  CHECK(kftest::has_qualifier(*day_one, "on the first day"));
  CHECK_FALSE(kftest::share_card(run.report, *day_one, *total));
  expect_no_flag(run, {day_one, total});
}

TEST_CASE("subjects: a miner named for its metal is the company, not the market; an amount's change is no move") {
  const auto run = analyze_articles({
      make_article("a1", "Mining Wire",
                   "Harrowfield Gold Corp raised its dividend. Harrowfield's gold production rose 6% to 3.42 million "
                   "ounces. Gold prices rose 1.2%. Harrowfield Gold (NYSE: HGC; TSX: HGC) shares rose 3.9% to $49.80 "
                   "on Thursday. Total payment volume: $412 billion, up 18%.",
                   "Harrowfield Gold lifts dividend"),
      make_article("a2", "Metals Desk",
                   "GOLD 4,871.20 +0.7%  SILVER 61.35 +1.2%  HGC 49.80 +3.9%  KSTL 33.12 +1.8%\n\nHarrowfield Gold "
                   "shares closed up 3.9% in New York. Analysts argue the producer is worth $85 a share.",
                   "Harrowfield Gold results"),
  });
  INFO("found " << describe(run.report));
  const auto* production = need(run, "a1", "6%");
  const auto* metal = need(run, "a1", "1.2%");
  const auto* move = need(run, "a1", "3.9%");
  const auto* volume = need(run, "a1", "18%");
  const auto* target = need(run, "a2", "$85");
  if (!production || !metal || !move || !volume || !target) return;
  CHECK(production->subject == "Harrowfield");
  CHECK(move->subject == "Harrowfield");
  CHECK_FALSE(kftest::has_qualifier(*move, "Toronto-listed"));  // "(NYSE: HGC; TSX: HGC)" only labels tickers
  CHECK(metal->subject == "Gold");
  CHECK(volume->metric != "share price change");
  CHECK(target->metric == "price target");
  for (const auto& f : run.report.figures) CHECK(!(f.article == "a2" && f.text == "+0.7%"));  // the strip
  expect_no_flag(run, {move, volume});
}

TEST_CASE("moves: the day before the results is a base, even past the price it reached or a comma") {
  const auto run = analyze_articles({
      make_article("a1", "Wire", "Shares of Vantara closed 1.8% higher at 1,642.50 rupees ahead of the results.", {},
                   "2026-04-16"),
      make_article("a2", "Paper",
                   "Vantara's stock ended 1.8 per cent higher at Rs 1,642.50 on the NSE on Thursday, before the "
                   "numbers were out.",
                   {}, "2026-04-17"),
      make_article("a3", "Live", "That's the close. Vantara ends 4.2% higher at Rs 1,711.45.", {}, "2026-04-17"),
  });
  INFO("found " << describe(run.report));
  const auto* wire = need(run, "a1", "1.8%");
  const auto* paper = need(run, "a2", "1.8 per cent");
  const auto* close = need(run, "a3", "4.2%");
  if (!wire || !paper || !close) return;
  CHECK(kftest::has_qualifier(*wire, "prior period (comparison base)"));
  CHECK(kftest::has_qualifier(*paper, "prior period (comparison base)"));
  expect_no_flag(run, {wire, paper, close});
}

TEST_CASE("moves: \"some profit-taking\" names no profit, and the AEX is an index") {
  const auto run = analyze_articles({
      make_article("a1", "Live", "Lithara NV shares rose. Some profit-taking in Amsterdam: Lithara now up 6.8%. The AEX closed 1.1% higher."),
      make_article("a2", "Wire", "Lithara NV shares closed up 6.3% at 812.40 euros in Amsterdam."),
  });
  INFO("found " << describe(run.report));
  const auto* now = need(run, "a1", "6.8%");
  const auto* index = need(run, "a1", "1.1%");
  const auto* close = need(run, "a2", "6.3%");
  if (!now || !index || !close) return;
  CHECK(now->metric == "share price change");
  CHECK(index->subject == "AEX");
  expect_no_flag(run, {now, index, close});
}

TEST_CASE("parts: a revenue line past its apposition, a business line in parentheses, a peer named with \"&\"") {
  const auto run = analyze_articles({
      make_article("a1", "Paper",
                   "Aldergate Hotels shares rose. Its fee revenue, the money it collects for putting its name on "
                   "hotels and running them for owners, rose 7 percent to $812 million.\n- Retail still negative "
                   "(-1.2%).\nHarwell & Pike was -2.6%."),
      make_article("a2", "Wire", "Aldergate Hotels total revenue rose 5% to $2.94 billion. Aldergate shares rose 4%."),
  });
  INFO("found " << describe(run.report));
  const auto* fees = need(run, "a1", "$812 million");
  const auto* fee_growth = need(run, "a1", "7 percent");
  const auto* retail = need(run, "a1", "-1.2%");
  const auto* peer = need(run, "a1", "-2.6%");
  const auto* total = need(run, "a2", "$2.94 billion");
  const auto* move = need(run, "a2", "4%");
  if (!fees || !fee_growth || !retail || !peer || !total || !move) return;
  CHECK(retail->metric != "share price change");
  CHECK(peer->subject == "Harwell & Pike");
  expect_no_flag(run, {fees, fee_growth, retail, peer, total, move});
}

TEST_CASE("labels and levels: \"Q2 sales guidance: ...\" is an outlook, \"40 per cent above where it stood\" no day's move") {
  const auto run = analyze_articles({
      make_article("a1", "Paper",
                   "Nordhavn Line shares finished 5.4 per cent lower. The stock is still roughly 40 per cent above "
                   "where it stood before the disruption.\nQ2 sales guidance: €7.4bn-€7.9bn\nAdjusted EPS: $1.34 "
                   "(estimate: $1.27)"),
      make_article("a2", "Wire", "Nordhavn Line shares closed down 5.4%. Sales were 7.21 billion euros. EPS was $1.34."),
  });
  INFO("found " << describe(run.report));
  const auto* level = need(run, "a1", "40 per cent");
  const auto* guidance = need(run, "a1", "€7.4bn-€7.9bn");
  const auto* estimate = need(run, "a1", "$1.27");
  const auto* close = need(run, "a2", "5.4%");
  const auto* sales = need(run, "a2", "7.21 billion euros");
  const auto* eps = need(run, "a2", "$1.34");
  if (!level || !guidance || !estimate || !close || !sales || !eps) return;
  CHECK(kftest::has_qualifier(*level, "over a longer window (distance from a level)"));
  CHECK(guidance->metric == "company outlook for revenue");
  CHECK(estimate->metric.rfind("analysts' estimate", 0) == 0);
  expect_no_flag(run, {level, guidance, estimate, close, sales, eps});
}

TEST_CASE("subjects: \"Elsewhere in the sector, China's Huanghai Shipping ...\" is another company; the first minutes of trade are intraday") {
  const auto run = analyze_articles({
      make_article("a1", "Paper",
                   "Nordhavn Line reported first-quarter net profit of $412 million. Elsewhere in the sector, China's "
                   "Huanghai Shipping last week reported first-quarter net profit of 5.2 billion yuan ($720 million)."),
      make_article("a2", "Live", "Nordhavn Line shares are down 7.6% in the first few minutes of trade. Nordhavn Line "
                                 "reported first-quarter net profit of $412 million."),
      make_article("a3", "Wire", "Nordhavn Line shares closed down 5.4%."),
  });
  INFO("found " << describe(run.report));
  const auto* peer = need(run, "a1", "5.2 billion yuan");
  const auto* own = need(run, "a2", "$412 million");
  const auto* opening = need(run, "a2", "7.6%");
  const auto* close = need(run, "a3", "5.4%");
  if (!peer || !own || !opening || !close) return;
  CHECK(peer->subject == "Huanghai Shipping");
  CHECK(kftest::has_qualifier(*opening, "intraday"));
  expect_no_flag(run, {peer, own, opening, close});
}

TEST_CASE("periods: an index a stock underperformed moved over the same stretch") {
  const auto run = analyze_articles({
      make_article("a1", "Paper",
                   "Vantara Infotech shares rose. The stock has fallen about 9 per cent so far in 2026, "
                   "underperforming the Nifty IT index, which is down roughly 4 per cent.",
                   {}, "2026-04-17"),
      make_article("a2", "Live", "The Nifty IT index closed up 2.1% on the day.", {}, "2026-04-17"),
  });
  INFO("found " << describe(run.report));
  const auto* index_ytd = need(run, "a1", "4 per cent");
  const auto* index_day = need(run, "a2", "2.1%");
  if (!index_ytd || !index_day) return;
  CHECK(kftest::has_qualifier(*index_ytd, "year to date"));
  expect_no_flag(run, {index_ytd, index_day});
}

TEST_CASE("metrics: a convertible's conversion price is no share price") {
  const auto run = analyze_articles({
      make_article("a1", "Daily Ledger",
                   "Shares of Huaxin Land closed at HK$0.96. Creditors can swap claims for bonds that convert into "
                   "shares at HK$1.60 each."),
      make_article("a2", "Market Wire", "Huaxin Land shares closed at HK$0.96 on Tuesday."),
  });
  INFO("found " << describe(run.report));
  const auto* conversion = need(run, "a1", "HK$1.60");
  const auto* close = need(run, "a2", "HK$0.96");
  if (!conversion || !close) return;
  CHECK(conversion->metric == "conversion price");
  expect_no_flag(run, {conversion, close});
}

TEST_CASE("flags: a peak, a noon snapshot, options counted in, a stake's value, a valuation at the IPO price") {
  const auto run = analyze_articles({
      make_article("a1", "Daily Ledger",
                   "Brightwater Corp shares jumped 9.1% in premarket trading. Halvorsen owns 11.4 million shares. "
                   "Brightwater Corp has a market value of about $8.6 billion. Synaptra Corp's stock closed up 41% "
                   "on its debut, and at the close it is worth about $12.8 billion. Trading volume fell 20%."),
      make_article("a2", "Market Wire",
                   "Brightwater Corp stock was up as much as 7% premarket. Counting options, Halvorsen's position "
                   "amounts to about 13.7 million shares, a holding valued at $681 million. Around noon Synaptra "
                   "Corp's stock was trading up 47%. At that price, Synaptra Corp was valued at about $9.1 billion. "
                   "Brightwater Corp shares fell 3%."),
  });
  INFO("found " << describe(run.report));
  const auto* peak = need(run, "a2", "7%");
  const auto* with_options = need(run, "a2", "13.7 million shares");
  const auto* holding = need(run, "a2", "$681 million");
  const auto* noon = need(run, "a2", "47%");
  const auto* at_ipo = need(run, "a2", "$9.1 billion");
  const auto* volume = need(run, "a1", "20%");
  if (!peak || !with_options || !holding || !noon || !at_ipo || !volume) return;
  expect_no_flag(run, {peak, with_options, holding, noon, at_ipo, volume});
}

TEST_CASE("flags: a unit price's move and a sector's move are no move of the company's shares") {
  const auto run = analyze_articles({
      make_article("a1", "Daily Ledger",
                   "Ironridge Corp shares fell 5.2% in Toronto. The average realized selling price fell 6% to "
                   "$1,045 per tonne. Bank shares were hit hardest, falling 4.8%."),
      make_article("a2", "Market Wire", "Ironridge Corp shares fell 5.2%. Brent rose 2% to $71 a barrel."),
  });
  INFO("found " << describe(run.report));
  const auto* price = need(run, "a1", "6%");
  const auto* banks = need(run, "a1", "4.8%");
  const auto* brent = need(run, "a2", "2%");
  if (!price || !banks || !brent) return;
  expect_no_flag(run, {price, banks});
  CHECK(price->metric == "change in price per tonne");
  CHECK(banks->subject == "Bank stocks");
  CHECK(brent->metric.find("price per") == std::string::npos);  // a commodity's own move
}

TEST_CASE("flags: a part set against the whole, and a sector index behind a relative clause") {
  const auto run = analyze_articles({
      make_article("a1", "Daily Ledger",
                   "Brightwater Corp's frozen unit has an operating margin of roughly 6%, against 9.8% for the "
                   "company as a whole. The VSX index lost 2.6%. A sub-index of banks, which hold about 24% of "
                   "government bonds, dropped 4.8%."),
      make_article("a2", "Market Wire", "Brightwater Corp's operating margin was 9.8%. The VSX index lost 2.6%."),
  });
  INFO("found " << describe(run.report));
  const auto* part = need(run, "a1", "6%");
  const auto* banks = need(run, "a1", "4.8%");
  if (!part || !banks) return;
  expect_no_flag(run, {part, banks});
  CHECK(banks->subject == "Bank stocks");
  for (const auto& f : run.report.figures)
    if (f.text == "9.8%") CHECK(f.subject == "Brightwater");  // the whole is the company, not a peer
}

TEST_CASE("parts: \"of which\", \"X of the orders were for Y\" and \"scanner bookings\" are parts of the orders") {
  const auto run = analyze_articles({
      make_article("a1", "Wire", "Corvane Systems took orders of 3.2 billion euros in the quarter."),
      make_article("a2", "Paper",
                   "About 1.9 billion euros of Corvane Systems' orders in the quarter were for lithography scanners."),
      make_article("a3", "Daily", "Corvane Systems booked quarterly orders, of which €1.9 billion came from scanners."),
      make_article("a4", "Journal", "Corvane Systems said scanner orders in the quarter were about €1.9bn."),
      make_article("a5", "Blog", "- Corvane Systems quarterly orders: of which scanners ~€1.9bn"),
  });
  INFO("found " << describe(run.report));
  const auto* total = need(run, "a1", "3.2 billion euros");
  const auto* part_a2 = need(run, "a2", "1.9 billion euros");
  const auto* part_a3 = need(run, "a3", "€1.9 billion");
  const auto* part_a4 = need(run, "a4", "€1.9bn");
  const auto* part_a5 = need(run, "a5", "€1.9bn");
  if (!total || !part_a2 || !part_a3 || !part_a4 || !part_a5) return;
  CHECK(total->metric == "orders");
  for (const auto* part : {part_a2, part_a3, part_a4, part_a5}) CHECK(part->subject != total->subject);
  expect_no_flag(run, {total, part_a2, part_a3, part_a4, part_a5});
}

TEST_CASE("metrics: bookings are orders, a backlog is no period's orders, and a level the company \"will need\" is no result") {
  const auto run = analyze_articles({
      make_article("a1", "Wire",
                   "Corvane Systems reported quarterly revenue of €7.2 billion. Net bookings were €4.1 billion. "
                   "The backlog stood at about €36 billion."),
      make_article("a2", "Blog",
                   "Corvane Systems posted quarterly revenue of €7.2bn. To keep growing, Corvane Systems will need "
                   "quarterly revenue of €5bn from new tools alone. Orders came to €4.1bn."),
  });
  INFO("found " << describe(run.report));
  const auto* bookings = need(run, "a1", "€4.1 billion");
  const auto* backlog = need(run, "a1", "€36 billion");
  const auto* needed = need(run, "a2", "€5bn");
  const auto* revenue = need(run, "a1", "€7.2 billion");
  if (!bookings || !backlog || !needed || !revenue) return;
  CHECK(bookings->metric == "orders");
  CHECK(backlog->metric == "backlog");
  CHECK(needed->metric != revenue->metric);
  expect_no_flag(run, {bookings, backlog, needed, revenue});
}

TEST_CASE("ranges: \"from $2.75-$3.25\" and a restated \"down from $2.75 to $3.25\" are ranges; \"rose from 8% to 10%\" is a move") {
  const auto run = analyze_articles({
      make_article("a1", "Wire", "Orlane Air cut its 2026 adjusted EPS guidance to $2.10-$2.50 from $2.75-$3.25."),
      make_article("a2", "Blog",
                   "Orlane Air now sees 2026 adjusted EPS of $2.10 to $2.50, down from $2.75 to $3.25. Its margin "
                   "rose from 8% to 10%."),
  });
  INFO("found " << describe(run.report));
  const auto* old_a1 = need(run, "a1", "$2.75-$3.25");
  const auto* old_a2 = need(run, "a2", "$2.75 to $3.25");
  const auto* from = need(run, "a2", "8%");
  const auto* to = need(run, "a2", "10%");
  if (!old_a1 || !old_a2 || !from || !to) return;
  CHECK(old_a1->low == doctest::Approx(2.75));
  CHECK(old_a2->high == doctest::Approx(3.25));
  CHECK(run.report.flags.empty());
}

TEST_CASE("subjects: \"CASM-ex rose\", \"Deposits rose\" and \"Texas-based Orvell rose\" are no move of the company's shares") {
  const auto run = analyze_articles({
      make_article("a1", "Wire",
                   "Meridian Air shares fell 7.1% on Tuesday. CASM-ex rose 4.3% in the quarter. Deposits rose 3%, "
                   "and customer deposits are what the bank watches. Texas-based Orvell rose 2%. Tokyo-listed rival "
                   "Kanemura rose 1.8%. Xpeng is up about 2.6%."),
      make_article("a2", "Paper", "Meridian Air shares fell 7.1% on Tuesday, a day after results."),
  });
  INFO("found " << describe(run.report));
  const auto* casm = need(run, "a1", "4.3%");
  const auto* deposits = need(run, "a1", "3%");
  const auto* orvell = need(run, "a1", "2%");
  const auto* kanemura = need(run, "a1", "1.8%");
  const auto* xpeng = need(run, "a1", "2.6%");
  if (!casm || !deposits || !orvell || !kanemura || !xpeng) return;
  CHECK(casm->metric != "share price change");
  CHECK(deposits->metric != "share price change");
  CHECK(deposits->subject == "Meridian");
  CHECK(orvell->subject == "Orvell");
  CHECK(kanemura->subject == "Kanemura");
  CHECK(kanemura->metric == "share price change");
  CHECK(xpeng->subject == "Xpeng");
  CHECK(run.report.flags.empty());
}

TEST_CASE("sessions: a 24-hour European stamp is intraday, \"closes down\" is the close, \"opens up 2.5% at $264\" a move") {
  const auto run = analyze_articles({
      make_article("a1", "Live",
                   "09:12 CET - Castellana Telecom extends gains. Smaller rival Iberalia is down 1.1%.\n\n"
                   "17:38 CET - Madrid close. Iberalia closes down 1.5%.\n\n"
                   "9:30 a.m. ET - Opening bell. CTEL opens up 2.5% at $26.40."),
      make_article("a2", "Paper", "Iberalia shares fell 1.5% on Tuesday. Castellana Telecom shares rose 2.5%."),
  });
  INFO("found " << describe(run.report));
  const auto* morning = need(run, "a1", "1.1%");
  const auto* close = need(run, "a1", "1.5%");
  const auto* open = need(run, "a1", "2.5%");
  if (!morning || !close || !open) return;
  CHECK(kftest::has_qualifier(*morning, "intraday"));
  CHECK(close->subject == "Iberalia");
  CHECK(kftest::has_qualifier(*close, "at the close"));
  CHECK(open->metric == "share price change");
  expect_no_flag(run, {morning, close});
}

TEST_CASE("deals: \"$74.50 a share in cash\" and \"pay $74.50 for each share\" are offers; peak sales are no revenue; \"as the company looks to replace revenue\" is a reason") {
  const auto run = analyze_articles({
      make_article("a1", "Wire",
                   "Corvane Pharma said it would buy Altessa Bio, valuing the drugmaker at about $11.8 billion as the "
                   "company looks to replace revenue from its top medicine. Corvane Pharma shares ended down 2.1% at "
                   "$118.40. The company sees peak sales of more than $5 billion."),
      make_article("a2", "Paper",
                   "Corvane Pharma agreed to buy Altessa Bio, the San Diego maker of an eczema drug, for $74.50 a "
                   "share in cash. Corvane Pharma reported revenue of $27.3 billion last year."),
      make_article("a3", "Aggregator", "Corvane Pharma will pay $74.50 for each Altessa share."),
  });
  INFO("found " << describe(run.report));
  const auto* value = need(run, "a1", "$11.8 billion");
  const auto* close = need(run, "a1", "$118.40");
  const auto* peak = need(run, "a1", "$5 billion");
  const auto* offer_a2 = need(run, "a2", "$74.50");
  const auto* offer_a3 = need(run, "a3", "$74.50");
  const auto* revenue = need(run, "a2", "$27.3 billion");
  if (!value || !close || !peak || !offer_a2 || !offer_a3 || !revenue) return;
  CHECK(value->metric != "revenue");
  CHECK(peak->metric.find("peak sales") != std::string::npos);
  CHECK(offer_a2->metric == "offer price");
  CHECK(offer_a3->metric == "offer price");
  CHECK(run.report.flags.empty());
}

TEST_CASE("software metrics: ARR, net revenue retention and billings are their own metrics, past an aside") {
  const auto run = analyze_articles({
      make_article("a1", "Wire",
                   "Norwell Cloud's quarterly revenue rose 24% to $612 million. Annual recurring revenue climbed 27% to "
                   "$2.71 billion. Net revenue retention slipped to 121%. Calculated billings, which add the change in "
                   "deferred revenue to reported revenue, rose 19% to $788 million."),
      make_article("a2", "Blog",
                   "- Revenue: $612M, +24% y/y\n- ARR: $2.17B, +27%\n- NRR: 121%\n- Billings: $788M, +23%"),
  });
  INFO("found " << describe(run.report));
  const auto* arr = need(run, "a1", "$2.71 billion");
  const auto* nrr = need(run, "a1", "121%");
  const auto* billings = need(run, "a1", "$788 million");
  const auto* billings_growth = need(run, "a1", "19%");
  const auto* arr_a2 = need(run, "a2", "$2.17B");
  if (!arr || !nrr || !billings || !billings_growth || !arr_a2) return;
  CHECK(arr->metric == "annual recurring revenue");
  CHECK(nrr->metric == "net revenue retention");
  CHECK(billings->metric == "billings");
  CHECK(billings_growth->metric == "billings growth");
  // The planted disagreements: ARR $2.71B vs $2.17B, billings growth 19% vs 23%; nothing about revenue.
  CHECK_FALSE(kftest::conflicts_naming_any(run.report, {arr, arr_a2}).empty());
  CHECK_FALSE(kftest::conflicts_naming_any(run.report, {billings_growth}).empty());
  for (const auto& f : run.report.figures)
    if (f.metric == "revenue" || f.metric == "revenue growth") expect_no_flag(run, {&f});
}

TEST_CASE("quarter labels: \"Q1 revenue\", the latest \"Q4 2025\" and a base \"(Q1 2025: 34.1%)\"; \"FY27\" is a future year") {
  const auto run = analyze_articles({
      make_article("a1", "Blog",
                   "- Q1 revenue: $128M, +71% y/y\n- Margin 34.6% (Q1 2025: 34.1%).\n- Q1 net profit: $21M.\n"
                   "- FY27 operating margin: 20%-21%",
                   {}, "2026-05-06"),
      make_article("a2", "Wire",
                   "Kestrel Robotics said revenue rose 71% in the first quarter. Its Q4 2025 net loss was $14 million. "
                   "Its operating margin was 18.6%.",
                   {}, "2026-05-06"),
      make_article("a3", "Paper", "Kestrel Robotics posted a Q4 2025 net loss of $14 million.", {}, "2026-02-10"),
  });
  INFO("found " << describe(run.report));
  const auto* q1 = need(run, "a1", "$128M");
  const auto* base = need(run, "a1", "34.1%");
  const auto* profit = need(run, "a1", "$21M");
  const auto* guide = need(run, "a1", "20%-21%");
  const auto* latest = need(run, "a3", "$14 million");
  if (!q1 || !base || !profit || !guide || !latest) return;
  CHECK(kftest::has_qualifier(*q1, "first quarter"));
  CHECK(kftest::has_qualifier(*base, "prior period (comparison base)"));
  CHECK_FALSE(kftest::has_qualifier(*profit, "prior period (comparison base)"));
  CHECK(kftest::has_qualifier(*guide, "by 2027"));
  CHECK(kftest::has_qualifier(*latest, "fourth quarter"));
  CHECK(run.report.flags.empty());
}

TEST_CASE("valuations: a private funding round and the IPO price are not the market's; a region's sales are a part") {
  const auto run = analyze_articles({
      make_article("a1", "Wire",
                   "Lumora Robotics closed its first day at $41.60, giving it a market value of about $10.5 billion. "
                   "The offering valued Lumora at $8.7 billion. Ardent Capital, which led a funding round in 2024 "
                   "that valued Lumora at $5.4 billion, owns 18%."),
      make_article("a2", "Blog", "Lumora's market value at the close: about $10.5 billion.\n- Last private mark: $5.4B"),
      make_article("a3", "Paper",
                   "Verlaine's quarterly sales rose 7%. By region, Japan was the standout with sales up 17%."),
      make_article("a4", "Daily", "Verlaine's quarterly sales rose 7%, the company said."),
  });
  INFO("found " << describe(run.report));
  const auto* round = need(run, "a1", "$5.4 billion");
  const auto* ipo = need(run, "a1", "$8.7 billion");
  const auto* japan = need(run, "a3", "17%");
  if (!round || !ipo || !japan) return;
  CHECK(kftest::has_qualifier(*round, "in a private funding round"));
  CHECK(kftest::has_qualifier(*ipo, "at the offer price"));
  CHECK(japan->subject != "Verlaine");
  CHECK(run.report.flags.empty());
}

TEST_CASE("estimates and guidance: \"forecast growth of 5.6% and sales of €6.71bn\", \"guidance was cut by $400m, to $4.2bn\", base business") {
  const auto run = analyze_articles({
      make_article("a1", "Wire",
                   "Marlow Group's quarterly sales were €6.84bn. Analysts had forecast organic growth of 5.6% and "
                   "sales of 6.71 billion euros. Q2 revenue guidance was cut by $400m, to $4.2bn. Base business "
                   "gross margin, which strips out restructuring costs, widened 80 basis points to 61.3 per cent."),
      make_article("a2", "Paper",
                   "Marlow Group's quarterly sales were €6.84bn. Its Q2 revenue was $5.1bn. Gross margin widened 70 "
                   "basis points to 60.9%."),
  });
  INFO("found " << describe(run.report));
  const auto* estimate = need(run, "a1", "6.71 billion euros");
  const auto* guidance = need(run, "a1", "$4.2bn");
  const auto* base = need(run, "a1", "61.3 per cent");
  if (!estimate || !guidance || !base) return;
  CHECK(estimate->metric.find("estimate") != std::string::npos);
  CHECK(guidance->metric.find("outlook") != std::string::npos);
  CHECK(kftest::has_qualifier(*base, "underlying"));
  CHECK(run.report.flags.empty());
}

TEST_CASE("subjects: a newsletter section headed by another company, \"On Thursday it ...\", \"a 0.4% drop in the energy index\"") {
  const auto run = analyze_articles({
      make_article("a1", "Newsletter",
                   "THE STAPLES DESK\n\n1) BRIGHTMOOR BRANDS (BMB): the beat\n\n- Organic sales +4.7%\n\nThe stock "
                   "closed up 2.9% Friday.\n\n2) CASTELLAN HOME PRODUCTS (CHP): ouch\n\n- Organic sales +2.1%\n"
                   "- Stock -5.3% Thursday, another -1.1% Friday\n\nCastellan Home Products is paying for share."),
      make_article("a2", "Wire",
                   "Brightmoor Brands shares rose 2.9% on Friday. Its shares were down 2.9% earlier, underperforming "
                   "a 0.4% drop in the broader European energy index. Brent averaged $63.40 a barrel in the quarter, "
                   "compared with $68.20 in the third. On Thursday it was trading at about $66.80, up 0.6 per cent."),
  });
  INFO("found " << describe(run.report));
  const auto* castellan = need(run, "a1", "-1.1%");
  const auto* index = need(run, "a2", "0.4%");
  const auto* brent = need(run, "a2", "0.6 per cent");
  if (!castellan || !index || !brent) return;
  CHECK(castellan->subject == "Castellan");
  CHECK(index->subject != "Brightmoor");
  CHECK(brent->subject == "Brent crude");
  for (const auto& flag : run.report.flags) CHECK(flag.kind != "value_conflict");
}

TEST_CASE("parts and windows: a business named by its apposition, a week's \"-2% w/w\", units \"went into inventory\"") {
  const auto run = analyze_articles({
      make_article("a1", "Paper",
                   "Corvane Systems' revenue rose 17% in the quarter. Installed base management, the servicing business "
                   "investors prize, generated €1.9bn of revenue, up 12 per cent. Corvane Systems shares fell 5.4% on "
                   "Thursday. Other models made up 13,500 units."),
      make_article("a2", "Newsletter",
                   "- Corvane Systems revenue +17% in the quarter\n- Freight index: $2,140 per box, -2% w/w\n"
                   "- Production: 389.1k, so roughly 16.7k units went into inventory"),
  });
  INFO("found " << describe(run.report));
  const auto* part = need(run, "a1", "12 per cent");
  const auto* week = need(run, "a2", "-2%");
  const auto* inventory = need(run, "a2", "16.7k units");
  if (!part || !week || !inventory) return;
  CHECK(part->subject != "Corvane");
  CHECK(kftest::has_qualifier(*week, "this week"));
  CHECK(inventory->metric.find("inventor") != std::string::npos);
  CHECK(run.report.flags.empty());
}

TEST_CASE("flags: among three or more outlets, a lone pair needs a third outlet's agreement or a misprint's shape") {
  const auto run = analyze_articles({
      make_article("a1", "Wire",
                   "Brasa Kitchen's quarterly same-store sales rose 3.1%. Brasa Kitchen's quarterly revenue was $842.6 "
                   "million. Brasa Kitchen shares rose 4%."),
      make_article("a2", "Paper",
                   "Brasa Kitchen's quarterly same-store sales rose about 2 percent. Brasa Kitchen's quarterly revenue "
                   "was $824.6 million. Brasa Kitchen shares rose 6%."),
      make_article("a3", "Blog", "Brasa Kitchen opened 38 restaurants in the quarter."),
      make_article("a4", "Daily", "Brasa Kitchen opened 36 restaurants in the quarter. Its margin was 17.1%."),
      make_article("a5", "Journal", "Brasa Kitchen opened 36 restaurants in the quarter. Its margin was 18.5%."),
      make_article("a6", "Letter", "Brasa Kitchen's margin was 18.5% in the quarter."),
  });
  INFO("found " << describe(run.report));
  const auto* comps_a = need(run, "a1", "3.1%");
  const auto* comps_b = need(run, "a2", "2 percent");
  const auto* revenue_a = need(run, "a1", "$842.6 million");
  const auto* revenue_b = need(run, "a2", "$824.6 million");
  const auto* move_a = need(run, "a1", "4%");
  const auto* move_b = need(run, "a2", "6%");
  const auto* opened = need(run, "a3", "38 restaurants");
  const auto* margin = need(run, "a4", "17.1%");
  if (!comps_a || !comps_b || !revenue_a || !revenue_b || !move_a || !move_b || !opened || !margin) return;
  expect_no_flag(run, {comps_a, comps_b});                        // one against one, no misprint's shape
  expect_conflict(run, *revenue_a, *revenue_b);                   // digits swapped
  expect_conflict(run, *move_a, *move_b);                         // a day's move is read closely
  CHECK_FALSE(kftest::conflicts_naming_any(run.report, {opened}).empty());  // two against one
  CHECK_FALSE(kftest::conflicts_naming_any(run.report, {margin}).empty());
}

TEST_CASE("periods: figures for a year not yet over are a forecast; \"earned $3.21 per share on an adjusted basis in 2025\"") {
  const auto run = analyze_articles(
      {
          make_article("a1", "Wire",
                       "Allegheny Ridge raised its 2026 adjusted earnings forecast to a range of $3.42 to $3.52 per "
                       "share. The company earned $3.21 per share on an adjusted basis in 2025.",
                       {}, "2026-03-19"),
          make_article("a2", "Blog", "- 2026 adjusted EPS raised to $3.42-$3.52\n- 2025 actual: $3.21.", {}, "2026-03-19"),
          make_article("a3", "Paper", "Allegheny Ridge now sees 2026 adjusted EPS of $3.42 to $3.52.", {}, "2026-03-19"),
      });
  INFO("found " << describe(run.report));
  const auto* actual = need(run, "a1", "$3.21");
  const auto* raised = need(run, "a2", "$3.42-$3.52");
  if (!actual || !raised) return;
  CHECK(kftest::has_qualifier(*actual, "in 2025"));
  CHECK(raised->metric.find("outlook") != std::string::npos);
  CHECK(run.report.flags.empty());
}

TEST_CASE("parts: a list item's label names its part (\"Stablecoin revenue: $310M (+24%)\"), not a month's or currency's") {
  const auto run = analyze_articles({
      make_article("a1", "Newsletter",
                   "Harborline Q1:\n* Subscription & services revenue: $690M, up 9%\n  * Stablecoin revenue: $310M (+24%)\n"
                   "* Feb sales: $2.2B, -45%"),
      make_article("a2", "Wire", "Harborline's subscription and services revenue rose 9% to $690 million. February sales fell 45% to $2.2 billion."),
      make_article("a3", "Paper", "Harborline's subscription and services revenue rose 9% in the quarter."),
  });
  INFO("found " << describe(run.report));
  const auto* part = need(run, "a1", "$310M");
  const auto* part_growth = need(run, "a1", "+24%");
  const auto* feb = need(run, "a1", "$2.2B");
  if (!part || !part_growth || !feb) return;
  CHECK(part->subject.find("stablecoin") != std::string::npos);
  CHECK(part_growth->subject == part->subject);
  CHECK(feb->subject == "Harborline");
  CHECK(run.report.flags.empty());
}

TEST_CASE("metrics: a cost line's share of sales is no share of group revenue") {
  const auto run = analyze_articles({
      make_article("a1", "Wire", "Brasa Kitchen's food and beverage costs fell to 29.8% of company sales in the quarter."),
      make_article("a2", "Paper", "At Brasa Kitchen, labor costs were 25.4 percent of sales in the quarter."),
      make_article("a3", "Blog", "- Brasa Kitchen food costs: 29.8% of sales"),
  });
  INFO("found " << describe(run.report));
  const auto* food = need(run, "a1", "29.8%");
  const auto* labor = need(run, "a2", "25.4 percent");
  if (!food || !labor) return;
  CHECK(food->metric != "share of group revenue");
  CHECK(labor->metric != "share of group revenue");
  CHECK(run.report.flags.empty());
}

TEST_CASE("sessions: a page updated within the trading day reports that day's moves intraday") {
  const auto run = analyze_articles({
      make_article("a1", "Market Desk",
                   "Chip stocks rally\nMarket Desk staff · Updated May 28, 2026, 12:14 p.m. ET\n\n"
                   "The Zentrix Chip Index climbed 1.8%. Acme shares had risen 2% on Tuesday.",
                   "", "2026-05-28"),
      make_article("a2", "Evening Letter", "The Zentrix Chip Index gained 1.9% on Thursday, its best day in weeks.", "",
                   "2026-05-28"),
      make_article("a3", "Late Page",
                   "Chip stocks close higher\nUpdated May 28, 2026, 5:40 p.m. ET\n\nAcme shares rose 3% on Thursday.",
                   "", "2026-05-28"),
  });
  INFO("found " << describe(run.report));
  const auto* midday = need(run, "a1", "1.8%");
  const auto* tuesday = need(run, "a1", "2%");
  const auto* close = need(run, "a2", "1.9%");
  const auto* late = need(run, "a3", "3%");
  if (!midday || !tuesday || !close || !late) return;
  CHECK(kftest::has_qualifier(*midday, "intraday"));
  // Another day's move, and a page stamped after the close, take no session from the stamp.
  CHECK_FALSE(kftest::has_qualifier(*tuesday, "intraday"));
  CHECK(late->qualifiers == std::vector<std::string>{"2026-05-28"});
  CHECK(kftest::conflicts_naming_any(run.report, {midday, close}).empty());
}

TEST_CASE("metrics and subjects: current RPO is no total RPO, \"$4.1 billion, up 27%\" is no share move, a list item's company") {
  const auto run = analyze_articles({
      make_article("a1", "Wire",
                   "Vantelo shares rose 12% after hours. Remaining performance obligations rose 38% to $7.9 billion. "
                   "Current RPO is $4.1 billion, up 27%."),
      make_article("a2", "Paper", "Vantelo's current remaining performance obligations reached $4.1 billion."),
      make_article("a3", "Letter",
                   "Vantelo (VNTL) gained 12% after hours.\n\nQUICK HITS\n\n"
                   "- Quorline (QRLN): reports next week. Its shares rose 3% in sympathy.\n"
                   "- Helixon Data (HLXD): cut its outlook last week. Stock is down 21% year to date."),
  });
  INFO("found " << describe(run.report));
  const auto* total = need(run, "a1", "$7.9 billion");
  const auto* current = need(run, "a1", "$4.1 billion");
  const auto* growth = need(run, "a1", "27%");
  const auto* paper = need(run, "a2", "$4.1 billion");
  const auto* helixon = need(run, "a3", "21%");
  if (!total || !current || !growth || !paper || !helixon) return;
  expect_separate(run, *total, *current);
  CHECK(current->metric == paper->metric);
  CHECK(growth->metric != "share price change");
  CHECK(helixon->subject == "Helixon");
  CHECK(run.report.flags.empty());
}

TEST_CASE("periods: a year-to-date move \"through Monday\" is not the move to the day of writing") {
  const auto run = analyze_articles({
      make_article("a1", "Wire", "Vantelo's stock had fallen about 9% this year through Monday.", "", "2026-05-05"),
      make_article("a2", "Page", "After Wednesday's rally, Vantelo shares are up about 4% so far in 2026.", "",
                   "2026-05-06"),
      make_article("a3", "Blog", "Vantelo shares are up 12% so far this year.", "", "2026-05-06"),
  });
  INFO("found " << describe(run.report));
  const auto* monday = need(run, "a1", "9%");
  const auto* now = need(run, "a2", "4%");
  const auto* blog = need(run, "a3", "12%");
  if (!monday || !now || !blog) return;
  CHECK_FALSE(kftest::share_card(run.report, *monday, *now));
  // Two readings to the day of writing still disagree.
  CHECK_FALSE(kftest::conflicts_naming_any(run.report, {now, blog}).empty());
  CHECK(kftest::conflicts_naming_any(run.report, {monday}).empty());
}

TEST_CASE("subjects: \"29% of Applied's revenue\" is a share of the possessor's revenue") {
  const auto run = analyze_articles({
      make_article("a1", "Wire",
                   "Lam Research (LRCX) fell 7.4%. Applied Materials (AMAT) dropped 4.8%. "
                   "China accounted for 29% of Applied's revenue in its fiscal third quarter."),
      make_article("a2", "Paper", "Lam Research (LRCX) slid 7.4%. China accounted for 34% of Lam's revenue."),
      make_article("a3", "Letter", "Lam Research: -7.4%. China was 34% of its sales."),
  });
  INFO("found " << describe(run.report));
  const auto* applied = need(run, "a1", "29%");
  const auto* lam = need(run, "a2", "34%");
  if (!applied || !lam) return;
  CHECK(applied->subject == "Applied");
  CHECK(lam->subject == "Lam");
  CHECK(kftest::conflicts_naming_any(run.report, {applied}).empty());
}

TEST_CASE("valuations: a funding round's worth after the money, before it, and a past round's; a deal's value") {
  const auto run = analyze_articles({
      make_article("a1", "Wire",
                   "Stratus (STRS) shares rose 2%. Stratus will invest $15 billion in Lumora Inc as part of a funding round "
                   "that values the startup at $240 billion. The deal values Lumora at $222 billion before the new "
                   "money, up from the $150 billion valuation it fetched in a funding round last October."),
      make_article("a2", "Paper",
                   "The new round values Lumora at $240 billion including the fresh capital. Last October's round "
                   "priced Lumora at $150 billion."),
      make_article("a3", "Page", "Stratus is investing in Lumora. The startup is now valued at $240 billion."),
      make_article("a4", "Deals", "Initrode agreed to buy Globex. The deal values Globex at $11.8 billion."),
  });
  INFO("found " << describe(run.report));
  const auto* after = need(run, "a1", "$240 billion");
  const auto* before = need(run, "a1", "$222 billion");
  const auto* past = need(run, "a1", "$150 billion");
  const auto* paper = need(run, "a2", "$240 billion");
  const auto* paper_past = need(run, "a2", "$150 billion");
  const auto* page = need(run, "a3", "$240 billion");
  const auto* deal = need(run, "a4", "$11.8 billion");
  if (!after || !before || !past || !paper || !paper_past || !page || !deal) return;
  expect_agreement(run, *after, *paper);
  CHECK(kftest::share_card(run.report, *after, *page));
  CHECK_FALSE(kftest::share_card(run.report, *after, *before));
  CHECK(kftest::has_qualifier(*past, "prior period (comparison base)"));
  CHECK(kftest::has_qualifier(*paper_past, "prior period (comparison base)"));
  CHECK(deal->metric == "deal value");
  CHECK(run.report.flags.empty());
}

TEST_CASE("counts: a list line's label counts its number; \"handed over\" is no hedge") {
  const auto run = analyze_articles({
      make_article("a1", "Blog",
                   "Lingyun Motors reported results.\n- Deliveries: 64,820 (+41% YoY)\n- Stores: 412\n"
                   "Rival Koru handed over 40,120 cars."),
      make_article("a2", "Wire", "Lingyun Motors delivered 68,420 vehicles in the quarter.\nShares: 1,250"),
  });
  INFO("found " << describe(run.report));
  const auto* deliveries = need(run, "a1", "64,820");
  const auto* stores = need(run, "a1", "412");
  const auto* handed = need(run, "a1", "40,120 cars");
  if (!deliveries || !stores || !handed) return;
  CHECK(deliveries->unit == "count");
  CHECK(deliveries->noun == "deliveries");
  CHECK(stores->noun == "stores");
  CHECK(handed->hedge == keyfigures::Hedge::exact);
  // A label that counts nothing ("Shares:") makes no count.
  CHECK(kftest::figure_with_text(run.report, "1,250", "a2") == nullptr);
}

TEST_CASE("subjects: a name's ticker parenthesis does not cut the name off its verb") {
  const auto run = analyze_articles({
      make_article("a1", "Wire",
                   "Lingyun Motors (LYM) delivered 68,420 vehicles. Among Lingyun's closest peers, Nio (NYSE: NIO) "
                   "delivered 23,900 vehicles in April."),
      make_article("a2", "Paper", "Lingyun Motors delivered 68,420 vehicles. Nio delivered 29,300 vehicles in April."),
  });
  INFO("found " << describe(run.report));
  const auto* wire = need(run, "a1", "23,900 vehicles");
  const auto* paper = need(run, "a2", "29,300 vehicles");
  if (!wire || !paper) return;
  CHECK(wire->subject == "Nio");
  expect_flag(run, *wire, *paper, "value_conflict", "minor");
}

TEST_CASE("periods: \"the January-March period\" is the quarter, not March; \"the prior quarter's\" value is a base") {
  const auto run = analyze_articles({
      make_article("a1", "Wire",
                   "Taiwan Foundry (2330.TW) said March revenue rose to NT$402.63 billion. Revenue for the "
                   "January-March period came to NT$1.13 trillion. Operating profit was NT$520 billion, up from the "
                   "prior quarter's NT$480 billion.",
                   "", "2026-04-10"),
      make_article("a2", "Paper", "Taiwan Foundry's March revenue was NT$402.6 billion. Its operating profit was NT$520 billion.",
                   "", "2026-04-10"),
  });
  INFO("found " << describe(run.report));
  const auto* march = need(run, "a1", "NT$402.63 billion");
  const auto* quarter = need(run, "a1", "NT$1.13 trillion");
  const auto* base = need(run, "a1", "NT$480 billion");
  const auto* profit = need(run, "a2", "NT$520 billion");
  if (!march || !quarter || !base || !profit) return;
  CHECK_FALSE(kftest::share_card(run.report, *march, *quarter));
  CHECK(kftest::has_qualifier(*base, "prior period (comparison base)"));
  CHECK_FALSE(kftest::share_card(run.report, *base, *profit));
  CHECK(run.report.flags.empty());
}

TEST_CASE("sessions: a move \"at one stage\" or \"at its worst\" is the session's extreme, not the close") {
  const auto run = analyze_articles({
      make_article("a1", "Paper",
                   "Microsoft shares closed down 1.4 per cent, having fallen more than 2.5 per cent at one stage."),
      make_article("a2", "Wire", "Microsoft shares closed down 1.4% on the day."),
  });
  INFO("found " << describe(run.report));
  const auto* close = need(run, "a1", "1.4 per cent");
  const auto* extreme = need(run, "a1", "2.5 per cent");
  const auto* wire = need(run, "a2", "1.4%");
  if (!close || !extreme || !wire) return;
  CHECK(kftest::has_qualifier(*close, "at the close"));
  CHECK(kftest::has_qualifier(*extreme, "at its peak"));
  CHECK(kftest::conflicts_naming_any(run.report, {extreme}).empty());
}

TEST_CASE("counts: monthly users and monthly active users are one name; paid memberships count subscribers") {
  const auto run = analyze_articles({
      make_article("a1", "Paper", "Vireo said its ad tier has about 95 million monthly users. It added 4.6 million paid memberships."),
      make_article("a2", "Blog", "Vireo's ad tier reached about 95 million monthly active users. It added 4.2 million paid subscribers."),
      make_article("a3", "Wire", "Vireo added 4.6 million paid subscribers in the quarter."),
  });
  INFO("found " << describe(run.report));
  const auto* users = need(run, "a1", "95 million monthly users");
  const auto* maus = need(run, "a2", "95 million monthly active users");
  const auto* memberships = need(run, "a1", "4.6 million paid memberships");
  const auto* subscribers = need(run, "a2", "4.2 million paid subscribers");
  if (!users || !maus || !memberships || !subscribers) return;
  CHECK(kftest::flags_naming(run.report, {users, maus}).empty());
  CHECK_FALSE(kftest::conflicts_naming_any(run.report, {subscribers}).empty());
}

TEST_CASE("sessions and days: a list line's session label; no move of a later day than the article; \"would have\"") {
  const auto run = analyze_articles({
      make_article("a1", "Letter",
                   "Altamira (ALTA) results.\n- After hours: as high as +7.4%, settled around +6%\n"
                   "Two quarters ago, a $20 billion raise would have knocked 5% off the stock.",
                   "", "2026-04-29"),
      make_article("a2", "Paper", "Altamira's shares closed 3.9 per cent higher on Wednesday.", "", "2026-04-29"),
      make_article("a3", "Live", "Closing numbers: Altamira ends the session at $412.30.", "", "2026-04-27"),
      make_article("a4", "Page", "Altamira shares fell 9.3% on Wednesday to close at $380.10.", "", "2026-04-30"),
  });
  INFO("found " << describe(run.report));
  const auto* after_hours = need(run, "a1", "+6%");
  const auto* hypothetical = need(run, "a1", "5%");
  const auto* close = need(run, "a2", "3.9 per cent");
  const auto* monday = need(run, "a3", "$412.30");
  const auto* wednesday = need(run, "a4", "$380.10");
  if (!after_hours || !hypothetical || !close || !monday || !wednesday) return;
  CHECK(kftest::has_qualifier(*after_hours, "after-hours"));
  CHECK(kftest::has_qualifier(*hypothetical, "hypothetical"));
  CHECK(kftest::conflicts_naming_any(run.report, {after_hours, hypothetical}).empty());
  // A Monday page's close is not the Wednesday close another outlet names.
  CHECK(kftest::conflicts_naming_any(run.report, {monday}).empty());
}

TEST_CASE("sessions: \"closed Tuesday's session down 1.4%\" is the close, not the regular session") {
  const auto run = analyze_articles({
      make_article("a1", "Page", "Halden stock closed Tuesday's session down 1.4% at $417.20."),
      make_article("a2", "Wire", "Halden shares rose 2% in the regular session on Tuesday."),
  });
  INFO("found " << describe(run.report));
  const auto* close = need(run, "a1", "1.4%");
  const auto* regular = need(run, "a2", "2%");
  if (!close || !regular) return;
  CHECK(kftest::has_qualifier(*close, "at the close"));
  CHECK(kftest::has_qualifier(*regular, "regular session"));
}

TEST_CASE("flags: premarket snapshots that name no day, in articles of different dates, do not conflict") {
  const auto run = analyze_articles({
      make_article("a1", "Wire", "Voltara shares closed down 6.3%. They had dropped about 9% in premarket trading.", "",
                   "2026-04-23"),
      make_article("a2", "Page", "Voltara shares were up 1.6% in early trading. They had gained 1.8% in premarket trading.",
                   "", "2026-04-24"),
      make_article("a3", "Blog", "Voltara shares rose 4% in premarket trading.", "", "2026-04-24"),
  });
  INFO("found " << describe(run.report));
  const auto* thursday = need(run, "a1", "9%");
  const auto* friday = need(run, "a2", "1.8%");
  const auto* blog = need(run, "a3", "4%");
  if (!thursday || !friday || !blog) return;
  CHECK(kftest::conflicts_naming_any(run.report, {thursday}).empty());
  // The same day's snapshots are still weighed against each other.
  CHECK(kftest::has_qualifier(*blog, "premarket"));
}

TEST_CASE("flags: a premarket price and a close of articles of different dates still conflict, in either order") {
  for (const bool premarket_first : {true, false}) {
    std::vector<kftest::Article> articles{
        make_article("a1", "Wire", "Acme shares traded at $178 in premarket trading.", "", "2025-09-24"),
        make_article("a2", "Forum", "Acme shares closed around $88.", "", "2025-09-25"),
    };
    if (!premarket_first) std::swap(articles[0], articles[1]);
    const auto run = analyze_articles(articles);
    INFO("premarket first: " << premarket_first << "; found " << describe(run.report));
    const auto* premarket = need(run, "a1", "$178");
    const auto* close = need(run, "a2", "$88");
    if (!premarket || !close) continue;
    CHECK_FALSE(kftest::conflicts_naming_any(run.report, {premarket, close}).empty());
  }
}

TEST_CASE("lists: a peer list's labels name the movers; a common word or a place is no label") {
  const auto run = analyze_articles({
      make_article("a1", "Wire",
                   "Voltara shares fell 6.3% on Thursday after the recall, and guidance was cut in Europe.\n\n"
                   "Peers moved in sympathy:\n"
                   "- Pinegate Financial [PGF]: down 0.8%\n"
                   "- Ardent: -2.1%\n"
                   "- Guidance: down 5%\n"
                   "- North America: down 3%\n\n"
                   "Kestrel also fell: Halvorsen dropped 2.3%.\n\n"
                   "Year-to-date: Up about 29%.",
                   "", "2026-04-23"),
      make_article("a2", "Page", "Voltara stock closed down 6.3% on Thursday.", "", "2026-04-23"),
  });
  INFO("found " << describe(run.report));
  const auto* pinegate = need(run, "a1", "0.8%");
  const auto* ardent = need(run, "a1", "-2.1%");
  const auto* guidance = need(run, "a1", "5%");
  const auto* region = need(run, "a1", "3%");
  const auto* halvorsen = need(run, "a1", "2.3%");
  const auto* year = need(run, "a1", "29%");
  if (!pinegate || !ardent || !guidance || !region || !halvorsen || !year) return;
  CHECK(pinegate->subject == "Pinegate Financial");
  CHECK(ardent->subject == "Ardent");
  CHECK(halvorsen->subject == "Halvorsen");
  CHECK(guidance->subject.find("Guidance") == std::string::npos);
  CHECK(region->subject.find("North America") == std::string::npos);
  CHECK(year->subject.find("Up") == std::string::npos);  // a direction word is never a name
  CHECK(kftest::conflicts_naming_any(run.report, {pinegate, ardent, halvorsen}).empty());
}

TEST_CASE("lists: items that name no metric measure what the list's heading names") {
  const auto run = analyze_articles({
      make_article("a1", "Wire", "Norvale stock rose 4.6% on Thursday. Kestrel shares fell 2.1%.", "", "2026-04-16"),
      make_article("a2", "Blog",
                   "Norvale had a good quarter.\n\n"
                   "Quick peer scorecard (Q1 shipments, y/y):\n"
                   "- Norvale: +11.4%\n"
                   "- Kestrel: -4.2%\n\n"
                   "Other phone makers moved in sympathy:\n"
                   "- Orbis Mobile: up 1.5%",
                   "", "2026-04-16"),
  });
  INFO("found " << describe(run.report));
  const auto* move = need(run, "a1", "2.1%");
  const auto* shipments = need(run, "a2", "-4.2%");
  const auto* norvale = need(run, "a2", "+11.4%");
  const auto* orbis = need(run, "a2", "1.5%");
  if (!move || !shipments || !norvale || !orbis) return;
  CHECK(shipments->metric.find("price") == std::string::npos);
  CHECK(norvale->metric.find("price") == std::string::npos);
  CHECK(kftest::conflicts_naming_any(run.report, {move, shipments}).empty());
  // A heading of moves names no other metric: the item is the peer's share move.
  CHECK(orbis->subject == "Orbis Mobile");
  CHECK(orbis->metric == "share price change");
}

TEST_CASE("metrics: Arm the company is no average revenue per member") {
  const auto run = analyze_articles({
      make_article("a1", "Wire", "Arm shares rose 3.1% on Thursday. Arm earned $1.2 billion.", "", "2026-07-16"),
  });
  INFO("found " << describe(run.report));
  const auto* move = need(run, "a1", "3.1%");
  const auto* earned = need(run, "a1", "$1.2 billion");
  if (!move || !earned) return;
  CHECK(move->metric == "share price change");
  CHECK(earned->metric.find("arpu") == std::string::npos);
}

TEST_CASE("metrics: \"has lost about $400 billion in market value\" is a change, not the value") {
  const auto run = analyze_articles({
      make_article("a1", "Wire", "Helix has lost about $400 billion in market value since January.", "", "2026-07-16"),
      make_article("a2", "Page", "Helix now has a market value of $1.1 trillion.", "", "2026-07-16"),
  });
  INFO("found " << describe(run.report));
  const auto* lost = need(run, "a1", "$400 billion");
  const auto* value = need(run, "a2", "$1.1 trillion");
  if (!lost || !value) return;
  CHECK_FALSE(kftest::share_card(run.report, *lost, *value));
  CHECK(kftest::conflicts_naming_any(run.report, {lost, value}).empty());
}

TEST_CASE("subjects: \"9x forward sales for Ardent Motion\" is Ardent Motion's multiple") {
  const auto run = analyze_articles({
      make_article("a1", "Blog", "Quillon priced its IPO at $24, valuing it at 9 times sales.", "", "2026-04-16"),
      make_article("a2", "Note",
                   "Quillon trades at a premium. That compares with 4x forward sales for Ardent Motion and 12x for "
                   "Veltrix.",
                   "", "2026-04-16"),
  });
  INFO("found " << describe(run.report));
  const auto* own = need(run, "a1", "9 times");
  const auto* ardent = need(run, "a2", "4x");
  const auto* veltrix = need(run, "a2", "12x");
  if (!own || !ardent || !veltrix) return;
  CHECK(ardent->subject == "Ardent Motion");
  CHECK(veltrix->subject == "Veltrix");
  CHECK(kftest::conflicts_naming_any(run.report, {own, ardent, veltrix}).empty());
}

TEST_CASE("sessions: a cause after the move names no session (\"after its fund opened to investors\")") {
  const auto run = analyze_articles({
      make_article("a1", "Wire", "Meridian Holdings shares closed up 4.3% on Wednesday.", "", "2026-03-12"),
      make_article("a2", "Paper",
                   "Meridian Holdings saw its stock climb 7.8% on Wednesday after its first cryptocurrency fund "
                   "opened to investors. Kestrel rose 2% after the bell.",
                   "", "2026-03-12"),
  });
  INFO("found " << describe(run.report));
  const auto* cause = need(run, "a2", "7.8%");
  const auto* bell = need(run, "a2", "2%");
  if (!cause || !bell) return;
  for (const auto& qualifier : cause->qualifiers) CHECK(qualifier.find("open") == std::string::npos);
  for (const auto& flag : run.report.flags) CHECK(flag.message.find("7.8% open") == std::string::npos);
  CHECK(kftest::has_qualifier(*bell, "after-hours"));
}

TEST_CASE("markets: sibling indexes (FTSE 100 and 250, Nasdaq 100 and Composite) are cards of their own") {
  const auto run = analyze_articles({
      make_article("a1", "Wire",
                   "Acme shares fell 4% on Thursday. The FTSE 100 fell 1.2% and the Nasdaq Composite gained 0.3%. "
                   "The Hang Seng lost 1.1%.",
                   "", "2026-04-23"),
      make_article("a2", "Paper",
                   "Acme stock closed down 4% on Thursday. The FTSE 250 dropped 2.1% and the Nasdaq 100 rose 0.9%. "
                   "The Hang Seng Tech index slid 3.1%. In Sydney the ASX 200 fell 0.8%.",
                   "", "2026-04-23"),
  });
  INFO("found " << describe(run.report));
  const auto* ftse100 = need(run, "a1", "1.2%");
  const auto* composite = need(run, "a1", "0.3%");
  const auto* hang_seng = need(run, "a1", "1.1%");
  const auto* ftse250 = need(run, "a2", "2.1%");
  const auto* nasdaq100 = need(run, "a2", "0.9%");
  const auto* hang_seng_tech = need(run, "a2", "3.1%");
  const auto* asx = need(run, "a2", "0.8%");
  if (!ftse100 || !composite || !hang_seng || !ftse250 || !nasdaq100 || !hang_seng_tech || !asx) return;
  expect_separate(run, *ftse100, *ftse250);
  expect_separate(run, *composite, *nasdaq100);
  expect_separate(run, *hang_seng, *hang_seng_tech);
  CHECK(asx->subject.find("ASX") != std::string::npos);
  CHECK(kftest::conflicts_naming_any(run.report, {ftse100, composite, hang_seng, asx}).empty());
}

TEST_CASE("valuations: the worth at the IPO price is not the market value at a later close") {
  const auto run = analyze_articles({
      make_article("a1", "Wire",
                   "Quillon sold 35 million shares at $24 each. The pricing valued Quillon at about $9.6 billion.", "",
                   "2026-04-16"),
      make_article("a2", "Blog",
                   "Quillon priced its IPO at $24 a share, which put the company at a $6.9 billion valuation.", "",
                   "2026-04-16"),
      make_article("a3", "Note",
                   "At Thursday's close, Quillon carries a market capitalization of roughly $13.2 billion.", "",
                   "2026-04-17"),
  });
  INFO("found " << describe(run.report));
  const auto* pricing = need(run, "a1", "$9.6 billion");
  const auto* priced = need(run, "a2", "$6.9 billion");
  const auto* close = need(run, "a3", "$13.2 billion");
  if (!pricing || !priced || !close) return;
  CHECK(kftest::share_card(run.report, *pricing, *priced));
  CHECK_FALSE(kftest::conflicts_naming_any(run.report, {pricing, priced}).empty());
  CHECK_FALSE(kftest::share_card(run.report, *pricing, *close));
  CHECK(kftest::conflicts_naming_any(run.report, {close}).empty());
}

TEST_CASE("clauses: after \"but\", the shares' move takes neither the results' comparison nor their quarter") {
  const auto run = analyze_articles({
      make_article("a1", "Wire",
                   "Lumenfall Media added 5.2 million paid subscribers in the second quarter, well ahead of Wall "
                   "Street forecasts, but its shares fell 8.4% in after-hours trading on Thursday.",
                   "", "2026-07-16"),
      make_article("a2", "Blog", "Lumenfall shares slid 4.8% in extended trading Thursday.", "", "2026-07-16"),
  });
  INFO("found " << describe(run.report));
  const auto* wire = need(run, "a1", "8.4%");
  const auto* blog = need(run, "a2", "4.8%");
  if (!wire || !blog) return;
  CHECK(wire->subject.find("Street") == std::string::npos);
  CHECK_FALSE(kftest::has_qualifier(*wire, "second quarter"));
  CHECK(kftest::share_card(run.report, *wire, *blog));
  CHECK_FALSE(kftest::conflicts_naming_any(run.report, {wire, blog}).empty());
}

TEST_CASE("names: an ampersand joins one name; a name never runs across a line break") {
  const auto run = analyze_articles({
      make_article("a1", "Wire",
                   "Kestrel Power & Light [KPL] raised its capital spending plan to $38 billion.\n\n"
                   "Kestrel shares rose 6.2% on Thursday.",
                   "", "2026-04-30"),
      make_article("a2", "Note",
                   "HARTWELL CAPITAL MARKETS - Consumer & Retail\nBrightwell Stores (BRWL) - Outperform\n\n"
                   "Brightwell trades at about 11.6x earnings. Kestrel's plan is $38 billion.",
                   "", "2026-04-30"),
  });
  INFO("found " << describe(run.report));
  const auto* plan = need(run, "a1", "$38 billion");
  const auto* multiple = need(run, "a2", "11.6x");
  if (!plan || !multiple) return;
  CHECK(plan->subject == "Kestrel");
  CHECK(multiple->subject == "Brightwell");
}

TEST_CASE("funds: net inflows are their own quantity; a coin's name before \"fund\" is not the subject") {
  const auto run = analyze_articles({
      make_article("a1", "Wire",
                   "Meridian's spot ether fund pulled in $412 million of net inflows on its first day. Meridian had "
                   "told investors it expected first-week inflows of $150 million to $250 million.",
                   "", "2026-03-11"),
      make_article("a2", "Blog", "Meridian's ether fund recorded $214 million of net creations on its debut.", "",
                   "2026-03-11"),
      make_article("a3", "Paper", "Meridian's fund had inflows of $412 million. Ether rose 1.2% to $3,518.", "",
                   "2026-03-11"),
  });
  INFO("found " << describe(run.report));
  const auto* wire = need(run, "a1", "$412 million");
  const auto* expected = need(run, "a1", "$150 million to $250 million");
  const auto* blog = need(run, "a2", "$214 million");
  const auto* coin = need(run, "a3", "$3,518");
  if (!wire || !expected || !blog || !coin) return;
  CHECK(wire->subject == "Meridian");
  CHECK(wire->metric == "net inflows");
  CHECK(kftest::share_card(run.report, *wire, *blog));
  CHECK_FALSE(kftest::conflicts_naming_any(run.report, {wire, blog}).empty());
  CHECK_FALSE(kftest::share_card(run.report, *wire, *expected));
  CHECK(coin->subject == "Ether");
}

TEST_CASE("metrics: words after the next figure are its own; PT is a price target; ASP is a product's price") {
  const auto run = analyze_articles({
      make_article("a1", "Note",
                   "GRAYHAVEN (GRY) - BUY - PT $74 (from $70)\n\nAt $64.18 the stock trades at 8.6x 2026E EPS.\n\n"
                   "Kessler fell 5.2%, erasing about EUR 1.9bn (roughly $2.1bn) in market value.\n\n"
                   "Grayhaven's average selling price rose 7% to $412.",
                   "", "2026-04-14"),
      make_article("a2", "Wire", "Grayhaven shares closed up 3.2% at $64.18. Grayhaven earned $1.93 a share.", "",
                   "2026-04-14"),
  });
  INFO("found " << describe(run.report));
  const auto* target = need(run, "a1", "$74");
  const auto* price = need(run, "a1", "$64.18");
  const auto* erased = need(run, "a1", "EUR 1.9bn");
  const auto* asp_change = need(run, "a1", "7%");
  const auto* asp = need(run, "a1", "$412");
  const auto* close = need(run, "a2", "$64.18");
  const auto* eps = need(run, "a2", "$1.93");
  if (!target || !price || !erased || !asp_change || !asp || !close || !eps) return;
  CHECK(target->metric == "price target");
  CHECK(kftest::share_card(run.report, *price, *close));
  CHECK_FALSE(kftest::share_card(run.report, *price, *eps));
  CHECK(erased->metric.find("market value") != std::string::npos);
  CHECK(asp->metric == "average selling price");
  CHECK(asp_change->metric.find("share price") == std::string::npos);
  CHECK(kftest::conflicts_naming_any(run.report, {price, asp_change, asp}).empty());
}

TEST_CASE("divisions: a business's growth, a table row's change and an estimate's percentage are no share moves") {
  const auto run = analyze_articles({
      make_article("a1", "Blog",
                   "Verlaine shares closed up 5.2% on Wednesday.\n\n"
                   "Here is how the divisions did (Q1 revenue, organic change):\n\n"
                   "Fashion & Leather Goods ... EUR 3.91bn ... +2%\nPerfumes & Cosmetics ... EUR 0.94bn ... -1%\n\n"
                   "Other luxury stocks:\n- Lumenfab [LMFB], which makes handbags: down 4.5%",
                   "", "2026-04-15"),
      make_article("a2", "Note",
                   "Verlaine stock finished 3.8% higher on Wednesday. Fashion & Leather Goods grew +2% organically vs "
                   "our +1% estimate.",
                   "", "2026-04-15"),
  });
  INFO("found " << describe(run.report));
  const auto* row = need(run, "a1", "-1%");
  const auto* peer = need(run, "a1", "4.5%");
  const auto* grew = need(run, "a2", "+2%");
  const auto* estimate = need(run, "a2", "+1%");
  if (!row || !peer || !grew || !estimate) return;
  for (const auto* f : {row, grew, estimate}) CHECK(f->metric.find("share price") == std::string::npos);
  CHECK(peer->subject == "Lumenfab");
  CHECK(estimate->metric.find("estimate") != std::string::npos);
  CHECK(kftest::conflicts_naming_any(run.report, {row, peer, grew, estimate}).empty());
}

TEST_CASE("lists: a heading names its items' session; a known name labels its item; an aside may follow the name") {
  const auto run = analyze_articles({
      make_article("a1", "Wire",
                   "Talon closed down 7.8% on Wednesday. Lumenfab, a maker of etch tools, also fell.\n\n"
                   "Here is how the chip stocks finished the day:\n"
                   "- Lumenfab [LMFB], which makes etch tools: down 4.5%\n"
                   "- Ostmark Bank (listed in neighbouring Lindmark): -0.6%\n\n"
                   "Also moving this morning:\n- Halcyon Semiconductor [HSMI]: up 2.7% premarket",
                   "", "2026-03-11"),
      make_article("a2", "Paper", "Talon's stock ended the day 5.2% lower on Wednesday.", "", "2026-03-11"),
  });
  INFO("found " << describe(run.report));
  const auto* talon = need(run, "a1", "7.8%");
  const auto* lumenfab = need(run, "a1", "4.5%");
  const auto* ostmark = need(run, "a1", "-0.6%");
  const auto* halcyon = need(run, "a1", "2.7%");
  const auto* paper = need(run, "a2", "5.2%");
  if (!talon || !lumenfab || !ostmark || !halcyon || !paper) return;
  CHECK(lumenfab->subject == "Lumenfab");
  CHECK(kftest::has_qualifier(*lumenfab, "at the close"));
  CHECK(ostmark->subject == "Ostmark Bank");
  CHECK(kftest::has_qualifier(*halcyon, "premarket"));
  CHECK(kftest::has_qualifier(*paper, "at the close"));
  // The two closes of Talon disagree; the peers' moves take no part.
  CHECK_FALSE(kftest::conflicts_naming_any(run.report, {talon, paper}).empty());
  CHECK(kftest::conflicts_naming_any(run.report, {lumenfab, ostmark, halcyon}).empty());
}

TEST_CASE("markets: \"underperforming the ASX Metals index, which rose 0.8%\" is the index's move") {
  const auto run = analyze_articles({
      make_article("a1", "Note", "Caldera shares fell 4.2% on Monday, underperforming the ASX Metals index, which rose 0.8%.",
                   "", "2026-03-09"),
      make_article("a2", "Wire", "Caldera stock closed down 4.2% on Monday.", "", "2026-03-09"),
  });
  INFO("found " << describe(run.report));
  const auto* index = need(run, "a1", "0.8%");
  const auto* wire = need(run, "a2", "4.2%");
  if (!index || !wire) return;
  CHECK(index->subject.find("index") != std::string::npos);
  CHECK(kftest::conflicts_naming_any(run.report, {index, wire}).empty());
}

TEST_CASE("sessions: the next sentence's move takes the close just named; a table's last column is no move") {
  const auto run = analyze_articles({
      make_article("a1", "Wire",
                   "Brightline shares closed up 1.2% at $47.85, recovering after falling as much as 3.0% in premarket "
                   "trading. Corvane fell 2.6%, while Nexa Mobile rose 1.9%.\n\n"
                   "Top vendors (million units / share / change y/y)\nKestrel Devices  52.7   17.8%   -4.2%",
                   "", "2026-05-19"),
      make_article("a2", "Blog", "Corvane shares ended the session down 4.1%. Kestrel Devices shares fell 2.1% on Tuesday.", "",
                   "2026-05-19"),
  });
  INFO("found " << describe(run.report));
  const auto* wire = need(run, "a1", "2.6%");
  const auto* column = need(run, "a1", "-4.2%");
  const auto* blog = need(run, "a2", "4.1%");
  const auto* kestrel = need(run, "a2", "2.1%");
  if (!wire || !column || !blog || !kestrel) return;
  CHECK(kftest::has_qualifier(*wire, "at the close"));
  CHECK_FALSE(kftest::conflicts_naming_any(run.report, {wire, blog}).empty());
  CHECK(column->metric.find("share price") == std::string::npos);
  CHECK(kftest::conflicts_naming_any(run.report, {column, kestrel}).empty());
}
