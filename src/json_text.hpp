// Parses JSON text into nlohmann::json without exceptions, with errors that
// name origin:line:col, and a depth limit checked before parsing.
#pragma once

#include <nlohmann/json.hpp>
#include <string_view>

#include "keyfigures/result.hpp"

namespace keyfigures {

Result<nlohmann::json> parse_json_text(std::string_view text, std::string_view origin,
                                       std::size_t max_depth);

// Serializes without ever throwing on invalid UTF-8 (replaced by U+FFFD).
std::string dump_json(const nlohmann::json& value, int indent = -1);

}  // namespace keyfigures
