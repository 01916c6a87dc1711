// The analysis stages, in the order analyze() runs them.
#pragma once

#include <vector>

#include "keyfigures/model.hpp"

namespace keyfigures {

// Every key figure of every article, with its context (subject, metric,
// qualifiers), ids f1..fN in article order.
std::vector<Figure> extract_bundle_figures(const Bundle& bundle);

// Groups figures that measure the same quantity into cards, most salient first.
std::vector<Card> build_cards(const Bundle& bundle, std::vector<Figure>& figures);

// Disagreements between outlets within each card.
std::vector<Flag> find_flags(const Bundle& bundle, const std::vector<Figure>& figures,
                             const std::vector<Card>& cards);

}  // namespace keyfigures
