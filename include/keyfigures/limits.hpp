// Documented input limits (README "Limits"). Inputs past them get a clear
// error instead of a slow or partial report.
#pragma once

#include <cstddef>

namespace keyfigures {

struct Limits {
  std::size_t max_bundle_bytes = 10 * 1024 * 1024;  // whole JSON document
  std::size_t max_articles = 2000;
  std::size_t max_json_depth = 64;
  std::size_t max_field_bytes = 4096;  // id, source, url, title, topic...
  std::size_t max_figures = 50000;     // a dense 10 MiB text must not take minutes and gigabytes
};

}  // namespace keyfigures
