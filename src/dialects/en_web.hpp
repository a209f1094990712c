#pragma once
// Pieces shared by the English web and API layouts (Seeking Alpha, Motley
// Fool, FMP colon lines, Capital IQ, Bloomberg): speaker labels found line by
// line under a dialect's own rules, and the sign-off that ends a call.

#include "dialects/en_common.hpp"

#include <vector>

namespace ect::dialects::en {

/// Which label shapes a layout uses and how sure a single occurrence is.
struct label_rules {
    bool line_labels = true;   ///< a name (or "Name - Title") alone on a line
    bool inline_labels = true; ///< "Name: text"
    /// Every inline label at a line start is a turn (FMP: one turn per
    /// line), not only names the roster knows or that recur.
    bool every_inline = false;
    /// Names of known people only: roster, operator, a label used twice.
    bool bare_names_need_roster = true;
};

/// Put label markers on the lines not already marked; `markers` holds the
/// dialect's headings, roster and skip markers. Returns whether any label
/// was found.
bool mark_labels(const layout::document& doc, const segment::draft& d, std::vector<segment::marker>& markers,
                 const label_rules& rules);

/// Executives the host names with their titles in the prepared remarks
/// ("With me today are Odile Marchetti, Chief Executive Officer; Ravi
/// Thornquist, Chief Financial Officer; and …"): roster entries, so
/// that people who never speak are still listed and the speakers get titles.
void read_roll_call(const layout::document& doc, segment::draft& d);

/// The text of a drafted turn, pieces and all.
[[nodiscard]] std::string_view turn_text(const layout::document& doc, const segment::turn_draft& t);

/// Company-side closing words: "A replay of today's call …", "thanks again
/// for joining us", "This concludes today's conference".
[[nodiscard]] bool is_signoff(std::string_view said);

/// The turns after the last exchange that only close the call (sign-offs
/// and bare thanks) become a `closing` section. A sign-off under an
/// analyst's label contradicts the label: it is reported
/// (`label-content-mismatch`) and given to the company's host, the first
/// executive to speak in the presentation (investor relations).
void mark_signoff(const layout::document& doc, segment::draft& d);

} // namespace ect::dialects::en
