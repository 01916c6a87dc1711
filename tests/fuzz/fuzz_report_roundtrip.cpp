// Fuzz target: bytes as a bundle; when it parses, its report must survive
// report_to_json -> report_from_json -> report_to_json unchanged, i.e.
// parse(dump(report)) == report for every report the core can produce.
// The same bytes are also read as a report (report_from_json must not crash
// on any JSON), and a report read once must then round-trip unchanged.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "keyfigures/keyfigures.hpp"

namespace {

void check_round_trip(const std::string& first) {
  const auto reread = keyfigures::report_from_json(first);
  if (!reread) {
    std::fprintf(stderr, "report_from_json rejected a report: %s\n", reread.error().message.c_str());
    std::abort();
  }
  const std::string second = keyfigures::report_to_json(reread.value());
  if (first != second) {
    std::fprintf(stderr, "round trip changed the report\nfirst:  %s\nsecond: %s\n", first.c_str(),
                 second.c_str());
    std::abort();
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  if (const auto as_report = keyfigures::report_from_json(input))
    check_round_trip(keyfigures::report_to_json(as_report.value()));
  const auto bundle = keyfigures::parse_bundle(input, "fuzz.json");
  if (!bundle) return 0;
  const keyfigures::Report report = keyfigures::analyze(bundle.value());
  (void)keyfigures::report_to_text(report);
  check_round_trip(keyfigures::report_to_json(report));
  return 0;
}
