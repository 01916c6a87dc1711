// Untrusted text quoted in messages and terminal output: control characters
// (ESC, BEL, C1) become \uXXXX and invalid UTF-8 becomes U+FFFD, so a bundle
// cannot drive the reader's terminal or break the JSON it is quoted in.
#pragma once

#include <string>
#include <string_view>

namespace keyfigures {

std::string printable(std::string_view text);

}  // namespace keyfigures
