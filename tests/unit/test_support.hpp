// Helpers for the contract-level unit tests: build bundles from made-up
// sentences, run the public analyze(), and look figures/cards/flags up by the
// visible text so tests never depend on ids, ordering or labels.
#pragma once

#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "keyfigures/keyfigures.hpp"

namespace kftest {

using keyfigures::Article;
using keyfigures::Bundle;
using keyfigures::Card;
using keyfigures::Figure;
using keyfigures::Flag;
using keyfigures::Report;

inline Article make_article(std::string id, std::string source, std::string text, std::string title = {},
                            std::string published = "2025-11-04") {
  Article article;
  article.id = std::move(id);
  article.source = std::move(source);
  article.text = std::move(text);
  article.title = std::move(title);
  article.published = std::move(published);
  return article;
}

inline Bundle make_bundle(std::vector<Article> articles, std::string topic = {}) {
  Bundle bundle;
  bundle.name = "unit-test-bundle";
  bundle.topic = std::move(topic);
  bundle.articles = std::move(articles);
  return bundle;
}

// One article, one sentence: the usual shape of an extraction case.
inline Report analyze_sentence(const std::string& sentence) {
  return keyfigures::analyze(make_bundle({make_article("a1", "Test Wire", sentence)}));
}

// UTF-8 -> UTF-16 code units, as JavaScript sees a string. Input is assumed
// valid (the bundle parser already rejects invalid UTF-8).
inline std::u16string to_utf16(std::string_view utf8) {
  std::u16string out;
  for (std::size_t i = 0; i < utf8.size();) {
    const auto byte = static_cast<unsigned char>(utf8[i]);
    char32_t code = 0;
    int extra = 0;
    if (byte < 0x80) {
      code = byte;
    } else if ((byte & 0xE0) == 0xC0) {
      code = byte & 0x1F;
      extra = 1;
    } else if ((byte & 0xF0) == 0xE0) {
      code = byte & 0x0F;
      extra = 2;
    } else {
      code = byte & 0x07;
      extra = 3;
    }
    for (int k = 1; k <= extra && i + k < utf8.size(); ++k)
      code = (code << 6) | (static_cast<unsigned char>(utf8[i + k]) & 0x3F);
    i += static_cast<std::size_t>(extra) + 1;
    if (code >= 0x10000) {
      code -= 0x10000;
      out.push_back(static_cast<char16_t>(0xD800 + (code >> 10)));
      out.push_back(static_cast<char16_t>(0xDC00 + (code & 0x3FF)));
    } else {
      out.push_back(static_cast<char16_t>(code));
    }
  }
  return out;
}

inline std::string to_utf8(std::u16string_view utf16) {
  std::string out;
  for (std::size_t i = 0; i < utf16.size(); ++i) {
    char32_t code = utf16[i];
    if (code >= 0xD800 && code < 0xDC00 && i + 1 < utf16.size()) {
      code = 0x10000 + ((code - 0xD800) << 10) + (utf16[i + 1] - 0xDC00);
      ++i;
    }
    if (code < 0x80) {
      out.push_back(static_cast<char>(code));
    } else if (code < 0x800) {
      out.push_back(static_cast<char>(0xC0 | (code >> 6)));
      out.push_back(static_cast<char>(0x80 | (code & 0x3F)));
    } else if (code < 0x10000) {
      out.push_back(static_cast<char>(0xE0 | (code >> 12)));
      out.push_back(static_cast<char>(0x80 | ((code >> 6) & 0x3F)));
      out.push_back(static_cast<char>(0x80 | (code & 0x3F)));
    } else {
      out.push_back(static_cast<char>(0xF0 | (code >> 18)));
      out.push_back(static_cast<char>(0x80 | ((code >> 12) & 0x3F)));
      out.push_back(static_cast<char>(0x80 | ((code >> 6) & 0x3F)));
      out.push_back(static_cast<char>(0x80 | (code & 0x3F)));
    }
  }
  return out;
}

// JavaScript's text.slice(start, end), returned as UTF-8. Out-of-range ends
// clamp like slice() does, so a bad offset shows up as a wrong string.
inline std::string js_slice(std::string_view utf8, std::size_t start, std::size_t end) {
  const std::u16string units = to_utf16(utf8);
  start = std::min(start, units.size());
  end = std::min(std::max(end, start), units.size());
  return to_utf8(std::u16string_view(units).substr(start, end - start));
}

// UTF-16 [start, end) of the first occurrence of `needle` in `haystack`
// (both UTF-8); npos start when absent.
struct Span {
  std::size_t start = std::string::npos;
  std::size_t end = std::string::npos;
  bool found() const { return start != std::string::npos; }
};

inline Span utf16_span_of(std::string_view haystack, std::string_view needle) {
  const auto at = haystack.find(needle);
  if (at == std::string_view::npos) return {};
  const std::size_t start = to_utf16(haystack.substr(0, at)).size();
  return {start, start + to_utf16(needle).size()};
}

inline bool overlaps(const Figure& figure, Span span) {
  return span.found() && figure.start < span.end && span.start < figure.end;
}

inline std::string describe(const Figure& f) {
  std::ostringstream out;
  out << f.id << " [" << f.article << "] \"" << f.text << "\" @" << f.start << "-" << f.end
      << " value=" << f.value;
  if (f.low) out << " low=" << *f.low;
  if (f.high) out << " high=" << *f.high;
  out << " unit=" << f.unit;
  if (!f.noun.empty()) out << " noun=\"" << f.noun << "\"";
  out << " hedge=" << keyfigures::to_string(f.hedge);
  if (f.direction != keyfigures::Direction::none) out << " direction=" << keyfigures::to_string(f.direction);
  if (!f.subject.empty()) out << " subject=\"" << f.subject << "\"";
  if (!f.metric.empty()) out << " metric=\"" << f.metric << "\"";
  if (!f.qualifiers.empty()) {
    out << " qualifiers=[";
    for (std::size_t i = 0; i < f.qualifiers.size(); ++i) out << (i ? ", " : "") << f.qualifiers[i];
    out << "]";
  }
  if (!f.same_amount_as.empty()) out << " same_amount_as=" << f.same_amount_as;
  return out.str();
}

// Every figure, card and flag on its own line: the INFO text of a failing case.
inline std::string describe(const Report& report) {
  std::ostringstream out;
  out << report.figures.size() << " figure(s)";
  for (const auto& f : report.figures) out << "\n    " << describe(f);
  out << "\n  " << report.cards.size() << " card(s)";
  for (const auto& c : report.cards) {
    out << "\n    " << c.id << " \"" << c.label << "\" sources=" << c.sources << " figures=[";
    for (std::size_t i = 0; i < c.figures.size(); ++i) out << (i ? ", " : "") << c.figures[i];
    out << "]";
  }
  out << "\n  " << report.flags.size() << " flag(s)";
  for (const auto& g : report.flags) {
    out << "\n    " << g.id << " card=" << g.card << " " << g.kind << "/" << g.severity << " figures=[";
    for (std::size_t i = 0; i < g.figures.size(); ++i) out << (i ? ", " : "") << g.figures[i];
    out << "] \"" << g.message << "\"";
  }
  return out.str();
}

// The figure of `article_id` whose text is exactly `text` (nullptr if none).
inline const Figure* figure_with_text(const Report& report, std::string_view text,
                                      std::string_view article_id = {}) {
  for (const auto& f : report.figures)
    if (f.text == text && (article_id.empty() || f.article == article_id)) return &f;
  return nullptr;
}

// The first figure of `article` whose span overlaps the first `needle` in its
// text: for figures whose exact span is a matter of convention ("P/E of 16").
inline const Figure* figure_covering(const Report& report, const Article& article, std::string_view needle) {
  const Span span = utf16_span_of(article.text, needle);
  for (const auto& f : report.figures)
    if (f.article == article.id && overlaps(f, span)) return &f;
  return nullptr;
}

inline const Figure* figure_by_id(const Report& report, std::string_view id) {
  for (const auto& f : report.figures)
    if (f.id == id) return &f;
  return nullptr;
}

inline const Card* card_of(const Report& report, const Figure& figure) {
  for (const auto& c : report.cards)
    if (std::find(c.figures.begin(), c.figures.end(), figure.id) != c.figures.end()) return &c;
  return nullptr;
}

inline bool has_qualifier(const Figure& figure, std::string_view qualifier) {
  return std::find(figure.qualifiers.begin(), figure.qualifiers.end(), qualifier) != figure.qualifiers.end();
}

inline bool share_card(const Report& report, const Figure& a, const Figure& b) {
  const Card* card = card_of(report, a);
  return card != nullptr && card == card_of(report, b);
}

// Flags of `severity` ("" = any) whose figures include every one of `figures`.
inline std::vector<const Flag*> flags_naming(const Report& report, const std::vector<const Figure*>& figures,
                                             std::string_view severity = {}) {
  std::vector<const Flag*> out;
  for (const auto& g : report.flags) {
    if (!severity.empty() && g.severity != severity) continue;
    const bool names_all = std::all_of(figures.begin(), figures.end(), [&](const Figure* f) {
      return std::find(g.figures.begin(), g.figures.end(), f->id) != g.figures.end();
    });
    if (names_all) out.push_back(&g);
  }
  return out;
}

// Conflicts (major or minor) on the card holding `figure`; info flags are not conflicts.
inline std::vector<const Flag*> conflicts_on_card_of(const Report& report, const Figure& figure) {
  std::vector<const Flag*> out;
  const Card* card = card_of(report, figure);
  for (const auto& g : report.flags)
    if ((g.severity == "major" || g.severity == "minor") && card != nullptr && g.card == card->id)
      out.push_back(&g);
  return out;
}

// Conflicts (major or minor) that name at least one of `figures`.
inline std::vector<const Flag*> conflicts_naming_any(const Report& report,
                                                     const std::vector<const Figure*>& figures) {
  std::vector<const Flag*> out;
  for (const auto& g : report.flags) {
    if (g.severity != "major" && g.severity != "minor") continue;
    for (const Figure* f : figures)
      if (std::find(g.figures.begin(), g.figures.end(), f->id) != g.figures.end()) {
        out.push_back(&g);
        break;
      }
  }
  return out;
}

inline bool contains(std::string_view haystack, std::string_view needle) {
  return haystack.find(needle) != std::string_view::npos;
}

// Equal within `tolerance` (absolute), or within a relative 1e-9 when 0.
inline bool same_number(double actual, double expected, double tolerance = 0) {
  if (tolerance > 0) return std::fabs(actual - expected) <= tolerance;
  return std::fabs(actual - expected) <= 1e-9 * std::max(1.0, std::fabs(expected));
}

// What holds for every correct report, whatever the extractor finds: offsets
// slice to the text, ids resolve, cards partition what they hold, flags sit
// on one card and name figures from two or more articles.
inline void check_report_invariants(const Bundle& bundle, const Report& report) {
  INFO("report:\n" << describe(report));
  std::set<std::string> figure_ids;
  for (const auto& f : report.figures) {
    INFO("figure: " << describe(f));
    CHECK_FALSE(f.id.empty());
    CHECK(figure_ids.insert(f.id).second);
    const auto article = std::find_if(bundle.articles.begin(), bundle.articles.end(),
                                      [&](const Article& a) { return a.id == f.article; });
    REQUIRE(article != bundle.articles.end());
    CHECK_FALSE(f.text.empty());
    CHECK(f.start < f.end);
    CHECK(js_slice(article->text, f.start, f.end) == f.text);
    CHECK(std::isfinite(f.value));
    CHECK_FALSE(f.unit.empty());
    if (f.unit == "count") CHECK_FALSE(f.noun.empty());
    if (!f.noun.empty()) CHECK(f.unit == "count");
    const bool has_range = f.low.has_value() && f.high.has_value();
    CHECK((f.hedge == keyfigures::Hedge::range) == has_range);
    if (has_range) {
      CHECK(*f.low <= f.value);
      CHECK(f.value <= *f.high);
    }
  }
  for (std::size_t i = 0; i < report.figures.size(); ++i)
    for (std::size_t j = i + 1; j < report.figures.size(); ++j) {
      const Figure& a = report.figures[i];
      const Figure& b = report.figures[j];
      if (a.article != b.article) continue;
      INFO("overlapping figures: " << describe(a) << " / " << describe(b));
      CHECK_FALSE((a.start < b.end && b.start < a.end));
    }
  for (const auto& f : report.figures) {
    if (f.same_amount_as.empty()) continue;
    INFO("figure: " << describe(f));
    const Figure* original = figure_by_id(report, f.same_amount_as);
    REQUIRE(original != nullptr);
    CHECK(original->article == f.article);
    CHECK(original->id != f.id);
  }

  std::set<std::string> card_ids;
  std::set<std::string> carded_figures;
  for (const auto& c : report.cards) {
    INFO("card: " << c.id << " \"" << c.label << "\"");
    CHECK(card_ids.insert(c.id).second);
    CHECK_FALSE(c.label.empty());
    CHECK_FALSE(contains(c.label, "_"));
    CHECK_FALSE(c.figures.empty());
    std::set<std::string> articles;
    for (const auto& id : c.figures) {
      CAPTURE(id);
      const Figure* f = figure_by_id(report, id);
      REQUIRE(f != nullptr);
      CHECK(carded_figures.insert(id).second);  // a figure sits on one card only
      articles.insert(f->article);
    }
    CHECK(c.sources == static_cast<int>(articles.size()));
  }

  std::set<std::string> flag_ids;
  for (const auto& g : report.flags) {
    INFO("flag: " << g.id << " " << g.kind << "/" << g.severity << " \"" << g.message << "\"");
    CHECK(flag_ids.insert(g.id).second);
    CHECK((g.severity == "major" || g.severity == "minor" || g.severity == "info"));
    CHECK_FALSE(g.kind.empty());
    CHECK_FALSE(g.message.empty());
    const auto card =
        std::find_if(report.cards.begin(), report.cards.end(), [&](const Card& c) { return c.id == g.card; });
    REQUIRE(card != report.cards.end());
    std::set<std::string> articles;
    for (const auto& id : g.figures) {
      CAPTURE(id);
      const Figure* f = figure_by_id(report, id);
      REQUIRE(f != nullptr);
      CHECK(std::find(card->figures.begin(), card->figures.end(), id) != card->figures.end());
      articles.insert(f->article);
    }
    CHECK(articles.size() >= 2);
  }
}

}  // namespace kftest
