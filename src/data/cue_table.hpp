#pragma once
// The cue lexicons of src/data/cues.tsv, by kind.

#include <string_view>
#include <vector>

namespace ect::data {

/// Cues of one kind ("qa-opener-zh", "question-en", "report-zh" ...), in
/// file order, longest first within the kind so that a scan takes the
/// longest match. Empty when the kind is unknown.
[[nodiscard]] const std::vector<std::string_view>& cues(std::string_view kind);

/// The cue of `kind` that `s` starts with (longest), or an empty view.
[[nodiscard]] std::string_view cue_at(std::string_view s, std::string_view kind);

/// True when `s` contains a cue of `kind` (English kinds: case-insensitive).
[[nodiscard]] bool contains_cue(std::string_view s, std::string_view kind);

/// Every kind of the lexicon, in name order.
[[nodiscard]] std::vector<std::string_view> cue_kinds();

/// Compiles the automaton of `kind` now rather than on its first use.
void build_cue_matcher(std::string_view kind);

} // namespace ect::data
