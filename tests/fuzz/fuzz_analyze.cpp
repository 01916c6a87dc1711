// Fuzz target: arbitrary bytes -> analyze_json, the function the WASM module
// exports. It must never throw or crash, and must always answer with a JSON
// object carrying "version" and either a report or an "error".
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <nlohmann/json.hpp>
#include <string_view>

#include "keyfigures/keyfigures.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const std::string output = keyfigures::analyze_json(input);
  const auto answer = nlohmann::json::parse(output, nullptr, /*allow_exceptions=*/false);
  if (answer.is_discarded() || !answer.is_object() || !answer.contains("version")) std::abort();
  const bool is_error = answer.contains("error");
  const bool is_report = answer.contains("articles") && answer.contains("figures") &&
                         answer.contains("cards") && answer.contains("flags");
  if (is_error == is_report) std::abort();
  return 0;
}
