#pragma once
// Who is on an Indian concall before anyone speaks: the title page roster
//   MANAGEMENT: MR. S. NARAYANAN – HEAD, INVESTOR
//   RELATIONS, KESTREL PUMPS LIMITED
//   MODERATOR: MR. RAJ SHAH – EXAMPLE SECURITIES LIMITED
// (entries in capitals, wrapped over lines), and the host's roll call
// "We have on the call Mr. R.K. Joshi, Managing Director; Mr. …".

#include "layout/document.hpp"
#include "segment/assemble.hpp"

#include <string_view>
#include <vector>

namespace ect::dialects::india {

/// Bytes of a leading honorific ("Mr. ", "MS. ", "Dr ", "Shri "), 0 when none.
[[nodiscard]] std::size_t honorific_length(std::string_view s);

/// A roster heading opening a line ("MANAGEMENT:", "MODERATOR:"), written in
/// capitals and followed by an honorific: its role, and where the first entry
/// starts (offset in the line). Tells "MODERATOR: MR. X – FIRM" (a roster)
/// from "Moderator: Ladies and gentlemen" (a turn).
[[nodiscard]] bool roster_head(std::string_view line, role& r, std::size_t& body);

/// Read the title-page roster in lines [from, to): entries into `d.roster`,
/// a preamble skip marker on each of their lines.
void read_title_roster(const layout::document& doc, std::size_t from, std::size_t to, segment::draft& d,
                       std::vector<segment::marker>& markers);

/// Executives the host names with their titles ("Mr. Kunal Bhatia, CFO and
/// Mr. Nikhil Varma, Director"): roster entries when the title is a known one.
/// `said` is a span of `doc_text`.
void read_roll_call(std::string_view doc_text, byte_span said, segment::draft& d);

/// The first place from `from` on where a word (at the start of `s`, or
/// after a space or a line feed) opens with m, d or s in either case, as
/// every honorific does; npos when there is none.
[[nodiscard]] std::size_t next_honorific_start(std::string_view s, std::size_t from) noexcept;

/// Give roster entries the spelling of the turn label that names the same
/// person ("S. NARAYANAN" → "S. Narayanan"), the roster's kept as an
/// alias.
void link_roster_to_labels(segment::draft& d);

} // namespace ect::dialects::india
