#pragma once
// The closing of an English call: no provider heads it, so it is found from
// the operator's words once the last analyst has been answered ("There are no
// further questions. I will turn the call over to … for closing remarks.").

#include "layout/document.hpp"
#include "segment/draft.hpp"

#include <optional>

namespace ect::dialects::en {

/// Index of the operator turn of the Q&A that ends the questions: the first
/// one saying there are no further questions after which no operator turn
/// introduces another questioner. Empty when there is none.
[[nodiscard]] std::optional<std::size_t> find_closing(const layout::document& doc, const segment::draft& d);

/// Move the turns from find_closing() on into a `closing` section, splitting
/// the Q&A section where it starts. Nothing changes when the document has a
/// closing section already or none is found.
void mark_closing(const layout::document& doc, segment::draft& d);

/// Split the Q&A section at byte `at`: what follows becomes `closing`
/// (neighbouring sections of one kind are merged).
void split_sections_at(segment::draft& d, std::size_t at);

} // namespace ect::dialects::en
