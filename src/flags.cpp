// Stage 3: flags. Within a card, figures from different outlets that cannot
// both be true (after hedges, ranges, rounding and currency conversion) are
// a value_conflict; the same count under different nouns is a
// unit_conflict; values that differ only by trading session get an info note.
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <set>

#include "labels.hpp"
#include "stages.hpp"
#include "word_equal.hpp"

namespace keyfigures {

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

// Rough rates to USD: enough to tell a conversion from a different amount.
// A table, not a map: it is read for every pair of figures compared.
double usd_per_unit(std::string_view code) {
  struct Rate {
    std::string_view code;
    double usd;
  };
  static constexpr Rate kRates[] = {
      {"USD", 1.0},   {"CNY", 0.14},  {"HKD", 0.128}, {"EUR", 1.1},    {"GBP", 1.28},  {"JPY", 0.0068},
      {"INR", 0.012}, {"CAD", 0.73},  {"AUD", 0.66},  {"SGD", 0.75},   {"CHF", 1.15},  {"KRW", 0.00073},
      {"TWD", 0.031}, {"NZD", 0.6},   {"BRL", 0.18},  {"MXN", 0.055}};
  for (const Rate& rate : kRates)
    if (is(rate.code, code)) return rate.usd;
  return 0;
}

// Metrics for which one subject and period has one true value. Deals,
// stakes, targets and forecasts can differ legitimately between sources.
bool comparable_metric(const std::string& metric);

// Company guidance is one number too, once its period is stated.
bool comparable(const AnalyzedFigure& f) {
  const std::string& metric = f.context.metric;
  constexpr std::string_view kOutlook = "_outlook";
  if (metric.size() > kOutlook.size() && metric.compare(metric.size() - kOutlook.size(), kOutlook.size(), kOutlook) == 0)
    return f.context.period_explicit && !f.context.period.empty() &&
           comparable_metric(metric.substr(0, metric.size() - kOutlook.size()));
  // A fund's flows run on ("since launch", "this week"): two are one number only for a stated stretch.
  if (metric.rfind("fund_", 0) == 0) return f.context.period_explicit;
  return comparable_metric(metric);
}

bool comparable_metric(const std::string& metric) {
  static constexpr std::string_view kMetrics[] = {
      "price_change", "share_price", "market_value", "market_value_change", "revenue", "revenue_growth",
      "ebita", "ebita_growth", "ebitda", "ebitda_growth", "net_income", "net_income_growth", "operating_income",
      "operating_income_growth", "profit", "profit_growth", "capex", "forward_pe", "pe", "price_to_sales",
      "market_share", "share_of_revenue", "dividend_yield", "margin", "gross_margin", "operating_margin",
      "eps", "orders", "nii", "cet1_ratio", "load_factor", "arr", "arr_growth", "nrr", "billings",
      "billings_growth", "fcf", "fcf_margin", "rpo", "rpo_growth",
      "current_rpo", "current_rpo_growth", "fund_inflows", "fund_outflows"};
  return std::find(std::begin(kMetrics), std::end(kMetrics), metric) != std::end(kMetrics) ||
         metric.rfind("count:", 0) == 0;
}

bool is_change(const std::string& metric) {
  return metric.find("price_change") != std::string::npos || metric.find("growth") != std::string::npos ||
         metric == "market_value_change";
}

// Premarket, intraday and after-hours figures are snapshots of a price that
// keeps moving: outlets writing minutes apart print different values.
bool snapshot_session(std::string_view session) {
  return session == "premarket" || session == "intraday" || session == "after_hours";
}

struct Interval {
  double low = 0, high = 0;
};

// What a printed figure allows, in USD for money.
Interval interval_of(const AnalyzedFigure& f, bool signed_change) {
  const Figure& figure = f.figure;
  double scale = 1;
  if (figure.unit.size() == 3) scale = usd_per_unit(figure.unit);
  double value = figure.value;
  double low = figure.low.value_or(value), high = figure.high.value_or(value);
  const double tolerance = f.quantity.tolerance;
  Interval out;
  switch (figure.hedge) {
    case Hedge::exact: out = {value - tolerance, value + tolerance}; break;
    case Hedge::approx: out = {value - std::abs(value) * 0.1 - tolerance, value + std::abs(value) * 0.1 + tolerance}; break;
    // A bound is not rounded: "over 9%" excludes 8.5%.
    case Hedge::over: out = {value, kInf}; break;
    case Hedge::under: out = {-kInf, value}; break;
    case Hedge::range: out = {low - tolerance, high + tolerance}; break;
  }
  // Signs compare only when both sides state a direction (see CardChecker).
  if (signed_change && figure.direction == Direction::down && value > 0) out = {-out.high, -out.low};
  out.low *= scale;
  out.high *= scale;
  return out;
}

bool compatible(const Interval& a, const Interval& b, double slack) {
  // Touching intervals do not overlap: 9% and 10% are two different roundings.
  const double low = std::max(a.low, b.low), high = std::min(a.high, b.high);
  const double magnitude = std::max({std::abs(a.low), std::abs(a.high), std::abs(b.low), std::abs(b.high)}) ;
  const double allowance = std::isfinite(magnitude) ? slack * magnitude : 0;
  return low < high + allowance - 1e-12;
}

double central(const AnalyzedFigure& f, bool signed_change) {
  const double scale = f.figure.unit.size() == 3 ? usd_per_unit(f.figure.unit) : 1;
  const bool negate = signed_change && f.figure.direction == Direction::down && f.figure.value > 0;
  return (negate ? -f.figure.value : f.figure.value) * scale;
}

std::string source_of(const Bundle& bundle, const AnalyzedFigure& f) {
  const Article& article = bundle.articles[f.article_index];
  return article.source.empty() ? article.id : article.source;
}

// The number of outlets among the figures.
std::size_t outlet_count(const std::vector<const AnalyzedFigure*>& figures) {
  std::set<std::size_t> articles;
  for (const auto* f : figures) articles.insert(f->article_index);
  return articles.size();
}

// "A says x; B says y and C says z": one clause per side, each naming outlets and values.
std::string describe_side(const Bundle& bundle, const std::vector<const AnalyzedFigure*>& side, bool change) {
  std::vector<std::string> parts;
  std::set<std::size_t> seen;
  for (const auto* f : side) {
    if (!seen.insert(f->article_index).second) continue;
    parts.push_back(fmt::format("{} says {}", source_of(bundle, *f), value_phrase(f->figure, change)));
  }
  std::string out;
  for (std::size_t i = 0; i < parts.size(); ++i)
    out += (i == 0 ? "" : i + 1 == parts.size() ? " and " : ", ") + parts[i];
  return out;
}

class CardChecker {
 public:
  CardChecker(const Bundle& bundle, const Card& card, std::vector<const AnalyzedFigure*> figures)
      : bundle_(bundle), card_(card), figures_(std::move(figures)) {}

  void run(std::vector<Flag>& flags) {
    const std::string& metric = figures_.front()->context.metric;
    if (outlet_count(figures_) < 2 || !comparable(*figures_.front())) return;
    if (figures_.front()->context.period == "window") return;  // "over the past week": windows differ
    // Bases of a metric without periods ("two years ago", "the previous
    // round") may name different past dates: they never conflict.
    // Bases never conflict at all: "from $91B" (last guidance) and "from $22.9
    // billion a year earlier" are both "prior", yet of different past dates.
    if (figures_.front()->context.period == "prior") return;
    signed_ = is_change(metric);
    // Slack by snapshot, computed once per card: agree() runs for every pair.
    snapshot_slack_ = metric == "price_change" ? 0.4 : metric == "share_price" ? 0.05 : 0;
    price_level_ = metric == "share_price";
    if (metric.rfind("count:", 0) == 0) check_nouns(flags);
    check_values(flags, metric);
  }

 private:
  // Figures compared with each other: same session, or any session for a
  // price level (where a session explains only a small move).
  bool same_quantity(const AnalyzedFigure& a, const AnalyzedFigure& b, const std::string& metric) const {
    return quantity_class(a, metric) == quantity_class(b, metric);
  }

  // Figures of one class are compared with each other: a narrower scope ("in
  // Canada", "its ad tier") is a part, not the whole, and a price move is
  // compared only within its trading session.
  static std::pair<std::string_view, std::string_view> quantity_class(const AnalyzedFigure& f,
                                                                      const std::string& metric) {
    return {f.context.scope, metric == "price_change" ? std::string_view(f.context.session) : std::string_view()};
  }

  // A period borrowed from the card ("revenue rose to 263.5 billion yuan" on
  // the June-quarter card) is an inference: such a figure conflicts only with
  // one that states the period, in the same session, never with another
  // borrowed one, nor when its sentence names a period that was not read
  // ("for the first 11 months", "since June"): it may be of another period.
  // Nor do two snapshots of a session ("had dropped about 9% in premarket
  // trading", "had gained 1.8% in premarket trading") that name no day and
  // stand in articles of different dates: each is of its own day's session.
  bool may_conflict(const AnalyzedFigure& a, const AnalyzedFigure& b) const {
    if (snapshot_session(a.context.session) && snapshot_session(b.context.session) && a.context.weekday.empty() &&
        b.context.weekday.empty() &&
        bundle_.articles[a.article_index].published != bundle_.articles[b.article_index].published)
      return false;
    if (!a.period_inferred && !b.period_inferred) return true;
    const AnalyzedFigure& borrowed = a.period_inferred ? a : b;
    return a.period_inferred != b.period_inferred && !borrowed.context.period_unread &&
           a.context.session == b.context.session;
  }

  template <typename Side>
  bool sides_may_conflict(const Side& x, const Side& y) const {
    for (const auto* f : x)
      for (const auto* g : y)
        if (f->article_index != g->article_index && may_conflict(*f, *g)) return true;
    return false;
  }

  // Intervals of two figures, signed only when both say which way they moved.
  // `timing` allows for snapshots taken at different moments of one moving session.
  bool agree(const AnalyzedFigure& a, const AnalyzedFigure& b, const std::string& metric, bool timing = true) const {
    const bool use_sign = signed_ && a.figure.direction != Direction::none && b.figure.direction != Direction::none;
    const AnalyzedFigure& x = in_unit_of(a, b.figure.unit);
    const AnalyzedFigure& y = in_unit_of(b, a.figure.unit);
    const double allowance = slack(x, y, metric) + (timing ? snapshot_slack(x, y) : 0);
    return compatible(interval_of(x, use_sign), interval_of(y, use_sign), allowance);
  }

  // "fell 2.5% in extended trading" and "fell about 1% after hours": the
  // same session, read at different times. Moves in one direction within
  // 40% of the larger (prices within 5%) are timing, not a disagreement.
  // A market's price without sessions (crypto trades around the clock)
  // quoted twice in a day is two moments of it too.
  double snapshot_slack(const AnalyzedFigure& a, const AnalyzedFigure& b) const {
    if (price_level_ && a.context.subject_is_market && b.context.subject_is_market &&
        a.context.session.empty() && b.context.session.empty())
      return snapshot_slack_;
    if (snapshot_slack_ == 0 || a.context.session.empty() || a.context.session != b.context.session ||
        !snapshot_session(a.context.session))
      return 0;
    return snapshot_slack_;
  }

  // An amount with its article's own conversion into `unit` ("236.5 billion
  // yuan (US$33.0 billion)") is compared through it; else as it is.
  const AnalyzedFigure& in_unit_of(const AnalyzedFigure& f, const std::string& unit) const {
    if (f.figure.unit == unit) return f;
    const auto [begin, end] = restatements_.equal_range(f.figure.id);
    for (auto it = begin; it != end; ++it)
      if (it->second->figure.unit == unit && it->second->figure.direction == f.figure.direction) return *it->second;
    return f;
  }

  // Outlets that misprint a figure swap or slip digits ($168M for $186M, 8%
  // for 26%); amounts or counts four times apart (percentages six)
  // are two quantities on one card (a segment and its company, a peer, a
  // quarter and its year), and a wrong flag is worse than none.
  bool far_apart(const AnalyzedFigure& a, const AnalyzedFigure& b) const {
    const double x = std::abs(central(in_unit_of(a, b.figure.unit), signed_));
    const double y = std::abs(central(in_unit_of(b, a.figure.unit), signed_));
    if (x == 0 || y == 0 || !std::isfinite(x) || !std::isfinite(y)) return false;
    const double factor = a.figure.unit == "percent" || a.figure.unit == "percentage_points" ? 6 : 4;
    const double ratio = std::max(x, y) / std::min(x, y);
    // The same digits a power of ten apart (1,200 and 12,000 job cuts) are a
    // slipped zero or scale word: a misprint of one quantity after all.
    const double decades = std::log10(ratio);
    if (std::abs(decades - std::round(decades)) < 1e-9) return false;
    return ratio >= factor;
  }

  double slack(const AnalyzedFigure& a, const AnalyzedFigure& b, const std::string& metric) const {
    double s = 0;
    if (a.figure.unit != b.figure.unit) s += 0.12;  // currency conversion at a rough rate
    if (metric == "share_price" && a.context.session != b.context.session) s += 0.15;
    return s;
  }

  void check_values(std::vector<Flag>& flags, const std::string& metric) {
    // Leave out figures an article itself contradicts: they suggest two
    // quantities were grouped, and a wrong flag is worse than none.
    // A restatement stands for its original (see in_unit_of): comparing it
    // on its own at a rough rate could bridge two different amounts.
    std::set<std::string_view> ids;
    for (const auto* f : figures_) ids.insert(f->figure.id);
    for (const auto* f : figures_)
      if (ids.count(f->figure.same_amount_as)) restatements_.emplace(f->figure.same_amount_as, f);
    std::vector<const AnalyzedFigure*> usable;
    for (const auto* f : figures_) {
      if (ids.count(f->figure.same_amount_as)) continue;
      bool self_contradicted = false;
      for (const auto* g : figures_)
        if (g != f && g->article_index == f->article_index && same_quantity(*f, *g, metric) && !agree(*f, *g, metric))
          self_contradicted = true;
      if (!self_contradicted) usable.push_back(f);
    }
    // A figure far apart from every other outlet's is another quantity (see
    // far_apart): it takes no side.
    std::erase_if(usable, [&](const AnalyzedFigure* f) {
      bool others = false;
      for (const auto* g : usable) {
        if (g->article_index == f->article_index || !same_quantity(*f, *g, metric)) continue;
        if (!far_apart(*f, *g)) return false;
        others = true;
      }
      return others;
    });
    // Connected groups of mutually compatible figures.
    const std::size_t n = usable.size();
    std::vector<std::size_t> group(n);
    for (std::size_t i = 0; i < n; ++i) group[i] = i;
    auto find = [&](std::size_t i) {
      while (group[i] != i) i = group[i] = group[group[i]];
      return i;
    };
    // Classes (session, scope) with two outlets that disagree, in card order.
    std::vector<std::pair<std::string_view, std::string_view>> conflicts;
    bool session_note = false;
    bool timing_note = false;
    for (std::size_t i = 0; i < n; ++i)
      for (std::size_t j = i + 1; j < n; ++j) {
        const auto& a = *usable[i];
        const auto& b = *usable[j];
        const bool ok = agree(a, b, metric);
        if (!same_quantity(a, b, metric)) {
          // Only a session explains a spread here; another scope is just another quantity.
          if (!ok && a.article_index != b.article_index && !a.period_inferred && !b.period_inferred &&
              a.context.session != b.context.session)
            session_note = true;
          continue;
        }
        if (ok && a.article_index != b.article_index && snapshot_slack(a, b) > 0 &&
            !agree(a, b, metric, false))
          timing_note = true;
        if (ok) group[find(i)] = find(j);
        else if (a.article_index != b.article_index && may_conflict(a, b) &&
                 std::find(conflicts.begin(), conflicts.end(), quantity_class(a, metric)) == conflicts.end())
          conflicts.push_back(quantity_class(a, metric));
      }
    // Each class is weighed on its own: the largest agreeing group of one
    // session says nothing about a conflict within another.
    for (const auto& quantity : conflicts) {
      std::vector<std::size_t> members;
      for (std::size_t i = 0; i < n; ++i)
        if (quantity_class(*usable[i], metric) == quantity) members.push_back(i);
      flag_conflict(flags, usable, members, find, metric);
    }
    if (conflicts.empty() && session_note) flag_sessions(flags);
    else if (conflicts.empty() && timing_note) flag_timing(flags);
  }

  // In a bundle of three or more outlets, one outlet against one other is a
  // disagreement only when it looks like a misprint (see looks_misprinted):
  // two numbers that only two of several sources print are as often two
  // quantities grouped as one (a segment and its company, an estimate and
  // the result). Two outlets that agree against a third make the spread
  // credible whatever its shape; a bundle of two has nothing else to go by.
  bool corroborated(const std::vector<const AnalyzedFigure*>& x, const std::vector<const AnalyzedFigure*>& y,
                    const std::string& metric) const {
    if (bundle_.articles.size() < 3) return true;
    if (std::max(outlet_count(x), outlet_count(y)) >= 2) return true;
    // Prices, moves and multiples are read with their session, day and basis:
    // two of them that differ are one quantity misreported.
    static constexpr std::string_view kReadClosely[] = {"price_change", "share_price", "pe", "forward_pe",
                                                        "price_to_sales", "market_value", "market_value_change"};
    if (std::find(std::begin(kReadClosely), std::end(kReadClosely), metric) != std::end(kReadClosely)) return true;
    for (const auto* a : x)
      for (const auto* b : y)
        if (!opposite(a->figure.direction, b->figure.direction) && looks_misprinted(a->figure.text, b->figure.text))
          return true;
    return false;
  }

  // Keeps the first pair of sides that disagree credibly, if any: "310
  // branches" against "301", not against "92" (another bank's).
  bool keep_credible_pair(std::vector<std::vector<const AnalyzedFigure*>>& sides, const std::string& metric) const {
    for (std::size_t i = 0; i < sides.size(); ++i)
      for (std::size_t j = 0; j < sides.size(); ++j)
        if (i != j && sides_may_conflict(sides[i], sides[j]) && corroborated(sides[i], sides[j], metric)) {
          std::swap(sides[0], sides[i]);
          std::swap(sides[1], sides[j == 0 ? i : j]);
          sides.resize(2);
          return true;
        }
    return false;
  }

  static bool opposite(Direction a, Direction b) {
    return (a == Direction::up && b == Direction::down) || (a == Direction::down && b == Direction::up);
  }

  // "$168M" for "$186M", "3.6%" for "6.3%", "80.4%" for "81.4%": the same
  // digits with two neighbours swapped or one digit changed.
  static bool looks_misprinted(std::string_view a, std::string_view b) {
    struct Digits {
      char d[24];
      std::size_t n = 0;
    };
    const auto digits = [](std::string_view text) {
      Digits out;
      for (const char ch : text)
        if (ch >= '0' && ch <= '9' && out.n < sizeof out.d) out.d[out.n++] = ch;
      return out;
    };
    const Digits x = digits(a), y = digits(b);
    if (x.n == 0 || y.n == 0) return false;
    // "170 basis points" for "70": one digit more (of two or more: "72" is no misprint of "2").
    if ((x.n == y.n + 1 || y.n == x.n + 1) && std::min(x.n, y.n) >= 2) {
      const Digits& longer = x.n > y.n ? x : y;
      const Digits& shorter = x.n > y.n ? y : x;
      std::size_t i = 0;  // the first place they part; the longer's next digits must be the rest
      while (i < shorter.n && longer.d[i] == shorter.d[i]) ++i;
      return std::string_view(longer.d + i + 1, longer.n - i - 1) == std::string_view(shorter.d + i, shorter.n - i);
    }
    if (x.n != y.n) return false;
    std::size_t differ = 0, first = 0;
    for (std::size_t i = 0; i < x.n; ++i)
      if (x.d[i] != y.d[i] && differ++ == 0) first = i;
    if (differ == 1) return true;
    return differ == 2 && first + 1 < x.n && x.d[first] == y.d[first + 1] && x.d[first + 1] == y.d[first];
  }

  template <typename Find>
  void flag_conflict(std::vector<Flag>& flags, const std::vector<const AnalyzedFigure*>& usable,
                     const std::vector<std::size_t>& members, Find& find, const std::string& metric) {
    std::map<std::size_t, std::vector<const AnalyzedFigure*>> groups;
    for (const std::size_t i : members) groups[find(i)].push_back(usable[i]);
    // Sides: the groups, largest (most outlets) first; the flag contrasts the
    // two largest groups from different outlets.
    std::vector<std::vector<const AnalyzedFigure*>> sides;
    for (auto& [root, group] : groups) sides.push_back(group);
    // (An insertion sort, stable: a card has a handful of sides, and
    // std::stable_sort costs the WASM module a kilobyte.)
    for (std::size_t i = 1; i < sides.size(); ++i)
      for (std::size_t j = i; j > 0 && sides[j - 1].size() < sides[j].size(); --j) std::swap(sides[j - 1], sides[j]);
    // A side of borrowed periods only needs a stated opponent.
    std::size_t first_index = 0;
    while (first_index < sides.size() && !std::any_of(sides.begin(), sides.end(), [&](const auto& other) {
             return sides_may_conflict(sides[first_index], other);
           }))
      ++first_index;
    if (first_index == sides.size()) return;
    const std::vector<const AnalyzedFigure*>* second = nullptr;
    for (std::size_t k = 0; k < sides.size() && !second; ++k)
      if (k != first_index && sides_may_conflict(sides[k], sides[first_index])) second = &sides[k];
    if (!second) return;
    if (!corroborated(sides[first_index], *second, metric)) {
      if (!keep_credible_pair(sides, metric)) return;
      first_index = 0;
      second = &sides[1];
    }
    const auto& first = sides[first_index];
    // Severity from the widest gap between any two groups that disagree.
    double difference = 0;
    for (const auto& x : sides)
      for (const auto& y : sides) {
        if (!sides_may_conflict(x, y)) continue;
        const double a = central(*x.front(), signed_), b = central(*y.front(), signed_);
        difference = std::max(difference, std::abs(a - b) / std::max({std::abs(a), std::abs(b), 1e-9}));
      }
    Flag flag;
    flag.card = card_.id;
    flag.kind = "value_conflict";
    flag.severity = difference >= 0.3 ? "major" : "minor";
    for (const auto* f : *second) flag.figures.push_back(f->figure.id);
    for (const auto* f : first) flag.figures.push_back(f->figure.id);
    flag.message = fmt::format("{}: {}; {}", card_.label, describe_side(bundle_, *second, signed_),
                               describe_side(bundle_, first, signed_));
    // Further groups that also disagree (three outlets, three values).
    for (const auto& side : sides)
      if (&side != &first && &side != second) {
        if (!sides_may_conflict(side, first) && !sides_may_conflict(side, *second)) continue;
        for (const auto* f : side) flag.figures.push_back(f->figure.id);
        flag.message += "; " + describe_side(bundle_, side, signed_);
      }
    flag.message += ".";
    flags.push_back(std::move(flag));
  }

  void flag_sessions(std::vector<Flag>& flags) {
    flags.push_back(info_note("session_difference",
                                 "Outlets quote different trading sessions, which explains the spread: {}."));
  }

  void flag_timing(std::vector<Flag>& flags) {
    flags.push_back(info_note("timing_difference",
                                 "Outlets quote the same trading session at different moments, which explains "
                                 "the spread: {}."));
  }

  // An info note listing one value per outlet and session, e.g. "9.26% premarket (Benzinga)".
  Flag info_note(std::string_view kind, fmt::format_string<std::string&> message) const {
    Flag flag;
    flag.card = card_.id;
    flag.kind = std::string(kind);
    flag.severity = "info";
    std::vector<std::string> parts;
    std::set<std::pair<std::size_t, std::string>> seen;
    for (const auto* f : figures_) {
      if (!seen.insert({f->article_index, f->context.session}).second) continue;
      flag.figures.push_back(f->figure.id);
      const std::string session = f->context.session.empty() ? "unstated session" : f->context.session;
      std::string readable = session;
      std::replace(readable.begin(), readable.end(), '_', '-');
      parts.push_back(fmt::format("{} {} ({})", value_phrase(f->figure), readable, source_of(bundle_, *f)));
    }
    std::string joined;
    for (std::size_t i = 0; i < parts.size(); ++i) joined += (i ? ", " : "") + parts[i];
    flag.message = fmt::format(message, joined);
    return flag;
  }

  // "91 availability zones" vs "91 data centers": one count, two names.
  void check_nouns(std::vector<Flag>& flags) {
    std::map<std::size_t, std::set<std::string>> nouns;
    for (const auto* f : figures_) nouns[f->article_index].insert(f->quantity.noun_class);
    for (auto a = nouns.begin(); a != nouns.end(); ++a)
      for (auto b = std::next(a); b != nouns.end(); ++b) {
        std::vector<std::string> shared;
        std::set_intersection(a->second.begin(), a->second.end(), b->second.begin(), b->second.end(),
                              std::back_inserter(shared));
        if (!shared.empty()) continue;
        Flag flag;
        flag.card = card_.id;
        flag.kind = "unit_conflict";
        flag.severity = "minor";
        std::vector<const AnalyzedFigure*> left, right;
        for (const auto* f : figures_) {
          if (f->article_index == a->first) left.push_back(f);
          if (f->article_index == b->first) right.push_back(f);
        }
        for (const auto* f : left) flag.figures.push_back(f->figure.id);
        for (const auto* f : right) flag.figures.push_back(f->figure.id);
        flag.message = fmt::format("Same count, different names: {} says {}; {} says {}.",
                                   source_of(bundle_, *left.front()), value_phrase(left.front()->figure),
                                   source_of(bundle_, *right.front()), value_phrase(right.front()->figure));
        flags.push_back(std::move(flag));
        return;  // one note per card is enough for a reader
      }
  }

  const Bundle& bundle_;
  const Card& card_;
  std::vector<const AnalyzedFigure*> figures_;
  std::multimap<std::string_view, const AnalyzedFigure*> restatements_;  // original id -> its conversions
  bool signed_ = false;
  double snapshot_slack_ = 0;  // see snapshot_slack()
  bool price_level_ = false;   // the card is a price level (share_price)
};

}  // namespace

std::vector<Flag> find_flags(const Bundle& bundle, const std::vector<AnalyzedFigure>& figures,
                             const std::vector<Card>& cards) {
  std::map<std::string, const AnalyzedFigure*> by_id;
  for (const auto& f : figures) by_id[f.figure.id] = &f;
  std::vector<Flag> flags;
  for (const auto& card : cards) {
    std::vector<const AnalyzedFigure*> members;
    for (const auto& id : card.figures) members.push_back(by_id.at(id));
    // Cards with many figures are rare; cap the pairwise work per card.
    if (members.size() > 400) members.resize(400);
    CardChecker(bundle, card, std::move(members)).run(flags);
  }
  for (std::size_t i = 0; i < flags.size(); ++i) flags[i].id = fmt::format("d{}", i + 1);
  return flags;
}

}  // namespace keyfigures
