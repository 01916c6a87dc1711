// The Embind binding: JSON text in, JSON text out. Marshalling only; every
// error comes back as a report-shaped {"error": ...} object, never a throw.
#include <emscripten/bind.h>

#include <string>

#include "keyfigures/keyfigures.hpp"

namespace {

std::string analyze(const std::string& bundle_json) { return keyfigures::analyze_json(bundle_json); }

std::string version() { return keyfigures::version(); }

}  // namespace

EMSCRIPTEN_BINDINGS(keyfigures) {
  emscripten::function("analyze", &analyze);
  emscripten::function("version", &version);
}
