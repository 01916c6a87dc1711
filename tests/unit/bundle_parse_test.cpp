// Bundle parsing: every kind of bad input gets its own message naming the place.
#include <doctest/doctest.h>

#include <string>

#include "keyfigures/keyfigures.hpp"

using keyfigures::parse_bundle;

namespace {
std::string error_of(const std::string& json, keyfigures::Limits limits = {}) {
  auto result = parse_bundle(json, "b.json", limits);
  REQUIRE_FALSE(result.ok());
  return result.error().message;
}
}  // namespace

TEST_CASE("a valid bundle parses with every field") {
  auto result = parse_bundle(R"({"bundle":"b","topic":"t","articles":[{"id":"a","source":"S","url":"https://x.test/",
    "published":"2025-09-24","title":"T","text":"Shares rose 5%."}]})");
  REQUIRE(result.ok());
  const auto& bundle = result.value();
  CHECK(bundle.name == "b");
  CHECK(bundle.topic == "t");
  REQUIRE(bundle.articles.size() == 1);
  CHECK(bundle.articles[0].source == "S");
  CHECK(bundle.articles[0].published == "2025-09-24");
}

TEST_CASE("invalid JSON names file:line:col") {
  CHECK(error_of("{\n  \"articles\": [tru]\n}") .rfind("b.json:2:", 0) == 0);
  CHECK(error_of("{\n  \"articles\": [tru]\n}").find("invalid JSON") != std::string::npos);
  CHECK(error_of("").rfind("b.json:1:1:", 0) == 0);
}

TEST_CASE("structure errors") {
  CHECK(error_of("[]") == "b.json: a bundle must be a JSON object, not array");
  CHECK(error_of("{}") == "b.json: missing required field \"articles\"");
  CHECK(error_of(R"({"articles":{}})") == "b.json: field \"articles\" must be an array, not object");
  CHECK(error_of(R"({"articles":[]})") == "b.json: field \"articles\" is empty");
  CHECK(error_of(R"({"articles":[1]})") == "article #1: must be an object, not number");
  CHECK(error_of(R"({"topic":5,"articles":[]})") == "b.json: field \"topic\" must be a string, not number");
}

TEST_CASE("article field errors name the article and the field") {
  CHECK(error_of(R"({"articles":[{"text":"x"}]})") == "article #1: missing required field \"id\"");
  CHECK(error_of(R"({"articles":[{"id":" ","text":"x"}]})") == "article #1: field \"id\" is empty");
  CHECK(error_of(R"({"articles":[{"id":7,"text":"x"}]})") == "article #1: field \"id\" must be a string, not number");
  CHECK(error_of(R"({"articles":[{"id":"a"}]})") == "article \"a\": missing required field \"text\"");
  CHECK(error_of(R"({"articles":[{"id":"a","text":"  \n"}]})") == "article \"a\": field \"text\" is empty");
  CHECK(error_of(R"({"articles":[{"id":"a","text":["x"]}]})") ==
        "article \"a\": field \"text\" must be a string, not array");
  CHECK(error_of(R"({"articles":[{"id":"a","text":"x","title":{}}]})") ==
        "article \"a\": field \"title\" must be a string, not object");
  CHECK(error_of(R"({"articles":[{"id":"a","text":"x","published":"24/09/2025"}]})") ==
        "article \"a\": field \"published\" must be a date as YYYY-MM-DD, not \"24/09/2025\"");
}

TEST_CASE("fields outside the contract are named, not dropped") {
  CHECK(error_of(R"({"articles":[{"id":"a","text":"x","colour":"red"}]})") ==
        "article \"a\": unknown field \"colour\"");
  CHECK(error_of(R"({"bundel":"x","articles":[{"id":"a","text":"x"}]})") == "b.json: unknown field \"bundel\"");
}

TEST_CASE("published must be a real calendar day") {
  CHECK(error_of(R"({"articles":[{"id":"a","text":"x","published":"2025-02-31"}]})") ==
        "article \"a\": field \"published\" must be a date as YYYY-MM-DD, not \"2025-02-31\"");
  CHECK(parse_bundle(R"({"articles":[{"id":"a","text":"x","published":"2024-02-29"}]})").ok());
  CHECK_FALSE(parse_bundle(R"({"articles":[{"id":"a","text":"x","published":"2025-02-29"}]})").ok());
}

TEST_CASE("duplicate ids") {
  CHECK(error_of(R"({"articles":[{"id":"a","text":"x"},{"id":"a","text":"y"}]})") ==
        "article #2: duplicate id \"a\"");
}

TEST_CASE("invalid UTF-8 and lone surrogates are rejected with a position") {
  const std::string bad_utf8 = "{\"articles\":[{\"id\":\"a\",\"text\":\"ab\xff\"}]}";
  CHECK(error_of(bad_utf8).rfind("b.json:1:", 0) == 0);
  CHECK(error_of(bad_utf8).find("UTF-8") != std::string::npos);
  const std::string surrogate = R"({"articles":[{"id":"a","text":"x\ud800y"}]})";
  CHECK(error_of(surrogate).find("surrogate") != std::string::npos);
}

TEST_CASE("a UTF-8 byte order mark is accepted") {
  CHECK(parse_bundle("\xEF\xBB\xBF{\"articles\":[{\"id\":\"a\",\"text\":\"x\"}]}").ok());
}

TEST_CASE("size and depth limits") {
  keyfigures::Limits small;
  small.max_bundle_bytes = 40;
  CHECK(error_of(R"({"articles":[{"id":"a","text":"0123456789012345678901234567890"}]})", small) ==
        "b.json: bundle is 66 bytes; the limit is 40 bytes");
  const std::string deep = "{\"x\":" + std::string(10000, '[') + std::string(10000, ']') + "}";
  CHECK(error_of(deep) == "b.json:1:69: JSON nests deeper than 64 levels");
  keyfigures::Limits few;
  few.max_articles = 1;
  CHECK(error_of(R"({"articles":[{"id":"a","text":"x"},{"id":"b","text":"y"}]})", few) ==
        "b.json: 2 articles; the limit is 1");
}

TEST_CASE("analyze_json returns an error object instead of throwing") {
  const std::string out = keyfigures::analyze_json("{", "b.json");
  CHECK(out.find("\"error\"") != std::string::npos);
  CHECK(out.find("b.json:1:2") != std::string::npos);
}

TEST_CASE("a bundle with more figures than the limit is refused, not analyzed for minutes") {
  keyfigures::Limits few;
  few.max_figures = 3;
  std::string text;
  for (int i = 0; i < 5; ++i) text += "Shares rose 5%. ";
  auto bundle = parse_bundle("{\"articles\":[{\"id\":\"a\",\"text\":\"" + text + "\"}]}");
  REQUIRE(bundle.ok());
  auto report = keyfigures::analyze_within(bundle.value(), few);
  REQUIRE_FALSE(report.ok());
  CHECK(report.error().message == "bundle has more than 3 figures; the limit is 3");
  CHECK(keyfigures::analyze_within(bundle.value(), keyfigures::Limits{}).ok());
}
