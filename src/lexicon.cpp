#include "lexicon.hpp"

#include <array>

namespace keyfigures::lexicon {

namespace {
using sv = std::string_view;
}

int month_number(std::string_view word) {
  static constexpr std::string_view kMonths[] = {"january", "february", "march",     "april",   "may",      "june",
                                                 "july",    "august",   "september", "october", "november", "december"};
  for (int m = 0; m < 12; ++m)
    if (kMonths[m] == word || (word.size() >= 3 && kMonths[m].substr(0, 3) == word)) return m + 1;
  return 0;
}

std::span<const Scale> scales() {
  static constexpr Scale table[] = {
      {"thousand", 1e3, false}, {"k", 1e3, true},        {"million", 1e6, false},
      {"mln", 1e6, false},      {"mn", 1e6, false},      {"m", 1e6, true},
      {"mm", 1e6, true},        {"billion", 1e9, false}, {"bln", 1e9, false},
      {"bn", 1e9, false},       {"b", 1e9, true},        {"trillion", 1e12, false},
      {"trn", 1e12, false},     {"tn", 1e12, false},     {"t", 1e12, true},
      {"lakh", 1e5, false},     {"crore", 1e7, false},   {"cr", 1e7, false},   {"crores", 1e7, false},
      {"lakhs", 1e5, false},   {"thousands", 1e3, false},
      {"millions", 1e6, false},
  };
  return table;
}

std::span<const Currency> currency_symbols() {
  static constexpr Currency table[] = {
      {"$", "USD"}, {"€", "EUR"}, {"£", "GBP"}, {"¥", "YEN_SIGN"}, {"₹", "INR"}, {"₩", "KRW"}, {"￥", "YEN_SIGN"},
  };
  return table;
}

std::span<const Currency> dollar_prefixes() {
  static constexpr Currency table[] = {
      {"us", "USD"}, {"u.s.", "USD"}, {"hk", "HKD"}, {"c", "CAD"},  {"ca", "CAD"},  {"a", "AUD"},
      {"au", "AUD"}, {"s", "SGD"},   {"sg", "SGD"}, {"nt", "TWD"}, {"nz", "NZD"}, {"r", "BRL"},
  };
  return table;
}

std::span<const Currency> currency_codes() {
  static constexpr Currency table[] = {
      {"usd", "USD"}, {"hkd", "HKD"}, {"cny", "CNY"}, {"rmb", "CNY"}, {"eur", "EUR"},
      {"gbp", "GBP"}, {"jpy", "JPY"}, {"inr", "INR"}, {"cad", "CAD"}, {"aud", "AUD"},
      {"sgd", "SGD"}, {"chf", "CHF"}, {"krw", "KRW"}, {"twd", "TWD"}, {"rs", "INR"},
  };
  return table;
}

std::span<const Currency> currency_words_after() {
  static constexpr Currency table[] = {
      {"yuan", "CNY"},   {"renminbi", "CNY"}, {"rmb", "CNY"},   {"cny", "CNY"},   {"dollars", "USD"},
      {"usd", "USD"},    {"euros", "EUR"},    {"euro", "EUR"},  {"eur", "EUR"},   {"yen", "JPY"},
      {"jpy", "JPY"},    {"rupees", "INR"},   {"inr", "INR"},   {"hkd", "HKD"},   {"francs", "CHF"},
      {"gbp", "GBP"},    {"sterling", "GBP"}, {"won", "KRW_WORD"}, {"cents", "USD_CENTS"},
      {"pence", "GBP_PENCE"},
      // "14.2 billion pounds" is money; "500 pounds" alone may be a weight (see quantity_at).
      {"pounds", "GBP_WORD"}, {"reais", "BRL"},   {"brl", "BRL"},
  };
  return table;
}

std::span<const HedgePhrase> hedge_phrases() {
  // Longest phrases first: the first match wins.
  static constexpr HedgePhrase table[] = {
      {"more than", Hedge::over},      {"greater than", Hedge::over},   {"higher than", Hedge::over},
      {"in excess of", Hedge::over},   {"upwards of", Hedge::over},     {"upward of", Hedge::over},
      {"at least", Hedge::over},       {"north of", Hedge::over},       {"well over", Hedge::over},
      {"just over", Hedge::over},      {"well above", Hedge::over},     {"over", Hedge::over},
      {"above", Hedge::over},          {"topping", Hedge::over},        {"exceeding", Hedge::over},
      {"passes", Hedge::over},         {"tops", Hedge::over},           {"crosses", Hedge::over},
      {"surpasses", Hedge::over},      {"exceeds", Hedge::over},        {">", Hedge::over},              {"≥", Hedge::over},              {"less than", Hedge::under},
      {"fewer than", Hedge::under},    {"lower than", Hedge::under},    {"just under", Hedge::under},
      {"up to", Hedge::under},         {"at most", Hedge::under},       {"as much as", Hedge::under},
      {"as many as", Hedge::under},    {"as high as", Hedge::under},    {"south of", Hedge::under},
      {"below", Hedge::under},         {"under", Hedge::under},         {"<", Hedge::under},
      {"≤", Hedge::under},             {"close to", Hedge::approx},     {"an estimated", Hedge::approx},
      {"approximately", Hedge::approx}, {"approx", Hedge::approx},      {"about", Hedge::approx},
      {"around", Hedge::approx},       {"roughly", Hedge::approx},      {"nearly", Hedge::approx},
      {"almost", Hedge::approx},       {"some", Hedge::approx},         {"estimated", Hedge::approx},
      {"~", Hedge::approx},            {"≈", Hedge::approx},            {"circa", Hedge::approx},
  };
  return table;
}

std::span<const sv> up_words() {
  static constexpr sv table[] = {
      "rose",      "rise",      "rises",     "rising",    "risen",     "jumped",    "jump",
      "jumps",     "jumping",   "surged",    "surge",     "surges",    "surging",   "soared",
      "soar",      "soars",     "soaring",   "gained",    "gain",      "gains",     "gaining",
      "climbed",   "climb",     "climbs",    "climbing",  "rallied",   "rally",     "rallying",
      "advanced",  "advancing", "added",     "adding",    "increased", "increase",  "increasing",
      "grew",      "grow",      "grows",     "growing",   "grown",     "leapt",     "leaped",
      "leaping",   "spiked",    "rocketed",  "exploded",  "higher",    "up",        "+",
      "popped",    "boosted",   "expanded", "spikes", "skyrocketed", "skyrocketing", "zoomed", "surged", "climbs", "leaps", "rebounded", "rebound", "recovered"};
  return table;
}

std::span<const sv> down_words() {
  static constexpr sv table[] = {
      "fell",     "fall",      "falls",    "falling",  "fallen",    "dropped",  "drop",
      "drops",    "dropping",  "plunged",  "plunge",   "plunges",   "plunging", "slid",
      "slide",    "slides",    "sliding",  "sank",     "sink",      "sinking",  "tumbled",
      "tumbling", "declined",  "decline",  "declining", "lost",     "losing",   "shed",
      "shedding", "decreased", "decreasing", "slumped", "slumping", "down",     "lower",
      "slashed",  "cut",       "plummeted", "crashed", "retreated", "eased",   "dipped",
      "contracted", "shrank",  "slump",    "slumps",    "tumble",   "tumbles",  "sinks",    "dive",
      "dives",    "dived",     "dove",     "slipped",  "slips",     "slip",     "slipping", "skidded",  "dipping",
      "easing",   "retreating", "-"};
  return table;
}

std::span<const sv> up_nouns() {
  static constexpr sv table[] = {"gain", "gains", "jump", "rise", "increase", "surge",
                                            "rally", "advance", "climb", "pop", "growth"};
  return table;
}

std::span<const sv> down_nouns() {
  static constexpr sv table[] = {"drop", "decline", "fall", "loss", "plunge",
                                           "slide", "decrease", "slump", "selloff"};
  return table;
}

std::span<const CountNoun> count_nouns() {
  // Multi-word entries first. Synonyms share `kind`, so "91 data centers"
  // and "91 availability zones" land on one card (and get a unit_conflict).
  static constexpr CountNoun table[] = {
      {"availability zones", "availability zones", "sites"},
      {"availability zone", "availability zones", "sites"},
      {"data centers", "data centers", "sites"},
      {"data center", "data centers", "sites"},
      {"data centres", "data centers", "sites"},
      {"data centre", "data centers", "sites"},
      {"dcs", "data centers", "sites"},
      {"facilities", "facilities", "sites", "data centers"},
      {"cloud regions", "regions", "regions"},
      {"regions", "regions", "regions"},
      {"monthly active users", "monthly active users", "users", "users"},
      {"daily active users", "daily active users", "daily users"},
      {"maus", "monthly active users", "users", "users"},
      {"daus", "daily active users", "daily users"},
      {"users", "users", "users"},
      {"subscribers", "subscribers", "subscribers"},
      {"paying subscribers", "subscribers", "subscribers"},
      // A streaming service's paying accounts.
      {"paid memberships", "paid memberships", "subscribers", "subscribers"},
      {"memberships", "memberships", "subscribers", "subscribers"},
      {"reservations", "reservations", "reservations"},
      {"customers", "customers", "customers"},
      {"clients", "clients", "customers", "customers"},
      {"members", "members", "members"},
      {"accounts", "accounts", "accounts"},
      {"employees", "employees", "workforce"},
      {"workers", "workers", "workforce", "employees"},
      {"staff", "staff", "workforce", "employees"},
      {"jobs", "jobs", "jobs"},
      {"positions", "positions", "jobs", "jobs"},
      {"layoffs", "layoffs", "layoffs"},
      {"stores", "stores", "stores"},
      {"outlets", "outlets", "stores", "stores"},
      {"shops", "shops", "stores", "stores"},
      {"branches", "branches", "branches"},
      {"restaurants", "restaurants", "restaurants"},
      {"hotels", "hotels", "hotels"},
      {"countries", "countries", "countries"},
      {"markets", "markets", "markets"},
      {"cities", "cities", "cities"},
      {"vehicles", "vehicles", "vehicles"},
      {"cars", "cars", "vehicles", "vehicles"},
      {"evs", "EVs", "vehicles"},
      {"units", "units", "units"},
      {"devices", "devices", "devices"},
      {"phones", "phones", "devices", "smartphones"},
      {"smartphones", "smartphones", "devices"},
      {"chips", "chips", "chips"},
      {"gpus", "GPUs", "chips", "chips"},
      {"processors", "processors", "chips", "chips"},
      {"servers", "servers", "servers"},
      {"parameters", "parameters", "parameters"},
      {"parameter", "parameters", "parameters"},
      {"params", "parameters", "parameters"},
      {"tokens", "tokens", "tokens"},
      {"shares", "shares", "shares"},
      {"orders", "orders", "orders"},
      {"deliveries", "deliveries", "deliveries"},
      {"shipments", "shipments", "deliveries", "deliveries"},
      {"patents", "patents", "patents"},
      {"products", "products", "products"},
      {"apps", "apps", "apps"},
      {"downloads", "downloads", "downloads"},
      {"passengers", "passengers", "passengers"},
      {"flights", "flights", "flights"},
      {"planes", "planes", "aircraft", "aircraft"},
      {"aircraft", "aircraft", "aircraft"},
      {"ships", "ships", "ships"},
      {"vessels", "vessels", "ships", "ships"},
      {"factories", "factories", "factories"},
      {"plants", "plants", "factories", "factories"},
      {"mines", "mines", "mines"},
      {"wells", "wells", "wells"},
      {"households", "households", "households"},
      {"homes", "homes", "homes"},
      {"merchants", "merchants", "merchants"},
      {"sellers", "sellers", "merchants", "merchants"},
      {"partners", "partners", "partners"},
      {"developers", "developers", "developers"},
      {"enterprises", "enterprises", "enterprises"},
      {"startups", "startups", "startups"},
      {"companies", "companies", "companies"},
      {"banks", "banks", "banks"},
      {"brands", "brands", "brands"},
      {"titles", "titles", "titles"},
      {"games", "games", "games"},
      {"copies", "copies", "units", "units"},
      {"patients", "patients", "patients"},
      {"participants", "participants", "patients", "patients"},
      {"net adds", "net additions", "net additions"},
      {"net additions", "net additions", "net additions"},
      {"contracts", "contracts", "contracts"},
      {"projects", "projects", "projects"},
      // Oil output is a rate; "barrels" alone is a stock ("inventories fell 3.4 million barrels").
      {"barrels per day", "barrels per day", "oil output", {}, true},
      {"barrels a day", "barrels per day", "oil output", {}, true},
      {"barrels of oil per day", "barrels per day", "oil output", {}, true},
      {"bpd", "barrels per day", "oil output", {}, true},
      {"barrels", "barrels", "barrels", {}, true},
      {"tonnes", "tonnes", "tonnes", {}, true},
      {"metric tons", "tonnes", "tonnes", "tonnes", true},
      {"tons", "tons", "tonnes", "tonnes", true},
      {"troy ounces", "ounces", "ounces", {}, true},
      {"ounces", "ounces", "ounces", {}, true},
      {"gigawatts", "gigawatts", "power capacity", {}, true},
      {"megawatts", "gigawatts", "power capacity", {}, true, 0.001},
      {"gw", "gigawatts", "power capacity", {}, true},
      {"mw", "gigawatts", "power capacity", {}, true, 0.001},
      // Energy, not capacity: "11.8 GWh of storage".
      {"gwh", "gigawatt hours", "energy", {}, true},
      {"gigawatt hours", "gigawatt hours", "energy", {}, true},
      {"gigawatt - hours", "gigawatt hours", "energy", {}, true},
      {"mwh", "gigawatt hours", "energy", {}, true, 0.001},
      {"twh", "gigawatt hours", "energy", {}, true, 1000},
      {"oz", "ounces", "ounces", {}, true},
      {"koz", "ounces", "ounces", {}, true, 1000},
      {"kt", "tonnes", "tonnes", "tonnes", true, 1000},
      {"visitors", "visitors", "visitors"},
      {"viewers", "viewers", "viewers"},
      {"transactions", "transactions", "transactions"},
      {"satellites", "satellites", "satellites"},
      {"robots", "robots", "robots"},
      {"models", "models", "models"},
      {"locations", "locations", "locations"},
  };
  return table;
}

std::span<const WordNumber> word_numbers() {
  static constexpr WordNumber table[] = {
      {"one", 1},      {"two", 2},        {"three", 3},     {"four", 4},      {"five", 5},
      {"six", 6},      {"seven", 7},      {"eight", 8},     {"nine", 9},      {"ten", 10},
      {"eleven", 11},  {"twelve", 12},    {"thirteen", 13}, {"fourteen", 14}, {"fifteen", 15},
      {"sixteen", 16}, {"seventeen", 17}, {"eighteen", 18}, {"nineteen", 19}, {"twenty", 20},
      {"thirty", 30},  {"forty", 40},     {"fifty", 50},    {"sixty", 60},    {"seventy", 70},
      {"eighty", 80},  {"ninety", 90},    {"hundred", 100}, {"a", 1},         {"an", 1},
  };
  return table;
}

std::span<const Fraction> fractions() {
  static constexpr Fraction table[] = {
      {"one - third", 100.0 / 3}, {"two - thirds", 200.0 / 3}, {"one - quarter", 25},
      {"three - quarters", 75},   {"one - fifth", 20},         {"one - half", 50},
      {"a third", 100.0 / 3},     {"a fifth", 20},             {"a tenth", 10},     {"two thirds", 200.0 / 3},   {"one third", 100.0 / 3},
  };
  return table;
}

std::span<const Multiplier> multipliers() {
  static constexpr Multiplier table[] = {
      {"doubled", 100, Direction::up},
      {"tripled", 200, Direction::up},
      {"trebled", 200, Direction::up},
      {"quadrupled", 300, Direction::up},
      {"halved", 50, Direction::down},
  };
  return table;
}

std::span<const std::string_view> teaser_labels() {
  static constexpr std::string_view table[] = {
      "read more",        "read next",        "also read",        "read also",       "see also",
      "related",          "related coverage", "related stories",  "related articles", "related content",
      "related reading",  "recommended",      "recommended reading", "more from",    "most read",
      "most popular",     "trending",         "watch",            "listen",          "advertisement",
      "sponsored",        "sponsored content", "top stories",
  };
  return table;
}

std::span<const std::string_view> reader_offer_openers() {
  static constexpr std::string_view table[] = {
      "subscribe", "unsubscribe", "sign up", "register now", "get unlimited",
      "start your", "try our", "become a member", "become a subscriber", "join our",
      "upgrade for", "upgrade now", "upgrade to", "try full", "try digital", "try unlimited",
  };
  return table;
}

std::span<const std::string_view> reader_offer_phrases() {
  static constexpr std::string_view table[] = {
      "members get", "subscribers get", "buy me a coffee",
  };
  return table;
}

}  // namespace keyfigures::lexicon
