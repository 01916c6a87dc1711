// The analysis stages, in the order analyze() runs them.
#pragma once

#include <cstdint>
#include <vector>

#include "context.hpp"
#include "keyfigures/model.hpp"
#include "quantity.hpp"

namespace keyfigures {

// A figure with what the later stages need to know about it.
struct AnalyzedFigure {
  Figure figure;
  Quantity quantity;
  FigureContext context;
  std::size_t article_index = 0;
  bool in_title = false;  // the figure's text also stands in the article title
  bool in_lead = false;   // among the first sentences
  bool period_inferred = false;  // the period was borrowed from the card, not read
};

// Every key figure of every article, with its context; ids f1..fN in article
// order. Stops and sets `exceeded` once more than `max_figures` are found.
std::vector<AnalyzedFigure> extract_figures(const Bundle& bundle, std::size_t max_figures = SIZE_MAX,
                                            bool* exceeded = nullptr);

// Recomputes a figure's public subject, metric and qualifiers from its
// context (after the card stage has completed that context).
void refresh_description(AnalyzedFigure& figure, const Article& article);

// Groups figures that measure the same quantity into cards, most salient first.
std::vector<Card> build_cards(const Bundle& bundle, std::vector<AnalyzedFigure>& figures);

// Disagreements between outlets within each card.
std::vector<Flag> find_flags(const Bundle& bundle, const std::vector<AnalyzedFigure>& figures,
                             const std::vector<Card>& cards);

}  // namespace keyfigures

namespace keyfigures {

// Extraction alone (figures with context, no cards): for benchmarks.
inline std::vector<Figure> extract_bundle_figures(const Bundle& bundle) {
  std::vector<AnalyzedFigure> figures = extract_figures(bundle);
  std::vector<Figure> out;
  out.reserve(figures.size());
  for (auto& f : figures) out.push_back(std::move(f.figure));
  return out;
}

}  // namespace keyfigures
