// Stage 2: cards. Figures that measure the same quantity (subject, metric,
// period, listing, unit family) across the bundle form one card. Keys are
// hashed, so grouping stays linear in the number of figures.
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <map>
#include <set>
#include <tuple>

#include "labels.hpp"
#include "stages.hpp"
#include "tokenizer.hpp"

namespace keyfigures {

namespace {

// "amount", "amount_outlook": money whose metric the text does not say.
bool is_bare_amount(const std::string& metric) { return metric.find("amount") != std::string::npos; }

std::string unit_family(const std::string& unit) {
  if (unit.size() == 3) return "money";
  return unit;
}

bool period_matters(const std::string& metric) {
  if (metric.rfind("estimate:", 0) == 0) return period_matters(metric.substr(9));
  if (metric.rfind("count:", 0) == 0) return metric.find(':', 6) != std::string::npos;  // flows, not stocks
  return metric == "price_change" || metric.find("revenue") != std::string::npos ||
         metric.find("growth") != std::string::npos || metric == "ebita" || metric == "ebitda" ||
         metric == "net_income" || metric == "operating_income" || metric == "profit" ||
         metric.find("margin") != std::string::npos || metric == "synergies" || metric == "market_value_change" ||
         metric == "eps" || metric == "orders" || metric == "nii" || metric == "cet1_ratio" ||
         metric == "load_factor" || metric == "billings" || metric == "fcf" || metric.rfind("fund_", 0) == 0;
}

bool listing_matters(const std::string& metric) {
  return metric == "price_change" || metric == "share_price" || metric == "market_value_change";
}

std::string period_key(const FigureContext& c) {
  if (!period_matters(c.metric)) return {};
  return c.period_id.empty() ? c.period : c.period + ":" + c.period_id;
}

// "98,500 tonnes", "2 million barrels": a unit of measure says how much, not
// of what (inventories, an outage, purchases), so with no action ("cut",
// "produced") it is as open as an amount of money.
bool is_bare_measure(const std::string& metric) {
  static constexpr std::string_view kMeasures[] = {"count:tonnes", "count:barrels", "count:power capacity",
                                                   "count:oil output", "count:ounces"};
  return std::find(std::begin(kMeasures), std::end(kMeasures), metric) != std::end(kMeasures);
}

// Figures whose metric is unknown, and analysts' price targets (one per
// broker), are grouped only with the same value.
bool keyed_by_value(const FigureContext& c) {
  return is_bare_amount(c.metric) || is_bare_measure(c.metric) || c.metric == "percent" || c.metric == "multiple" || c.metric == "price_target" ||
         c.metric == "fine" ||  // the fine decided now and earlier fines, rarely dated, read alike
         c.metric == "portion" || c.metric == "premium" || c.metric.rfind("change_of:", 0) == 0 ||
         (c.metric == "price_change" && c.period == "window");
}

std::string card_key(const AnalyzedFigure& f) {
  const FigureContext& c = f.context;
  const std::string value = keyed_by_value(c) ? fmt::format("={:.6g}{}", f.figure.value, f.figure.unit) : std::string();
  // A comparison base ("from $180") is never the figure reported now, nor a
  // first day's count the running total.
  std::string period = c.period == "prior" || c.period == "first_day" ? c.period : period_key(c);
  // A named weekday sets a move or a price apart from another day's; a basis
  // ("adjusted", "constant currency") sets a measure apart from another.
  if (!c.weekday.empty()) period += "@" + c.weekday;
  if (!c.basis.empty()) period += "#" + c.basis;
  return fmt::format("{}|{}|{}|{}|{}{}", c.subject_key, c.metric, period,
                     listing_matters(c.metric) ? c.listing : std::string(), unit_family(f.figure.unit), value);
}

// An amount with no metric of its own takes the metric of the same amount
// elsewhere in the bundle: "$53B AI sprint" is the "$53 billion" plan.
// "amount_outlook" -> "_outlook": the modifiers around a metric's base name.
std::string modifiers_of(const std::string& metric, const std::string& base) {
  const auto at = metric.find(base);
  return at == std::string::npos ? metric : metric.substr(0, at) + "|" + metric.substr(at + base.size());
}

void borrow_metric_of_same_amount(std::vector<AnalyzedFigure>& figures) {
  std::map<std::tuple<std::string, double, std::string>, const AnalyzedFigure*> known;
  for (const auto& f : figures)
    if (!is_bare_amount(f.context.metric) && f.figure.unit.size() == 3 && std::abs(f.figure.value) >= 1e6) {
      // Strip the base so "revenue_outlook" is found under the modifiers "|_outlook".
      std::string modifiers = "|";
      for (const std::string base : {"revenue", "capex", "profit"})
        if (f.context.metric.find(base) != std::string::npos) modifiers = modifiers_of(f.context.metric, base);
      known.emplace(std::tuple{f.figure.unit, f.figure.value, modifiers}, &f);
    }
  for (auto& f : figures) {
    if (!is_bare_amount(f.context.metric)) continue;
    const auto it = known.find({f.figure.unit, f.figure.value, modifiers_of(f.context.metric, "amount")});
    if (it == known.end()) continue;
    const FigureContext& other = it->second->context;
    f.context.metric = other.metric;
    f.context.subject_key = other.subject_key;
    f.context.subject = other.subject;
    f.context.period = other.period;
    f.context.period_id = other.period_id;
  }
}

bool is_reporting_period(const std::string& p) {
  return p == "quarter" || p == "half" || p == "nine_months" || p == "annual";
}

// The reporting periods an article's headline and first lines name: "GRBL
// Q4: order frequency is the story", "fourth-quarter revenue beat".
std::set<std::string> headline_periods(const Article& article) {
  constexpr std::size_t kLede = 400;
  std::string lede = article.title + "\n" + article.text.substr(0, kLede);
  const Tokens tokens = tokenize(lede);
  std::set<std::string> out;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const std::string_view w = tokens[i].lower();
    if (w == "q1" || w == "q2" || w == "q3" || w == "q4" || w == "quarter" || w == "quarterly")
      out.insert("quarter");
    else if (w == "annual" || (w == "year" && i >= 2 && tokens[i - 2].lower() == "full"))
      out.insert("annual");
  }
  return out;
}

// A figure whose period is unknown joins the one card of its subject and
// metric that has a period ("cloud grew 26%" -> the June-quarter card).
void adopt_single_period(const Bundle& bundle, std::vector<AnalyzedFigure>& figures) {
  std::map<std::string, std::set<std::pair<std::string, std::string>>> periods;
  auto base = [](const FigureContext& c) { return c.subject_key + "|" + c.metric; };
  for (const auto& f : figures)
    // A comparison base ("from $12.9 billion a year earlier") belongs to its
    // figure alone: it never lends "prior" to the value now; nor does a
    // target year ("by 2027") lend its future to a value reported now.
    if (period_matters(f.context.metric) && f.context.metric != "price_change" && !f.context.period.empty() &&
        f.context.period != "prior" && f.context.period != "target")
      periods[base(f.context)].insert({f.context.period, f.context.period_id});
  // A bare "quarter" is the same period as the one identified quarter, if only one is.
  for (auto& [key, set] : periods) {
    const auto identified = std::count_if(set.begin(), set.end(), [](const auto& p) {
      return p.first == "quarter" && !p.second.empty();
    });
    if (identified > 0) set.erase({"quarter", ""});
  }
  // The readable period of a figure that named it ("June 2025 quarter").
  std::map<std::string, std::string> texts;
  for (const auto& f : figures)
    if (!f.context.period_text.empty())
      texts.emplace(base(f.context) + "|" + f.context.period + "|" + f.context.period_id, f.context.period_text);
  // The reporting periods each article states itself, in its figures or its
  // headline: an article about the fourth quarter does not borrow another
  // outlet's full year.
  std::map<std::size_t, std::set<std::string>> stated;
  for (std::size_t a = 0; a < bundle.articles.size(); ++a)
    if (auto named = headline_periods(bundle.articles[a]); !named.empty()) stated[a] = std::move(named);
  for (const auto& f : figures)
    if (f.context.period_explicit && is_reporting_period(f.context.period))
      stated[f.article_index].insert(f.context.period);
  for (auto& f : figures) {
    FigureContext& c = f.context;
    if (!period_matters(c.metric) || c.metric == "price_change") continue;
    const bool open = c.period.empty() || (c.period == "quarter" && c.period_id.empty());
    if (!open) continue;
    const auto it = periods.find(base(c));
    if (it == periods.end() || it->second.size() != 1) continue;
    const auto& [period, id] = *it->second.begin();
    if (c.period == "quarter" && period != "quarter") continue;
    if (const auto own = stated.find(f.article_index);
        is_reporting_period(period) && own != stated.end() && !own->second.contains(period))
      continue;
    if (c.period.empty()) f.period_inferred = true;
    c.period = period;
    c.period_id = id;
    c.period_text = texts[base(c) + "|" + period + "|" + id];
  }
}

// The card key of every figure. A currency restatement takes the key of the
// amount it restates; amounts known only by value join every report of
// either side of a restatement ("€2.1 billion ($2.3 billion)" and "$2.3 billion").
std::vector<std::string> card_keys(const std::vector<AnalyzedFigure>& figures) {
  std::vector<std::string> keys(figures.size());
  std::map<std::string, std::size_t> index_of_id;
  for (std::size_t i = 0; i < figures.size(); ++i) {
    keys[i] = card_key(figures[i]);
    index_of_id[figures[i].figure.id] = i;
    if (const auto& original = figures[i].figure.same_amount_as; !original.empty())
      keys[i] = keys[index_of_id.at(original)];
  }
  std::map<std::string, std::string> parent;
  const auto find = [&](std::string key) {
    while (parent.count(key) && parent[key] != key) key = parent[key];
    return key;
  };
  std::map<std::string, std::string> key_of_amount;
  for (std::size_t i = 0; i < figures.size(); ++i) {
    const AnalyzedFigure& f = figures[i];
    if (!keyed_by_value(f.context)) continue;
    const std::string amount = fmt::format("{}|{:.6g}{}", f.context.subject_key, f.figure.value, f.figure.unit);
    const auto [it, inserted] = key_of_amount.emplace(amount, keys[i]);
    if (!inserted) {
      const std::string a = find(keys[i]), b = find(it->second);
      if (a != b) parent[a] = b;
    }
  }
  for (auto& key : keys) key = find(key);
  return keys;
}

// A move or price with no weekday belongs to the one weekday the bundle names
// for it, if only one is named ("$178 premarket Wednesday" and "closed around $88").
// No article reports a move of a later day than its own: "ends the session
// at $212.33" on a Monday is no move of the Thursday another outlet names.
void adopt_single_weekday(const Bundle& bundle, std::vector<AnalyzedFigure>& figures) {
  auto base = [](const FigureContext& c) { return c.subject_key + "|" + c.metric + "|" + c.listing + "|" + c.period; };
  const auto date = [&](const AnalyzedFigure& f, const std::string& weekday) {
    return day_of(bundle.articles[f.article_index].published, weekday);
  };
  std::map<std::string, std::set<std::string>> weekdays;  // base -> "weekday|date"
  for (const auto& f : figures)
    if (!f.context.weekday.empty()) weekdays[base(f.context)].insert(f.context.weekday + "|" + date(f, f.context.weekday));
  for (auto& f : figures) {
    if (!f.context.weekday.empty()) continue;
    const auto it = weekdays.find(base(f.context));
    if (it == weekdays.end() || it->second.size() != 1) continue;
    const std::string& named = *it->second.begin();
    const std::size_t bar = named.find('|');
    if (named.compare(bar + 1, std::string::npos, bundle.articles[f.article_index].published) > 0) continue;
    f.context.weekday = named.substr(0, bar);
    f.context.weekday_inferred = true;
  }
}

// A company valued in a private round ("a round that values the startup at
// $240 billion") has no market price: its other valuations ("in a deal that
// values the startup at $240 billion") are private ones too, unless it trades.
// And a private valuation whose words name no company ("- Post-money
// valuation: $204B") is of the one company the bundle values privately, not
// of a listed one it fell back to.
void adopt_private_valuation(std::vector<AnalyzedFigure>& figures) {
  constexpr std::string_view kPrivate = "in a private funding round";
  std::set<std::string> private_subjects, traded;
  const FigureContext* named = nullptr;  // a figure naming the privately valued company
  for (const auto& f : figures) {
    const FigureContext& c = f.context;
    if (c.metric == "share_price" || c.metric == "price_change") traded.insert(c.subject_key);
  }
  for (const auto& f : figures) {
    const FigureContext& c = f.context;
    if (c.metric == "market_value" && c.basis == kPrivate && c.subject_explicit && !traded.count(c.subject_key) &&
        private_subjects.insert(c.subject_key).second)
      named = &c;
  }
  for (auto& f : figures) {
    FigureContext& c = f.context;
    if (c.metric != "market_value" || c.period == "prior") continue;
    if (c.basis == kPrivate && !c.subject_explicit && traded.count(c.subject_key) && private_subjects.size() == 1) {
      c.subject_key = named->subject_key;
      c.subject = named->subject;
    }
    if (c.basis.empty() && private_subjects.count(c.subject_key)) c.basis = kPrivate;
  }
}

struct CardDraft {
  std::vector<std::size_t> members;
  double salience = 0;
  std::size_t first = 0;
};

// Sorts keys in place, ascending: a heapsort of plain integers, a few dozen
// bytes of WASM where std::sort of drafts costs a kilobyte.
void sort_keys(std::vector<std::uint64_t>& keys) {
  const auto sift_down = [&](std::size_t root, std::size_t size) {
    for (std::size_t child; (child = 2 * root + 1) < size; root = child) {
      if (child + 1 < size && keys[child] < keys[child + 1]) ++child;
      if (!(keys[root] < keys[child])) return;
      std::swap(keys[root], keys[child]);
    }
  };
  const std::size_t n = keys.size();
  for (std::size_t i = n / 2; i-- > 0;) sift_down(i, n);
  for (std::size_t end = n; end-- > 1;) {
    std::swap(keys[0], keys[end]);
    sift_down(0, end);
  }
}

}  // namespace

std::vector<Card> build_cards(const Bundle& bundle, std::vector<AnalyzedFigure>& figures) {
  borrow_metric_of_same_amount(figures);
  adopt_single_period(bundle, figures);
  adopt_single_weekday(bundle, figures);
  adopt_private_valuation(figures);
  for (auto& f : figures) {
    // A period read near a figure whose metric has none (a market value, a
    // count) came from a neighbouring clause: drop it. A comparison base
    // ("prior") stays, so it never sits on the card of the value now, and so
    // does a first day's count ("64 orders on day one" of a running total).
    const bool kept = (f.context.period == "prior" && !f.context.bare_from_base) || f.context.period == "first_day";
    if (!period_matters(f.context.metric) && !kept) f.context.period.clear(), f.context.period_id.clear();
    refresh_description(f, bundle.articles[f.article_index]);
  }

  const std::vector<std::string> keys = card_keys(figures);
  std::map<std::string, std::size_t> index_of;
  std::vector<CardDraft> drafts;
  for (std::size_t i = 0; i < figures.size(); ++i) {
    const std::string& key = keys[i];
    auto [it, inserted] = index_of.emplace(key, drafts.size());
    if (inserted) {
      drafts.emplace_back();
      drafts.back().first = i;
    }
    drafts[it->second].members.push_back(i);
  }

  // Salience: outlets reporting it, then titles and leads, then mentions.
  for (auto& draft : drafts) {
    std::set<std::size_t> articles;
    bool in_title = false, in_lead = false;
    for (const std::size_t i : draft.members) {
      articles.insert(figures[i].article_index);
      in_title = in_title || figures[i].in_title;
      in_lead = in_lead || figures[i].in_lead;
    }
    draft.salience = 10.0 * static_cast<double>(articles.size()) + (in_title ? 4 : 0) + (in_lead ? 2 : 0) +
                     0.5 * static_cast<double>(draft.members.size());
  }
  // Most salient first, then in text order (drafts were made in the order of
  // their first figures): salience is a multiple of 0.5, so (salience, draft)
  // packs into one integer key, salience descending in the high half.
  std::vector<std::uint64_t> order;
  order.reserve(drafts.size());
  for (std::size_t d = 0; d < drafts.size(); ++d) {
    const auto halves = static_cast<std::uint64_t>(std::llround(drafts[d].salience * 2));
    order.push_back(((0xFFFFFFFFull - std::min<std::uint64_t>(halves, 0xFFFFFFFFull)) << 32) | d);
  }
  sort_keys(order);

  std::vector<Card> cards;
  cards.reserve(drafts.size());
  for (const std::uint64_t key : order) {
    const CardDraft& draft = drafts[key & 0xFFFFFFFFull];
    Card card;
    card.id = fmt::format("c{}", cards.size() + 1);
    std::vector<const AnalyzedFigure*> members;
    std::set<std::size_t> articles;
    for (const std::size_t i : draft.members) {
      card.figures.push_back(figures[i].figure.id);
      members.push_back(&figures[i]);
      articles.insert(figures[i].article_index);
    }
    const FigureContext& c = figures[draft.first].context;
    card.label = card_label(members);
    card.subject = c.subject;
    card.metric = metric_name(c.metric, figures[draft.first].quantity.noun);
    card.period = period_key(c);
    card.sources = static_cast<int>(articles.size());
    cards.push_back(std::move(card));
  }
  return cards;
}

}  // namespace keyfigures
