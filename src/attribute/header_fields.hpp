#pragma once
// The block of fields some exports open with ("Company: Bluefin Foods",
// "**Company:** BLFN", "Ticker: BLFN"): they name the company outright.

#include <string_view>

namespace ect::attribute {

struct header_fields {
    std::string_view company; ///< empty when no field names it
    std::string_view ticker;  ///< empty when no field names it
    /// An Indian filing's cover letter: the company signing it ("For
    /// Marigold Ceramics Limited") and its letterhead (a first line such as
    /// "MARIGOLD CERAMICS LIMITED"); empty when there is none.
    std::string_view signatory, letterhead;
};

/// The company and ticker fields of the first 30 lines of `head`. Markup
/// and a name in another script in brackets ("Bluefin Foods (藍鰭食品)") are
/// left out, and a value must read as a name: a few words, no sentence
/// ("Company: Thanks, everyone" is someone speaking).
[[nodiscard]] header_fields read_header_fields(std::string_view head);

/// The company signing a cover letter ("For Marigold Ceramics Limited") on
/// the first line of `letter` that names one; empty when none does. For a
/// letter that runs past the header lines, read over the rest of it.
[[nodiscard]] std::string_view letter_signatory(std::string_view letter);

} // namespace ect::attribute
