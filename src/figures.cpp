// Stage 1: figures. Tokenize each article, scan quantities, read their
// context, and place them in UTF-16 offsets as JavaScript indexes strings.
#include <fmt/format.h>

#include "labels.hpp"
#include "stages.hpp"
#include "utf8.hpp"

namespace keyfigures {

namespace {

void describe(AnalyzedFigure& f, const Article& article) {
  const FigureContext& c = f.context;
  Figure& figure = f.figure;
  figure.subject = c.subject;
  figure.metric = metric_name(c.metric, f.quantity.noun);
  figure.qualifiers = qualifiers_of(c, article.published);
}

// Asks for the next article's tokens and segments while this one is read:
// context reading walks most of an article, and by then it has long left
// the cache (the whole bundle was tokenized in between).
void prefetch(const ArticleText& text) {
  constexpr std::size_t kLine = 64;
  const auto lines = [](const auto& items) {
    const char* begin = reinterpret_cast<const char*>(items.data());
    const char* end = begin + items.size() * sizeof(items[0]);
    for (const char* p = begin; p < end; p += kLine) __builtin_prefetch(p);
  };
  lines(text.tokens);
  lines(text.segments.sentence);
  lines(text.segments.clause);
  lines(text.segments.paragraph);
}

}  // namespace

std::vector<AnalyzedFigure> extract_figures(const Bundle& bundle, std::size_t max_figures, bool* exceeded) {
  // Every per-token pass over an article runs right after its tokenization,
  // while the tokens are in cache; only context reading, which needs the
  // entities of the whole bundle, comes back to them.
  std::vector<ArticleText> texts;
  std::vector<std::vector<Quantity>> quantities_of;
  texts.reserve(bundle.articles.size());
  quantities_of.reserve(bundle.articles.size());
  EntityFinder entity_finder;
  std::size_t figure_count = 0;
  for (const auto& article : bundle.articles) {
    ArticleText text;
    text.article = &article;
    text.tokens = tokenize(article.text);
    text.segments = segment(text.tokens);
    entity_finder.add_article(text);
    // Only "¥" needs the text's context (CNY or JPY): skip reading for it
    // when the sign never appears.
    const bool has_yen_sign =
        article.text.find("¥") != std::string::npos || article.text.find("￥") != std::string::npos;
    const YenContext yen = has_yen_sign ? detect_yen_context(text.tokens) : YenContext::japanese;
    quantities_of.push_back(scan_quantities(text.tokens, yen));
    figure_count += quantities_of.back().size();
    if (figure_count > max_figures) {
      if (exceeded) *exceeded = true;
      return {};
    }
    texts.push_back(std::move(text));
  }
  const Entities entities = std::move(entity_finder).finish(texts, bundle);

  std::vector<AnalyzedFigure> out;
  out.reserve(figure_count);
  for (std::size_t a = 0; a < texts.size(); ++a) {
    if (a + 1 < texts.size()) prefetch(texts[a + 1]);
    const ArticleText& text = texts[a];
    const Article& article = *text.article;
    const Tokens& tokens = text.tokens;
    std::vector<Quantity>& quantities = quantities_of[a];
    std::vector<FigureContext> contexts = read_context(text, quantities, entities);
    share_context_within_article(quantities, contexts);
    for (auto& context : contexts) default_listing(entities, context);

    const std::size_t first_figure = out.size();
    Utf16Cursor cursor(article.text);
    for (std::size_t k = 0; k < quantities.size(); ++k) {
      AnalyzedFigure& f = out.emplace_back();  // built in place: `out` was reserved for every figure
      f.quantity = std::move(quantities[k]);
      f.context = std::move(contexts[k]);
      if (!f.context.currency.empty()) f.quantity.unit = f.context.currency;
      const Quantity& q = f.quantity;
      f.article_index = a;
      Figure& figure = f.figure;
      figure.id = fmt::format("f{}", out.size());
      figure.article = article.id;
      const std::size_t begin = tokens[q.first].begin, end = tokens[q.last].end;
      figure.text = article.text.substr(begin, end - begin);
      figure.start = cursor.to_utf16(begin);
      figure.end = cursor.to_utf16(end);
      figure.value = q.value;
      figure.low = q.low;
      figure.high = q.high;
      figure.unit = q.unit;
      figure.noun = q.noun;
      figure.hedge = q.hedge;
      figure.direction = q.direction;
      if (q.converts >= 0) {
        // A restatement in another currency measures the same thing.
        const AnalyzedFigure& original = out[first_figure + static_cast<std::size_t>(q.converts)];
        figure.same_amount_as = original.figure.id;
        f.context = original.context;
      }
      f.in_lead = text.segments.sentence[q.first] <= 3;
      f.in_title = !article.title.empty() && article.title.find(figure.text) != std::string::npos;
      describe(f, article);
    }
  }
  return out;
}

void refresh_description(AnalyzedFigure& f, const Article& article) { describe(f, article); }

}  // namespace keyfigures
