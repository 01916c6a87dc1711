// Hostile input through the public API: each case is an input that crashed,
// hung or misbehaved somewhere (fuzzing, browser tests) or a class of input
// named in docs/robustness.md. For any report the checks are the contract
// invariants (tests/fuzz/report_invariants.hpp), never extraction counts,
// so they hold while the extraction stages change.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <string>

#include "../fuzz/report_invariants.hpp"
#include "keyfigures/keyfigures.hpp"

namespace kf = keyfigures;
namespace fs = std::filesystem;

namespace {

kf::Bundle one_article_bundle(std::string text) {
  kf::Bundle bundle;
  bundle.name = "regression";
  bundle.articles.push_back({"a", "Source", "https://example.com/a", "2025-09-24", "Title", std::move(text)});
  return bundle;
}

// analyze() on `bundle` must give a report that keeps every invariant and
// survives the JSON round trip unchanged.
void check_report(const kf::Bundle& bundle) {
  const kf::Report report = kf::analyze(bundle);
  const auto broken = kf::testing::broken_invariant(bundle, report);
  CHECK_MESSAGE(!broken, (broken ? *broken : std::string()));
  const std::string json = kf::report_to_json(report);
  const auto reread = kf::report_from_json(json);
  REQUIRE(reread.ok());
  CHECK(kf::report_to_json(reread.value()) == json);
}

void check_text(const std::string& text) { check_report(one_article_bundle(text)); }

// analyze_json() must answer with JSON: an error object when `bundle_json`
// is rejected by parse_bundle, a report otherwise. Returns the answer.
nlohmann::json check_bundle(const std::string& bundle_json) {
  const std::string answer_text = kf::analyze_json(bundle_json, "b.json");
  const auto answer = nlohmann::json::parse(answer_text, nullptr, false);
  REQUIRE_FALSE(answer.is_discarded());
  REQUIRE(answer.is_object());
  CHECK(answer.value("version", "") == "1");
  const auto parsed = kf::parse_bundle(bundle_json, "b.json");
  if (parsed.ok()) {
    CHECK_FALSE(answer.contains("error"));
    check_report(parsed.value());
  } else {
    REQUIRE(answer.contains("error"));
    CHECK(answer["error"].value("kind", "") == "bad_input");
    // The message may quote the offending bytes; the JSON answer replaces
    // invalid UTF-8 there with U+FFFD, so compare up to the first such byte.
    const std::string& message = parsed.error().message;
    const std::size_t valid = kf::find_invalid_utf8(message).value_or(message.size());
    CHECK(answer["error"].value("message", "").substr(0, valid) == message.substr(0, valid));
  }
  return answer;
}

std::string error_message(const std::string& bundle_json) {
  const auto answer = check_bundle(bundle_json);
  return answer.contains("error") ? answer["error"].value("message", "") : std::string("(no error)");
}

std::string repeat(std::string_view piece, std::size_t times) {
  std::string out;
  out.reserve(piece.size() * times);
  for (std::size_t i = 0; i < times; ++i) out += piece;
  return out;
}

}  // namespace

TEST_CASE("hostile article texts keep the report invariants") {
  const std::string digits(400, '9');
  const char* texts[] = {
      "NaN Infinity -Infinity nan inf",
      "1e309 -1e309 $1e309 1e-400% 0x1p9999 yuan",
      "Shares rose 5%",                        // figure at the very end
      "5%", "$", "%", "$$$ %%% ¥¥¥", "-", "--5%", "5-", "8-10-12%", "1..5%", "..5", "5..", "$.", "¥-",
      "−5% and –3% and —2%",                   // U+2212, en and em dash
      "Shares rose 5% \u202e to $10 a share.",  // RLO
      "Shares rose 5\u200b% to $1\u200b0.",     // zero-width space inside figures
      "Shares rose ５％ to ＄１０.",             // fullwidth digits and signs
      "Revenue 😀 rose 5% 📈 to $10 😀 billion 😀", // astral code points before and between figures
      "3\u00a0billion yuan, 4\u2009%, 5\u202f000 shares",
      "Revenue was 999 trillion trillion trillion billion million dollars.",
      "1,000,000,000,000,000,000,000,000,000,000,000,000,000,000 yuan",
      "about more than nearly less than roughly over 5%",
      "rose rose rose fell 5% 5% 5% plunged",
      "\xef\xbb\xbfShares rose 5%.",            // BOM inside the text
      "é",                                     // ends inside nothing but a two-byte character
  };
  for (const char* text : texts) {
    CAPTURE(text);
    check_text(text);
  }
  check_text(std::string("Shares rose\0 5% to\0 $10.", 25));
  check_text("Shares rose " + digits + "% to $" + digits + "." + digits + " billion.");
  check_text(repeat("Shares rose 5% to $10 a share, about 380 billion yuan (US$53bn). ", 2000));
  check_text(repeat("9", 100000) + "%");
  check_text(repeat("$", 100000));
  check_text(repeat("1.", 50000));
  check_text(repeat("😀", 30000) + " rose 5%");
}

TEST_CASE("hostile bundles are rejected with a located message, never a crash") {
  CHECK(error_message(repeat("[", 10000) + repeat("]", 10000)) ==
        "b.json:1:65: JSON nests deeper than 64 levels");
  CHECK(error_message(R"({"articles":[{"id":"a","text":"x"}],"x":)" + repeat("{\"k\":", 10000)) ==
        "b.json:1:356: JSON nests deeper than 64 levels");
  CHECK(error_message(R"({"articles":[{"id":"a","text":"x \ud800 y"}]})").rfind("b.json:1:", 0) == 0);
  CHECK(error_message(R"({"articles":[{"id":"a","text":"x \udc00"}]})").find("surrogate") != std::string::npos);
  CHECK(error_message("{\"articles\":[{\"id\":\"a\",\"text\":\"ab\xff\"}]}").find("UTF-8") != std::string::npos);
  CHECK(error_message(R"({"articles":[{"id":"a","text":1e309}]})").rfind("b.json:1:", 0) == 0);
  CHECK(error_message(R"({"articles":[{"id":"a","text":"x"},{"id":"a","text":"y"}]})") ==
        "article #2: duplicate id \"a\"");
  CHECK(error_message("{}") == "b.json: missing required field \"articles\"");
  CHECK(error_message(R"({"articles":[{"id":"a","text":""}]})") == "article \"a\": field \"text\" is empty");
  CHECK(error_message(std::string(11 * 1024 * 1024, ' ')) ==
        "b.json: bundle is 11534336 bytes; the limit is 10485760 bytes");
}

TEST_CASE("a BOM and escaped astral characters are accepted") {
  const auto answer = check_bundle("\xef\xbb\xbf{\"articles\":[{\"id\":\"a\",\"text\":\"up \\ud83d\\udcc8 5%\"}]}");
  CHECK_FALSE(answer.contains("error"));
}

TEST_CASE("2000 articles make a report; 2001 do not") {
  std::string many = R"({"articles":[)";
  for (int i = 0; i < 2000; ++i) {
    if (i) many += ',';
    std::string id = "a", text = "Shares rose ";
    id += std::to_string(i);  // (not "a" + ...: GCC 12 warns falsely about memcpy overlap)
    text += std::to_string(i);
    text += "% to $10.";
    many += nlohmann::json({{"id", id}, {"text", text}}).dump();
  }
  const auto answer = check_bundle(many + "]}");
  CHECK(answer["articles"].size() == 2000);
  CHECK(error_message(many + R"(,{"id":"extra","text":"x"}]})") == "b.json: 2001 articles; the limit is 2000");
}

TEST_CASE("every saved fuzz regression input") {
  const fs::path folder = fs::path(__FILE__).parent_path() / ".." / "fuzz" / "regressions";
  int replayed = 0;
  for (const auto& entry : fs::recursive_directory_iterator(folder)) {
    if (!entry.is_regular_file() || entry.path().extension() == ".md") continue;
    std::ifstream in(entry.path(), std::ios::binary);
    const std::string input{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    CAPTURE(entry.path().filename().string());
    check_bundle(input);
    if (!kf::find_invalid_utf8(input)) check_text(input);
    if (const auto report = kf::report_from_json(input)) {  // as a report: read, write, read again
      const std::string json = kf::report_to_json(report.value());
      const auto reread = kf::report_from_json(json);
      REQUIRE(reread.ok());
      CHECK(kf::report_to_json(reread.value()) == json);
    }
    ++replayed;
  }
  MESSAGE("replayed ", replayed, " saved inputs");
}

// Found with fuzz_report_roundtrip (UBSan: "-1 is outside the range of
// representable values of type 'unsigned long'", src/report_json.cpp): a
// report's numbers were cast to size_t/int without a range check.
TEST_CASE("report_from_json rejects offsets and counts outside their range") {
  for (const char* json : {R"({"figures":[{"start":-1}]})", R"({"figures":[{"end":1e300}]})",
                           R"({"figures":[{"start":2.5}]})", R"({"cards":[{"sources":1e300}]})",
                           R"({"cards":[{"sources":-5}]})"}) {
    CAPTURE(json);
    const auto report = kf::report_from_json(json);
    REQUIRE_FALSE(report.ok());
    CHECK(report.error().message.rfind("report", 0) == 0);
  }
}
