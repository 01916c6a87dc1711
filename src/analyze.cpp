// The pipeline: bundle -> figures -> cards -> flags -> report.
#include <fmt/format.h>

#include "json_text.hpp"
#include "keyfigures/keyfigures.hpp"
#include "stages.hpp"

namespace keyfigures {

const char* version() { return KEYFIGURES_VERSION; }

Report analyze(const Bundle& bundle) {
  Report report;
  report.bundle = bundle.name;
  report.topic = bundle.topic;
  for (const auto& a : bundle.articles) report.articles.push_back({a.id, a.source, a.title, a.published, a.url});
  std::vector<AnalyzedFigure> figures = extract_figures(bundle);
  report.cards = build_cards(bundle, figures);
  report.flags = find_flags(bundle, figures, report.cards);
  report.figures.reserve(figures.size());
  for (auto& f : figures) report.figures.push_back(std::move(f.figure));
  return report;
}

std::string analyze_json(std::string_view bundle_json, std::string_view origin, const Limits& limits) {
  auto bundle = parse_bundle(bundle_json, origin, limits);
  if (!bundle) {
    const auto& error = bundle.error();
    const nlohmann::json out = {
        {"version", kReportVersion},
        {"error",
         {{"kind", error.kind == ErrorKind::bad_input ? "bad_input" : "internal"}, {"message", error.message}}}};
    return dump_json(out);
  }
  return report_to_json(analyze(bundle.value()));
}

}  // namespace keyfigures
