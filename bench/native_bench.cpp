// keyfigures_bench: native throughput and peak memory for bench/run.mjs.
//
//   keyfigures_bench [--min-seconds S] [--min-runs N] [--max-seconds S] [--extract-only] BUNDLE.json...
//     One JSON line per bundle: median seconds of extraction alone, of
//     analyze(Bundle) and of analyze_json(text) (only the first with
//     --extract-only), with MB/s computed on the article text bytes (UTF-8,
//     1 MB = 10^6 bytes), in wall time and in process CPU time.
//   keyfigures_bench --memory BUNDLE.json
//     One JSON line: resident memory before one analyze(), the process peak,
//     and the peak during analyze() alone (VmHWM reset, Linux).
//
// Bundles are parsed with the size and article limits lifted, so inputs past
// the 10 MiB / 2000-article bundle limit still become Bundle structs.
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <limits>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "keyfigures/keyfigures.hpp"
#include "stages.hpp"

namespace {

using Clock = std::chrono::steady_clock;

struct Options {
  double min_seconds = 0.5;   // keep repeating a measurement at least this long...
  int min_runs = 3;           // ...and at least this many times...
  double max_seconds = 20.0;  // ...but stop after this long, with at least one run
  bool memory = false;
  bool extract_only = false;
  std::vector<std::string> files;
};

struct Timing {
  int runs = 0;
  double median_seconds = 0;
  double min_seconds = 0;
  double cpu_median_seconds = 0;  // process CPU time: steadier than wall time on a busy machine
};

double cpu_seconds() {
  timespec now{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
  return static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) * 1e-9;
}

double median_of(std::vector<double> samples) {
  std::sort(samples.begin(), samples.end());
  const std::size_t n = samples.size();
  return n % 2 ? samples[n / 2] : (samples[n / 2 - 1] + samples[n / 2]) / 2;
}

keyfigures::Limits unlimited() {
  keyfigures::Limits limits;
  limits.max_bundle_bytes = std::numeric_limits<std::size_t>::max();
  limits.max_articles = std::numeric_limits<std::size_t>::max();
  return limits;
}

bool read_file(const std::string& path, std::string& out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream buffer;
  buffer << in.rdbuf();
  out = std::move(buffer).str();
  return true;
}

// Keeps the optimizer from discarding a result that is otherwise unused.
template <typename T>
void keep(const T& value) {
  asm volatile("" : : "g"(&value) : "memory");
}

// Repeats `work` until both the time and the run-count minimums are met
// (or the time cap is hit) and returns the median run.
template <typename Work>
Timing measure(const Options& options, Work&& work) {
  std::vector<double> samples;
  std::vector<double> cpu_samples;
  const auto started = Clock::now();
  for (;;) {
    const auto t0 = Clock::now();
    const double cpu0 = cpu_seconds();
    work();
    cpu_samples.push_back(cpu_seconds() - cpu0);
    const auto t1 = Clock::now();
    samples.push_back(std::chrono::duration<double>(t1 - t0).count());
    const double elapsed = std::chrono::duration<double>(t1 - started).count();
    const bool enough =
        elapsed >= options.min_seconds && static_cast<int>(samples.size()) >= options.min_runs;
    if (enough || elapsed >= options.max_seconds) break;
  }
  const double fastest = *std::min_element(samples.begin(), samples.end());
  return {static_cast<int>(samples.size()), median_of(samples), fastest, median_of(cpu_samples)};
}

nlohmann::json timing_json(const Timing& timing, std::size_t text_bytes) {
  return {{"runs", timing.runs},
          {"median_seconds", timing.median_seconds},
          {"min_seconds", timing.min_seconds},
          {"mb_per_s", static_cast<double>(text_bytes) / 1e6 / timing.median_seconds},
          {"cpu_median_seconds", timing.cpu_median_seconds},
          {"cpu_mb_per_s", static_cast<double>(text_bytes) / 1e6 / timing.cpu_median_seconds}};
}

std::size_t count_text_bytes(const keyfigures::Bundle& bundle) {
  std::size_t total = 0;
  for (const auto& article : bundle.articles) total += article.text.size();
  return total;
}

// Current resident set in KiB, from /proc (Linux); 0 when unavailable.
long current_rss_kib() {
  std::ifstream statm("/proc/self/statm");
  long pages = 0, resident = 0;
  if (!(statm >> pages >> resident)) return 0;
  return resident * (sysconf(_SC_PAGESIZE) / 1024);
}

// VmHWM (peak resident set) from /proc/self/status, in KiB; -1 when unavailable.
long high_water_rss_kib() {
  std::ifstream status("/proc/self/status");
  std::string line;
  while (std::getline(status, line)) {
    if (line.rfind("VmHWM:", 0) == 0) return std::strtol(line.c_str() + 6, nullptr, 10);
  }
  return -1;
}

// Resets VmHWM to the current RSS (Linux >= 4.0), so the next reading is the
// peak of what follows alone, not of parsing the input.
bool reset_high_water_rss() {
  std::ofstream clear_refs("/proc/self/clear_refs");
  clear_refs << "5";
  return static_cast<bool>(clear_refs.flush());
}

long peak_rss_kib() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss;  // KiB on Linux
}

int fail(const std::string& message) {
  std::fputs(fmt::format("keyfigures_bench: {}\n", message).c_str(), stderr);
  return 1;
}

bool load(const std::string& path, std::string& json, keyfigures::Bundle& bundle, std::string& error) {
  if (!read_file(path, json)) {
    error = fmt::format("cannot read {}", path);
    return false;
  }
  auto parsed = keyfigures::parse_bundle(json, path, unlimited());
  if (!parsed) {
    error = parsed.error().message;
    return false;
  }
  bundle = std::move(parsed).value();
  return true;
}

int run_memory(const std::string& path) {
  std::string json;
  keyfigures::Bundle bundle;
  std::string error;
  if (!load(path, json, bundle, error)) return fail(error);
  std::string().swap(json);
#if defined(__GLIBC__)
  malloc_trim(0);  // hand the parser's freed memory back, so RSS is the Bundle's
#endif
  const long before = current_rss_kib();
  const long peak_before = peak_rss_kib();
  const bool isolated = reset_high_water_rss();
  const auto report = keyfigures::analyze(bundle);
  keep(report);
  const long analyze_peak = isolated ? high_water_rss_kib() : -1;
  const nlohmann::json out = {{"file", path},
                              {"text_bytes", count_text_bytes(bundle)},
                              {"rss_before_kib", before},
                              {"peak_rss_before_kib", peak_before},
                              {"peak_rss_kib", peak_rss_kib()},
                              {"analyze_peak_rss_kib", analyze_peak},
                              {"figures", report.figures.size()}};
  std::puts(out.dump().c_str());
  return 0;
}

int run_throughput(const Options& options) {
  for (const auto& path : options.files) {
    std::string json;
    keyfigures::Bundle bundle;
    std::string error;
    if (!load(path, json, bundle, error)) return fail(error);
    const std::size_t bytes = count_text_bytes(bundle);
    const auto limits = unlimited();

    const auto extract = measure(options, [&] { keep(keyfigures::extract_bundle_figures(bundle)); });
    nlohmann::json out = {{"file", path},
                          {"articles", bundle.articles.size()},
                          {"text_bytes", bytes},
                          {"json_bytes", json.size()},
                          {"extract", timing_json(extract, bytes)}};
    if (options.extract_only) {
      out["figures"] = keyfigures::extract_bundle_figures(bundle).size();
    } else {
      const auto full = measure(options, [&] { keep(keyfigures::analyze(bundle)); });
      const auto round_trip = measure(options, [&] { keep(keyfigures::analyze_json(json, path, limits)); });
      const auto report = keyfigures::analyze(bundle);
      out["figures"] = report.figures.size();
      out["cards"] = report.cards.size();
      out["flags"] = report.flags.size();
      out["analyze"] = timing_json(full, bytes);
      out["analyze_json"] = timing_json(round_trip, bytes);
    }
    std::puts(out.dump().c_str());
    std::fflush(stdout);
  }
  return 0;
}

bool parse_number(const char* text, double& out) {
  char* end = nullptr;
  out = std::strtod(text, &end);
  return end != text && *end == '\0' && out >= 0;
}

}  // namespace

int main(int argc, char** argv) {
  Options options;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    const bool has_value = i + 1 < argc;
    double number = 0;
    if (arg == "--memory") {
      options.memory = true;
    } else if (arg == "--extract-only") {
      options.extract_only = true;
    } else if ((arg == "--min-seconds" || arg == "--max-seconds" || arg == "--min-runs") && has_value) {
      if (!parse_number(argv[++i], number)) return fail(fmt::format("bad value for {}: {}", arg, argv[i]));
      if (arg == "--min-seconds") options.min_seconds = number;
      if (arg == "--max-seconds") options.max_seconds = number;
      if (arg == "--min-runs") options.min_runs = std::max(1, static_cast<int>(number));
    } else if (arg.starts_with("--")) {
      return fail(fmt::format("unknown option {}", arg));
    } else {
      options.files.emplace_back(arg);
    }
  }
  if (options.files.empty()) return fail("usage: keyfigures_bench [--memory | --extract-only] [--min-seconds S] BUNDLE.json...");
  if (options.memory) {
    if (options.files.size() != 1) return fail("--memory takes exactly one bundle");
    return run_memory(options.files.front());
  }
  return run_throughput(options);
}
