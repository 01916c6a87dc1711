// The context lexicons: which words say what a figure measures, for which
// session, listing, period and business segment.
#include <algorithm>
#include <array>
#include <iterator>

#include "lexicon.hpp"

namespace keyfigures::lexicon {

namespace {

// A word in one of the small word lists below (linear: they are short).
template <std::size_t N>
bool listed(const std::string_view (&table)[N], std::string_view word) {
  return std::find(std::begin(table), std::end(table), word) != std::end(table);
}

}  // namespace

std::span<const MetricCue> metric_cues() {
  constexpr unsigned P = percent, M = money, X = multiple;
  static const MetricCue table[] = {
      // Percentages
      {"market share", "market_share", P, 4},
      {"share of the", "market_share", P, 3, 3},
      {"share", "market_share", P, 3, 1, 0},
      {"dividend yield", "dividend_yield", P, 5},
      {"yield", "yield", P, 3},
      {"yielding", "yield", P, 3},
      {"of its workforce", "workforce_share", P, 8, 0, 0},
      {"gross margin", "gross_margin", P, 4},
      {"operating margin", "operating_margin", P, 4},
      {"margin", "margin", P, 3},
      {"margins", "margin", P, 3},
      {"market cap", "market_value_change", P, 3},
      {"market value", "market_value_change", P, 3},
      {"market capitalization", "market_value_change", P, 3},
      {"accounts for", "share_of_revenue", P, 5, 0, 3},
      {"top line", "revenue_growth", P, 2},
      // "posted organic growth of 9.5%": sales growth without currency and deals.
      {"organic growth", "revenue_growth", P, 2.4},
      {"revenue", "revenue_growth", P, 2.2},
      {"revenues", "revenue_growth", P, 2.2},
      {"sales", "revenue_growth", P, 2.2},
      {"turnover", "revenue_growth", P, 2},
      {"warrants", "warrant_change", P, 5},
      {"options", "option_change", P, 4},
      // Subscription software: recurring revenue, what existing customers spend, billings, cash flow.
      {"annual recurring revenue", "arr_growth", P, 6},
      {"arr", "arr_growth", P, 5},
      {"net revenue retention", "nrr", P, 7},
      {"net dollar retention", "nrr", P, 7},
      {"dollar based net retention", "nrr", P, 7},
      {"nrr", "nrr", P, 7},
      {"ndr", "nrr", P, 7},
      {"billings", "billings_growth", P, 4},
      // Contracted revenue not yet recognized; the "current" part is due within twelve months.
      {"current remaining performance obligations", "current_rpo_growth", P, 7},
      {"current rpo", "current_rpo_growth", P, 7},
      {"crpo", "current_rpo_growth", P, 7},
      {"remaining performance obligations", "rpo_growth", P, 6},
      {"rpo", "rpo_growth", P, 6},
      {"free cash flow margin", "fcf_margin", P, 7},
      {"fcf margin", "fcf_margin", P, 7},
      {"arpu", "arpu_change", P, 5},
      {"average selling price", "asp_change", P, 6},
      {"asp", "asp_change", P, 6},
      {"revpar", "arpu_change", P, 5},
      {"average revenue per", "arpu_change", P, 6},
      {"net interest income", "nii_growth", P, 3.5},
      {"nii", "nii_growth", P, 3.5},
      {"ebita", "ebita_growth", P, 2.6},
      {"ebitda", "ebitda_growth", P, 2.6},
      {"net income", "net_income_growth", P, 2.6},
      {"operating income", "operating_income_growth", P, 2.6},
      {"net profit", "net_income_growth", P, 2.6},
      {"profit", "profit_growth", P, 2.4},
      {"profits", "profit_growth", P, 2.4},
      {"eps", "eps_growth", P, 2.6},
      {"dividend", "dividend_growth", P, 3},
      {"dividends", "dividend_growth", P, 3},
      {"payout", "dividend_growth", P, 2.6},
      // "year on year", "yoy" say how a change is measured, not what changed
      // (they are year-over-year markers in context.cpp, not metric cues).
      // "the premium is closer to 38 per cent", "a premium of 31%"
      {"premium", "premium", P, 3},
      {"shares", "price_change", P, 2},
      {"stock", "price_change", P, 2},
      {"stocks", "price_change", P, 1.5},
      {"share price", "price_change", P, 3},
      {"stock price", "price_change", P, 3},
      {"ads", "price_change", P, 2},
      {"adss", "price_change", P, 2},
      {"adr", "price_change", P, 2},
      {"adrs", "price_change", P, 2},
      {"premarket", "price_change", P, 1.5},
      {"pre market", "price_change", P, 1.5},
      {"after hours", "price_change", P, 1.5},
      {"trading", "price_change", P, 1.2},
      {"index", "price_change", P, 1.5},
      {"rally", "price_change", P, 1},
      {"stake", "stake_percent", P, 3, 3},
      {"stake", "stake_value", M, 3, 3},
      {"holding valued", "stake_value", M, 6},
      {"stake valued", "stake_value", M, 6},
      {"trading volume", "volume", P, 5},
      {"volumes", "volume", P, 3},
      // "well below the 10% ceiling", "the legal maximum is 10%": a limit, not a result.
      {"ceiling", "cap", P, 5},
      {"legal maximum", "cap", P, 5},
      {"share of turnover", "portion", P, 5},
      {"as a share of", "portion", P, 5},
      {"as a percentage of", "portion", P, 5},
      {"inflation", "inflation", P, 4},
      // Ratios a company reports once per period: a bank's capital, an airline's seats filled.
      {"cet1", "cet1_ratio", P, 6},
      {"common equity tier 1", "cet1_ratio", P, 6},
      {"core capital ratio", "cet1_ratio", P, 5},
      {"load factor", "load_factor", P, 6},
      {"return on equity", "roe", P, 5},
      {"return on tangible equity", "rote", P, 6},
      {"consumer price index", "inflation", P, 5},
      {"consumer prices", "inflation", P, 4.5},
      {"cpi", "inflation", P, 5},
      {"interest rates", "interest_rate", P, 4},
      {"rates", "interest_rate", P, 2.5},
      {"benchmark rate", "interest_rate", P, 4},
      {"policy rate", "interest_rate", P, 4},
      {"key rate", "interest_rate", P, 4},
      {"deposit rate", "interest_rate", P, 4},
      {"repo rate", "interest_rate", P, 4},
      {"prime rate", "interest_rate", P, 4},
      {"lending rate", "interest_rate", P, 4},
      {"federal funds rate", "interest_rate", P, 5},
      {"fed funds rate", "interest_rate", P, 5},
      {"unemployment", "unemployment", P, 4},
      {"interest rate", "interest_rate", P, 4},
      {"tariff", "tariff", P, 4},
      {"tariffs", "tariff", P, 4},
      {"upside", "upside", P, 3},
      {"discount", "discount", P, 2},
      // Money
      {"earnings per share", "eps", M, 7},
      {"eps", "eps", M, 6},
      {"orders", "orders", M, 2.5},
      {"order intake", "orders", M, 3},
      {"bookings", "orders", M, 2.5},
      {"annual recurring revenue", "arr", M, 6},
      {"arr", "arr", M, 5},
      {"net new arr", "net_new_arr", M, 7},
      {"billings", "billings", M, 4},
      {"free cash flow", "fcf", M, 5},
      {"fcf", "fcf", M, 5},
      {"current remaining performance obligations", "current_rpo", M, 7},
      {"current rpo", "current_rpo", M, 7},
      {"crpo", "current_rpo", M, 7},
      {"remaining performance obligations", "rpo", M, 6},
      {"rpo", "rpo", M, 6},
      // "peak sales of more than $5 billion", "sales to peak at $4 billion": a drug's potential, not a result.
      {"peak sales", "peak_sales", M, 6},
      {"to peak at", "peak_sales", M, 6, 0, 3},
      // "a backlog of €36bn": the orders not yet delivered, a stock and not the period's flow.
      {"backlog", "backlog", M, 3},
      {"order book", "backlog", M, 3},
      {"per share", "share_price", M, 5, 3, 2},
      {"a share", "share_price", M, 4, 2, 0},
      {"share price", "share_price", M, 3},
      {"stock price", "share_price", M, 3},
      {"shares", "share_price", M, 1.6},
      {"stock", "share_price", M, 1.6},
      {"closed", "share_price", M, 1.6},
      {"trading", "share_price", M, 1.4},
      {"price target", "price_target", M, 5},
      {"target price", "price_target", M, 5},
      {"target", "price_target", M, 2.5},
      {"capex", "capex", M, 3.5},
      {"capital expenditure", "capex", M, 3.5},
      {"capital expenditures", "capex", M, 3.5},
      {"capital spending", "capex", M, 3.5},
      {"spending", "capex", M, 2.5},
      {"spend", "capex", M, 2.2},
      {"invest", "capex", M, 2.5},
      {"investment", "capex", M, 2.5},
      {"investments", "capex", M, 2.5},
      {"infrastructure", "capex", M, 1.5},
      {"commitment", "capex", M, 2},
      {"committed", "capex", M, 2},
      {"pledged", "capex", M, 2.5},
      {"pledges", "capex", M, 2.5},
      {"pledge", "capex", M, 2.5},
      {"pour", "capex", M, 2},
      {"plan", "capex", M, 1},
      {"budget", "capex", M, 1.5},
      {"push", "capex", M, 1},
      {"revenue", "revenue", M, 2.5},
      {"revenues", "revenue", M, 2.5},
      {"sales", "revenue", M, 2.5},
      {"top line", "revenue", M, 2.5},
      // A company's turnover is its revenue; a stock's ("turnover was HK$3.9 billion") is the value traded.
      {"global turnover", "revenue", M, 2.5},
      {"worldwide turnover", "revenue", M, 2.5},
      {"annual turnover", "revenue", M, 2.5},
      {"reported turnover", "revenue", M, 2.5},
      {"group turnover", "revenue", M, 2.5},
      {"contributes", "revenue", M, 2.2},
      {"brought in", "revenue", M, 2.5},
      {"arpu", "arpu", M, 6},
      {"revpar", "arpu", M, 6},
      {"average revenue per", "arpu", M, 7},
      {"net interest income", "nii", M, 4},
      {"nii", "nii", M, 4},
      {"provisions", "provisions", M, 4},
      {"provision", "provisions", M, 4},
      {"credit losses", "provisions", M, 5},
      {"loan losses", "provisions", M, 5},
      {"set aside", "provisions", M, 3.5},
      {"investment banking", "fees", M, 4},
      {"fees", "fees", M, 2.5},
      {"net loss", "net_income", M, 4},
      {"loss", "loss", M, 3},
      {"losses", "loss", M, 3},
      {"dividend", "dividend", M, 3},
      {"ebita", "ebita", M, 3},
      {"ebitda", "ebitda", M, 3},
      {"net income", "net_income", M, 3},
      {"operating income", "operating_income", M, 3},
      {"profit", "profit", M, 2.6},
      {"net profit", "net_income", M, 3.5},
      {"pre tax profit", "pretax_profit", M, 4.5},
      {"pretax profit", "pretax_profit", M, 4.5},
      {"profit before tax", "pretax_profit", M, 4.5},
      {"pre tax", "pretax_profit", M, 3.8},
      {"market cap", "market_value", M, 3},
      {"market capitalization", "market_value", M, 3},
      {"market capitalisation", "market_value", M, 3},
      {"valuation", "market_value", M, 2.5},
      {"market value", "market_value", M, 3},
      {"valued at", "market_value", M, 3},
      {"valued", "market_value", M, 2.2},
      // "the deal values Corvane at $11.8 billion"; in a funding round, the
      // company's worth (ContextReader::read).
      {"values", "deal_value", M, 3, 0, 10},
      {"post money valuation", "market_value", M, 5},
      {"pre money valuation", "market_value", M, 5},
      {"private mark", "market_value", M, 4},
      {"private valuation", "market_value", M, 4},
      // "the deal is valued at $69 billion": the price of a deal, not a company's worth.
      {"deal is valued at", "deal_value", M, 4},
      {"deal valued at", "deal_value", M, 4},
      {"transaction is valued at", "deal_value", M, 4},
      {"transaction valued at", "deal_value", M, 4},
      // "$8 billion of net debt": debt named right after the amount.
      {"of net debt", "debt", M, 5, 1, 0},
      {"of debt", "debt", M, 5, 1, 0},
      {"in net debt", "debt", M, 5, 1, 0},
      {"in debt", "debt", M, 5, 1, 0},
      {"market", "market_size", M, 2.5, 3, 0},
      {"buyback", "buyback", M, 4},
      {"buy back", "buyback", M, 4},
      {"repurchase", "buyback", M, 4},
      // "lifted their target to $298 a share": an analyst's price target.
      {"target to", "price_target", M, 5, 0, 1},
      {"deal", "deal_value", M, 2},
      {"buying", "deal_value", M, 1.8},
      {"buy", "deal_value", M, 1.5},
      {"acquire", "deal_value", M, 2.2},
      {"acquiring", "deal_value", M, 2.2},
      {"pay", "deal_value", M, 1.5},
      {"paid", "deal_value", M, 1.5},
      {"acquisition", "deal_value", M, 2.5},
      {"stake", "stake_value", M, 2.5},
      {"worth of", "stake_value", M, 2.8, 3, 0},
      {"purchased", "stake_value", M, 1.5},
      {"synergies", "synergies", M, 3},
      // "PT $470 (unchanged)": a broker note's price target.
      {"pt", "price_target", M, 7, 2, 0},
      // "average selling price rose 7% to $412": the price of a product, not of the shares.
      {"average selling price", "asp", M, 6},
      {"asp", "asp", M, 6},
      // "pulled in $412 million of net inflows": money into a fund, not its revenue or size.
      {"net inflows", "fund_inflows", M, 4},
      {"inflows", "fund_inflows", M, 3.5},
      {"net creations", "fund_inflows", M, 4},
      {"net outflows", "fund_outflows", M, 4},
      {"outflows", "fund_outflows", M, 3.5},
      // "fined Veltra €2.4 billion", "a penalty of $310 million": a regulator's fine.
      {"fined", "fine", M, 4},
      {"fine", "fine", M, 3, 1, 0},  // "a €2.4 billion fine", never "$38 billion is fine"
      {"fine of", "fine", M, 4, 0, 3},
      {"penalty", "fine", M, 3.5},
      // Multiples
      // "the retail tranche was 12 times oversubscribed": demand for an offering.
      {"oversubscribed", "oversubscription", X, 6, 2, 0},
      {"p e", "pe", X, 3},
      {"pe", "pe", X, 3},
      {"price to earnings", "pe", X, 3},
  };
  return table;
}

std::span<const Cue> session_cues() {
  static constexpr Cue table[] = {
      // A session named with "session" is that session, not the regular one.
      {"after hours session", "after_hours"}, {"extended session", "after_hours"},
      {"premarket session", "premarket"}, {"pre market session", "premarket"},
      {"premarket", "premarket"},        {"pre market", "premarket"},       {"before the bell", "premarket"},
      {"after hours", "after_hours"},    {"extended trading", "after_hours"}, {"extended hours", "after_hours"},
      {"post market", "after_hours"},    {"postmarket", "after_hours"},     {"after the bell", "after_hours"},
      {"late trading", "after_hours"},   {"morning", "intraday"},           {"intraday", "intraday"},
      {"midday", "intraday"},            {"afternoon", "intraday"},         {"early trading", "intraday"},
      {"opened", "open"},                {"opening", "open"},               {"at the open", "open"},
      {"closed", "close"},               {"closing", "close"},              {"at the close", "close"},
      {"settled", "close"},              {"regular session", "regular"},    {"session", "regular"},
      {"to close at", "close"},          {"close down", "close"},           {"close up", "close"},
      {"close higher", "close"},         {"close lower", "close"},         {"closes", "close"},
      {"ended the day", "close"},        {"ending the day", "close"},
      // Said only while a session runs: "down 9%, on pace for their biggest drop".
      {"on pace for", "intraday"},       {"on track for", "intraday"},      {"early trade", "intraday"},
      {"around noon", "intraday"},       {"at midday", "intraday"},         {"minutes of trading", "intraday"},
      {"u s open", "open"},              {"opens", "open"},                 {"finished", "close"},
      {"finishes", "close"},             {"finishing", "close"},            {"finish", "close"},
      {"first hour", "intraday"},        {"at one point", "peak"},          {"minutes of trade", "intraday"},
      // The day's extreme, not where it ended: "was -3.6% at the low".
      {"at the low", "peak"},            {"at the high", "peak"},           {"at its low", "peak"},
      {"at its high", "peak"},           {"day s high", "peak"},            {"day s low", "peak"},
      // Said only while a session runs: "are now up 4.5%".
      {"now up", "intraday"},            {"now down", "intraday"},          {"heading for", "intraday"},
      {"on course for", "intraday"},
  };
  return table;
}

std::span<const Cue> listing_cues() {
  static constexpr Cue table[] = {
      {"hong kong", "HK"},  {"hk", "HK"},          {"hkex", "HK"},      {"hang seng", "HK"},
      {"taiwan", "TW"},     {"taipei", "TW"},      {"tokyo", "JP"},     {"london", "UK"},
      {"mumbai", "IN"},     {"nse", "IN"},         {"bse", "IN"},       {"shanghai", "CN"},
      {"shenzhen", "CN"},   {"frankfurt", "DE"},   {"xetra", "DE"},     {"paris", "FR"},
      {"seoul", "KR"},      {"toronto", "CA"},     {"tsx", "CA"},       {"sydney", "AU"},
      {"asx", "AU"},        {"zurich", "CH"},      {"amsterdam", "NL"}, {"singapore", "SG"},
      {"u s listed", "US"}, {"us listed", "US"},   {"u s traded", "US"}, {"nyse", "US"},
      {"adr", "US"},        {"adrs", "US"},        {"ads", "US"},       {"adss", "US"},
      {"american depositary", "US"}, {"u s session", "US"}, {"wall street", "US"}, {"new york", "US"},
      {"nasdaq listed", "US"},   {"ny", "US"},
  };
  return table;
}

std::span<const Cue> period_cues() {
  static constexpr Cue table[] = {
      {"from a year earlier", "yoy"}, {"from a year ago", "yoy"},  {"a year earlier", "yoy"},
      {"year on year", "yoy"},
      {"a year ago", "yoy"},         {"year earlier", "yoy"},
      {"past 12 months", "trailing_year"}, {"last 12 months", "trailing_year"}, {"past year", "trailing_year"},
      {"last year", "last_year"},    {"this week", "week"},        {"last week", "last_week"},
      {"past week", "week"},         {"this month", "month"},      {"past month", "month"},
      {"year to date", "ytd"},       {"ytd", "ytd"},                {"so far this year", "ytd"},
      {"this year", "ytd"},          {"quarter", "quarter"},        {"quarterly", "quarter"},
      {"three months", "quarter"},   {"annual", "annual"},          {"annually", "annual"},
      {"yearly", "annual"},          {"per year", "annual"},        {"a year", "annual"},
      {"full year", "annual"},       {"first half", "half"},       {"second half", "half"},
      {"six months", "half"},        {"half year", "half"},        {"h1", "half"},
      {"nine months", "nine_months"}, {"nine month", "nine_months"},
      {"h2", "half"},       {"fiscal year", "annual"},     {"per annum", "annual"},
      {"next three years", "multi_year"}, {"over three years", "multi_year"}, {"next five years", "multi_year"},
      {"over five years", "multi_year"},  {"multi year", "multi_year"},    {"next two years", "multi_year"},
      {"over two years", "multi_year"},
      {"for the year", "annual"},    {"for the week", "week"},     {"week so far", "week"},
      {"year so far", "ytd"},
      // "-2% w/w", "week-on-week": a week's change, not a day's.
      {"w w", "week"},               {"week on week", "week"},     {"week over week", "week"},
      // "Q1 revenue", "Q4 FY26": a quarter by its label.
      {"q1", "quarter"},             {"q2", "quarter"},            {"q3", "quarter"},
      {"q4", "quarter"},
  };
  return table;
}

std::span<const Cue> segment_cues() {
  static constexpr Cue table[] = {
      {"cloud", "Cloud"},           {"e commerce", "e-commerce"}, {"ecommerce", "e-commerce"},
      {"advertising", "advertising"}, {"gaming", "gaming"},       {"logistics", "logistics"},
      {"fintech", "fintech"},       {"payments", "payments"},     {"streaming", "streaming"},
      {"automotive", "automotive"}, {"data center", "data center"}, {"retail", "retail"},
      {"wholesale", "wholesale"},   {"devices", "devices"},       {"services", "services"},
      {"subscriptions", "subscriptions"},
      // A bank's lines of business.
      {"fixed income", "fixed income"}, {"equities", "equities"},   {"investment banking", "investment banking"},
      {"wealth management", "wealth management"}, {"asset management", "asset management"},
      {"consumer banking", "consumer banking"},   {"commercial banking", "commercial banking"},
  };
  return table;
}

std::span<const Cue> index_names() {
  static constexpr Cue table[] = {
      // Sibling indexes first: the FTSE 250 is not the FTSE 100, nor the Nasdaq 100 the Composite.
      {"ftse 250", "FTSE 250"},        {"nasdaq 100", "Nasdaq 100"}, {"hang seng tech", "Hang Seng Tech index"},
      {"asx 200", "S&P/ASX 200"},      {"tsx composite", "S&P/TSX Composite"}, {"bovespa", "Bovespa"},
      {"ibovespa", "Bovespa"},         {"kosdaq", "KOSDAQ"},        {"shanghai composite", "Shanghai Composite"},
      {"taiex", "Taiex"},              {"msci world", "MSCI World"}, {"russell 1000", "Russell 1000"},
      {"nyse composite", "NYSE Composite index"}, {"s p 500", "S&P 500"},  {"s&p 500", "S&P 500"},
      {"dow jones", "Dow Jones"},      {"dow", "Dow Jones"},       {"djia", "Dow Jones"},
      {"nasdaq composite", "Nasdaq"},
      {"nasdaq", "Nasdaq"},            {"hang seng", "Hang Seng index"}, {"ftse", "FTSE"},
      {"nikkei", "Nikkei"},            {"stoxx", "STOXX"},         {"russell 2000", "Russell 2000"},
      {"sox", "PHLX Semiconductor index"}, {"phlx semiconductor", "PHLX Semiconductor index"},
      {"kospi", "KOSPI"},              {"csi 300", "CSI 300"},      {"dax", "DAX"},
      {"cac 40", "CAC 40"},            {"euro stoxx", "Euro STOXX"}, {"topix", "Topix"},
      {"sensex", "Sensex"},            {"nifty", "Nifty"},          {"bitcoin", "Bitcoin"},
      {"ether", "Ether"},              {"ethereum", "Ether"},       {"spot gold", "Gold"},
      {"gold", "Gold"},                {"silver", "Silver"},        {"brent", "Brent crude"},
      {"wti", "WTI crude"},            {"oil", "Oil"},              {"copper", "Copper"},
      {"aex", "AEX"},                  {"ibex", "IBEX 35"},         {"ftse mib", "FTSE MIB"},
      {"smi", "SMI"},                  {"omx", "OMX"},
  };
  return table;
}

std::span<const Cue> count_actions() {
  static constexpr Cue table[] = {
      {"delivered", "delivered"}, {"deliveries", "delivered"}, {"deliver", "delivered"},
      {"produced", "produced"},   {"production", "produced"},  {"built", "produced"},
      {"manufactured", "produced"}, {"sold", "sold"},          {"sells", "sold"},
      {"shipped", "shipped"},     {"cut", "cut"},              {"cuts", "cut"},
      {"cutting", "cut"},         {"eliminate", "cut"},        {"laid off", "cut"},
      {"lay off", "cut"},         {"layoffs", "cut"},          {"hire", "added"},
      {"hired", "added"},         {"hiring", "added"},         {"added", "added"},
      {"adds", "added"},          {"adding", "added"},         {"lost", "lost"},
      {"opened", "opened"},       {"open", "opened"},          {"closed", "closed"},
      {"close", "closed"},        {"recalled", "recalled"},    {"recall", "recalled"},
      {"sales", "sold"},          {"shipments", "shipped"},    {"ships", "shipped"},
      {"carried", "carried"},     {"flew", "carried"},         {"flown", "carried"},
      {"transported", "carried"},
      {"shed", "cut"},            {"sheds", "cut"},            {"shedding", "cut"},
      {"reduction", "cut"},       {"reduced", "cut"},          {"trimmed", "cut"},
      {"add", "added"},           {"shut", "closed"},          {"shutting", "closed"},
      {"closing", "closed"},      {"closes", "closed"},        {"lose", "lost"},
      // "50 ships on order" are new builds, not the fleet.
      {"on order", "ordered"},    {"ordered", "ordered"},
      // "16.7k units went into inventory": the build-up, not a count sold or made.
      {"into inventory", "inventoried"}, {"inventory", "inventoried"}, {"inventories", "inventoried"},
  };
  return table;
}

std::span<const std::string_view> comparator_words() {
  static constexpr std::string_view table[] = {"versus", "vs", "compared", "than", "relative", "against",
                                                "outpacing", "ahead", "rival", "rivals", "peer", "peers",
                                                "competitor", "competitors"};
  return table;
}

bool is_change_noun(std::string_view word) {
  static constexpr std::string_view table[] = {
      "increase", "increases", "decrease", "decreases", "reduction", "reductions", "rise", "drop", "decline",
      "fall", "cut", "cuts", "boost", "hit", "impact", "gain", "jump", "shortfall"};
  return listed(table, word);
}

bool is_change_verb(std::string_view word) {
  static constexpr std::string_view table[] = {
      "reduced", "reduce", "reduces", "reducing", "cut", "cuts", "cutting", "lowered", "lower", "lowering",
      "raised", "raise", "raises", "raising", "boosted", "boost", "boosts", "lifted", "lift", "lifts", "trimmed",
      "trim", "trims", "increased", "increase", "decreased", "decrease", "hurt", "dented", "rose", "fell", "grew",
      "declined", "dropped", "jumped", "climbed", "slipped", "shrank", "widened", "narrowed"};
  return listed(table, word);
}

bool is_estimate_word(std::string_view word) {
  static constexpr std::string_view table[] = {"analysts", "analyst", "consensus", "estimate", "estimates",
                                               "polled", "lseg", "factset", "visible", "forecasters", "street"};
  return listed(table, word);
}

bool is_be_verb(std::string_view word) {
  static constexpr std::string_view table[] = {"is", "are", "was", "were", "be", "been", "being"};
  return listed(table, word);
}

bool is_comparison_verb(std::string_view word) {
  static constexpr std::string_view table[] = {
      "beat",     "beats",   "beating", "topped", "topping",    "tops",   "exceeded", "exceeding", "exceeds",
      "surpassed", "surpassing", "missed", "missing", "misses", "above", "below",   "ahead",     "than",
      "versus",   "vs",      "against", "outpaced", "trailed", "trailing", "short"};
  return listed(table, word);
}

bool is_guidance_word(std::string_view word) {
  static constexpr std::string_view table[] = {"forecast", "forecasts", "forecasted", "expects", "expect",
                                               "guided",   "guidance",  "outlook",    "projects", "projected",
                                               "sees",     "anticipates", "predicts", "predicted", "targets",
                                               "target",   "guide",     "guides",     "implies",  "implying",
                                               "seen",     "projections", "projection"};
  return listed(table, word);
}

bool is_sector_word(std::string_view word) {
  static constexpr std::string_view table[] = {
      "technology", "tech",     "bank",      "banking",  "chip",      "chipmaker", "semiconductor", "energy",
      "oil",        "mining",   "miner",     "healthcare", "pharma",  "pharmaceutical", "drug",     "retail",
      "retailer",   "auto",     "automaker", "carmaker", "airline",   "travel",    "property",      "utility",
      "utilities",  "insurance", "insurer",  "telecom",  "media",     "luxury",    "defence",       "defense",
      "consumer",   "industrial", "financial", "software", "internet", "growth",   "value",         "staples"};
  return listed(table, word);
}

// Verbs of a trading session that come before a move ("finishes up 47%",
// "ended 6.8% higher", "is giving back some gains"): never the thing that moved.
bool is_trading_verb(std::string_view word) {
  static constexpr std::string_view table[] = {
      "open",     "opens",    "opening",  "closes",   "closing",  "finish",   "finishes", "finished", "finishing", "end",     "ends",
      "ended",    "ending",   "trade",    "trades",   "trading",  "extend",   "extends",   "extended", "extending",
      "pare",     "pares",    "pared",    "paring",   "trim",     "trims",    "trimmed",   "hit",     "hits",
      "touch",    "touches",  "touched",  "drift",    "drifts",   "drifted",  "hover",     "hovers",  "hovered",
      "sit",      "sits",     "sat",      "stand",    "stands",   "stood",    "edge",      "edges",   "edged",
      "settle",   "settles",  "settled",  "give",     "gives",    "giving",   "gave",      "back",    "being",
      "represent", "represents", "represented", "mark", "marks", "marked", "remain", "remains", "remained"};
  return listed(table, word);
}

// Nouns that describe a company in apposition before its name ("AI chipmaker
// Synaptra", "Retailer Brightway"): never the thing that moved, nor a name.
bool is_measured_noun(std::string_view word) {
  static constexpr std::string_view table[] = {
      "deposits",  "loans",     "costs",      "expenses",  "volumes",   "shipments", "deliveries", "bookings",
      "orders",    "margins",   "prices",     "yields",    "earnings",  "profits",   "exports",    "imports",
      "inventories", "reserves", "assets",    "premiums",  "claims",    "subscribers", "users",    "rents",
      "wages",     "fees",      "output",     "production", "traffic",  "sales",     "revenue",    "revenues",
      "payrolls",  "spending",   "capex",     "demand",    "supply",    "volume",     "units"};
  return listed(table, word);
}

bool is_company_descriptor(std::string_view word) {
  static constexpr std::string_view table[] = {
      "chipmaker", "chipmakers", "automaker", "carmaker", "drugmaker", "retailer", "lender", "insurer",
      "miner",     "airline",    "startup",   "conglomerate", "brewer", "refiner", "homebuilder", "shipbuilder",
      "supplier", "manufacturer", "giant", "firm", "company"};
  return listed(table, word);
}

bool is_country_or_region(std::string_view word) {
  // Countries that act in finance news on their own (producers, economies),
  // and the regions companies report.
  // Not the US, whose names ("US", "U.S.", "American") also mark listings and dollars.
  static constexpr std::string_view table[] = {
      "saudi",     "russia",    "iraq",     "iran",   "kuwait",    "uae",      "kazakhstan", "nigeria",
      "libya",     "venezuela", "algeria",  "angola", "norway",    "brazil",   "canada",     "mexico",
      "china",     "india",     "japan",    "germany", "france",   "britain",  "italy",      "spain",
      "korea",     "indonesia", "australia", "argentina", "turkey", "qatar",   "oman",       "egypt",
      "chile",     "peru",      "vietnam",  "thailand", "malaysia", "poland", "sweden",     "switzerland",
      "europe",    "asia",      "africa",   "emea",   "apac",      "americas"};
  return listed(table, word);
}

}  // namespace keyfigures::lexicon
