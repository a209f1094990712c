#pragma once
// Sentence boundaries by the rules of UAX #29 (the ones ICU's sentence
// iterator implements for the root locale), computed over the UTF-8 bytes.
// A boundary can only follow a sentence terminal (. ! ? 。 …) or a paragraph
// separator, so the text is scanned for those and the rules are applied
// around each one; the rest of the text is read once, byte by byte, without
// decoding ASCII. Character classes come from ICU's Sentence_Break property.

#include <cstddef>
#include <string_view>
#include <vector>

namespace ect::text {

/// The boundaries strictly inside `s`, in order (0 and s.size() are
/// boundaries too and are left out). `s` must be valid UTF-8.
void sentence_boundaries(std::string_view s, std::vector<std::size_t>& out);

} // namespace ect::text
