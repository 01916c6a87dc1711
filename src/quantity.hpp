// A quantity found in text before any context is attached: the figure's
// span, normalized value, unit, hedge and direction.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "keyfigures/model.hpp"
#include "tokenizer.hpp"

namespace keyfigures {

struct Quantity {
  std::size_t first = 0;        // token range of the figure text, inclusive
  std::size_t last = 0;
  std::size_t context_first = 0;  // first token including a hedge phrase
  double value = 0;
  std::optional<double> low, high;
  double tolerance = 0;         // half a unit of the last printed digit, in value units
  std::string unit;             // percent, percentage_points, ISO code, multiple, count
  std::string noun;             // counts: canonical noun ("data centers")
  std::string noun_kind;        // counts: what is counted ("sites")
  std::string noun_class;       // counts: the noun up to true synonyms ("workers" -> "employees")
  Hedge hedge = Hedge::exact;
  Direction direction = Direction::none;
  bool is_level = false;        // "to $178", "at 11x": a level reached, not a change
  int converts = -1;            // index of the amount this one restates in another currency
};

// Which currency "¥" means in this text: CNY in a Chinese context, else JPY.
enum class YenContext { chinese, japanese };
YenContext detect_yen_context(const Tokens& tokens);

std::vector<Quantity> scan_quantities(const Tokens& tokens, YenContext yen);

}  // namespace keyfigures
