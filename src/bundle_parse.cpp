// Bundle JSON -> Bundle, with one clear message per kind of bad input:
// the message names the article id (or index) and the field.
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <optional>
#include <set>

#include "json_text.hpp"
#include "printable.hpp"
#include "keyfigures/keyfigures.hpp"
#include "utf8.hpp"

namespace keyfigures {

namespace {

using nlohmann::json;

Error bad(std::string message) { return Error{ErrorKind::bad_input, std::move(message)}; }

bool is_blank(std::string_view text) {
  for (const char c : text)
    if (!std::isspace(static_cast<unsigned char>(c))) return false;
  return true;
}

bool is_iso_date(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (const std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (!std::isdigit(static_cast<unsigned char>(s[i]))) return false;
  const int year = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
  const int month = (s[5] - '0') * 10 + (s[6] - '0');
  const int day = (s[8] - '0') * 10 + (s[9] - '0');
  if (month < 1 || month > 12 || day < 1) return false;
  // A real calendar day: 2025-02-31 is not one.
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return day <= kDays[month - 1] + (month == 2 && leap ? 1 : 0);
}

// Reads an optional string member; null counts as absent.
std::optional<Error> read_string(const json& object, const char* field, std::string& out,
                                 const std::string& where, std::size_t max_bytes) {
  const auto it = object.find(field);
  if (it == object.end() || it->is_null()) return std::nullopt;
  if (!it->is_string())
    return bad(fmt::format("{}: field \"{}\" must be a string, not {}", where, field, it->type_name()));
  out = it->get_ref<const std::string&>();
  if (out.size() > max_bytes)
    return bad(fmt::format("{}: field \"{}\" is {} bytes; the limit is {}", where, field, out.size(),
                           max_bytes));
  return std::nullopt;
}

std::string article_place(std::size_t index, const std::string& id) {
  return id.empty() ? fmt::format("article #{}", index + 1) : fmt::format("article \"{}\"", printable(id));
}

// The contract's fields; anything else is a mistake worth naming (a typo such
// as "titel" would otherwise be dropped without a word).
constexpr std::array<std::string_view, 6> kArticleFields{"id", "source", "url", "published", "title", "text"};
constexpr std::array<std::string_view, 3> kBundleFields{"bundle", "topic", "articles"};

template <std::size_t N>
std::optional<std::string> unknown_field(const json& object, const std::array<std::string_view, N>& known) {
  for (const auto& [key, value] : object.items())
    if (std::find(known.begin(), known.end(), key) == known.end()) return key;
  return std::nullopt;
}

Result<Article> parse_article(const json& item, std::size_t index, const Limits& limits) {
  if (!item.is_object())
    return bad(fmt::format("article #{}: must be an object, not {}", index + 1, item.type_name()));
  Article article;
  const std::string numbered = fmt::format("article #{}", index + 1);
  const auto id_field = item.find("id");
  if (id_field == item.end() || id_field->is_null())
    return bad(fmt::format("{}: missing required field \"id\"", numbered));
  if (auto error = read_string(item, "id", article.id, numbered, limits.max_field_bytes)) return *error;
  if (is_blank(article.id)) return bad(fmt::format("{}: field \"id\" is empty", numbered));

  const std::string where = article_place(index, article.id);
  for (const auto& [field, target] : {std::pair{"source", &article.source}, {"url", &article.url},
                                      {"published", &article.published}, {"title", &article.title}})
    if (auto error = read_string(item, field, *target, where, limits.max_field_bytes)) return *error;
  if (!article.published.empty() && !is_iso_date(article.published))
    return bad(fmt::format("{}: field \"published\" must be a date as YYYY-MM-DD, not \"{}\"", where,
                           printable(article.published)));

  if (const auto unknown = unknown_field(item, kArticleFields))
    return bad(fmt::format("{}: unknown field \"{}\"", where, printable(*unknown)));
  const auto text_field = item.find("text");
  if (text_field == item.end() || text_field->is_null())
    return bad(fmt::format("{}: missing required field \"text\"", where));
  if (auto error = read_string(item, "text", article.text, where, limits.max_bundle_bytes)) return *error;
  if (const auto invalid = find_invalid_utf8(article.text))
    return bad(fmt::format("{}: field \"text\" has invalid UTF-8 at byte {}", where, *invalid));
  if (is_blank(article.text)) return bad(fmt::format("{}: field \"text\" is empty", where));
  return article;
}

}  // namespace

Result<Bundle> parse_bundle(std::string_view text, std::string_view origin, const Limits& limits) {
  if (text.size() > limits.max_bundle_bytes)
    return bad(fmt::format("{}: bundle is {} bytes; the limit is {} bytes", origin, text.size(),
                           limits.max_bundle_bytes));
  auto parsed = parse_json_text(text, origin, limits.max_json_depth);
  if (!parsed) return parsed.error();
  const json& root = parsed.value();
  if (!root.is_object())
    return bad(fmt::format("{}: a bundle must be a JSON object, not {}", origin, root.type_name()));

  Bundle bundle;
  const std::string top = std::string(origin);
  if (const auto unknown = unknown_field(root, kBundleFields))
    return bad(fmt::format("{}: unknown field \"{}\"", origin, printable(*unknown)));
  if (auto error = read_string(root, "bundle", bundle.name, top, limits.max_field_bytes)) return *error;
  if (auto error = read_string(root, "topic", bundle.topic, top, limits.max_field_bytes)) return *error;

  const auto articles = root.find("articles");
  if (articles == root.end() || articles->is_null())
    return bad(fmt::format("{}: missing required field \"articles\"", origin));
  if (!articles->is_array())
    return bad(fmt::format("{}: field \"articles\" must be an array, not {}", origin, articles->type_name()));
  if (articles->empty()) return bad(fmt::format("{}: field \"articles\" is empty", origin));
  if (articles->size() > limits.max_articles)
    return bad(fmt::format("{}: {} articles; the limit is {}", origin, articles->size(), limits.max_articles));

  std::set<std::string> seen;
  for (std::size_t i = 0; i < articles->size(); ++i) {
    auto article = parse_article((*articles)[i], i, limits);
    if (!article) return article.error();
    if (!seen.insert(article.value().id).second)
      return bad(fmt::format("article #{}: duplicate id \"{}\"", i + 1, printable(article.value().id)));
    bundle.articles.push_back(std::move(article).value());
  }
  return bundle;
}

}  // namespace keyfigures
