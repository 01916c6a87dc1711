// Plain-English words for what the stages computed: metric names, figure
// qualifiers, card labels and the values quoted in flag messages.
#pragma once

#include <string>
#include <vector>

#include "context.hpp"
#include "keyfigures/model.hpp"

namespace keyfigures {

struct AnalyzedFigure;

std::string metric_name(const std::string& metric, const std::string& noun);
std::vector<std::string> qualifiers_of(const FigureContext& context, const std::string& published);

// The date of a weekday's move in an article published on `published`
// ("friday" in a Saturday article: the day before); `published` when the
// weekday is not one or lies more than three days back.
std::string day_of(const std::string& published, const std::string& weekday);

// "24 Sep 2025" from "2025-09-24"; empty when the date is missing.
std::string readable_date(const std::string& iso_date);

// The card's label from its figures (which share subject, metric and period).
std::string card_label(const std::vector<const AnalyzedFigure*>& figures);

// "about $88", "over 9%", "8–10%", "16x"; with the direction of a change
// when asked ("up 3%", "down about 3%").
std::string value_phrase(const Figure& figure, bool with_direction = false);

}  // namespace keyfigures
