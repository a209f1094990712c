#pragma once
// Checks on the decoded text that do not change it but deserve a diagnostic:
// byte-order marks inside the text (files glued together, each with its own
// BOM) and line ends of more than one kind (text pasted from several tools).

#include "text/decode.hpp"
#include "text/lines.hpp"

#include <vector>

namespace ect::text {

/// `stray-bom` at the first U+FEFF after the start, `mixed-line-ends` at the
/// first line end of another kind than the first (form feeds, page breaks, are
/// not counted).
[[nodiscard]] std::vector<decode_problem> check_input(const line_index& lines);

} // namespace ect::text
