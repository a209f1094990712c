#pragma once
// Lines of Refinitiv StreetEvents transcripts that name people:
//   turn headers   "Timothy D. Cook,  Apple Inc. - CEO & Director   [3]"
//                  "Operator   [1]", "Bill Shope (ph)  [12]"
//   roster entries " * Timothy D. Cook" followed by "   Apple Inc. - CEO & Director"

#include "dialects/en_common.hpp"

namespace ect::dialects::streetevents {

struct header {
    segment::speaker who;
    bool numbered = false; ///< ends in the running turn number "[n]"
};

/// A turn header: an operator or a person's name, optionally followed by
/// ", Firm - Title", optionally ending in "[n]". A trailing "(ph)" is left
/// out of the name.
[[nodiscard]] bool parse_header(std::string_view line, header& out);

/// "Firm - Title" (split at the first spaced dash) into `who`; a firm alone
/// when there is no dash. "Analyst" in the title makes an analyst.
void read_affiliation(std::string_view s, segment::speaker& who);

/// Roster entries under CORPORATE PARTICIPANTS (executives) and CONFERENCE
/// CALL PARTICIPANTS (analysts): " * Name" lines, each with the affiliation
/// line after it. Adds roster entries and skip markers.
void read_rosters(const layout::document& doc, const std::vector<layout::heading>& heads, segment::draft& d,
                  std::vector<segment::marker>& markers);

} // namespace ect::dialects::streetevents
