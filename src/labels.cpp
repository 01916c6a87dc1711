#include "labels.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdlib>
#include <map>
#include <set>

#include "stages.hpp"

namespace keyfigures {

namespace {

struct MetricName {
  std::string_view key;
  std::string_view name;
};

constexpr MetricName kMetricNames[] = {
    {"price_change", "share price change"},
    {"share_price", "share price"},
    {"price_target", "price target"},
    {"market_value", "market value"},
    {"market_value_change", "market value change"},
    {"revenue", "revenue"},
    {"revenue_growth", "revenue growth"},
    {"ebita", "adjusted EBITA"},
    {"ebita_growth", "adjusted EBITA growth"},
    {"ebitda", "EBITDA"},
    {"ebitda_growth", "EBITDA growth"},
    {"net_income", "net income"},
    {"net_income_growth", "net income growth"},
    {"operating_income", "operating income"},
    {"operating_income_growth", "operating income growth"},
    {"profit", "profit"},
    {"profit_growth", "profit growth"},
    {"eps_growth", "earnings per share growth"},
    {"capex", "capital spending plan"},
    {"market_share", "market share"},
    {"share_of_revenue", "share of group revenue"},
    {"cost_share", "cost as a share of sales"},
    {"dividend_yield", "dividend yield"},
    {"margin", "margin"},
    {"gross_margin", "gross margin"},
    {"operating_margin", "operating margin"},
    {"forward_pe", "forward price/earnings multiple"},
    {"pe", "price/earnings multiple"},
    {"price_to_sales", "price/sales multiple"},
    {"price_to_book", "price/book multiple"},
    {"multiple", "multiple"},
    {"market_size", "market size"},
    {"deal_value", "deal value"},
    {"dividend_growth", "dividend increase"},
    {"unit_price", "price per unit"},
    {"cet1_ratio", "CET1 capital ratio"},
    {"pretax_profit", "pre-tax profit"},
    {"load_factor", "load factor"},
    {"arr", "annual recurring revenue"},
    {"arr_growth", "annual recurring revenue growth"},
    {"net_new_arr", "net new annual recurring revenue"},
    {"nrr", "net revenue retention"},
    {"billings", "billings"},
    {"billings_growth", "billings growth"},
    {"fcf", "free cash flow"},
    {"fcf_margin", "free cash flow margin"},
    {"rpo", "remaining performance obligations"},
    {"rpo_growth", "remaining performance obligations growth"},
    {"current_rpo", "current remaining performance obligations"},
    {"current_rpo_growth", "current remaining performance obligations growth"},
    {"peak_sales", "peak sales"},
    {"roe", "return on equity"},
    {"rote", "return on tangible equity"},
    {"stake_value", "stake purchase"},
    {"stake_percent", "stake"},
    {"synergies", "expected synergies"},
    {"fine", "fine"},
    {"fund_inflows", "net inflows"},
    {"asp", "average selling price"},
    {"asp_change", "average selling price change"},
    {"fund_outflows", "net outflows"},
    {"oversubscription", "times oversubscribed"},
    {"amount", "amount"},
    {"percent", "percentage"},
    {"upside", "upside"},
    {"discount", "discount"},
    {"inflation", "inflation"},
    {"unemployment", "unemployment rate"},
    {"interest_rate", "interest rate"},
    {"tariff", "tariff"},
};

std::string_view lookup_metric(const std::string& metric) {
  for (const auto& entry : kMetricNames)
    if (entry.key == metric) return entry.name;
  return {};
}

std::string period_phrase(const FigureContext& c) {
  if (is(c.period, "quarter")) return c.period_text.empty() ? "quarterly" : c.period_text;
  if (is(c.period, "annual")) return "annual";
  if (is(c.period, "ytd")) return "year to date";
  if (is(c.period, "multi_year")) return "multi-year";
  if (is(c.period, "year")) return fmt::format("in {}", c.period_id);
  if (is(c.period, "target")) return fmt::format("by {}", c.period_id);
  if (is(c.period, "trailing_year")) return "over the past year";
  if (is(c.period, "last_year")) return "last year";
  if (is(c.period, "week")) return "this week";
  if (is(c.period, "month"))
    return c.period_id.empty() ? "this month" : fmt::format("in {}{}", char(std::toupper(c.period_id[0])), c.period_id.substr(1));
  if (is(c.period, "months")) {  // period_id "1-2": January to February
    static constexpr const char* kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                              "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const int from = std::atoi(c.period_id.c_str());
    const std::size_t dash = c.period_id.find('-');
    const int to = dash == std::string::npos ? 0 : std::atoi(c.period_id.c_str() + dash + 1);
    if (from >= 1 && to <= 12 && from < to) return fmt::format("{}–{}", kMonths[from - 1], kMonths[to - 1]);
    return "several months";
  }
  if (is(c.period, "first_day")) return "on the first day";
  if (is(c.period, "prior")) return "prior period (comparison base)";
  if (is(c.period, "half")) return "half year";
  if (is(c.period, "nine_months")) return "nine months";
  if (is(c.period, "last_week")) return "last week";
  if (is(c.period, "window")) return fmt::format("over a longer window ({})", c.period_id);
  return {};
}

const char* session_phrase(const std::string& session) {
  if (is(session, "premarket")) return "premarket";
  if (is(session, "after_hours")) return "after-hours";
  if (is(session, "intraday")) return "intraday";
  if (is(session, "close")) return "at the close";
  if (is(session, "regular")) return "regular session";
  if (is(session, "peak")) return "at its peak";
  return "";
}

const char* listing_phrase(const std::string& listing) {
  if (is(listing, "US")) return "US-listed";
  if (is(listing, "HK")) return "Hong Kong-listed";
  static constexpr std::pair<std::string_view, const char*> kPlaces[] = {
      {"CA", "Toronto-listed"}, {"UK", "London-listed"},    {"JP", "Tokyo-listed"},   {"TW", "Taipei-listed"},
      {"IN", "India-listed"},   {"CN", "mainland-listed"},  {"KR", "Seoul-listed"},   {"DE", "Frankfurt-listed"},
      {"FR", "Paris-listed"},   {"AU", "Sydney-listed"},    {"CH", "Zurich-listed"},  {"SG", "Singapore-listed"},
      {"NL", "Amsterdam-listed"}, {"EU", "Europe-listed"}};
  for (const auto& [code, phrase] : kPlaces)
    if (code == listing) return phrase;
  return "";
}

template <typename Value>
Value most_common(const std::vector<Value>& values) {
  std::map<Value, int> counts;
  for (const auto& v : values) ++counts[v];
  return std::max_element(counts.begin(), counts.end(),
                          [](const auto& a, const auto& b) { return a.second < b.second; })
      ->first;
}

std::string short_amount(double value, const std::string& unit) {
  const double magnitude = std::abs(value);
  if (magnitude >= 1e12) return fmt::format("{} {:g}tn", unit, value / 1e12);
  if (magnitude >= 1e9) return fmt::format("{} {:g}bn", unit, value / 1e9);
  if (magnitude >= 1e6) return fmt::format("{} {:g}m", unit, value / 1e6);
  return fmt::format("{} {:g}", unit, value);
}

}  // namespace

std::string metric_name(const std::string& metric, const std::string& noun) {
  if (metric.rfind("change_of:", 0) == 0) return "change in " + metric.substr(10);
  if (metric.rfind("estimate:", 0) == 0) return "analysts' estimate of " + metric_name(metric.substr(9), noun);
  if (metric.rfind("needed:", 0) == 0) return metric_name(metric.substr(7), noun) + " needed";
  if (metric.size() > 8 && metric.compare(metric.size() - 8, 8, "_outlook") == 0)
    return "company outlook for " + metric_name(metric.substr(0, metric.size() - 8), noun);
  if (constexpr std::string_view kChange = "_change_amount";
      metric.size() > kChange.size() && metric.compare(metric.size() - kChange.size(), kChange.size(), kChange) == 0 &&
      !is(metric, "market_value_change_amount"))
    return "change in " + metric_name(metric.substr(0, metric.size() - kChange.size()), noun);
  if (is(metric, "change_amount")) return "amount of a change";
  if (metric.rfind("count:", 0) == 0) {
    // "count:vehicles:delivered" -> "number of vehicles delivered"
    const auto action = metric.find(':', 6);
    const std::string what =
        noun.empty() ? metric.substr(6, action == std::string::npos ? std::string::npos : action - 6) : noun;
    return action == std::string::npos ? fmt::format("number of {}", what)
                                       : fmt::format("number of {} {}", what, metric.substr(action + 1));
  }
  if (auto name = lookup_metric(metric); !name.empty()) return std::string(name);
  std::string readable = metric;
  std::replace(readable.begin(), readable.end(), '_', ' ');
  return readable;
}

std::string readable_date(const std::string& iso) {
  if (iso.size() != 10) return {};
  static constexpr std::array<std::string_view, 12> kMonths{"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                            "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  const int month = std::atoi(iso.substr(5, 2).c_str());
  const int day = std::atoi(iso.substr(8, 2).c_str());
  if (month < 1 || month > 12) return {};
  return fmt::format("{} {} {}", day, kMonths[month - 1], iso.substr(0, 4));
}

namespace {

// Days since 1970-01-01 of a civil date (Howard Hinnant's days_from_civil).
long days_from_civil(int y, int m, int d) {
  y -= m <= 2;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const long yoe = y - era * 400;
  const long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

std::string civil_from_days(long z) {
  z += 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const long doe = z - era * 146097;
  const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const long mp = (5 * doy + 2) / 153;
  const long d = doy - (153 * mp + 2) / 5 + 1;
  const long m = mp + (mp < 10 ? 3 : -9);
  return fmt::format("{:04}-{:02}-{:02}", yoe + era * 400 + (m <= 2), m, d);
}

}  // namespace

// "rose 3% on Friday" in an article of Saturday 2025-12-20: the move of 2025-12-19,
// the latest such weekday on or before the publication date.
std::string day_of(const std::string& published, const std::string& weekday) {
  static constexpr std::array<std::string_view, 7> kDays{"thursday", "friday",  "saturday", "sunday",
                                                         "monday",   "tuesday", "wednesday"};  // 1970-01-01 was a Thursday
  const auto named = std::find(kDays.begin(), kDays.end(), weekday);
  if (named == kDays.end() || published.size() != 10) return published;
  const int y = std::atoi(published.substr(0, 4).c_str()), m = std::atoi(published.substr(5, 2).c_str()),
            d = std::atoi(published.substr(8, 2).c_str());
  if (y < 1900 || m < 1 || m > 12 || d < 1 || d > 31) return published;
  const long days = days_from_civil(y, m, d);
  const long back = ((days % 7 + 7) % 7 - (named - kDays.begin()) + 7) % 7;
  // Up to three days back (a Friday move in a Monday article); farther, the
  // text and its date disagree, and the date stands.
  return back <= 3 ? civil_from_days(days - back) : published;
}

std::vector<std::string> qualifiers_of(const FigureContext& c, const std::string& published) {
  std::vector<std::string> out;
  if (const char* listing = listing_phrase(c.listing); *listing) out.emplace_back(listing);
  if (const char* session = session_phrase(c.session); *session) out.emplace_back(session);
  if (auto period = period_phrase(c); !period.empty()) out.push_back(period);
  if (c.year_over_year) out.emplace_back("year over year");
  if (!c.basis.empty()) out.push_back(c.basis);
  if (is(c.period, "day") && !published.empty()) out.push_back(c.weekday.empty() || c.weekday_inferred ? published : day_of(published, c.weekday));
  return out;
}

std::string card_label(const std::vector<const AnalyzedFigure*>& figures) {
  const FigureContext& c = figures.front()->context;
  std::vector<std::string> subjects, nouns, dates, phrases, units;
  bool year_over_year = false;
  for (const auto* f : figures) {
    subjects.push_back(f->context.subject);
    if (!f->quantity.noun.empty()) nouns.push_back(f->quantity.noun);
    if (!f->figure.qualifiers.empty() && is(f->context.period, "day") &&
        !readable_date(f->figure.qualifiers.back()).empty())
      dates.push_back(f->figure.qualifiers.back());
    if (!f->context.phrase.empty()) phrases.push_back(f->context.phrase);
    units.push_back(f->figure.unit);
    year_over_year = year_over_year || f->context.year_over_year;
  }
  const std::string subject = most_common(subjects);
  const std::string period = period_phrase(c);
  const std::string listing = listing_phrase(c.listing);

  if (is(c.metric, "price_change")) {
    // An index, a commodity or a coin moves itself; a company's shares move.
    const std::string who = c.subject_is_market ? subject
                            : listing.empty()   ? fmt::format("{} shares", subject)
                                                : fmt::format("{} {} shares", subject, listing);
    if (is(c.period, "day"))
      return dates.empty() ? fmt::format("{}: price move on the day", who)
                           : fmt::format("{}: price move on {}", who, readable_date(most_common(dates)));
    return fmt::format("{}: price change, {}", who, period);
  }
  if (is(c.metric, "share_price"))
    return c.subject_is_market ? fmt::format("{} price", subject)
           : listing.empty() ? fmt::format("{} share price", subject)
                           : fmt::format("{} {} share price", subject, listing);
  if (c.metric.rfind("count:", 0) == 0) {
    std::set<std::string> distinct(nouns.begin(), nouns.end());
    std::string what;
    for (const auto& noun : distinct) what += (what.empty() ? "" : " / ") + noun;
    if (is(c.metric, "count:parameters") && !phrases.empty())
      return fmt::format("{} model size (parameters)", most_common(phrases));
    // "count:units:sold_outlook": a company's target for the count.
    constexpr std::string_view kOutlook = "_outlook";
    std::string metric = c.metric;
    const bool outlook = metric.size() > kOutlook.size() &&
                         metric.compare(metric.size() - kOutlook.size(), kOutlook.size(), kOutlook) == 0;
    if (outlook) metric.resize(metric.size() - kOutlook.size());
    const auto action = metric.find(':', 6);
    std::string label = action == std::string::npos
                            ? fmt::format("{}: number of {}", subject, what)
                            : fmt::format("{}: {} {}", subject, what, metric.substr(action + 1));
    if (outlook) label += " (company outlook)";
    if (!period.empty()) label += ", " + period;
    return label;
  }
  if (is(c.metric, "market_size") && !phrases.empty())
    return period.empty() ? fmt::format("Size of the {}", most_common(phrases))
                          : fmt::format("Size of the {}, {}", most_common(phrases), period);
  std::string label = fmt::format("{} {}", subject, metric_name(c.metric, ""));
  // "cut by 25 basis points": points measure a change of a rate, not the rate.
  const bool in_points = std::all_of(units.begin(), units.end(), [](const std::string& u) { return u == "percentage_points"; });
  if (in_points && c.metric.find("change") == std::string::npos && c.metric.find("growth") == std::string::npos &&
      !is(c.metric, "percent"))
    label += " change";
  // A currency conversion of one amount: show both sides.
  std::set<std::string> currencies;
  for (const auto* f : figures)
    if (f->figure.unit.size() == 3) currencies.insert(f->figure.unit);
  if (currencies.size() > 1) {
    std::string amounts;
    for (const auto& currency : currencies) {
      for (const auto* f : figures)
        if (f->figure.unit == currency) {
          amounts += (amounts.empty() ? "" : " ≈ ") + short_amount(f->figure.value, currency);
          break;
        }
    }
    label += fmt::format(" ({})", amounts);
  }
  if (!c.basis.empty()) label += " (" + c.basis + ")";
  if (!period.empty()) label += ", " + period;
  if (year_over_year && c.metric.find("growth") != std::string::npos) label += " (year over year)";
  return label;
}

std::string value_phrase(const Figure& figure, bool with_direction) {
  // "doubled" and "halved" say their direction already.
  const bool has_digits = figure.text.find_first_of("0123456789") != std::string::npos;
  if (with_direction && has_digits && figure.direction != Direction::none && figure.value > 0 &&
      !figure.text.empty() && figure.text[0] != '+') {
    const char* direction = figure.direction == Direction::up ? "up " : "down ";
    return direction + value_phrase(figure, false);
  }
  std::string text = figure.text;
  if (is(figure.unit, "multiple") && text.find_first_of("x×") == std::string::npos &&
      text.find("times") == std::string::npos)
    text += "x";
  const bool written = text.find_first_of("0123456789") == std::string::npos;  // "doubled", "one-third"
  switch (figure.hedge) {
    case Hedge::approx: return (written ? "nearly " : "about ") + text;
    case Hedge::over: return "over " + text;
    case Hedge::under: return "under " + text;
    default: return text;
  }
}

}  // namespace keyfigures
