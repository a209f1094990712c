#pragma once
// Turns and sections from the markers a dialect puts on lines. Dialects say
// *where* things are (a heading here, a speaker label there, a roster line to
// leave out); this stage builds the spans the same way for all of them:
// bodies run from a label to the next label or heading, furniture is left out
// of the text and kept as skipped spans.

#include "layout/document.hpp"
#include "segment/draft.hpp"

#include <optional>
#include <span>
#include <vector>

namespace ect::segment {

struct marker {
    enum class kind : std::uint8_t {
        heading, ///< a section heading; the line belongs to no turn
        label,   ///< a speaker label; the turn's text starts at `body`
        skip,    ///< a line that belongs to no turn (roster, editor's note, chrome)
        end,     ///< ends the current turn without starting another (text after it is preamble)
    };
    std::size_t line = 0;
    kind what = kind::label;
    section_kind section = section_kind::qa; ///< for headings
    speaker who;                             ///< for labels
    byte_span label;                         ///< for labels: the label text
    std::size_t body = 0;                    ///< for labels: absolute offset where the text starts
    std::optional<skip_kind> skip_as;        ///< for skips: record as this skipped kind
};

/// Build `d.turns`, `d.sections` and `d.skipped` from `markers` (sorted by
/// line). Without a presentation heading the first turn opens the
/// presentation; without a Q&A heading the Q&A starts where the operator
/// first hands over to questions (see infer_qa_start). A provider's closing
/// notice after the last label (the trailer cues of src/data/cues.tsv) ends
/// the last turn and is kept as boilerplate.
void assemble(const layout::document& doc, std::vector<marker> markers, draft& d);

/// Index of the first turn of the Q&A when no heading says so: the first
/// operator (or moderator) turn that opens the floor to questions after some
/// prepared remarks, or the first turn after it. Empty when none is found.
std::optional<std::size_t> infer_qa_start(const layout::document& doc, const draft& d);

/// The text of the pieces joined by line breaks (as the contract defines a
/// turn's text).
std::string joined_text(std::string_view text, std::span<const byte_span> pieces);

} // namespace ect::segment
