// Temporary: empty stages until extraction lands.
#include "stages.hpp"
namespace keyfigures {
std::vector<Figure> extract_bundle_figures(const Bundle&) { return {}; }
std::vector<Card> build_cards(const Bundle&, std::vector<Figure>&) { return {}; }
std::vector<Flag> find_flags(const Bundle&, const std::vector<Figure>&, const std::vector<Card>&) { return {}; }
}
