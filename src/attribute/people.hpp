#pragma once
// Attribution: who speaks each turn. Roster entries, labels and the
// operator's introductions are merged into one participant per person
// (Tim Cook / TimCook / Timothy D. Cook; 程一笑 / Cheng Yixiao), each with a
// role, titles and a firm resolved against the shipped tables.

#include "core/transcript_data.hpp"
#include "layout/document.hpp"
#include "segment/draft.hpp"
#include "text/icu_tools.hpp"

namespace ect::attribute {

/// The ICU services attribution needs, owned by the parser.
struct services {
    text::romanizer& romanizer;
    text::script_folder& folder;
};

/// Fill `out.participants` and `out.turns` (speaker, role, section, label,
/// spans, text) from the draft; report label/content contradictions in
/// `out.diagnostics` via `notes`.
void attribute(const layout::document& doc, const segment::draft& d, services svc, detail::transcript_data& out,
               std::vector<segment::note>& notes);

/// True when two spellings name the same person: equal keys, or the same
/// surname and compatible given names ("Tim Cook" / "Timothy D. Cook").
[[nodiscard]] bool same_person(std::string_view a, std::string_view b);

} // namespace ect::attribute
