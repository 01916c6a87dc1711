// The Embind binding: JSON text in, JSON text out. Marshalling only; every
// error comes back as a report-shaped {"error": ...} object, never a throw.
#include <emscripten/bind.h>

#include <string>

#include "keyfigures/keyfigures.hpp"

namespace {

// Hand-written so that this path cannot itself throw (no JSON library call).
constexpr const char* kInternalError =
    R"({"version":"1","error":{"kind":"internal","message":"internal error in the keyfigures module"}})";

std::string analyze(const std::string& bundle_json) {
#if defined(__cpp_exceptions)
  // analyze_json reports bad input without throwing; this only catches what
  // must never happen (std::bad_alloc, a bug). It is live only when built
  // with KEYFIGURES_WASM_CATCH_EXCEPTIONS; otherwise such a throw traps and
  // web/src/analyze.js replaces the instance (see wasm/CMakeLists.txt).
  try {
    return keyfigures::analyze_json(bundle_json);
  } catch (...) {
    return kInternalError;
  }
#else
  return keyfigures::analyze_json(bundle_json);
#endif
}

std::string version() { return keyfigures::version(); }

}  // namespace

EMSCRIPTEN_BINDINGS(keyfigures) {
  emscripten::function("analyze", &analyze);
  emscripten::function("version", &version);
}
