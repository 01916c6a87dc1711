#include "json_text.hpp"
#include "printable.hpp"

#include <fmt/format.h>

#include <string>

namespace keyfigures {

namespace {

using nlohmann::json;

// "line:col" of a byte offset; columns count code points, as editors do.
std::string line_and_column(std::string_view text, std::size_t offset) {
  std::size_t line = 1, column = 1;
  for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c == '\n') {
      ++line;
      column = 1;
    } else if ((c & 0xC0) != 0x80) {
      ++column;
    }
  }
  return fmt::format("{}:{}", line, column);
}

// Offset of the first bracket that nests deeper than max_depth, if any.
std::optional<std::size_t> find_excess_depth(std::string_view text, std::size_t max_depth) {
  std::size_t depth = 0;
  bool in_string = false, escaped = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (in_string) {
      if (escaped) escaped = false;
      else if (c == '\\') escaped = true;
      else if (c == '"') in_string = false;
    } else if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      if (++depth > max_depth) return i;
    } else if ((c == ']' || c == '}') && depth > 0) {
      --depth;
    }
  }
  return std::nullopt;
}

// The DOM builder, but keeping the parse error instead of throwing it.
class RecordingDomParser : public nlohmann::detail::json_sax_dom_parser<json> {
 public:
  explicit RecordingDomParser(json& root) : json_sax_dom_parser(root, false) {}

  bool parse_error(std::size_t position, const std::string& /*last_token*/,
                   const nlohmann::detail::exception& error) {
    failed = true;
    failed_at = position > 0 ? position - 1 : 0;
    message = error.what();
    // "[json.exception.parse_error.101] parse error at line 1, column 2: x" -> "x";
    // "[json.exception.out_of_range.406] number overflow ..." -> "number overflow ..."
    if (message.rfind("[json.exception.", 0) == 0) {
      if (const auto bracket = message.find("] "); bracket != std::string::npos) message.erase(0, bracket + 2);
    }
    if (message.rfind("parse error", 0) == 0)
      if (const auto colon = message.find(": "); colon != std::string::npos) message.erase(0, colon + 2);
    message = printable(message);
    return false;
  }

  bool failed = false;
  std::size_t failed_at = 0;
  std::string message;
};

}  // namespace

Result<json> parse_json_text(std::string_view text, std::string_view origin, std::size_t max_depth) {
  if (const auto deep = find_excess_depth(text, max_depth))
    return Error{ErrorKind::bad_input,
                 fmt::format("{}:{}: JSON nests deeper than {} levels", origin,
                             line_and_column(text, *deep), max_depth)};
  json root;
  RecordingDomParser parser(root);
  json::sax_parse(text.begin(), text.end(), &parser, nlohmann::detail::input_format_t::json, true);
  if (parser.failed)
    return Error{ErrorKind::bad_input, fmt::format("{}:{}: invalid JSON: {}", origin,
                                                   line_and_column(text, parser.failed_at),
                                                   parser.message)};
  return root;
}

std::string dump_json(const json& value, int indent) {
  return value.dump(indent, ' ', false, json::error_handler_t::replace);
}

}  // namespace keyfigures
