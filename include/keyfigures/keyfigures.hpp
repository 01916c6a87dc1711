// The public entry points: bundle JSON in, report out.
#pragma once

#include <string>
#include <string_view>

#include "keyfigures/limits.hpp"
#include "keyfigures/model.hpp"
#include "keyfigures/result.hpp"

namespace keyfigures {

const char* version();

// Parses and validates a bundle. `origin` names the input in messages
// ("bundle.json:3:14: ...").
Result<Bundle> parse_bundle(std::string_view json, std::string_view origin = "bundle",
                            const Limits& limits = {});

// Runs every stage: figures -> cards -> flags.
Report analyze(const Bundle& bundle);

// The same, refusing a bundle with more than limits.max_figures figures
// (a clear bad_input error instead of a slow, huge report).
Result<Report> analyze_within(const Bundle& bundle, const Limits& limits);

// JSON text of a report (compact when indent < 0).
std::string report_to_json(const Report& report, int indent = -1);
Result<Report> report_from_json(std::string_view json);

// The whole pipeline on JSON text. Never throws: on bad input it returns
// {"version":"1","error":{"kind":"bad_input","message":"..."}}.
std::string analyze_json(std::string_view bundle_json, std::string_view origin = "bundle",
                         const Limits& limits = {});

// Human-readable cards and flags for a terminal.
std::string report_to_text(const Report& report);

}  // namespace keyfigures
