// Seeking Alpha transcript pages as text:
//   a title line "Larkspur Robotics, Inc. (NASDAQ:LRKR) Q2 2025 Earnings Conference Call …",
//   rosters "Executives" / "Analysts" (older) or "Company Participants" /
//   "Conference Call Participants" (newer) of "Name - Title" / "Name - Firm",
//   each turn a name alone on a line followed by paragraphs, "Operator" alone,
//   the Q&A opened by "Question-and-Answer Session".
// Quirks: speaker lines lose a space ("OdileMarchetti" for roster "Odile
// Marchetti": names match by key), and the host's closing can stand under the last analyst's
// name (mark_signoff reports and mends it).
#include "dialects/en_closing.hpp"
#include "dialects/en_web.hpp"
#include "text/icu_tools.hpp"
#include "text/utf8.hpp"

namespace ect::dialects {

namespace {

using layout::heading;

// The next non-blank line after `i` is a "Name - Title" roster line.
bool roster_follows(const layout::document& doc, std::size_t i) {
    for (std::size_t j = i + 1; j < doc.size() && j <= i + 3; ++j) {
        if (doc.trimmed(j).empty()) continue;
        const layout::label_line* l = doc.label_line_at(j);
        return l && l->separator == '-' && !l->parts.empty();
    }
    return false;
}

int score(const layout::document& doc) {
    int points = 0;
    bool title = false;
    for (std::size_t i = 0; i < doc.size() && points < 100; ++i) {
        const std::string_view s = doc.trimmed(i);
        if (s.empty()) continue;
        if (!title) {
            title = true;
            if ((s.find("(NASDAQ:") != std::string_view::npos || s.find("(NYSE:") != std::string_view::npos) &&
                text::ifind(s, "Call") != std::string_view::npos)
                points += 20;
        }
        if (en::is_phrase(s, "Question-and-Answer Session")) points += 40;
        const heading h = doc.heading_at(i);
        if ((h == heading::company_roster || h == heading::analyst_roster) && s.back() != ':' && roster_follows(doc, i))
            points += 15;
    }
    return std::min(points, 100);
}

void read(const layout::document& doc, segment::draft& d) {
    d.dialect = "seeking-alpha";
    d.language = text::detect_language(doc.text);
    const auto heads = en::headings_of(doc);
    std::vector<segment::marker> markers;
    en::read_rosters(doc, heads, d, markers);
    en::mark_sections(doc, heads, markers);
    en::label_rules rules;
    rules.inline_labels = false; // every label is a line of its own
    const bool any = en::mark_labels(doc, d, markers, rules);
    segment::assemble(doc, std::move(markers), d);
    en::mark_closing(doc, d);
    en::mark_signoff(doc, d);
    if (!any) d.notes.push_back({severity::warning, "no-speaker-labels", 0, "no speaker lines found"});
}

} // namespace

const dialect seeking_alpha{"seeking-alpha", score, read, 100};

} // namespace ect::dialects
