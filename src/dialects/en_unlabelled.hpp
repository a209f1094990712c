#pragma once
// English call text with no speaker labels at all: ASR output and flattened
// scrapes that run the whole call together ("… the formal presentation. Good
// afternoon, and thank you for joining us …"). Who speaks can only be guessed
// from the content, so the text is kept as turns of an unknown speaker, one
// per paragraph, rather than lost as an unknown document.

#include "layout/document.hpp"
#include "segment/assemble.hpp"

#include <vector>

namespace ect::dialects::en {

/// The text is long enough to be a call and talks like one: the host's
/// phrases ("operator", "ladies and gentlemen", "welcome"), thanks, and at
/// least two of the call, the quarter and questions. A shopping list or an
/// unrelated article does not.
[[nodiscard]] bool reads_as_call(const layout::document& doc);

/// A label-less marker on the first line of every paragraph (a run of
/// non-blank lines; page furniture neither starts nor breaks one). Lines
/// already `taken` by other markers (roster, headings) end a paragraph.
void mark_paragraphs(const layout::document& doc, const std::vector<bool>& taken,
                     std::vector<segment::marker>& markers);

} // namespace ect::dialects::en
