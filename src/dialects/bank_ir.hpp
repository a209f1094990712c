#pragma once
// Pieces shared by the transcripts banks publish on their investor-relations
// sites as PDF (Bank of America, UBS, Barclays, TD, BNP Paribas, Deutsche
// Bank): rosters with the firm and title after the name, affiliations
// "Firm, Title" / "Firm – Title", a legal notice after the last turn, and a
// sign-off that closes the call.

#include "dialects/en_common.hpp"

#include <string_view>
#include <vector>

namespace ect::dialects::bank {

/// Headings of every line (en::headings_of), less the sentence ends that
/// merely read as one: "presentation." wrapped onto a line of its own in a
/// disclaimer.
[[nodiscard]] std::vector<layout::heading> headings_of(const layout::document& doc);

/// True when `s` reads as a job title rather than a firm: the title table
/// knows it, or it holds a title word (Chief, Officer, Head, Director, CEO,
/// Analyst, Investor Relations …).
[[nodiscard]] bool is_title(std::string_view s);

/// The spaced dash (" – ", " - ", " — ") that separates parts of a label or
/// roster line, as [begin, end) of the separator; npos when there is none.
[[nodiscard]] std::pair<std::size_t, std::size_t> find_dash(std::string_view s);

/// Fill firm and title of `who` from what follows a name: "Firm – Title"
/// (TD), "Firm, Title" (BofA), "Title, Unit" (TD), a firm alone or a title
/// alone. The role follows: "Analyst" or a firm without title make an
/// analyst, a title an executive.
void read_affiliation(std::string_view s, segment::speaker& who);

/// True when `s` can be an affiliation on a label line: a few capitalised
/// words (with "of", "and", "&" …), no sentence punctuation. Keeps prose
/// such as "Greta, they're only working it out …" from reading as "Name, Firm".
[[nodiscard]] bool is_affiliation(std::string_view s);

/// A person's name usable as a label: at least two words, not a title and
/// not a firm ("Chief Financial Officer", "TD Bank Group" read as names).
[[nodiscard]] bool is_label_name(std::string_view s);
/// is_label_name of `s`, a view of `doc`'s text, the tables' verdict on each
/// distinct name kept with the document.
[[nodiscard]] bool is_label_name(const layout::document& doc, std::string_view s);

/// Roster blocks under roster headings ("Presenters", "Participants",
/// "C O R P O R A T E  P A R T I C I P A N T S", "Speakers:"): entries as
/// "Name – Firm, Title", "Name – Firm", "Name, Title", "Name (Title)", or a
/// name line followed by a "Firm – Title" line (TD). Adds roster entries and
/// skip markers; a line that is no entry ends the block.
void read_rosters(const layout::document& doc, const std::vector<layout::heading>& heads, segment::draft& d,
                  std::vector<segment::marker>& markers);

/// The closing of the call: the operator's "no further questions"
/// (en::mark_closing), else the sign-off of an executive ("I think that's
/// all our questions", "that brings us to the end of questions", "we can
/// conclude"). A sign-off early in a turn closes from that turn; one at the
/// end of a long answer closes from the next turn.
void mark_closing(const layout::document& doc, segment::draft& d);

/// A speaker of unknown role whose turn follows a hand-over to "the next
/// question" ("And can we go to the next question, please?", Barclays) is
/// the one asking it: an analyst.
void mark_handover_askers(const layout::document& doc, segment::draft& d);

/// Executives named as present in the remarks without a roster line: "Also
/// present today to answer your questions are: Name, Title; Name, Title;
/// and Name, Title." (TD). They become roster entries of executives.
void read_named_present(const layout::document& doc, segment::draft& d);

/// True when any of the next few lines after `i` holds text.
[[nodiscard]] bool followed_by_text(const layout::document& doc, std::size_t i);

} // namespace ect::dialects::bank
