// The data contract (docs/CONTRACT.md) as C++ types: the bundle that goes in
// and the report that comes out. Field names follow the JSON names.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace keyfigures {

inline constexpr const char* kReportVersion = "1";

struct Article {
  std::string id;
  std::string source;
  std::string url;
  std::string published;  // YYYY-MM-DD or empty
  std::string title;
  std::string text;  // UTF-8, validated on parse
};

struct Bundle {
  std::string name;  // JSON "bundle"
  std::string topic;
  std::vector<Article> articles;
};

enum class Hedge { exact, approx, over, under, range };
enum class Direction { none, up, down };

const char* to_string(Hedge hedge);
const char* to_string(Direction direction);

struct Figure {
  std::string id;
  std::string article;
  std::string text;        // exact characters of the figure in the article text
  std::size_t start = 0;   // UTF-16 code units, as JavaScript indexes strings
  std::size_t end = 0;
  double value = 0;
  std::optional<double> low;   // ranges only
  std::optional<double> high;
  std::string unit;        // percent, percentage_points, USD/CNY/..., multiple, count
  std::string noun;        // counts only: "availability zones"
  Hedge hedge = Hedge::exact;
  Direction direction = Direction::none;
  std::string subject;
  std::string metric;
  std::vector<std::string> qualifiers;
  std::string same_amount_as;  // id of the figure this one converts (parenthetical)
};

struct Card {
  std::string id;
  std::string label;
  std::vector<std::string> figures;
  std::string subject;
  std::string metric;
  std::string period;
  int sources = 0;  // how many articles report it
};

struct Flag {
  std::string id;
  std::string card;
  std::string kind;      // value_conflict, unit_conflict, session_difference
  std::string severity;  // major, minor, info
  std::vector<std::string> figures;
  std::string message;
};

struct ArticleSummary {
  std::string id;
  std::string source;
  std::string title;
  std::string published;
  std::string url;
};

struct Report {
  std::string version = kReportVersion;
  std::string bundle;
  std::string topic;
  std::vector<ArticleSummary> articles;
  std::vector<Figure> figures;
  std::vector<Card> cards;
  std::vector<Flag> flags;
};

}  // namespace keyfigures
