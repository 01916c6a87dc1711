// Fuzz target: arbitrary bytes -> parse_bundle. Must never crash, hang or
// throw; a rejected input must come with a message, an accepted one must
// respect the contract (unique non-empty ids, valid UTF-8 text).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <set>
#include <string_view>

#include "keyfigures/keyfigures.hpp"
#include "utf8.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const auto bundle = keyfigures::parse_bundle(input, "fuzz.json");
  if (!bundle) {
    if (bundle.error().message.empty()) std::abort();
    return 0;
  }
  const auto& articles = bundle.value().articles;
  if (articles.empty()) std::abort();
  std::set<std::string_view> ids;
  for (const auto& article : articles) {
    if (article.id.empty() || !ids.insert(article.id).second) std::abort();
    if (keyfigures::find_invalid_utf8(article.text)) std::abort();
  }
  return 0;
}
