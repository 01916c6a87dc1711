// Gold scoring: matches report figures to gold quotes, then scores grouping,
// flags and the must-hold rules. See gold_scoring.hpp and docs/accuracy.md.
#include "gold_scoring.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <unordered_map>

namespace keyfigures::gold {
namespace {

constexpr std::size_t kNoOffset = std::numeric_limits<std::size_t>::max();

// Length of a UTF-8 sequence from its lead byte. The bundle parser has already
// validated the text, so continuation bytes never start a sequence here; a stray
// one counts as a single unit rather than derailing the walk.
std::size_t utf8_sequence_length(unsigned char lead) {
  if (lead < 0x80) return 1;
  if ((lead & 0xE0) == 0xC0) return 2;
  if ((lead & 0xF0) == 0xE0) return 3;
  if ((lead & 0xF8) == 0xF0) return 4;
  return 1;
}

// Byte offset -> UTF-16 offset for every byte boundary of `text` (size + 1
// entries; offsets inside a sequence map to the sequence start).
std::vector<std::size_t> utf16_offsets_by_byte(std::string_view text) {
  std::vector<std::size_t> offsets(text.size() + 1, 0);
  std::size_t units = 0;
  for (std::size_t pos = 0; pos < text.size();) {
    std::size_t length = std::min(utf8_sequence_length(static_cast<unsigned char>(text[pos])),
                                  text.size() - pos);
    for (std::size_t i = 0; i < length; ++i) offsets[pos + i] = units;
    units += length == 4 ? 2 : 1;  // astral code points are surrogate pairs
    pos += length;
  }
  offsets[text.size()] = units;
  return offsets;
}

// UTF-16 offset -> byte offset; kNoOffset between the halves of a surrogate pair.
std::vector<std::size_t> byte_offsets_by_utf16(std::string_view text) {
  std::vector<std::size_t> offsets;
  offsets.reserve(text.size() + 1);
  for (std::size_t pos = 0; pos < text.size();) {
    std::size_t length = std::min(utf8_sequence_length(static_cast<unsigned char>(text[pos])),
                                  text.size() - pos);
    offsets.push_back(pos);
    if (length == 4) offsets.push_back(kNoOffset);
    pos += length;
  }
  offsets.push_back(text.size());
  return offsets;
}

bool overlaps(const Span& a, std::size_t start, std::size_t end) {
  return start < a.end && a.start < end;
}

std::size_t overlap_length(const Span& a, std::size_t start, std::size_t end) {
  if (!overlaps(a, start, end)) return 0;
  return std::min(a.end, end) - std::max(a.start, start);
}

bool value_close(double got, double want) {
  double difference = std::fabs(got - want);
  return difference <= 0.05 || difference <= 0.005 * std::fabs(want);
}

double ratio(std::size_t numerator, std::size_t denominator, double when_empty) {
  return denominator == 0 ? when_empty
                          : static_cast<double>(numerator) / static_cast<double>(denominator);
}

std::string describe(const Figure& figure) {
  return fmt::format("{} \"{}\" {:.7g} {} {}", figure.id, figure.text, figure.value, figure.unit,
                     to_string(figure.hedge));
}

std::string describe(const GoldFigure& figure) {
  return fmt::format("{} \"{}\"", figure.id, figure.quote);
}

// Everything the scorer looks up more than once.
struct Index {
  std::map<std::string, const Article*> articles;
  std::unordered_map<std::string, std::size_t> figure_by_id;
  std::vector<std::vector<std::size_t>> cards_of_figure;  // report figure -> report cards
  std::vector<std::vector<Span>> gold_spans;               // gold figure -> quote occurrences
};

Index build_index(const Gold& gold, const Bundle& bundle, const Report& report) {
  Index index;
  for (const auto& article : bundle.articles) index.articles[article.id] = &article;
  for (std::size_t i = 0; i < report.figures.size(); ++i)
    index.figure_by_id.emplace(report.figures[i].id, i);
  index.cards_of_figure.resize(report.figures.size());
  for (std::size_t c = 0; c < report.cards.size(); ++c)
    for (const auto& id : report.cards[c].figures)
      if (auto found = index.figure_by_id.find(id); found != index.figure_by_id.end())
        index.cards_of_figure[found->second].push_back(c);
  for (const auto& figure : gold.figures) {
    auto article = index.articles.find(figure.article);
    index.gold_spans.push_back(article == index.articles.end()
                                   ? std::vector<Span>{}
                                   : find_utf16_occurrences(article->second->text, figure.quote));
  }
  return index;
}

std::string join(const std::vector<std::string>& items, std::string_view separator) {
  std::string out;
  for (const auto& item : items) {
    if (!out.empty()) out += separator;
    out += item;
  }
  return out;
}

void check_spans(const Report& report, const Index& index, Scores& scores) {
  for (const auto& figure : report.figures) {
    auto article = index.articles.find(figure.article);
    if (article == index.articles.end()) {
      ++scores.span_errors;
      scores.rule_violations.push_back(
          fmt::format("span: {} names unknown article {}", figure.id, figure.article));
      continue;
    }
    auto slice = slice_utf16(article->second->text, figure.start, figure.end);
    if (!slice.ok || slice.text != figure.text || figure.start >= figure.end) {
      ++scores.span_errors;
      scores.rule_violations.push_back(fmt::format(
          "span: {} {} [{},{}) text \"{}\" but article slice is {}", figure.id, figure.article,
          figure.start, figure.end, figure.text,
          slice.ok ? fmt::format("\"{}\"", slice.text) : std::string("out of range")));
    }
  }
}

// Greedy one-to-one matching, best overlap first. Returns gold -> report figure.
std::vector<std::size_t> match_figures(const Gold& gold, const Report& report,
                                       const Index& index) {
  struct Candidate {
    std::size_t overlap, gold, figure;
  };
  std::vector<Candidate> candidates;
  for (std::size_t g = 0; g < gold.figures.size(); ++g) {
    const auto& want = gold.figures[g];
    for (std::size_t f = 0; f < report.figures.size(); ++f) {
      const auto& got = report.figures[f];
      if (got.article != want.article || got.unit != want.unit ||
          want.hedge != to_string(got.hedge) || !value_close(got.value, want.value))
        continue;
      std::size_t best = 0;
      for (const auto& span : index.gold_spans[g])
        best = std::max(best, overlap_length(span, got.start, got.end));
      if (best > 0) candidates.push_back({best, g, f});
    }
  }
  std::stable_sort(candidates.begin(), candidates.end(),
                   [](const Candidate& a, const Candidate& b) { return a.overlap > b.overlap; });
  std::vector<std::size_t> report_of_gold(gold.figures.size(), kNoOffset);
  std::vector<bool> taken(report.figures.size(), false);
  for (const auto& candidate : candidates) {
    if (report_of_gold[candidate.gold] != kNoOffset || taken[candidate.figure]) continue;
    report_of_gold[candidate.gold] = candidate.figure;
    taken[candidate.figure] = true;
  }
  return report_of_gold;
}

// Why a gold figure got no match: the report figures over its quote, with the
// fields that disagree in brackets.
std::string missed_figure_line(const GoldFigure& want, const std::vector<Span>& spans,
                               const Report& report, const std::vector<std::size_t>& gold_of_report,
                               const Gold& gold) {
  std::string line = fmt::format("{} {} \"{}\" want {:.7g} {} {}{}", want.id, want.article,
                                 want.quote, want.value, want.unit, want.hedge,
                                 want.optional ? " (optional)" : "");
  if (spans.empty()) return line + " | quote not found in the article text";
  std::vector<std::string> seen;
  for (std::size_t f = 0; f < report.figures.size(); ++f) {
    const auto& got = report.figures[f];
    if (got.article != want.article) continue;
    bool over_quote = std::any_of(spans.begin(), spans.end(), [&](const Span& span) {
      return overlaps(span, got.start, got.end);
    });
    if (!over_quote) continue;
    std::vector<std::string> wrong;
    if (!value_close(got.value, want.value)) wrong.push_back("value");
    if (got.unit != want.unit) wrong.push_back("unit");
    if (want.hedge != to_string(got.hedge)) wrong.push_back("hedge");
    if (wrong.empty() && gold_of_report[f] != kNoOffset)
      wrong.push_back("taken by " + gold.figures[gold_of_report[f]].id);
    seen.push_back(describe(got) + (wrong.empty() ? "" : " [" + join(wrong, ",") + "]"));
  }
  return line + " | " + (seen.empty() ? "no report figure over the quote" : join(seen, "; "));
}

// Report card -> gold card holding most of its matched figures ("" when none).
std::vector<std::string> map_cards(const Gold& gold, const Report& report, const Index& index,
                                   const std::vector<std::size_t>& gold_of_report) {
  std::map<std::string, std::size_t> gold_card_order;
  for (std::size_t i = 0; i < gold.cards.size(); ++i) gold_card_order.emplace(gold.cards[i].id, i);
  std::vector<std::string> mapped;
  for (const auto& card : report.cards) {
    std::map<std::string, std::size_t> votes;
    for (const auto& id : card.figures) {
      auto found = index.figure_by_id.find(id);
      if (found == index.figure_by_id.end() || gold_of_report[found->second] == kNoOffset) continue;
      ++votes[gold.figures[gold_of_report[found->second]].card];
    }
    std::string best;
    std::size_t best_votes = 0;
    for (const auto& [gold_card, count] : votes) {
      bool earlier = !best.empty() && gold_card_order[gold_card] < gold_card_order[best];
      if (count > best_votes || (count == best_votes && earlier)) {
        best = gold_card;
        best_votes = count;
      }
    }
    mapped.push_back(best);
  }
  return mapped;
}

void score_grouping(const Gold& gold, const Report& report, const Index& index,
                    const std::vector<std::size_t>& report_of_gold, Scores& scores) {
  std::vector<std::size_t> matched;
  for (std::size_t g = 0; g < gold.figures.size(); ++g)
    if (report_of_gold[g] != kNoOffset) matched.push_back(g);

  auto shares_card = [&](std::size_t a, std::size_t b) {
    const auto& cards_a = index.cards_of_figure[report_of_gold[a]];
    const auto& cards_b = index.cards_of_figure[report_of_gold[b]];
    return std::any_of(cards_a.begin(), cards_a.end(), [&](std::size_t card) {
      return std::find(cards_b.begin(), cards_b.end(), card) != cards_b.end();
    });
  };
  std::set<std::string> split_gold_cards;
  std::set<std::size_t> merging_report_cards;
  for (std::size_t i = 0; i < matched.size(); ++i)
    for (std::size_t j = i + 1; j < matched.size(); ++j) {
      bool gold_same = gold.figures[matched[i]].card == gold.figures[matched[j]].card;
      bool predicted_same = shares_card(matched[i], matched[j]);
      scores.pairs_gold_same += gold_same;
      scores.pairs_predicted_same += predicted_same;
      scores.pairs_both_same += gold_same && predicted_same;
      if (gold_same && !predicted_same) split_gold_cards.insert(gold.figures[matched[i]].card);
      if (predicted_same && !gold_same)
        for (std::size_t card : index.cards_of_figure[report_of_gold[matched[i]]])
          merging_report_cards.insert(card);
    }
  bool any_matched = !matched.empty();
  scores.grouping_precision =
      ratio(scores.pairs_both_same, scores.pairs_predicted_same, any_matched ? 1.0 : 0.0);
  scores.grouping_recall =
      ratio(scores.pairs_both_same, scores.pairs_gold_same, any_matched ? 1.0 : 0.0);
  double sum = scores.grouping_precision + scores.grouping_recall;
  scores.grouping_f1 = sum == 0 ? 0 : 2 * scores.grouping_precision * scores.grouping_recall / sum;

  // One line per split gold card: where each of its matched figures went.
  for (const auto& gold_card : split_gold_cards) {
    std::map<std::string, std::vector<std::string>> by_report_card;
    for (std::size_t g : matched) {
      if (gold.figures[g].card != gold_card) continue;
      const auto& cards = index.cards_of_figure[report_of_gold[g]];
      std::string where = cards.empty() ? std::string("no card") : report.cards[cards[0]].id;
      by_report_card[where].push_back(describe(gold.figures[g]));
    }
    std::vector<std::string> parts;
    for (const auto& [where, figures] : by_report_card)
      parts.push_back(fmt::format("{} [{}]", where, join(figures, ", ")));
    scores.wrongly_split.push_back(fmt::format("{} split: {}", gold_card, join(parts, " | ")));
  }
  // One line per merging report card: which gold cards it mixes.
  for (std::size_t card : merging_report_cards) {
    std::map<std::string, std::vector<std::string>> by_gold_card;
    for (std::size_t g : matched) {
      const auto& cards = index.cards_of_figure[report_of_gold[g]];
      if (std::find(cards.begin(), cards.end(), card) != cards.end())
        by_gold_card[gold.figures[g].card].push_back(describe(gold.figures[g]));
    }
    std::vector<std::string> parts;
    for (const auto& [gold_card, figures] : by_gold_card)
      parts.push_back(fmt::format("{} [{}]", gold_card, join(figures, ", ")));
    scores.wrongly_merged.push_back(
        fmt::format("{} merges: {}", report.cards[card].id, join(parts, " + ")));
  }
}

bool is_conflict(const Flag& flag) {
  return flag.severity == "major" || flag.severity == "minor";
}

std::set<std::string> flag_articles(const Flag& flag, const Report& report, const Index& index) {
  std::set<std::string> articles;
  for (const auto& id : flag.figures)
    if (auto found = index.figure_by_id.find(id); found != index.figure_by_id.end())
      articles.insert(report.figures[found->second].article);
  return articles;
}

bool covers_a_pair(const std::set<std::string>& articles, const GoldDisagreement& disagreement) {
  return std::any_of(disagreement.pairs.begin(), disagreement.pairs.end(), [&](const auto& pair) {
    return articles.count(pair.first) > 0 && articles.count(pair.second) > 0;
  });
}

std::string describe_flag(const Flag& flag, const std::string& mapped_card,
                          const std::set<std::string>& articles) {
  return fmt::format("{} {} {} on {} (-> {}) articles {}: {}", flag.id, flag.severity, flag.kind,
                     flag.card, mapped_card.empty() ? "no gold card" : mapped_card,
                     join(std::vector<std::string>(articles.begin(), articles.end()), ","),
                     flag.message);
}

void score_flags(const Gold& gold, const Report& report, const Index& index,
                 const std::vector<std::string>& mapped_card_of, Scores& scores) {
  std::map<std::string, std::size_t> card_index;
  for (std::size_t c = 0; c < report.cards.size(); ++c) card_index.emplace(report.cards[c].id, c);
  auto mapped_card = [&](const Flag& flag) -> std::string {
    auto found = card_index.find(flag.card);
    return found == card_index.end() ? std::string() : mapped_card_of[found->second];
  };

  scores.disagreements_total = gold.disagreements.size();
  for (const auto& disagreement : gold.disagreements) {
    bool major = disagreement.severity == "major";
    scores.major_total += major;
    const Flag* found = nullptr;
    const Flag* wrong_kind = nullptr;
    std::vector<std::string> nearby;  // other flags on the same gold card, for the diagnostic
    for (const auto& flag : report.flags) {
      if (mapped_card(flag) != disagreement.card) continue;
      auto articles = flag_articles(flag, report, index);
      if (!is_conflict(flag) || !covers_a_pair(articles, disagreement)) {
        nearby.push_back(describe_flag(flag, disagreement.card, articles));
        continue;
      }
      if (flag.kind != disagreement.kind) {
        wrong_kind = &flag;
        continue;
      }
      if (!found || (found->severity != "major" && flag.severity == "major")) found = &flag;
    }
    std::vector<std::string> pairs;
    for (const auto& [a, b] : disagreement.pairs) pairs.push_back(a + "+" + b);
    std::string what = fmt::format("{} {} {} ({})", disagreement.card, disagreement.severity,
                                   disagreement.kind, join(pairs, " or "));
    if (found) {
      ++scores.disagreements_found;
      if (major && found->severity == "major") ++scores.major_found_as_major;
      else if (major)
        scores.flag_problems.push_back(
            fmt::format("{}: flagged {} by {}, want major", what, found->severity, found->id));
    } else if (wrong_kind) {
      scores.flag_problems.push_back(fmt::format("{}: kind mismatch, {} is {}", what,
                                                 wrong_kind->id, wrong_kind->kind));
    } else {
      bool mapped = std::find(mapped_card_of.begin(), mapped_card_of.end(), disagreement.card) !=
                    mapped_card_of.end();
      scores.flag_problems.push_back(fmt::format(
          "{}: missed | {}", what,
          !mapped          ? std::string("no report card maps to this gold card")
          : nearby.empty() ? std::string("no flag on its report cards")
                           : "flags there: " + join(nearby, "; ")));
    }
  }

  for (const auto& flag : report.flags) {
    std::string mapped = mapped_card(flag);
    auto articles = flag_articles(flag, report, index);
    bool consistent = std::find(gold.consistent.begin(), gold.consistent.end(), mapped) !=
                      gold.consistent.end();
    bool tolerated = std::find(gold.tolerated.begin(), gold.tolerated.end(), mapped) !=
                     gold.tolerated.end();
    if (!mapped.empty() && consistent) {
      ++scores.consistent_violations;
      scores.rule_violations.push_back("consistent card flagged: " +
                                       describe_flag(flag, mapped, articles));
    }
    if (!is_conflict(flag)) continue;
    if (!mapped.empty() && tolerated) {
      ++scores.tolerated_violations;
      scores.rule_violations.push_back("tolerated card flagged as conflict: " +
                                       describe_flag(flag, mapped, articles));
    }
    ++scores.conflict_flags_total;
    bool matches = std::any_of(
        gold.disagreements.begin(), gold.disagreements.end(), [&](const GoldDisagreement& d) {
          return d.card == mapped && d.kind == flag.kind && covers_a_pair(articles, d);
        });
    if (matches) ++scores.conflict_flags_matching;
    else scores.wrong_flags.push_back(describe_flag(flag, mapped, articles));
  }
  scores.flag_recall = ratio(scores.disagreements_found, scores.disagreements_total, 1.0);
  scores.major_recall = ratio(scores.major_found_as_major, scores.major_total, 1.0);
  scores.flag_precision = ratio(scores.conflict_flags_matching, scores.conflict_flags_total,
                                gold.disagreements.empty() ? 1.0 : 0.0);
}

void check_noise(const Gold& gold, const Report& report, const Index& index, Scores& scores) {
  for (const auto& noise : gold.noise) {
    auto article = index.articles.find(noise.article);
    if (article == index.articles.end()) continue;
    for (const auto& span : find_utf16_occurrences(article->second->text, noise.quote))
      for (std::size_t f = 0; f < report.figures.size(); ++f) {
        const auto& figure = report.figures[f];
        if (figure.article != noise.article || index.cards_of_figure[f].empty() ||
            !overlaps(span, figure.start, figure.end))
          continue;
        ++scores.noise_violations;
        scores.rule_violations.push_back(
            fmt::format("noise: {} \"{}\" became {} in card {}", noise.article, noise.quote,
                        describe(figure), report.cards[index.cards_of_figure[f][0]].id));
      }
  }
}

std::string get_string(const nlohmann::json& object, const char* key) {
  auto found = object.find(key);
  return found != object.end() && found->is_string() ? found->get<std::string>() : std::string();
}

}  // namespace

std::vector<Span> find_utf16_occurrences(std::string_view text, std::string_view quote) {
  std::vector<Span> spans;
  if (quote.empty()) return spans;
  auto offsets = utf16_offsets_by_byte(text);
  for (auto pos = text.find(quote); pos != std::string_view::npos;
       pos = text.find(quote, pos + 1))
    spans.push_back({offsets[pos], offsets[pos + quote.size()]});
  return spans;
}

Utf16Slice slice_utf16(std::string_view text, std::size_t start, std::size_t end) {
  auto offsets = byte_offsets_by_utf16(text);
  if (start > end || end >= offsets.size() || offsets[start] == kNoOffset ||
      offsets[end] == kNoOffset)
    return {};
  return {true, std::string(text.substr(offsets[start], offsets[end] - offsets[start]))};
}

Result<Gold> parse_gold(std::string_view json) {
  auto root = nlohmann::json::parse(json, nullptr, false);
  if (root.is_discarded() || !root.is_object())
    return Error{ErrorKind::bad_input, "gold: not a JSON object"};
  Gold gold;
  try {
    for (const auto& item : root.at("figures"))
      gold.figures.push_back({item.at("id").get<std::string>(),
                              item.at("article").get<std::string>(),
                              item.at("quote").get<std::string>(), item.at("value").get<double>(),
                              item.at("unit").get<std::string>(),
                              item.at("hedge").get<std::string>(),
                              item.at("card").get<std::string>(), item.value("optional", false)});
    for (const auto& item : root.at("cards"))
      gold.cards.push_back({item.at("id").get<std::string>(), get_string(item, "label"),
                            item.at("figures").get<std::vector<std::string>>()});
    for (const auto& item : root.at("disagreements")) {
      GoldDisagreement disagreement{item.at("card").get<std::string>(),
                                    item.at("kind").get<std::string>(),
                                    item.at("severity").get<std::string>(), {},
                                    get_string(item, "why")};
      for (const auto& pair : item.at("pairs"))
        disagreement.pairs.emplace_back(pair.at(0).get<std::string>(),
                                        pair.at(1).get<std::string>());
      gold.disagreements.push_back(std::move(disagreement));
    }
    gold.consistent = root.value("consistent", std::vector<std::string>{});
    gold.tolerated = root.value("tolerated", std::vector<std::string>{});
    if (auto noise = root.find("noise"); noise != root.end())
      for (const auto& [article, quotes] : noise->items())
        for (const auto& quote : quotes) gold.noise.push_back({article, quote.get<std::string>()});
  } catch (const nlohmann::json::exception& error) {
    return Error{ErrorKind::bad_input, fmt::format("gold: {}", error.what())};
  }
  return gold;
}

Scores score_report(const Gold& gold, const Bundle& bundle, const Report& report) {
  Scores scores;
  Index index = build_index(gold, bundle, report);
  check_spans(report, index, scores);

  auto report_of_gold = match_figures(gold, report, index);
  std::vector<std::size_t> gold_of_report(report.figures.size(), kNoOffset);
  for (std::size_t g = 0; g < gold.figures.size(); ++g)
    if (report_of_gold[g] != kNoOffset) gold_of_report[report_of_gold[g]] = g;

  for (std::size_t g = 0; g < gold.figures.size(); ++g) {
    const auto& figure = gold.figures[g];
    bool matched = report_of_gold[g] != kNoOffset;
    ++scores.all_total;
    scores.all_matched += matched;
    if (!figure.optional) {
      ++scores.required_total;
      scores.required_matched += matched;
    }
    if (!matched)
      scores.missed_figures.push_back(
          missed_figure_line(figure, index.gold_spans[g], report, gold_of_report, gold));
  }
  scores.figure_recall = ratio(scores.required_matched, scores.required_total, 1.0);
  scores.figure_recall_all = ratio(scores.all_matched, scores.all_total, 1.0);

  for (std::size_t f = 0; f < report.figures.size(); ++f)
    if (gold_of_report[f] == kNoOffset && !index.cards_of_figure[f].empty())
      scores.unmatched_card_figures.push_back(
          fmt::format("{} {} in {}", report.figures[f].article, describe(report.figures[f]),
                      report.cards[index.cards_of_figure[f][0]].id));

  score_grouping(gold, report, index, report_of_gold, scores);
  auto mapped_card_of = map_cards(gold, report, index, gold_of_report);
  for (std::size_t c = 0; c < report.cards.size(); ++c)
    scores.card_mapping.push_back(
        fmt::format("{} -> {} ({})", report.cards[c].id,
                    mapped_card_of[c].empty() ? "-" : mapped_card_of[c], report.cards[c].label));
  score_flags(gold, report, index, mapped_card_of, scores);
  check_noise(gold, report, index, scores);
  return scores;
}

std::string summary_line(const Scores& s) {
  return fmt::format(
      "gold: figure recall {:.3f} ({}/{} required) | grouping F1 {:.2f} (P {:.2f} R {:.2f}) | "
      "flag recall {:.2f} | major {:.2f} | flag precision {:.2f}\n"
      "gold: with optional {:.3f} ({}/{}) | disagreements found {}/{}, major as major {}/{}, "
      "conflict flags right {}/{} | violations: consistent {}, tolerated {}, noise {}, spans {}",
      s.figure_recall, s.required_matched, s.required_total, s.grouping_f1, s.grouping_precision,
      s.grouping_recall, s.flag_recall, s.major_recall, s.flag_precision, s.figure_recall_all,
      s.all_matched, s.all_total, s.disagreements_found, s.disagreements_total,
      s.major_found_as_major, s.major_total, s.conflict_flags_matching, s.conflict_flags_total,
      s.consistent_violations, s.tolerated_violations, s.noise_violations, s.span_errors);
}

std::string diagnostics_text(const Scores& scores) {
  std::string out = summary_line(scores) + "\n";
  auto section = [&out](std::string_view title, const std::vector<std::string>& lines) {
    if (lines.empty()) return;
    out += fmt::format("-- {} ({})\n", title, lines.size());
    for (const auto& line : lines) out += "  " + line + "\n";
  };
  section("missed gold figures", scores.missed_figures);
  section("wrongly split gold cards", scores.wrongly_split);
  section("wrongly merged report cards", scores.wrongly_merged);
  section("disagreement problems", scores.flag_problems);
  section("conflict flags matching no disagreement", scores.wrong_flags);
  section("rule violations", scores.rule_violations);
  section("carded report figures with no gold figure (not scored)", scores.unmatched_card_figures);
  section("report card -> gold card", scores.card_mapping);
  return out;
}

std::string scores_to_json(const Scores& s) {
  nlohmann::json json = {
      {"summary", summary_line(s)},
      {"figure_recall", s.figure_recall},
      {"figure_recall_with_optional", s.figure_recall_all},
      {"figures_required", {{"matched", s.required_matched}, {"total", s.required_total}}},
      {"figures_all", {{"matched", s.all_matched}, {"total", s.all_total}}},
      {"grouping", {{"f1", s.grouping_f1},
                    {"precision", s.grouping_precision},
                    {"recall", s.grouping_recall},
                    {"pairs_gold_same", s.pairs_gold_same},
                    {"pairs_predicted_same", s.pairs_predicted_same},
                    {"pairs_both_same", s.pairs_both_same}}},
      {"flags", {{"recall", s.flag_recall},
                 {"major_recall", s.major_recall},
                 {"precision", s.flag_precision},
                 {"disagreements_found", s.disagreements_found},
                 {"disagreements_total", s.disagreements_total},
                 {"major_found_as_major", s.major_found_as_major},
                 {"major_total", s.major_total},
                 {"conflict_flags_matching", s.conflict_flags_matching},
                 {"conflict_flags_total", s.conflict_flags_total}}},
      {"violations", {{"consistent", s.consistent_violations},
                      {"tolerated", s.tolerated_violations},
                      {"noise", s.noise_violations},
                      {"spans", s.span_errors}}},
      {"diagnostics", {{"missed_figures", s.missed_figures},
                       {"wrongly_split", s.wrongly_split},
                       {"wrongly_merged", s.wrongly_merged},
                       {"flag_problems", s.flag_problems},
                       {"wrong_flags", s.wrong_flags},
                       {"rule_violations", s.rule_violations},
                       {"unmatched_card_figures", s.unmatched_card_figures},
                       {"card_mapping", s.card_mapping}}},
  };
  return json.dump(2) + "\n";
}

}  // namespace keyfigures::gold
