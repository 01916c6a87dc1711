// Report <-> JSON, field names as in docs/CONTRACT.md.
#include <fmt/format.h>

#include <cstdint>
#include <optional>

#include "json_text.hpp"
#include "keyfigures/keyfigures.hpp"

namespace keyfigures {

namespace {

using nlohmann::json;

void put_if(json& out, const char* key, const std::string& value) {
  if (!value.empty()) out[key] = value;
}

json figure_json(const Figure& f) {
  json out = {{"id", f.id},       {"article", f.article}, {"text", f.text},   {"start", f.start},
              {"end", f.end},     {"value", f.value},     {"unit", f.unit},   {"hedge", to_string(f.hedge)}};
  if (f.low) out["low"] = *f.low;
  if (f.high) out["high"] = *f.high;
  put_if(out, "noun", f.noun);
  if (f.direction != Direction::none) out["direction"] = to_string(f.direction);
  put_if(out, "subject", f.subject);
  put_if(out, "metric", f.metric);
  out["qualifiers"] = f.qualifiers;
  put_if(out, "same_amount_as", f.same_amount_as);
  return out;
}

json card_json(const Card& c) {
  json out = {{"id", c.id}, {"label", c.label}, {"figures", c.figures}, {"sources", c.sources}};
  put_if(out, "subject", c.subject);
  put_if(out, "metric", c.metric);
  put_if(out, "period", c.period);
  return out;
}

json flag_json(const Flag& f) {
  return {{"id", f.id},       {"card", f.card},       {"kind", f.kind},
          {"severity", f.severity}, {"figures", f.figures}, {"message", f.message}};
}

std::string text_of(const json& object, const char* key) {
  const auto it = object.find(key);
  return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
}

std::vector<std::string> strings_of(const json& object, const char* key) {
  std::vector<std::string> out;
  const auto it = object.find(key);
  if (it == object.end() || !it->is_array()) return out;
  for (const auto& item : *it)
    if (item.is_string()) out.push_back(item.get<std::string>());
  return out;
}

double number_of(const json& object, const char* key) {
  const auto it = object.find(key);
  return it != object.end() && it->is_number() ? it->get<double>() : 0.0;
}

// A count or an offset: a whole number from 0 to 2^53, or an error naming it.
std::optional<Error> read_count(const json& object, const char* key, const char* where, std::size_t& out) {
  const double value = number_of(object, key);
  if (!(value >= 0 && value <= 9007199254740992.0) || value != static_cast<double>(static_cast<std::uint64_t>(value)))
    return Error{ErrorKind::bad_input,
                 fmt::format("report: {} field \"{}\" must be a whole number from 0 to 2^53", where, key)};
  out = static_cast<std::size_t>(value);
  return std::nullopt;
}

Hedge hedge_of(const std::string& name) {
  for (const Hedge h : {Hedge::exact, Hedge::approx, Hedge::over, Hedge::under, Hedge::range})
    if (name == to_string(h)) return h;
  return Hedge::exact;
}

Direction direction_of(const std::string& name) {
  if (name == "up") return Direction::up;
  if (name == "down") return Direction::down;
  return Direction::none;
}

}  // namespace

const char* to_string(Hedge hedge) {
  switch (hedge) {
    case Hedge::exact: return "exact";
    case Hedge::approx: return "approx";
    case Hedge::over: return "over";
    case Hedge::under: return "under";
    case Hedge::range: return "range";
  }
  return "exact";
}

const char* to_string(Direction direction) {
  switch (direction) {
    case Direction::up: return "up";
    case Direction::down: return "down";
    case Direction::none: return "";
  }
  return "";
}

std::string report_to_json(const Report& report, int indent) {
  json out = {{"version", report.version}, {"bundle", report.bundle}};
  put_if(out, "topic", report.topic);
  json& articles = out["articles"] = json::array();
  for (const auto& a : report.articles) {
    json item = {{"id", a.id}, {"source", a.source}, {"title", a.title}, {"published", a.published}};
    put_if(item, "url", a.url);
    articles.push_back(std::move(item));
  }
  json& figures = out["figures"] = json::array();
  for (const auto& f : report.figures) figures.push_back(figure_json(f));
  json& cards = out["cards"] = json::array();
  for (const auto& c : report.cards) cards.push_back(card_json(c));
  json& flags = out["flags"] = json::array();
  for (const auto& f : report.flags) flags.push_back(flag_json(f));
  return dump_json(out, indent);
}

Result<Report> report_from_json(std::string_view text) {
  auto parsed = parse_json_text(text, "report", 64);
  if (!parsed) return parsed.error();
  const json& root = parsed.value();
  if (!root.is_object()) return Error{ErrorKind::bad_input, "report: must be a JSON object"};
  Report report;
  report.version = text_of(root, "version");
  report.bundle = text_of(root, "bundle");
  report.topic = text_of(root, "topic");
  for (const auto& a : root.value("articles", json::array()))
    if (a.is_object())
      report.articles.push_back({text_of(a, "id"), text_of(a, "source"), text_of(a, "title"),
                                 text_of(a, "published"), text_of(a, "url")});
  for (const auto& f : root.value("figures", json::array())) {
    if (!f.is_object()) continue;
    Figure figure;
    figure.id = text_of(f, "id");
    figure.article = text_of(f, "article");
    figure.text = text_of(f, "text");
    if (auto error = read_count(f, "start", "figure", figure.start)) return *error;
    if (auto error = read_count(f, "end", "figure", figure.end)) return *error;
    figure.value = number_of(f, "value");
    if (f.contains("low")) figure.low = number_of(f, "low");
    if (f.contains("high")) figure.high = number_of(f, "high");
    figure.unit = text_of(f, "unit");
    figure.noun = text_of(f, "noun");
    figure.hedge = hedge_of(text_of(f, "hedge"));
    figure.direction = direction_of(text_of(f, "direction"));
    figure.subject = text_of(f, "subject");
    figure.metric = text_of(f, "metric");
    figure.qualifiers = strings_of(f, "qualifiers");
    figure.same_amount_as = text_of(f, "same_amount_as");
    report.figures.push_back(std::move(figure));
  }
  for (const auto& c : root.value("cards", json::array())) {
    if (!c.is_object()) continue;
    std::size_t sources = 0;
    if (auto error = read_count(c, "sources", "card", sources)) return *error;
    if (sources > 1000000) return Error{ErrorKind::bad_input, "report: card field \"sources\" is too large"};
    report.cards.push_back({text_of(c, "id"), text_of(c, "label"), strings_of(c, "figures"),
                            text_of(c, "subject"), text_of(c, "metric"), text_of(c, "period"),
                            static_cast<int>(sources)});
  }
  for (const auto& f : root.value("flags", json::array())) {
    if (!f.is_object()) continue;
    report.flags.push_back({text_of(f, "id"), text_of(f, "card"), text_of(f, "kind"),
                            text_of(f, "severity"), strings_of(f, "figures"), text_of(f, "message")});
  }
  return report;
}

}  // namespace keyfigures
