#pragma once
// The speaker block of FactSet CallStreet transcripts:
//   Colin Ashby
//   Chief Financial Officer, Northgate Financial Corp. A
// a name line, then "Title, Firm" with the role letter Q (analyst) or A
// (executive) in the Q&A. The PDF text layer sometimes glues the two lines:
//   Colin AshbyChief Financial Officer, Northgate Financial Corp. A

#include "layout/document.hpp"
#include "segment/draft.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>

namespace ect::dialects::callstreet {

/// "Title, Firm Q" into title, firm and role (from the role letter). The
/// firm is what follows the last comma that does not start a corporate
/// suffix ("Deutsche Bank Securities, Inc."). False when the line is no
/// title line: no comma and no role letter, or too long to be one.
[[nodiscard]] bool parse_title_line(std::string_view line, segment::speaker& who);

/// True when an ASCII lower-case letter is followed at once by a capital
/// somewhere in `s` ("BarnumChief"): where a glued block may split.
[[nodiscard]] bool lower_meets_upper(std::string_view s) noexcept;

struct block {
    segment::speaker who;
    std::size_t last = 0; ///< the block's last line (the title line)
};

/// read_block of the first form alone: the block when line `i` is a name
/// line over a title line. A glued block never spans lines.
[[nodiscard]] std::optional<block> read_name_block(const layout::document& doc, std::size_t i);

/// The speaker block starting at line `i`: a name line and a title line, or
/// one glued line split where a known name (by name_key) or else a person's
/// name ends.
[[nodiscard]] std::optional<block> read_block(const layout::document& doc, std::size_t i,
                                              const std::unordered_set<std::string>& known);

} // namespace ect::dialects::callstreet
