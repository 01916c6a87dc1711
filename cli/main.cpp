// The keyfigures command line: analyze a bundle, or build one from text files.
// Exit codes: 0 success, 2 bad input, 1 internal error.
#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <exception>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "keyfigures/keyfigures.hpp"
#include "printable.hpp"
#include "utf8.hpp"

namespace fs = std::filesystem;
namespace kf = keyfigures;

namespace {

constexpr int kOk = 0, kInternal = 1, kBadInput = 2;
constexpr std::size_t kMaxBundleBytesFlag = std::size_t{1} << 30;

constexpr const char* kUsage = R"(keyfigures - key figures and disagreements across finance articles

Usage:
  keyfigures analyze FILE|- [--format json|text] [--compact] [--max-bytes N]
      Read a bundle (JSON) and print its report (--compact: JSON on one line,
      byte for byte what the WASM module returns).
  keyfigures bundle [--topic T] [--name N] FILE|DIR...
      Turn plain-text articles (UTF-8, one per file) into a bundle on stdout.
  keyfigures --help | --version

Exit status: 0 success, 2 bad input, 1 internal error.
)";

int fail(int code, const std::string& message) {
  std::cerr << "keyfigures: " << kf::printable(message) << "\n";
  return code;
}

// Reads at most `limit` bytes: an endless input (/dev/zero, a pipe) stops
// there, and the size check reports it instead of running out of memory.
bool read_all(std::istream& in, std::string& out, std::size_t limit) {
  out.clear();
  char buffer[1 << 16];
  while (out.size() < limit && in) {
    in.read(buffer, static_cast<std::streamsize>(std::min<std::size_t>(sizeof buffer, limit - out.size())));
    out.append(buffer, static_cast<std::size_t>(in.gcount()));
  }
  return !in.bad();
}

bool read_file(const std::string& path, std::string& out, std::size_t limit) {
  std::error_code error;
  if (fs::is_directory(path, error)) return false;
  std::ifstream in(path, std::ios::binary);
  return in && read_all(in, out, limit);
}

int run_analyze(const std::vector<std::string>& args) {
  std::string path, format = "json";
  int indent = 2;
  kf::Limits limits;
  for (std::size_t i = 0; i < args.size(); ++i) {
    if (args[i] == "--format" && i + 1 < args.size()) {
      format = args[++i];
    } else if (args[i] == "--compact") {
      indent = -1;
    } else if (args[i] == "--max-bytes" && i + 1 < args.size()) {
      const std::string& number = args[++i];
      const auto [end, error] = std::from_chars(number.data(), number.data() + number.size(),
                                                limits.max_bundle_bytes);
      if (error != std::errc() || end != number.data() + number.size() || limits.max_bundle_bytes == 0)
        return fail(kBadInput, fmt::format("analyze: --max-bytes takes a positive whole number, not \"{}\"", number));
      // Text offsets are 32-bit; past 1 GiB memory runs out long before that anyway.
      if (limits.max_bundle_bytes > kMaxBundleBytesFlag)
        return fail(kBadInput, fmt::format("analyze: --max-bytes is at most {} (1 GiB), not {}", kMaxBundleBytesFlag,
                                           number));
    } else if (path.empty() && (args[i] == "-" || args[i].rfind("--", 0) != 0)) {
      path = args[i];
    } else {
      return fail(kBadInput, fmt::format("analyze: unexpected argument \"{}\"\n{}", args[i], kUsage));
    }
  }
  if (path.empty()) return fail(kBadInput, fmt::format("analyze: which bundle? (FILE or -)\n{}", kUsage));
  if (format != "json" && format != "text")
    return fail(kBadInput, fmt::format("analyze: --format is json or text, not \"{}\"", format));

  std::string input;
  // Read one byte past the limit at most; past it, say how large the input is
  // without keeping it (counting stops at 1 GiB, so /dev/zero ends too).
  const std::size_t read_limit = limits.max_bundle_bytes + 1;
  std::ifstream file;
  std::istream* in = &std::cin;
  if (path != "-") {
    std::error_code error;
    if (fs::is_directory(path, error)) return fail(kBadInput, fmt::format("{}: cannot read file (a directory)", path));
    file.open(path, std::ios::binary);
    if (!file) return fail(kBadInput, fmt::format("{}: cannot read file", path));
    in = &file;
  }
  if (!read_all(*in, input, read_limit)) return fail(kBadInput, fmt::format("{}: cannot read file", path));
  if (input.size() > limits.max_bundle_bytes) {
    std::size_t total = input.size();
    char buffer[1 << 16];
    constexpr std::size_t kCountUpTo = std::size_t{1} << 30;
    while (*in && total < kCountUpTo) {
      in->read(buffer, sizeof buffer);
      total += static_cast<std::size_t>(in->gcount());
    }
    const std::string origin = path == "-" ? "<stdin>" : path;
    return fail(kBadInput, total >= kCountUpTo
                               ? fmt::format("{}: bundle is more than {} bytes; the limit is {} bytes", origin,
                                             kCountUpTo, limits.max_bundle_bytes)
                               : fmt::format("{}: bundle is {} bytes; the limit is {} bytes", origin, total,
                                             limits.max_bundle_bytes));
  }
  auto bundle = kf::parse_bundle(input, path == "-" ? "<stdin>" : path, limits);
  if (!bundle) return fail(kBadInput, bundle.error().message);
  const auto analyzed = kf::analyze_within(bundle.value(), limits);
  if (!analyzed) return fail(kBadInput, analyzed.error().message);
  const kf::Report& report = analyzed.value();
  std::cout << (format == "json" ? kf::report_to_json(report, indent) + "\n" : kf::report_to_text(report));
  return kOk;
}

std::string first_line(const std::string& text) {
  std::istringstream lines(text);
  for (std::string line; std::getline(lines, line);) {
    const auto begin = line.find_first_not_of(" \t\r");
    if (begin == std::string::npos) continue;
    const auto end = line.find_last_not_of(" \t\r");
    return line.substr(begin, std::min<std::size_t>(end - begin + 1, 300));
  }
  return {};
}

int run_bundle(const std::vector<std::string>& args) {
  std::string topic, name;
  std::vector<fs::path> files;
  for (std::size_t i = 0; i < args.size(); ++i) {
    if (args[i] == "--topic" && i + 1 < args.size()) {
      topic = args[++i];
    } else if (args[i] == "--name" && i + 1 < args.size()) {
      name = args[++i];
    } else if (args[i].rfind("--", 0) == 0) {
      return fail(kBadInput, fmt::format("bundle: unknown option \"{}\"\n{}", args[i], kUsage));
    } else {
      std::error_code error;
      if (fs::is_directory(args[i], error)) {
        std::vector<fs::path> entries;
        for (const auto& entry : fs::directory_iterator(args[i], error))
          if (entry.is_regular_file()) entries.push_back(entry.path());
        std::sort(entries.begin(), entries.end());
        files.insert(files.end(), entries.begin(), entries.end());
      } else {
        files.emplace_back(args[i]);
      }
    }
  }
  if (files.empty()) return fail(kBadInput, fmt::format("bundle: no article files given\n{}", kUsage));

  nlohmann::json bundle = {{"bundle", name}, {"topic", topic}, {"articles", nlohmann::json::array()}};
  for (std::size_t i = 0; i < files.size(); ++i) {
    const std::string path = files[i].string();
    std::string text;
    const kf::Limits limits;
    if (!read_file(path, text, limits.max_bundle_bytes + 1)) return fail(kBadInput, fmt::format("{}: cannot read file", path));
    if (const auto invalid = kf::find_invalid_utf8(text))
      return fail(kBadInput, fmt::format("{}: invalid UTF-8 at byte {}", path, *invalid));
    if (text.find_first_not_of(" \t\r\n") == std::string::npos)
      return fail(kBadInput, fmt::format("{}: the file is empty", path));
    bundle["articles"].push_back({{"id", fmt::format("a{}", i)},
                                  {"title", first_line(text)},
                                  {"source", files[i].stem().string()},
                                  {"text", text}});
  }
  const std::string json = bundle.dump(2, ' ', false, nlohmann::json::error_handler_t::replace);
  // Validate what we built (empty files, sizes), so it fails here and not later.
  if (auto parsed = kf::parse_bundle(json, "bundle"); !parsed) return fail(kBadInput, parsed.error().message);
  std::cout << json << "\n";
  return kOk;
}

}  // namespace

int main(int argc, char** argv) {
  try {
    const std::vector<std::string> args(argv + 1, argv + argc);
    if (args.empty()) return fail(kBadInput, std::string("no command\n") + kUsage);
    const std::string& command = args[0];
    const std::vector<std::string> rest(args.begin() + 1, args.end());
    if (command == "--help" || command == "-h" || command == "help") {
      std::cout << kUsage;
      return kOk;
    }
    if (command == "--version") {
      std::cout << "keyfigures " << kf::version() << "\n";
      return kOk;
    }
    if (command == "analyze") return run_analyze(rest);
    if (command == "bundle") return run_bundle(rest);
    return fail(kBadInput, fmt::format("unknown command \"{}\"\n{}", command, kUsage));
  } catch (const std::exception& error) {
    return fail(kInternal, fmt::format("internal error: {}", error.what()));
  } catch (...) {
    return fail(kInternal, "internal error");
  }
}
