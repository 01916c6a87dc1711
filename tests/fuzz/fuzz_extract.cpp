// Fuzz target: raw bytes as the text of a one-article bundle, straight into
// analyze() (no JSON), checking the report invariants of docs/CONTRACT.md
// (report_invariants.hpp). The core requires valid UTF-8 (parse_bundle
// rejects anything else), so invalid inputs are skipped.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "keyfigures/keyfigures.hpp"
#include "report_invariants.hpp"
#include "utf8.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  if (keyfigures::find_invalid_utf8(text)) return 0;

  keyfigures::Bundle bundle;
  bundle.name = "fuzz";
  bundle.articles.push_back({"a", "Source", "https://example.com/a", "2025-09-24", "Title",
                             std::string(text)});
  const keyfigures::Report report = keyfigures::analyze(bundle);
  if (const auto broken = keyfigures::testing::broken_invariant(bundle, report)) {
    std::fprintf(stderr, "invariant broken: %s\n", broken->c_str());
    std::abort();
  }
  (void)keyfigures::report_to_text(report);  // the CLI's text output must cope too
  return 0;
}
