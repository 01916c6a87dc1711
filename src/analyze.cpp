// The pipeline: bundle -> figures -> cards -> flags -> report.
#include <fmt/format.h>

#include "json_text.hpp"
#include "keyfigures/keyfigures.hpp"
#include "stages.hpp"

namespace keyfigures {

const char* version() { return KEYFIGURES_VERSION; }

namespace {

Report report_of(const Bundle& bundle, std::vector<AnalyzedFigure> figures) {
  Report report;
  report.bundle = bundle.name;
  report.topic = bundle.topic;
  for (const auto& a : bundle.articles) report.articles.push_back({a.id, a.source, a.title, a.published, a.url});
  report.cards = build_cards(bundle, figures);
  report.flags = find_flags(bundle, figures, report.cards);
  report.figures.reserve(figures.size());
  for (auto& f : figures) report.figures.push_back(std::move(f.figure));
  return report;
}

}  // namespace

Report analyze(const Bundle& bundle) { return report_of(bundle, extract_figures(bundle)); }

Result<Report> analyze_within(const Bundle& bundle, const Limits& limits) {
  bool exceeded = false;
  auto figures = extract_figures(bundle, limits.max_figures, &exceeded);
  if (exceeded)
    return Error{ErrorKind::bad_input, fmt::format("bundle has more than {} figures; the limit is {}",
                                                   limits.max_figures, limits.max_figures)};
  return report_of(bundle, std::move(figures));
}

namespace {
std::string error_json(const Error& error) {
  const nlohmann::json out = {
      {"version", kReportVersion},
      {"error",
       {{"kind", error.kind == ErrorKind::bad_input ? "bad_input" : "internal"}, {"message", error.message}}}};
  return dump_json(out);
}
}  // namespace

std::string analyze_json(std::string_view bundle_json, std::string_view origin, const Limits& limits) {
  auto bundle = parse_bundle(bundle_json, origin, limits);
  if (!bundle) return error_json(bundle.error());
  auto report = analyze_within(bundle.value(), limits);
  if (!report) return error_json(report.error());
  return report_to_json(report.value());
}

}  // namespace keyfigures
