#pragma once
// Section and roster headings of English transcripts, in every spelling the
// providers use: "Question-and-Answer Session" (Seeking Alpha), "Questions &
// Answers:" (Motley Fool), "QUESTION AND ANSWER SECTION" (FactSet),
// "Q U E S T I O N  A N D  A N S W E R" (letter-spaced PDF headings),
// "CONFERENCE CALL PARTICIPIANTS" (a misspelling real files carry) …

#include <string>
#include <string_view>

namespace ect::layout {

enum class heading : unsigned char {
    none,
    presentation,     ///< prepared remarks start
    qa,               ///< questions and answers start
    closing,          ///< closing remarks
    company_roster,   ///< executives / corporate participants list
    analyst_roster,   ///< analysts / conference call participants list
    participants,     ///< one list of everyone ("Call participants:")
};

/// The heading a whole line is, or heading::none. Case, a trailing colon,
/// markdown `#`/`**` decoration and letter spacing are ignored.
[[nodiscard]] heading classify_heading(std::string_view line);

/// False when classify_heading of a line whose text::trim is `trimmed`
/// is surely heading::none, told from its first two letters alone.
[[nodiscard]] bool may_be_heading(std::string_view trimmed) noexcept;

/// "Q U E S T I O N  A N D  A N S W E R" → "QUESTION AND ANSWER"; other
/// text is returned unchanged.
[[nodiscard]] std::string collapse_letter_spacing(std::string_view s);

} // namespace ect::layout
