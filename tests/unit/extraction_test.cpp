// Contract-level tests of figure extraction, through the public analyze():
// one made-up sentence per row, the figure it must yield (text, value, unit,
// hedge, direction, noun, range ends) or the span that must never be a figure.
// Tables, so a new case is one line; every row reports its sentence on failure.
#include <doctest/doctest.h>

#include <algorithm>
#include <iterator>
#include <optional>
#include <string>
#include <vector>

#include "test_support.hpp"

namespace {

using kftest::describe;

// One figure a sentence must yield.
struct Expected {
  const char* sentence;
  const char* text;  // exact figure text (see loose_text)
  double value;
  const char* unit;
  const char* hedge = "exact";
  const char* direction = "";  // "" = no direction; "*" = not checked (level vs change is debatable)
  const char* noun = "";       // counts only; "*" = any noun
  std::optional<double> low = std::nullopt;
  std::optional<double> high = std::nullopt;
  double tolerance = 0;     // absolute; 0 = relative 1e-9
  bool loose_text = false;  // convention for the exact span unsettled: any figure covering `text`
};

// A span of a sentence that must not be (part of) any figure.
struct Rejected {
  const char* sentence;
  const char* not_a_figure;
};

const kftest::Figure* find_expected_figure(const kftest::Report& report, const Expected& row) {
  if (!row.loose_text) return kftest::figure_with_text(report, row.text);
  const auto span = kftest::utf16_span_of(row.sentence, row.text);
  for (const auto& f : report.figures)
    if (kftest::overlaps(f, span)) return &f;
  return nullptr;
}

void check_expected(const Expected& row) {
  INFO("sentence: " << std::string(row.sentence));
  INFO("expected figure: \"" << std::string(row.text) << "\"");
  const auto bundle = kftest::make_bundle({kftest::make_article("a1", "Test Wire", row.sentence)});
  const auto report = keyfigures::analyze(bundle);
  kftest::check_report_invariants(bundle, report);
  INFO("found " << describe(report));
  const kftest::Figure* figure = find_expected_figure(report, row);
  CHECK_MESSAGE(figure != nullptr, "no figure with text \"" << std::string(row.text) << "\"");
  if (figure == nullptr) return;

  CHECK_MESSAGE(kftest::same_number(figure->value, row.value, row.tolerance),
                "value " << figure->value << ", expected " << row.value);
  CHECK(figure->unit == std::string(row.unit));
  CHECK(std::string(keyfigures::to_string(figure->hedge)) == std::string(row.hedge));
  if (std::string(row.direction) != "*")
    CHECK(std::string(keyfigures::to_string(figure->direction)) == std::string(row.direction));
  if (std::string(row.noun) == "*")
    CHECK_FALSE(figure->noun.empty());
  else
    CHECK(figure->noun == std::string(row.noun));
  if (row.low) {
    REQUIRE(figure->low.has_value());
    CHECK_MESSAGE(kftest::same_number(*figure->low, *row.low),
                  "low " << *figure->low << ", expected " << *row.low);
  }
  if (row.high) {
    REQUIRE(figure->high.has_value());
    CHECK_MESSAGE(kftest::same_number(*figure->high, *row.high),
                  "high " << *figure->high << ", expected " << *row.high);
  }
}

void check_rejected(const Rejected& row) {
  INFO("sentence: " << std::string(row.sentence));
  INFO("must not be a figure: \"" << std::string(row.not_a_figure) << "\"");
  const auto bundle = kftest::make_bundle({kftest::make_article("a1", "Test Wire", row.sentence)});
  const auto report = keyfigures::analyze(bundle);
  kftest::check_report_invariants(bundle, report);
  INFO("found " << describe(report));
  const auto span = kftest::utf16_span_of(row.sentence, row.not_a_figure);
  REQUIRE_MESSAGE(span.found(), "test table error: the span is not in the sentence");
  for (const auto& f : report.figures) {
    CHECK_MESSAGE(!kftest::overlaps(f, span), "figure overlaps it: " << describe(f));
    CHECK_MESSAGE(!kftest::contains(f.text, row.not_a_figure), "figure contains it: " << describe(f));
  }
}

template <std::size_t N>
void run(const Expected (&rows)[N], const char* what) {
  for (const auto& row : rows) check_expected(row);
  MESSAGE(std::string(what) << ": " << N << " cases run");
}

template <std::size_t N>
void run(const Rejected (&rows)[N], const char* what) {
  for (const auto& row : rows) check_rejected(row);
  MESSAGE(std::string(what) << ": " << N << " cases run");
}

// The case tables are laid out by hand, one brace-enclosed row per case.
// clang-format off
// ---------------------------------------------------------------- percent --
const Expected kPercent[] = {
    {.sentence = "Acme Corp shares rose 9.26% in New York trading on Tuesday.", .text = "9.26%", .value = 9.26,
     .unit = "percent", .direction = "up"},
    {.sentence = "Siemens said its order intake fell 4.5 percent in the quarter.", .text = "4.5 percent",
     .value = 4.5, .unit = "percent", .direction = "down"},
    {.sentence = "Unemployment in the province stood at 6.1 per cent last month.", .text = "6.1 per cent",
     .value = 6.1, .unit = "percent"},
    {.sentence = "Toyota's operating margin was 11% in the period.", .text = "11%", .value = 11, .unit = "percent"},
    {.sentence = "Vodafone shares slid nine per cent after the dividend cut.", .text = "nine per cent", .value = 9,
     .unit = "percent", .direction = "down"},
    {.sentence = "The stock has gained 42% so far this year.", .text = "42%", .value = 42, .unit = "percent",
     .direction = "up"},
    {.sentence = "Acme's net profit surged 120% from a year earlier.", .text = "120%", .value = 120,
     .unit = "percent", .direction = "up"},
    {.sentence = "Acme's net income plunged 17% year on year.", .text = "17%", .value = 17, .unit = "percent",
     .direction = "down"},
    {.sentence = "Sales at the lighting unit jumped 31% in the third quarter.", .text = "31%", .value = 31,
     .unit = "percent", .direction = "up"},
    {.sentence = "The shares tumbled 8.4% after the profit warning.", .text = "8.4%", .value = 8.4,
     .unit = "percent", .direction = "down"},
    {.sentence = "The Stoxx 600 index climbed 1.3% on Friday.", .text = "1.3%", .value = 1.3, .unit = "percent",
     .direction = "up"},
    {.sentence = "Chipmakers rallied 5% after the export rules were eased.", .text = "5%", .value = 5,
     .unit = "percent", .direction = "up"},
    {.sentence = "Acme shed 6% over two sessions.", .text = "6%", .value = 6, .unit = "percent",
     .direction = "down"},
    {.sentence = "The euro added 0.4% against the dollar.", .text = "0.4%", .value = 0.4, .unit = "percent",
     .direction = "up"},
    {.sentence = "Shares of the retailer were down 3% at midday.", .text = "3%", .value = 3, .unit = "percent",
     .direction = "down"},
    {.sentence = "Tencent was up 7% in Hong Kong.", .text = "7%", .value = 7, .unit = "percent",
     .direction = "up"},
    {.sentence = "Acme closed 2.5% higher on Wednesday.", .text = "2.5%", .value = 2.5, .unit = "percent",
     .direction = "up"},
    {.sentence = "The stock ended 1.8% lower on Thursday.", .text = "1.8%", .value = 1.8, .unit = "percent",
     .direction = "down"},
    {.sentence = "Emerging-market equities advanced 0.9% on the day.", .text = "0.9%", .value = 0.9,
     .unit = "percent", .direction = "up"},
    {.sentence = "Exports from South Korea dropped 6.2% in October.", .text = "6.2%", .value = 6.2,
     .unit = "percent", .direction = "down"},
    {.sentence = "Subscriptions at the streaming service sank 11% in the period.", .text = "11%", .value = 11,
     .unit = "percent", .direction = "down"},
    {.sentence = "Shares of the drugmaker soared 25% after the trial results.", .text = "25%", .value = 25,
     .unit = "percent", .direction = "up"},
    {.sentence = "The bank's stock has lost 14% since the merger was announced.", .text = "14%", .value = 14,
     .unit = "percent", .direction = "down"},
    {.sentence = "Orders declined 2% from the previous quarter.", .text = "2%", .value = 2, .unit = "percent",
     .direction = "down"},
    {.sentence = "Siemens Energy shares jumped 12.75% in Frankfurt.", .text = "12.75%", .value = 12.75,
     .unit = "percent", .direction = "up"},
    {.sentence = "Acme Corp (ACME) -3.2% at $41.10 in late trading.", .text = "-3.2%", .value = -3.2,
     .unit = "percent", .direction = "down"},
    {.sentence = "Futures on the Nasdaq pointed lower, with Acme -0.75% before the bell.", .text = "-0.75%",
     .value = -0.75, .unit = "percent", .direction = "down"},
    {.sentence = "Premarket movers: Acme +4.8%, Globex flat.", .text = "+4.8%", .value = 4.8, .unit = "percent",
     .direction = "up"},
    {.sentence = "Toyota Motor tumbled 4.3 percent in Tokyo.", .text = "4.3 percent", .value = 4.3,
     .unit = "percent", .direction = "down"},
    {.sentence = "Exports to the United States fell by 3% in October.", .text = "3%", .value = 3,
     .unit = "percent", .direction = "down"},
    {.sentence = "Acme took a 25% stake in the battery startup.", .text = "25%", .value = 25, .unit = "percent"},
    {.sentence = "The bank's Tier 1 capital ratio was 14.2% at the end of June.", .text = "14.2%", .value = 14.2,
     .unit = "percent"},
    {.sentence = "The 10-year Treasury yield stood at 4.1% on Friday.", .text = "4.1%", .value = 4.1,
     .unit = "percent"},
    {.sentence = "Shares have fallen 30% from their peak in March.", .text = "30%", .value = 30,
     .unit = "percent", .direction = "down"},
    {.sentence = "Acme's shares slumped 22% on Friday.", .text = "22%", .value = 22, .unit = "percent",
     .direction = "down"},
    {.sentence = "A stake of 0.5% changed hands in the block trade.", .text = "0.5%", .value = 0.5,
     .unit = "percent"},
};

// ----------------------------------------------- percentage points and bps --
const Expected kPoints[] = {
    {.sentence = "Gross margin widened by 3 percentage points to 41%.", .text = "3 percentage points", .value = 3,
     .unit = "percentage_points", .direction = "*"},
    {.sentence = "Gross margin widened by 3 percentage points to 41%.", .text = "41%", .value = 41,
     .unit = "percent", .direction = "*"},
    {.sentence = "The Federal Reserve cut its key rate by 50 basis points.", .text = "50 basis points",
     .value = 0.5, .unit = "percentage_points", .direction = "*"},
    {.sentence = "Ten-year Treasury yields fell 12 basis points to 4.1%.", .text = "12 basis points",
     .value = 0.12, .unit = "percentage_points", .direction = "down"},
    {.sentence = "The bank's net interest margin narrowed 0.2 percentage point in the quarter.",
     .text = "0.2 percentage point", .value = 0.2, .unit = "percentage_points", .direction = "*"},
    {.sentence = "The company lowered its margin target by 150 bps.", .text = "150 bps", .value = 1.5,
     .unit = "percentage_points", .direction = "*"},
    {.sentence = "Spreads on the bonds rose 25 bps after the downgrade.", .text = "25 bps", .value = 0.25,
     .unit = "percentage_points", .direction = "up"},
    {.sentence = "The operating margin improved 1.5 percentage points year on year.",
     .text = "1.5 percentage points", .value = 1.5, .unit = "percentage_points", .direction = "*"},
};

// -------------------------------------------------- doubled, halved, parts --
const Expected kWordChanges[] = {
    {.sentence = "Acme's quarterly profit nearly doubled from a year ago.", .text = "doubled", .value = 100,
     .unit = "percent", .hedge = "approx", .direction = "up", .loose_text = true},
    {.sentence = "Sales of the electric model tripled over two years.", .text = "tripled", .value = 200,
     .unit = "percent", .direction = "up", .loose_text = true},
    {.sentence = "The miner halved its dividend as copper prices slumped.", .text = "halved", .value = 50,
     .unit = "percent", .direction = "down", .loose_text = true},
    {.sentence = "Acme's stock has made a 2× move since January.", .text = "2×", .value = 2, .unit = "multiple",
     .direction = "*"},
    {.sentence = "Roughly one-third of Acme's revenue comes from China.", .text = "one-third", .value = 100.0 / 3,
     .unit = "percent", .hedge = "approx", .tolerance = 0.01, .loose_text = true},
    {.sentence = "Acme's operating profit more than doubled in the quarter.", .text = "doubled", .value = 100,
     .unit = "percent", .hedge = "over", .direction = "up", .loose_text = true},
    {.sentence = "Acme's shares have more than tripled since its 2021 IPO.", .text = "tripled", .value = 200,
     .unit = "percent", .hedge = "over", .direction = "up", .loose_text = true},
    {.sentence = "Sales of the budget model nearly tripled last year.", .text = "tripled", .value = 200,
     .unit = "percent", .hedge = "approx", .direction = "up", .loose_text = true},
    {.sentence = "Two-thirds of the workforce is based in Asia.", .text = "Two-thirds", .value = 200.0 / 3,
     .unit = "percent", .tolerance = 0.01},
    {.sentence = "Acme's stock has quadrupled since 2023.", .text = "quadrupled", .value = 300, .unit = "percent",
     .direction = "up", .loose_text = true},
    {.sentence = "Roughly half of the company's sales come from Europe.", .text = "half", .value = 50,
     .unit = "percent", .hedge = "approx", .loose_text = true},
    {.sentence = "The company will cut a quarter of its staff.", .text = "quarter", .value = 25, .unit = "percent",
     .direction = "*", .loose_text = true},
    {.sentence = "Profit fell by half in the quarter.", .text = "half", .value = 50, .unit = "percent",
     .direction = "down", .loose_text = true},
    {.sentence = "The company's cloud revenue doubled in the quarter.", .text = "doubled", .value = 100,
     .unit = "percent", .direction = "up", .loose_text = true},
};

// --------------------------------------------- currencies and scale words --
const Expected kMoney[] = {
    {.sentence = "Acme reported revenue of $16.3M for the quarter.", .text = "$16.3M", .value = 1.63e7,
     .unit = "USD"},
    {.sentence = "Acme Corp posted revenue of $4.2 billion, ahead of estimates.", .text = "$4.2 billion",
     .value = 4.2e9, .unit = "USD"},
    {.sentence = "The acquisition is valued at US$2.5 billion including debt.", .text = "US$2.5 billion",
     .value = 2.5e9, .unit = "USD"},
    {.sentence = "The fund raised USD 300 million from pension investors.", .text = "USD 300 million",
     .value = 3e8, .unit = "USD"},
    {.sentence = "The startup said it paid 40 million dollars for the patents.", .text = "40 million dollars",
     .value = 4e7, .unit = "USD"},
    {.sentence = "Shares of Acme closed at $178.18 on Tuesday.", .text = "$178.18", .value = 178.18,
     .unit = "USD"},
    {.sentence = "The chief executive received a bonus of $85,000.", .text = "$85,000",
     .value = 85000, .unit = "USD"},
    {.sentence = "The startup raised $250k from angel investors.", .text = "$250k", .value = 250000, .unit = "USD"},
    {.sentence = "Acme set aside $300mn for legal costs.", .text = "$300mn", .value = 3e8, .unit = "USD"},
    {.sentence = "Globex sold the division for $1.2B in cash.", .text = "$1.2B", .value = 1.2e9, .unit = "USD"},
    {.sentence = "The insurer expects $5b in claims from the storm.", .text = "$5b", .value = 5e9, .unit = "USD"},
    {.sentence = "Nvidia's market value passed $3T for the first time.", .text = "$3T", .value = 3e12,
     .unit = "USD", .direction = "*"},
    {.sentence = "Global AI spending could reach $1.5tn by the end of the decade.", .text = "$1.5tn",
     .value = 1.5e12, .unit = "USD"},
    {.sentence = "Acme will buy back $2 million of its stock every trading day.", .text = "$2 million",
     .value = 2e6, .unit = "USD"},
    {.sentence = "Acme's deal to buy Initech is worth $7.25 billion.", .text = "$7.25 billion", .value = 7.25e9,
     .unit = "USD"},
    {.sentence = "Tencent's shares closed at HK$612.50 in Hong Kong.", .text = "HK$612.50", .value = 612.5,
     .unit = "HKD"},
    {.sentence = "The Hong Kong developer raised HKD 1.2 billion from a share sale.", .text = "HKD 1.2 billion",
     .value = 1.2e9, .unit = "HKD"},
    {.sentence = "Siemens booked orders of €21.4 billion in its fiscal fourth quarter.", .text = "€21.4 billion",
     .value = 2.14e10, .unit = "EUR"},
    {.sentence = "The German lender will pay a dividend of EUR 500 million.", .text = "EUR 500 million",
     .value = 5e8, .unit = "EUR"},
    {.sentence = "The French utility plans to invest 5 billion euros in grids.", .text = "5 billion euros",
     .value = 5e9, .unit = "EUR"},
    {.sentence = "Airbus expects free cash flow of €3bn this year.", .text = "€3bn", .value = 3e9, .unit = "EUR"},
    {.sentence = "Barclays set aside £1.1bn for bad loans.", .text = "£1.1bn", .value = 1.1e9, .unit = "GBP"},
    {.sentence = "The London-listed grocer will spend GBP 750m on price cuts.", .text = "GBP 750m", .value = 7.5e8,
     .unit = "GBP"},
    {.sentence = "The brewer agreed to pay £40m to settle the claims.", .text = "£40m", .value = 4e7,
     .unit = "GBP"},
    {.sentence = "Alibaba will spend 380 billion yuan on AI infrastructure, the Chinese company said.",
     .text = "380 billion yuan", .value = 3.8e11, .unit = "CNY"},
    {.sentence = "Tencent's revenue reached RMB 192.9 billion as games sales in China recovered.",
     .text = "RMB 192.9 billion", .value = 1.929e11, .unit = "CNY"},
    {.sentence = "The Beijing-based carmaker raised CNY 45 billion in bonds.", .text = "CNY 45 billion",
     .value = 4.5e10, .unit = "CNY"},
    {.sentence = "The Shanghai-based lender earned ¥8.6 billion in the quarter.", .text = "¥8.6 billion",
     .value = 8.6e9, .unit = "CNY"},
    {.sentence = "Chinese regulators fined the platform 18.2 billion yuan.", .text = "18.2 billion yuan",
     .value = 1.82e10, .unit = "CNY"},
    {.sentence = "Toyota raised its operating profit forecast to ¥4.3 trillion.", .text = "¥4.3 trillion",
     .value = 4.3e12, .unit = "JPY", .direction = "*"},
    {.sentence = "The Tokyo-listed retailer sold the unit for ¥120 billion.", .text = "¥120 billion",
     .value = 1.2e11, .unit = "JPY"},
    {.sentence = "Japan's SoftBank booked a gain of 1.5 trillion yen.", .text = "1.5 trillion yen",
     .value = 1.5e12, .unit = "JPY"},
    // The currency named in words settles "¥" when places of both countries appear.
    {.sentence = "Kaizawa: the weak yen helps. China sales slid. Q3 revenue: ¥4.21tn.", .text = "¥4.21tn",
     .value = 4.21e12, .unit = "JPY"},
    {.sentence = "The Osaka supplier's yuan revenue: Chinese buyers paid ¥9.1 billion.", .text = "¥9.1 billion",
     .value = 9.1e9, .unit = "CNY"},
    {.sentence = "The Canadian miner reported profit of C$350 million.", .text = "C$350 million", .value = 3.5e8,
     .unit = "CAD"},
    {.sentence = "BHP will return A$2.7 billion to shareholders.", .text = "A$2.7 billion", .value = 2.7e9,
     .unit = "AUD"},
    {.sentence = "Shares of the Mumbai-based lender closed at ₹2,500.", .text = "₹2,500", .value = 2500,
     .unit = "INR"},
    {.sentence = "The Indian airline's shares ended at Rs 450 in Mumbai.", .text = "Rs 450", .value = 450,
     .unit = "INR"},
    {.sentence = "Infosys will invest INR 90 billion in new campuses.", .text = "INR 90 billion", .value = 9e10,
     .unit = "INR"},
    {.sentence = "The Chinese developer raised RMB1.2 billion in a bond sale in Shanghai.", .text = "RMB1.2 billion",
     .value = 1.2e9, .unit = "CNY"},
    {.sentence = "Quarterly revenue rose to $5 billion from $4 billion a year earlier.", .text = "$4 billion",
     .value = 4e9, .unit = "USD", .direction = "*"},
    {.sentence = "Sony shares fell 4% in Tokyo to ¥3,210.", .text = "¥3,210", .value = 3210, .unit = "JPY",
     .direction = "*"},
    {.sentence = "Alibaba's Hong Kong shares closed up 9.2% at HK$178.30.", .text = "HK$178.30", .value = 178.3,
     .unit = "HKD", .direction = "*"},
    {.sentence = "Gold hit a record $2,450 an ounce on Friday.", .text = "$2,450", .value = 2450, .unit = "USD"},
    {.sentence = "Acme paid a special dividend of $1.25 a share.", .text = "$1.25", .value = 1.25, .unit = "USD"},
    {.sentence = "Acme posted a net loss of $1.2 billion for the year.", .text = "$1.2 billion", .value = 1.2e9,
     .unit = "USD", .direction = "*"},
    {.sentence = "The yen-denominated bond sale in Tokyo raised ¥50 billion.", .text = "¥50 billion", .value = 5e10,
     .unit = "JPY"},
    {.sentence = "Hong Kong-listed Meituan reported revenue of ¥93.6 billion.", .text = "¥93.6 billion",
     .value = 9.36e10, .unit = "CNY"},
};

// ---------------------------------------------------------------- multiples --
const Expected kMultiples[] = {
    {.sentence = "Acme trades at 11x forward earnings, below its peers.", .text = "11x", .value = 11,
     .unit = "multiple"},
    {.sentence = "The chip designer trades at 11× forward earnings.", .text = "11×", .value = 11,
     .unit = "multiple"},
    {.sentence = "The stock changes hands at 16 times earnings.", .text = "16 times", .value = 16,
     .unit = "multiple", .loose_text = true},
    {.sentence = "Siemens has a P/E of 16, cheaper than its US rivals.", .text = "16", .value = 16,
     .unit = "multiple", .loose_text = true},
    {.sentence = "Analysts note the bank's P/E ratio of 9 is near a record low.", .text = "9", .value = 9,
     .unit = "multiple", .loose_text = true},
    {.sentence = "Software stocks trade at 35x sales on average.", .text = "35x", .value = 35, .unit = "multiple"},
    {.sentence = "Acme trades with a price-to-earnings ratio of 30.", .text = "30", .value = 30,
     .unit = "multiple", .loose_text = true},
    {.sentence = "The stock trades at 25 times forward earnings.", .text = "25 times", .value = 25,
     .unit = "multiple", .loose_text = true},
    {.sentence = "The buyout values the firm at an EV/EBITDA of 9.5x.", .text = "9.5x", .value = 9.5,
     .unit = "multiple"},
    {.sentence = "Bulls argue the shares could trade at 20-30x earnings.", .text = "20-30x", .value = 25,
     .unit = "multiple", .hedge = "range", .low = 20, .high = 30},
};

// ---------------------------------------------------------- counts (nouns) --
const Expected kCounts[] = {
    {.sentence = "Acme operates 91 data centers worldwide.", .text = "91 data centers", .value = 91,
     .unit = "count", .noun = "data centers"},
    {.sentence = "The cloud unit runs 120 availability zones across its network.", .text = "120 availability zones",
     .value = 120, .unit = "count", .noun = "availability zones"},
    {.sentence = "Tencent's WeChat has 1.4 billion users.", .text = "1.4 billion users", .value = 1.4e9,
     .unit = "count", .noun = "users"},
    {.sentence = "The lab said its new model has 1T params.", .text = "1T params", .value = 1e12, .unit = "count",
     .noun = "*"},
    {.sentence = "The startup is training a model with one trillion parameters.",
     .text = "one trillion parameters", .value = 1e12, .unit = "count", .noun = "parameters"},
    {.sentence = "Acme unveiled a trillion-parameter model on Monday.", .text = "trillion-parameter", .value = 1e12,
     .unit = "count", .noun = "*"},
    {.sentence = "Toyota sold 2.6 million vehicles in the quarter.", .text = "2.6 million vehicles",
     .value = 2.6e6, .unit = "count", .noun = "vehicles"},
    {.sentence = "The retailer plans to open 300 stores next year.", .text = "300 stores", .value = 300,
     .unit = "count", .noun = "stores"},
    {.sentence = "Siemens has 15,000 employees in the United States.", .text = "15,000 employees", .value = 15000,
     .unit = "count", .noun = "employees"},
    {.sentence = "Acme will cut 1,250 jobs in Europe.", .text = "1,250 jobs", .value = 1250, .unit = "count",
     .direction = "*", .noun = "jobs"},
    {.sentence = "The bank will close 40 branches in rural areas.", .text = "40 branches", .value = 40,
     .unit = "count", .noun = "branches"},
    {.sentence = "The streaming service has 12 million subscribers in Asia.", .text = "12 million subscribers",
     .value = 1.2e7, .unit = "count", .noun = "subscribers"},
    {.sentence = "Xiaomi shipped 42 million phones in the quarter.", .text = "42 million phones", .value = 4.2e7,
     .unit = "count", .noun = "phones"},
    {.sentence = "Globex bought 50,000 GPUs for its new cluster.", .text = "50,000 GPUs", .value = 50000,
     .unit = "count", .noun = "GPUs"},
    {.sentence = "The payments app operates in 30 countries.", .text = "30 countries", .value = 30,
     .unit = "count", .noun = "countries"},
    {.sentence = "The airline carried 4.2 million passengers in July.", .text = "4.2 million passengers",
     .value = 4.2e6, .unit = "count", .noun = "passengers"},
    {.sentence = "The company holds 2,300 patents on battery chemistry.", .text = "2,300 patents", .value = 2300,
     .unit = "count", .noun = "patents"},
    {.sentence = "Acme repurchased 10 million shares in the quarter.", .text = "10 million shares", .value = 1e7,
     .unit = "count", .noun = "shares"},
    {.sentence = "The coal producer runs 12 mines in Queensland.", .text = "12 mines", .value = 12,
     .unit = "count", .noun = "mines"},
    {.sentence = "The carmaker has 7 factories in Europe.", .text = "7 factories", .value = 7, .unit = "count",
     .noun = "factories"},
    {.sentence = "The chain operates 850 restaurants in Japan.", .text = "850 restaurants", .value = 850,
     .unit = "count", .noun = "restaurants"},
    {.sentence = "Acme serves 40 million customers worldwide.", .text = "40 million customers", .value = 4e7,
     .unit = "count", .noun = "customers"},
    {.sentence = "The group will hire 2,000 workers for the plant.", .text = "2,000 workers", .value = 2000,
     .unit = "count", .noun = "workers"},
    {.sentence = "The retailer will lay off 500 staff.", .text = "500 staff", .value = 500, .unit = "count",
     .noun = "staff"},
    {.sentence = "The warehouse club has 3.1 million members.", .text = "3.1 million members", .value = 3.1e6,
     .unit = "count", .noun = "members"},
    {.sentence = "The broker has 1.2 million accounts.", .text = "1.2 million accounts", .value = 1.2e6,
     .unit = "count", .noun = "accounts"},
    {.sentence = "The EV maker reported 384,000 deliveries for the quarter.", .text = "384,000 deliveries",
     .value = 384000, .unit = "count", .noun = "deliveries"},
    {.sentence = "The hotel group operates 9,000 hotels globally.", .text = "9,000 hotels", .value = 9000,
     .unit = "count", .noun = "hotels"},
    {.sentence = "Airlines canceled 1,200 flights because of the storm.", .text = "1,200 flights", .value = 1200,
     .unit = "count", .noun = "flights"},
    {.sentence = "The carrier ordered 150 planes from Airbus.", .text = "150 planes", .value = 150,
     .unit = "count", .noun = "planes"},
    {.sentence = "The shipping line has a fleet of 700 ships.", .text = "700 ships", .value = 700, .unit = "count",
     .noun = "ships"},
    {.sentence = "The chemicals maker will close 3 plants in Germany.", .text = "3 plants", .value = 3,
     .unit = "count", .noun = "plants"},
    {.sentence = "The shale producer drilled 250 wells last year.", .text = "250 wells", .value = 250,
     .unit = "count", .noun = "wells"},
    {.sentence = "The ride-hailing app is available in 120 cities.", .text = "120 cities", .value = 120,
     .unit = "count", .noun = "cities"},
    {.sentence = "The device maker sold 20 million devices last year.", .text = "20 million devices", .value = 2e7,
     .unit = "count", .noun = "devices"},
    {.sentence = "Ford recalled 1.1 million cars over a camera fault.", .text = "1.1 million cars", .value = 1.1e6,
     .unit = "count", .noun = "cars"},
    // Measures: decimals and glued abbreviations are fine, megawatts are thousandths of gigawatts.
    {.sentence = "Voltra will add 1.2 GW of solar capacity in Texas.", .text = "1.2 GW", .value = 1.2,
     .unit = "count", .noun = "gigawatts"},
    {.sentence = "The campus needs a further 1.5GW of power.", .text = "1.5GW", .value = 1.5, .unit = "count",
     .noun = "gigawatts"},
    {.sentence = "The utility connected 300 MW of wind farms.", .text = "300 MW", .value = 0.3, .unit = "count",
     .noun = "gigawatts"},
    {.sentence = "The cartel will raise output by 411,000 barrels per day in July.",
     .text = "411,000 barrels per day", .value = 411000, .unit = "count", .direction = "*",
     .noun = "barrels per day"},
    {.sentence = "The kingdom pumped 9.2 million bpd last month.", .text = "9.2 million bpd", .value = 9.2e6,
     .unit = "count", .noun = "barrels per day"},
    {.sentence = "The miner produced 1.2 million ounces of gold in the quarter.", .text = "1.2 million ounces",
     .value = 1.2e6, .unit = "count", .noun = "ounces"},
    {.sentence = "The smelter shipped 2.5 tonnes of cobalt.", .text = "2.5 tonnes", .value = 2.5, .unit = "count",
     .noun = "tonnes"},
    {.sentence = "The console maker shipped 4 million units in the holiday quarter.", .text = "4 million units",
     .value = 4e6, .unit = "count", .noun = "units"},
    {.sentence = "Windows 11 now runs on 500 million devices.", .text = "500 million devices", .value = 5e8,
     .unit = "count", .noun = "devices"},
    {.sentence = "Tencent's cloud now spans 26 regions.", .text = "26 regions", .value = 26, .unit = "count",
     .noun = "regions"},
    {.sentence = "The retailer will hire 5 thousand workers for the holidays.", .text = "5 thousand workers",
     .value = 5000, .unit = "count", .noun = "workers"},
    {.sentence = "The newsletter passed 50k subscribers this week.", .text = "50k subscribers", .value = 50000,
     .unit = "count", .direction = "*", .noun = "subscribers"},
    {.sentence = "The discount chain now operates 2,024 stores.", .text = "2,024 stores", .value = 2024,
     .unit = "count", .noun = "stores"},
    {.sentence = "Tesla delivered 497,099 vehicles in the third quarter.", .text = "497,099 vehicles",
     .value = 497099, .unit = "count", .noun = "vehicles"},
    {.sentence = "The telecom company has 90 million subscribers.", .text = "90 million subscribers",
     .value = 9e7, .unit = "count", .noun = "subscribers"},
    {.sentence = "The streaming service added two million subscribers in the quarter.",
     .text = "two million subscribers", .value = 2e6, .unit = "count", .direction = "*", .noun = "subscribers"},
};

// ------------------------------------------------------------------ hedges --
const Expected kHedges[] = {
    // approx
    {.sentence = "Acme shares fell about 4% on Monday.", .text = "4%", .value = 4, .unit = "percent",
     .hedge = "approx", .direction = "down"},
    {.sentence = "The company employs around 8,500 staff.", .text = "8,500 staff", .value = 8500,
     .unit = "count", .hedge = "approx", .noun = "staff"},
    {.sentence = "The deal is worth roughly $2 billion.", .text = "$2 billion", .value = 2e9, .unit = "USD",
     .hedge = "approx"},
    {.sentence = "The sovereign fund now holds nearly 10% of the company.", .text = "10%", .value = 10,
     .unit = "percent", .hedge = "approx"},
    {.sentence = "Sales grew almost 15% last year.", .text = "15%", .value = 15, .unit = "percent",
     .hedge = "approx", .direction = "*"},
    {.sentence = "Net profit came in close to €900 million.", .text = "€900 million", .value = 9e8,
     .unit = "EUR", .hedge = "approx"},
    {.sentence = "The company has approximately 1,100 stores.", .text = "1,100 stores", .value = 1100,
     .unit = "count", .hedge = "approx", .noun = "stores"},
    {.sentence = "The lender has some 400 branches in Spain.", .text = "400 branches", .value = 400,
     .unit = "count", .hedge = "approx", .noun = "branches"},
    {.sentence = "An estimated 3 million users signed up in the first week.", .text = "3 million users",
     .value = 3e6, .unit = "count", .hedge = "approx", .noun = "users"},
    {.sentence = "The stock trades at ~25x earnings.", .text = "25x", .value = 25, .unit = "multiple",
     .hedge = "approx"},
    {.sentence = "Quarterly revenue ≈ $1.2 billion, according to the filing.", .text = "$1.2 billion",
     .value = 1.2e9, .unit = "USD", .hedge = "approx"},
    {.sentence = "Acme's free cash flow was about $88 million.", .text = "$88 million", .value = 8.8e7,
     .unit = "USD", .hedge = "approx"},
    // over
    {.sentence = "Acme has more than 50,000 employees.", .text = "50,000 employees", .value = 50000,
     .unit = "count", .hedge = "over", .noun = "employees"},
    {.sentence = "The shares are up over 30% this year.", .text = "30%", .value = 30, .unit = "percent",
     .hedge = "over", .direction = "up"},
    {.sentence = "Mortgage rates stayed above 6% for a third month.", .text = "6%", .value = 6,
     .unit = "percent", .hedge = "over"},
    {.sentence = "Acme's market value, topping $3 trillion, makes it the largest company.",
     .text = "$3 trillion", .value = 3e12, .unit = "USD", .hedge = "over"},
    {.sentence = "The fund expects upwards of $500 million in new commitments.", .text = "$500 million",
     .value = 5e8, .unit = "USD", .hedge = "over"},
    {.sentence = "The restructuring will eliminate at least 200 jobs.", .text = "200 jobs", .value = 200,
     .unit = "count", .hedge = "over", .noun = "jobs"},
    {.sentence = "The group targets revenue exceeding $10 billion.", .text = "$10 billion", .value = 1e10,
     .unit = "USD", .hedge = "over"},
    {.sentence = "The insurer faces claims in excess of £2bn.", .text = "£2bn", .value = 2e9, .unit = "GBP",
     .hedge = "over"},
    {.sentence = "The software unit runs at margins > 40%.", .text = "40%", .value = 40, .unit = "percent",
     .hedge = "over"},
    {.sentence = "Acme now has over 1,000 stores in China.", .text = "1,000 stores", .value = 1000,
     .unit = "count", .hedge = "over", .noun = "stores"},
    // under
    {.sentence = "Inflation stayed below 2% for a fourth month.", .text = "2%", .value = 2, .unit = "percent",
     .hedge = "under"},
    {.sentence = "The carmaker will shed nearly 9,000 jobs by 2027.", .text = "9,000 jobs", .value = 9000,
     .unit = "count", .hedge = "approx", .direction = "*", .noun = "jobs"},
    {.sentence = "The company's net margin is less than 1%.", .text = "1%", .value = 1, .unit = "percent",
     .hedge = "under"},
    {.sentence = "The penny stock trades under $1 a share.", .text = "$1", .value = 1, .unit = "USD",
     .hedge = "under"},
    {.sentence = "The chain now has fewer than 100 stores.", .text = "100 stores", .value = 100, .unit = "count",
     .hedge = "under", .noun = "stores"},
    {.sentence = "The merger could cut up to 1,000 jobs.", .text = "1,000 jobs", .value = 1000, .unit = "count",
     .hedge = "under", .noun = "jobs"},
    {.sentence = "The central bank expects growth of at most 3% next year.", .text = "3%", .value = 3,
     .unit = "percent", .hedge = "under"},
    {.sentence = "Acme's monthly churn is < 2% of subscribers.", .text = "2%", .value = 2, .unit = "percent",
     .hedge = "under"},
};

// ------------------------------------------------------------------ ranges --
const Expected kRanges[] = {
    {.sentence = "Acme expects revenue growth of 8–10% next year.", .text = "8–10%", .value = 9,
     .unit = "percent", .hedge = "range", .low = 8, .high = 10},
    {.sentence = "Management guided for sales growth of 8%-10% in 2026.", .text = "8%-10%", .value = 9,
     .unit = "percent", .hedge = "range", .low = 8, .high = 10},
    {.sentence = "The company plans to invest between $1 and $2 billion in the plant.",
     .text = "$1 and $2 billion", .value = 1.5e9, .unit = "USD", .hedge = "range", .low = 1e9, .high = 2e9},
    {.sentence = "Siemens forecast comparable revenue growth of 5% to 7%.", .text = "5% to 7%", .value = 6,
     .unit = "percent", .hedge = "range", .low = 5, .high = 7},
    {.sentence = "The buyback will total $3-4 billion over two years.", .text = "$3-4 billion", .value = 3.5e9,
     .unit = "USD", .hedge = "range", .low = 3e9, .high = 4e9},
    {.sentence = "The airline expects a loss of €2–3 billion.", .text = "€2–3 billion", .value = 2.5e9,
     .unit = "EUR", .hedge = "range", .low = 2e9, .high = 3e9},
    {.sentence = "The overhaul will cut between 2,000 and 3,000 jobs.", .text = "2,000 and 3,000 jobs",
     .value = 2500, .unit = "count", .hedge = "range", .noun = "jobs", .low = 2000, .high = 3000},
    {.sentence = "The chain will open 10 to 12 stores in Texas.", .text = "10 to 12 stores", .value = 11,
     .unit = "count", .hedge = "range", .noun = "stores", .low = 10, .high = 12},
    {.sentence = "Economists expect the margin to expand 1.5–2 percentage points.",
     .text = "1.5–2 percentage points", .value = 1.75, .unit = "percentage_points", .hedge = "range",
     .direction = "*", .low = 1.5, .high = 2},
    {.sentence = "The lender expects loan growth of between 8% and 10% this year.", .text = "8% and 10%",
     .value = 9, .unit = "percent", .hedge = "range", .low = 8, .high = 10},
    {.sentence = "The company guided fourth-quarter revenue of $5.0-$5.2 billion.", .text = "$5.0-$5.2 billion",
     .value = 5.1e9, .unit = "USD", .hedge = "range", .low = 5e9, .high = 5.2e9},
    {.sentence = "The company expects capex of roughly $50bn-$55bn in 2026.", .text = "$50bn-$55bn",
     .value = 5.25e10, .unit = "USD", .hedge = "range", .low = 5e10, .high = 5.5e10},
    {.sentence = "Analysts see the stock rising 15-20% over the next year.", .text = "15-20%", .value = 17.5,
     .unit = "percent", .hedge = "range", .direction = "*", .low = 15, .high = 20},
};

// ------------------------------------- typography of real pages --
const Expected kTypography[] = {
    {.sentence = "Acme reported revenue of $4.2\u00a0billion for the quarter.", .text = "$4.2\u00a0billion",
     .value = 4.2e9, .unit = "USD"},
    {.sentence = "Acme shares rose 9.26\u00a0% on Tuesday.", .text = "9.26\u00a0%", .value = 9.26,
     .unit = "percent", .direction = "up"},
    {.sentence = "Airbus shares rose 3.5\u202f% in Paris.", .text = "3.5\u202f%", .value = 3.5, .unit = "percent",
     .direction = "up"},
    {.sentence = "Acme (ACME) \u22123.2% at $41.10 in late trading.", .text = "\u22123.2%", .value = -3.2,
     .unit = "percent", .direction = "down"},
    {.sentence = "Acme rose 8\u201310% in two sessions.", .text = "8\u201310%", .value = 9, .unit = "percent",
     .hedge = "range", .direction = "up", .low = 8, .high = 10},
    {.sentence = "Siemens Healthineers rose 4% \U0001F468\u200D\U0001F469\u200D\U0001F467 after the deal.",
     .text = "4%", .value = 4, .unit = "percent", .direction = "up"},
    {.sentence = "Acme\u2019s revenue rose 7%\r\nto \u20ac1.3 billion.", .text = "\u20ac1.3 billion", .value = 1.3e9,
     .unit = "EUR", .direction = "*"},
};

// ------------------------- real figures next to things that are not figures --
const Expected kFiguresNearNoise[] = {
    {.sentence = "Acme shares rose 4% on March 3, 2026.", .text = "4%", .value = 4, .unit = "percent",
     .direction = "up"},
    {.sentence = "Nvidia's A100 chips sold for $10,000 each.", .text = "$10,000", .value = 10000, .unit = "USD"},
    {.sentence = "The S&P 500 rose 1.2% on Friday.", .text = "1.2%", .value = 1.2, .unit = "percent",
     .direction = "up"},
    {.sentence = "In Q3 2025, Acme's revenue rose 8% to $5.1 billion.", .text = "8%", .value = 8,
     .unit = "percent", .direction = "up"},
    {.sentence = "In Q3 2025, Acme's revenue rose 8% to $5.1 billion.", .text = "$5.1 billion", .value = 5.1e9,
     .unit = "USD", .direction = "*"},
    {.sentence = "Revenue for fiscal 2024 was €8.2 billion, Siemens said at 10:30 a.m.", .text = "€8.2 billion",
     .value = 8.2e9, .unit = "EUR"},
    {.sentence = "Acme (NYSE:ACME) fell 6% to $23.40 in early trading.", .text = "$23.40", .value = 23.4,
     .unit = "USD", .direction = "*"},
    {.sentence = "Tencent (0700.HK) gained 3.1% after GPT-4 rivals launched.", .text = "3.1%", .value = 3.1,
     .unit = "percent", .direction = "up"},
    {.sentence = "1. Acme's revenue rose 12% to $900 million.", .text = "12%", .value = 12, .unit = "percent",
     .direction = "up"},
    {.sentence = "Apple sold 40 million units of the iPhone 17 in its first quarter.", .text = "40 million units",
     .value = 4e7, .unit = "count", .noun = "units"},
    {.sentence = "Meta trained Llama3 on 24,000 GPUs, the company said.", .text = "24,000 GPUs", .value = 24000,
     .unit = "count", .noun = "GPUs"},
    {.sentence = "Acme, based at Suite 400, 100 Main Street, employs 1,800 workers.", .text = "1,800 workers",
     .value = 1800, .unit = "count", .noun = "workers"},
};

// ------------------------------------------------ currency conversions --
struct Conversion {
  const char* sentence;
  const char* original;
  const char* original_unit;
  const char* converted;
  const char* converted_unit;
};

const Conversion kConversions[] = {
    {"Alibaba will invest 380 billion yuan ($53 billion) in AI, the Chinese company said.", "380 billion yuan",
     "CNY", "$53 billion", "USD"},
    {"Toyota expects operating profit of ¥3.2 trillion ($21 billion) this fiscal year in Japan.", "¥3.2 trillion",
     "JPY", "$21 billion", "USD"},
    {"The deal, valued at about £4.5bn ($5.7bn), closes next year.", "£4.5bn", "GBP", "$5.7bn", "USD"},
    {"Alibaba will spend 380 billion yuan, or about $53 billion, on AI, the Chinese company said.",
     "380 billion yuan", "CNY", "$53 billion", "USD"},
    {"Siemens sold the unit for €1.2 billion ($1.3 billion, £1.0 billion).", "€1.2 billion", "EUR",
     "£1.0 billion", "GBP"},
    {"Toyota will invest 100 billion yen (about $670 million) in Japan.", "100 billion yen", "JPY", "$670 million",
     "USD"},
    {"Siemens will pay €2.1 billion ($2.3 billion) for the software maker.", "€2.1 billion", "EUR",
     "$2.3 billion", "USD"},
    {"The Hong Kong developer raised HK$7.8 billion (US$1 billion) in the placement.", "HK$7.8 billion", "HKD",
     "US$1 billion", "USD"},
    {"Barclays booked a £500 million ($640 million) charge.", "£500 million", "GBP", "$640 million", "USD"},
    {"The Shenzhen-based group will spend RMB 70 billion ($9.8 billion) on chips in China.", "RMB 70 billion",
     "CNY", "$9.8 billion", "USD"},
};

// ------------------------------------------------------------- not figures --
const Rejected kDatesTimesYears[] = {
    {"Acme will report earnings on March 3, 2026, the company said.", "March 3, 2026"},
    {"The tender offer closes on 3 Mar 2026.", "3 Mar 2026"},
    {"The filing, dated 2026-03-03, shows a larger stake.", "2026-03-03"},
    {"Updated 03-25 after the market close.", "03-25"},
    {"On Nov. 4, 2025 the board approved the buyback.", "Nov. 4, 2025"},
    {"The shares first listed on 12 September 2019.", "12 September 2019"},
    {"The acquisition closed on 15/07/2024.", "15/07/2024"},
    {"Traders recalled the Oct. 21 session.", "21"},
    {"Trading resumed at 10:30 a.m. in New York.", "10:30 a.m."},
    {"The earnings call starts at 8:00 ET.", "8:00"},
    {"The exchange halted trading at 14:45 local time.", "14:45"},
    {"Acme went public in 2019.", "2019"},
    {"The stock has tripled since 2021.", "2021"},
    {"Revenue for fiscal 2024 rose 8%.", "2024"},
    {"Acme's 2025 outlook was unchanged.", "2025"},
    {"The bank survived the 2008 financial crisis.", "2008"},
    {"Management reaffirmed its FY2025 guidance.", "FY2025"},
    {"The plan runs from 2026 to 2030.", "2030"},
};

const Rejected kWeatherPlacesIds[] = {
    {"Temperatures in Shanghai hit 14.1 C on Tuesday.", "14.1 C"},
    {"It was 72°F in Houston as the refinery restarted.", "72°F"},
    {"Gas demand rose as temperatures fell to -5°C in Berlin.", "-5°C"},
    {"Acme Corp, 100 Main Street, Suite 400, Springfield.", "Suite 400"},
    {"Acme Corp, 100 Main Street, Suite 400, Springfield.", "100 Main Street"},
    {"Registered office: 5th Floor, 1 Canada Square, London.", "5th Floor"},
    {"Plot 7, Road No. 11, Banjara Hills, Hyderabad.", "Road No. 11"},
    {"Block 15-C1, Jalan Ampang, Kuala Lumpur.", "Block 15-C1"},
    {"Globex Ltd, 20 Fenchurch Street, London EC3M 3BY.", "EC3M 3BY"},
    {"Acme Inc., One Infinite Loop, Cupertino, CA 95014.", "95014"},
    {"Marunouchi, Chiyoda-ku, Tokyo 100-0005, Japan.", "100-0005"},
    {"Acme Securities Ltd is authorised by the FCA, FCA Reg No. 123456.", "123456"},
    {"Registered with SEBI as IFSC/DP/2021-22/0042.", "IFSC/DP/2021-22/0042"},
    {"Acme Holdings plc, Company No. 04567890.", "04567890"},
    {"For details call +1 415-555-0132 during business hours.", "+1 415-555-0132"},
    {"Media inquiries: (212) 555-0187.", "(212) 555-0187"},
    {"The London desk can be reached on +44 20 7946 0958.", "+44 20 7946 0958"},
};

const Rejected kProductsTickers[] = {
    {"OpenAI's GPT-4 model powers the assistant.", "GPT-4"},
    {"Meta's Llama3 family is open source.", "Llama3"},
    {"Apple's iPhone 17 sales beat forecasts.", "iPhone 17"},
    {"Nvidia's A100 chips are in short supply.", "A100"},
    {"Gamers waited for the RTX 5090 graphics card.", "RTX 5090"},
    {"Google's Gemini-2.5 model scored well on the benchmark.", "Gemini-2.5"},
    {"Boeing resumed deliveries of the 737 MAX jets.", "737"},
    {"The airline ordered more A320neo jets.", "A320neo"},
    {"Microsoft said Windows 11 users can upgrade for free.", "Windows 11"},
    {"Tesla cut the price of the Model 3 sedan.", "Model 3"},
    {"Nvidia stopped selling H20 chips to China.", "H20"},
    {"Acme (NYSE:ACME) shares rose 3%.", "NYSE:ACME"},
    {"Tencent (0700.HK) fell after the earnings report.", "0700.HK"},
    {"Alibaba (9988.HK) led gains in Hong Kong.", "9988.HK"},
    {"Toyota (7203.T) rose in Tokyo.", "7203.T"},
    {"Traders piled into $TSLA options on Friday.", "$TSLA"},
    {"The S&P 500 closed at a record.", "500"},
    {"The Russell 2000 lagged the large caps.", "2000"},
    {"Acme joined the Nasdaq 100 in December.", "100"},
    {"Leaders met at the G7 summit to discuss tariffs.", "G7"},
};

const Rejected kListsOrdinalsLabels[] = {
    {"1. Acme beat estimates on every line.", "1."},
    {"2) The dividend was raised again.", "2)"},
    {"3️⃣ Cloud growth accelerated.", "3️⃣"},
    {"Great call on Acme, thanks! · 09-25", "09-25"},
    {"It was Acme's 3rd straight quarterly loss.", "3rd"},
    {"The company celebrated its 50th anniversary.", "50th"},
    {"Acme's Q3 results beat estimates.", "Q3"},
    {"In Q3 2025, Acme expanded into Brazil.", "Q3 2025"},
    {"Analysts previewed the 3Q25 report.", "3Q25"},
    {"The plant opens in H1 2026.", "H1 2026"},
    {"Lawmakers debated Section 230 of the Communications Decency Act.", "230"},
    {"Acme is one of the 5 largest banks in the country.", "5"},
    {"The retailer filed for Chapter 11 bankruptcy protection.", "Chapter 11"},
    {"The chief executive sold shares under a Rule 10b5-1 plan.", "10b5-1"},
    {"Acme disclosed the risk in its Form 10-K.", "10-K"},
    {"Factories shut during the COVID-19 pandemic.", "COVID-19"},
    {"See page 12 of the annual report.", "page 12"},
    {"Acme is ranked No. 1 in the market.", "No. 1"},
    {"Acme held the No. 2 position in smartphones.", "No. 2"},
    {"The company announced a 3-for-1 stock split.", "3-for-1"},
    {"Share this article: 1.2K Shares | 87 Comments | Save", "1.2K Shares"},
    {"Acme, Inc. (NASDAQ: ACME) $178.18 +16.41 (+10.14%) Vol: 12.3M", "+16.41"},
    {"Acme, Inc. (NASDAQ: ACME) $178.18 +16.41 (+10.14%) Vol: 12.3M", "12.3M"},
    {"52-week range: 80.10 - 190.50. Dividend yield: 0.5%.", "80.10 - 190.50"},
    {"Rated 4.5 stars (1,234 reviews). 5 min read.", "5 min"},
    {"The 62-year-old chief executive will retire.", "62-year-old"},
    {"The Treasury sold a 30-year bond on Thursday.", "30-year"},
    {"The 10-year Treasury yield stood at 4.1% on Friday.", "10-year"},
    {"The board voted 7-2 in favour of the merger.", "7-2"},
    {"Acme is rolling out its 5G network in Spain.", "5G"},
    {"The plant will make 4K TVs for export.", "4K"},
    {"Customer support is available 24/7.", "24/7"},
    {"The drug entered a Phase 3 trial in May.", "Phase 3"},
    {"The bank's Tier 1 capital ratio was 14.2% at the end of June.", "Tier 1"},
    {"The Pentagon ordered more F-35 jets.", "F-35"},
    {"Acme is among the Top 10 holdings of the fund.", "Top 10"},
    {"Investors poured money into Web3 startups.", "Web3"},
    {"Flight AC 855 to Vancouver was delayed.", "AC 855"},
    {"Profit in fiscal 2024-25 beat guidance.", "2024-25"},
    {"Sales improved in the first half of 2025.", "half"},
    {"Acme will publish half-year results in August.", "half-year"},
    {"Profit in the second quarter beat forecasts.", "quarter"},
    {"Acme rose 5%, its best day since March 2020.", "March 2020"},
};

// Page furniture: a teaser line opened by a label and a colon, or a sentence
// opened by an offer to the reader, is not the story.
const Rejected kPageFurniture[] = {
    {"Acme shares rose 3%.\n\nRead more: why the new chip costs $40,000 a unit", "$40,000"},
    {"Acme shares rose 3%.\nRelated coverage: Five stocks that gained 20% this year | Our podcast", "20%"},
    {"Acme shares rose 3%.\n\nAlso read: Banks that could raise dividends by 10%", "10%"},
    {"Acme shares rose 3%.\n\nMore from our markets team: the fund that returned 40% in a year", "40%"},
    {"Acme shares rose 3%.\n\nSubscribe to Market Weekly for $149 a year.", "$149"},
    {"Acme shares rose 3%.\n\nThe Brief is published weekly. Subscribe for $9.99 a month.", "$9.99"},
    {"Acme shares rose 3%.\n\nWatch: how the fund returned 25% in a year", "25%"},
    {"Acme shares rose 3%.\n\nSign up today and save 40% on a digital subscription.", "40%"},
    {"Acme shares rose 3%.\n\nGet 50% off Premium for the first 3 months.", "50%"},
    {"Acme shares rose 3%. Save $20 on an annual plan today.", "$20"},
    {"Acme shares rose 3%. Paid members get the full tracker spreadsheet for $8/month.", "$8"},
    {"Acme shares rose 3%.\nTry full digital access for €1 for 4 weeks", "€1"},
    {"Acme shares rose 3%. Free edition. Upgrade for $12/month.", "$12"},
    {"Acme shares rose 3%. Share it with a friend - or buy me a coffee (£3).", "£3"},
    {"Acme sold 22 million shares.\n\nTop comment: chipguy88: \"Got 50 shares at $34, sold at the open.\"",
     "50 shares"},
    {"Acme sold 22 million shares.\n\nComments (14)\ndave: bought 200 shares at $136", "200 shares"},
    {"Acme's profit rose 3% to 41.2 billion rupees. ($1 = 86.48 Indian rupees)", "$1"},
    {"Acme's profit rose 3% to 41.2 billion rupees. ($1 = 86.48 Indian rupees)", "86.48"},
    {"ACME 42.10 +0.85 (+2.06%)  INTC 21.30 -0.40 (-1.84%)\n\nAcme shares rose 3%.", "-1.84%"},
    {"Acme shares rose 3%.\nDJIA 43,110.25 -0.92% | NASDAQ 18,804.70 -1.80% | 10-YR 4.38%", "-0.92%"},
    {"Acme shares rose 3%.\nGold $3,212 ▲1.4% | Silver $36.84 ▲2.1% | Brent $71.25 ▼2.2%", "$71.25"},
    {"ACME 42.10 +0.85 (+2.06%)  INTC 21.30 -0.40 (-1.84%)\n\nAcme shares rose 3%.", "+2.06%"},
    {"Acme shares rose 3%.\n\n14 comments\n\nI sold at $38 and bought back 20% lower.", "$38"},
    {"Acme shares rose 3%.\n\ntrader_joe · 2h ago\nHolding 500 shares till it hits $90!", "$90"},
    {"Acme shares rose 3%.\n\nMaria K. 3 hours ago\nUp 40% since I bought.", "40%"},
};

// Figures that only look like furniture: the words stand inside the story.
const Expected kFurnitureLookalikes[] = {
    {"Subscribers rose 4% in the quarter, Acme said.", "4%", 4, "percent", "exact", "up"},
    {"Subscriptions at the streaming service sank 11% in the period.", "11%", 11, "percent", "exact", "down"},
    {"Related-party sales: $40 million in the quarter.", "$40 million", 40e6, "USD"},
    {"Acme raised the price of its subscription to $9.99 a month.", "$9.99", 9.99, "USD", "exact", "*"},
    {"Analysts said investors should read more into the 12% rise in orders.", "12%", 12, "percent", "exact", "*"},
    {"The fund returned 8%.\n\nWatch the yen: it fell 2% against the dollar", "2%", 2, "percent", "exact", "*"},
    {"Get ready: Acme's revenue climbed 14% to $2 billion three days ago.", "$2 billion", 2e9, "USD", "exact", "*"},
    {"Acme posted 14 comments on the 9% rise in margins.", "9%", 9, "percent", "exact", "*"},
    {"Its paid subscribers rose 9% as the plan rose to $17.99 a month.", "$17.99", 17.99, "USD", "exact", "*"},
    {"Try as it might, Acme saw revenue fall 6%.", "6%", 6, "percent", "exact", "*"},
};

// Sentences with nothing worth a card.
const char* const kNoFigures[] = {
    "Acme's Q3 2025 results are due on March 3, 2026 at 10:30 a.m.",
    "Section 230 reform was debated again in 2019.",
    "The RTX 5090 and the A100 both use chips made in Taiwan.",
    "Acme Corp, Suite 400, 100 Main Street, Springfield, IL 62701.",
    "1. Introduction 2. Results 3. Outlook",
    "Call +1 (415) 555-0132 or visit Block 15-C1 on 3 Mar 2026.",
    "The board meets on the 3rd Tuesday of every month.",
};

// ---------------------------------------------- UTF-16 offsets after non-ASCII --
struct OffsetCase {
  const char* sentence;
  const char* text;
};

const OffsetCase kOffsets[] = {
    {"Toyota’s net profit rose 12% — its best quarter in years.", "12%"},
    {"Profit hit ¥1.3 trillion at Toyota — the Japanese carmaker said.", "¥1.3 trillion"},
    {"Siemens’ orders — worth €21.4 billion — beat forecasts.", "€21.4 billion"},
    {"🚀 Acme shares soared 25% 🚀 after the launch of its app.", "25%"},
    {"Acme 📈 rose 4% to $52.10 🙌 on Tuesday.", "$52.10"},
    {"Café chain Müller’s revenue rose 7% to €1.2 billion.", "€1.2 billion"},
    {"The Shenzhen-based group earned ¥52 billion 😮 in profit, up 18%.", "18%"},
    {"𝐀𝐜𝐦𝐞 shares fell 3% — “a reset,” the CEO said.", "3%"},
    {"“Nobody expected this” — Acme’s 🧾 revenue jumped 40%.", "40%"},
    {"Acme’s results — strong.\n\nRevenue rose 7% to €1 billion, up from €900 million.", "€900 million"},
    {"«Une belle surprise» — Société Générale’s profit rose 11%.", "11%"},
};

// clang-format on

}  // namespace

TEST_CASE("the test helpers count UTF-16 units like JavaScript") {
  // The tests below rely on these; a wrong helper would hide extractor bugs.
  CHECK(kftest::to_utf16("a€b").size() == 3);
  CHECK(kftest::to_utf16("a🚀b").size() == 4);
  CHECK(kftest::js_slice("🚀 up 5%", 6, 8) == "5%");
  CHECK(kftest::js_slice("— ¥3", 2, 4) == "¥3");
  const auto span = kftest::utf16_span_of("Toyota’s 😮 12%", "12%");
  CHECK(span.start == 12);
  CHECK(span.end == 15);
  CHECK_FALSE(kftest::utf16_span_of("abc", "x").found());
}

TEST_CASE("extraction: percentages and their direction") { run(kPercent, "percent"); }
TEST_CASE("extraction: percentage points and basis points") { run(kPoints, "percentage points"); }
TEST_CASE("extraction: doubled, tripled, halved, one-third, 2x moves") { run(kWordChanges, "word changes"); }
TEST_CASE("extraction: currencies, symbols, codes and scale words") { run(kMoney, "money"); }
TEST_CASE("extraction: multiples and P/E ratios") { run(kMultiples, "multiples"); }
TEST_CASE("extraction: counts with business nouns") { run(kCounts, "counts"); }
TEST_CASE("extraction: hedge words") { run(kHedges, "hedges"); }
TEST_CASE("extraction: ranges") { run(kRanges, "ranges"); }
TEST_CASE("extraction: non-breaking spaces, Unicode minus and dashes, joined emoji, CRLF") {
  run(kTypography, "typography");
}
TEST_CASE("extraction: figures next to dates, tickers and product names") {
  run(kFiguresNearNoise, "figures near noise");
}

TEST_CASE("extraction: a parenthetical conversion is the same amount") {
  for (const auto& row : kConversions) {
    INFO("sentence: " << std::string(row.sentence));
    const auto bundle = kftest::make_bundle({kftest::make_article("a1", "Test Wire", row.sentence)});
    const auto report = keyfigures::analyze(bundle);
    kftest::check_report_invariants(bundle, report);
    INFO("found " << describe(report));
    const auto* original = kftest::figure_with_text(report, row.original);
    const auto* converted = kftest::figure_with_text(report, row.converted);
    CHECK_MESSAGE(original != nullptr, "no figure \"" << std::string(row.original) << "\"");
    CHECK_MESSAGE(converted != nullptr, "no figure \"" << std::string(row.converted) << "\"");
    if (original == nullptr || converted == nullptr) continue;
    CHECK(original->unit == std::string(row.original_unit));
    CHECK(converted->unit == std::string(row.converted_unit));
    CHECK(converted->same_amount_as == original->id);
    CHECK(original->same_amount_as.empty());
    CHECK(kftest::share_card(report, *original, *converted));
  }
  MESSAGE("conversions: " << std::size(kConversions) << " cases run");
}

TEST_CASE("extraction: dates, times and years are not figures") { run(kDatesTimesYears, "dates"); }
TEST_CASE("extraction: temperatures, addresses, ids and phones are not figures") {
  run(kWeatherPlacesIds, "places and ids");
}
TEST_CASE("extraction: product names, tickers and index names are not figures") {
  run(kProductsTickers, "products and tickers");
}
TEST_CASE("extraction: list numbers, ordinals, quarter names and bare numbers are not figures") {
  run(kListsOrdinalsLabels, "labels");
}
TEST_CASE("extraction: teaser lines and subscription offers are page furniture, not figures") {
  run(kPageFurniture, "page furniture");
  run(kFurnitureLookalikes, "furniture lookalikes");
}

// "from A to B" is a change between two values, not a range.
struct FromTo {
  const char* sentence;
  const char* from;
  const char* to;
};

// clang-format off
const FromTo kFromTo[] = {
    {"The company raised its growth target from 8% to 10%.", "8%", "10%"},
    {"Acme lifted its dividend from $1.10 to $1.25 a share.", "$1.10", "$1.25"},
    {"The bank cut its rate forecast from 4.5% to 4%.", "4.5%", "4%"},
};
// clang-format on

TEST_CASE("extraction: \"from A to B\" gives two figures, not a range") {
  for (const auto& row : kFromTo) {
    INFO("sentence: " << std::string(row.sentence));
    const auto bundle = kftest::make_bundle({kftest::make_article("a1", "Test Wire", row.sentence)});
    const auto report = keyfigures::analyze(bundle);
    kftest::check_report_invariants(bundle, report);
    INFO("found " << describe(report));
    const auto* from = kftest::figure_with_text(report, row.from);
    const auto* to = kftest::figure_with_text(report, row.to);
    CHECK_MESSAGE(from != nullptr, "no figure \"" << std::string(row.from) << "\"");
    CHECK_MESSAGE(to != nullptr, "no figure \"" << std::string(row.to) << "\"");
    for (const auto& f : report.figures) CHECK(f.hedge != keyfigures::Hedge::range);
  }
  MESSAGE("from-to: " << std::size(kFromTo) << " cases run");
}

TEST_CASE("extraction: a parenthetical change is not a conversion of the amount before it") {
  const auto report = kftest::analyze_sentence("Acme's revenue rose 12% ($400 million) to $3.7 billion.");
  INFO("found " << describe(report));
  const auto* change = kftest::figure_with_text(report, "12%");
  const auto* amount = kftest::figure_with_text(report, "$400 million");
  REQUIRE(change != nullptr);
  REQUIRE(amount != nullptr);
  CHECK(amount->same_amount_as != change->id);
  CHECK(kftest::figure_with_text(report, "$3.7 billion") != nullptr);
}

TEST_CASE("extraction: sentences without a key figure yield none") {
  for (const char* sentence : kNoFigures) {
    INFO("sentence: " << std::string(sentence));
    const auto report = kftest::analyze_sentence(sentence);
    INFO("found " << describe(report));
    CHECK(report.figures.empty());
    CHECK(report.cards.empty());
    CHECK(report.flags.empty());
  }
  MESSAGE("no figures: " << std::size(kNoFigures) << " cases run");
}

TEST_CASE("extraction: offsets are UTF-16 units after dashes, quotes, currency signs and emoji") {
  for (const auto& row : kOffsets) {
    INFO("sentence: " << std::string(row.sentence));
    INFO("expected figure: \"" << std::string(row.text) << "\"");
    const auto bundle = kftest::make_bundle({kftest::make_article("a1", "Test Wire", row.sentence)});
    const auto report = keyfigures::analyze(bundle);
    kftest::check_report_invariants(bundle, report);
    INFO("found " << describe(report));
    const auto* figure = kftest::figure_with_text(report, row.text);
    CHECK_MESSAGE(figure != nullptr, "no figure with text \"" << std::string(row.text) << "\"");
    if (figure == nullptr) continue;
    const auto span = kftest::utf16_span_of(row.sentence, row.text);
    CHECK(figure->start == span.start);
    CHECK(figure->end == span.end);
    CHECK(kftest::js_slice(row.sentence, figure->start, figure->end) == row.text);
  }
  MESSAGE("offsets: " << std::size(kOffsets) << " cases run");
}

// Whole articles with the noise real pages carry (datelines, bylines, comment
// threads, disclaimers): exactly these spans are figures, nothing else.
struct WholeArticle {
  const char* name;
  const char* text;
  std::vector<std::string> figures;
};

// clang-format off
const WholeArticle kWholeArticles[] = {
    {"wire story with a dateline, quote and sign-off",
     "SHANGHAI, Nov 4 (Daily Ledger) — Shares of Zhongde Pharma jumped 12.5% on Tuesday after the Chinese "
     "drugmaker said third-quarter net profit rose 48% to 1.9 billion yuan ($267 million).\n\n"
     "The company, which employs about 14,000 workers, also raised its full-year revenue forecast to between "
     "8 billion and 8.5 billion yuan.\n\n"
     "\"We expect the new plant to start production in Q3 2026,\" chief executive Li Wei, 54, told reporters at "
     "10:30 a.m. in Suite 1208, Tower 2, 88 Century Avenue.\n\n"
     "Zhongde (600123.SS) trades at 24x forward earnings, compared with 31x for rival Huayu.\n\n"
     "Reporting by Chen Jing; Editing by Ana Ruiz. Call +86 21 5555 0123.",
     {"12.5%", "48%", "1.9 billion yuan", "$267 million", "14,000 workers", "8 billion and 8.5 billion yuan",
      "24x", "31x"}},
    {"comment thread with list numbers and timestamps",
     "Top comments\n\n"
     "1. Acme is up 35% this year and still trades at 18x earnings. · 09-25\n"
     "2) I bought 200 shares at $41.50 in March 2023. · 09-24\n"
     "3️⃣ Their 3rd data center in Ohio cost $1.2B. Great quarter! · 09-24",
     {"35%", "18x", "200 shares", "$41.50", "$1.2B"}},
    {"comment count under the headline, then the story and its comment thread",
     "Share: Facebook | X | Email\n128 Comments\n\n"
     "Harlow Biotech agreed to buy Penwick Therapeutics for $4.2 billion in cash, the companies said on Monday, ending a months-long search by Harlow for a drug that could replace revenue it will lose when its best-selling arthritis treatment faces generic competition later in the decade. Under the terms of the agreement, Harlow will pay $38 for each Penwick share, a premium of 61% to the stock's last closing price before reports of the talks first surfaced. Penwick shares jumped 55% in morning trading, while Harlow shares slipped 2.1%. The deal has been approved by the boards of both companies and is expected to close in the third quarter, subject to regulatory approvals and the support of Penwick shareholders. Harlow said it would fund the purchase with cash on hand and new debt, and that it still planned to keep paying its dividend. Penwick, which was founded in 2011 and employs about 900 workers, has two experimental medicines in late-stage trials. Analysts said the price looked full but defensible, given how few late-stage assets of that kind remain available to buyers.\n\n"
     "Comments (128)\n"
     "trader_joe · 2h ago\nI bought at $12 and I am holding 500 shares.",
     {"$4.2 billion", "$38", "61%", "55%", "2.1%", "900 workers"}},
    {"broker note with a regulatory footer",
     "Acme Corp's dividend yield of 3.4% compares with 2.1% for the FTSE 100, and the shares trade at "
     "about 14 times earnings.\n\n"
     "Harbor Brokers Ltd, 5th Floor, 10 Gresham Street, London EC2V 7JD. Authorised and regulated by the "
     "Financial Conduct Authority, FCA Reg No. 482913. Tel: +44 20 7946 0321.",
     {"3.4%", "2.1%", "14 times"}},
};
// clang-format on

TEST_CASE("extraction: whole articles yield exactly their key figures") {
  for (const auto& row : kWholeArticles) {
    INFO("article: " << std::string(row.name));
    const auto bundle = kftest::make_bundle({kftest::make_article("a1", "Test Wire", row.text)});
    const auto report = keyfigures::analyze(bundle);
    kftest::check_report_invariants(bundle, report);
    INFO("found " << describe(report));
    for (const auto& text : row.figures) {
      CAPTURE(text);
      CHECK_MESSAGE(kftest::figure_with_text(report, text) != nullptr, "missing figure");
    }
    for (const auto& f : report.figures) {
      const bool expected = std::find(row.figures.begin(), row.figures.end(), f.text) != row.figures.end();
      CHECK_MESSAGE(expected, "not a key figure: " << describe(f));
    }
  }
  MESSAGE("whole articles: " << std::size(kWholeArticles) << " cases run");
}

TEST_CASE("extraction: figures are numbered in article order and every article is searched") {
  const auto bundle = kftest::make_bundle({
      kftest::make_article("a1", "Wire One",
                           "Acme shares rose 4% on Monday. The company has 9,000 employees."),
      kftest::make_article("a2", "Wire Two", "Globex reported revenue of $2.4 billion."),
  });
  const auto report = keyfigures::analyze(bundle);
  kftest::check_report_invariants(bundle, report);
  INFO("found " << describe(report));
  const auto* rise = kftest::figure_with_text(report, "4%", "a1");
  const auto* staff = kftest::figure_with_text(report, "9,000 employees", "a1");
  const auto* revenue = kftest::figure_with_text(report, "$2.4 billion", "a2");
  REQUIRE(rise != nullptr);
  REQUIRE(staff != nullptr);
  REQUIRE(revenue != nullptr);
  CHECK(rise->start < staff->start);
  // Ids f1..fN in article order: position in the list follows the text.
  const auto index_of = [&](const kftest::Figure* f) { return f - report.figures.data(); };
  CHECK(index_of(rise) < index_of(staff));
  CHECK(index_of(staff) < index_of(revenue));
}

TEST_CASE("extraction: the case tables are large enough to pin the contract down") {
  const std::size_t positive = std::size(kPercent) + std::size(kPoints) + std::size(kWordChanges) +
                               std::size(kMoney) + std::size(kMultiples) + std::size(kCounts) +
                               std::size(kHedges) + std::size(kRanges) + std::size(kTypography) +
                               std::size(kFiguresNearNoise) + std::size(kConversions) + std::size(kOffsets) +
                               std::size(kFromTo) + std::size(kWholeArticles) + std::size(kFurnitureLookalikes);
  const std::size_t negative = std::size(kDatesTimesYears) + std::size(kWeatherPlacesIds) +
                               std::size(kProductsTickers) + std::size(kListsOrdinalsLabels) +
                               std::size(kNoFigures) + std::size(kPageFurniture);
  MESSAGE("extraction cases: " << positive << " positive + " << negative
                               << " negative = " << positive + negative);
  CHECK(positive + negative >= 150);
}
