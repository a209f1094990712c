// S&P Capital IQ transcripts as text: a title block, "Call Participants"
// with EXECUTIVES and ANALYSTS lists of two-line entries (the name, then the
// title or "Firm, Research Division"), "Presentation" and "Question and
// Answer" headings, and each turn opened by the same two lines: the name,
// then the title or firm ("Operator" and "Unidentified Analyst" stand alone).
#include "data/firm_table.hpp"
#include "dialects/en_closing.hpp"
#include "dialects/en_web.hpp"
#include "text/icu_tools.hpp"
#include "text/utf8.hpp"

namespace ect::dialects {

namespace {

using layout::heading;
using segment::marker;

bool is_line(std::string_view line, std::string_view word) { return text::iequals(text::trim(line), word); }

// "Unidentified Analyst", "Unknown Executive": Capital IQ names no one when
// the call did not, and gives such a line no title line.
bool is_unidentified(std::string_view s) { return layout::unnamed_speaker(s) != layout::unnamed_role::none; }

bool is_analyst_line(std::string_view s) {
    s = text::trim(s);
    return text::ifind(s, "Research Division") != std::string_view::npos || text::iequals(s, "Analyst");
}

// The firm of "Pemberton Hale Securities, Research Division".
std::string_view firm_of(std::string_view s) {
    s = text::trim(s);
    const std::size_t at = text::ifind(s, ", Research Division");
    return at == std::string_view::npos ? s : s.substr(0, at);
}

std::size_t next_text(const layout::document& doc, std::size_t i) {
    while (i < doc.size() && doc.trimmed(i).empty()) ++i;
    return i;
}

// A dash between spaces ("Name - Firm", "Name – Title"): a roster line of
// one line, as Seeking Alpha writes them, where Capital IQ gives a name line
// and a title or firm line.
bool has_spaced_dash(std::string_view s) {
    return s.find(" - ") != std::string_view::npos || s.find(" \xE2\x80\x93 ") != std::string_view::npos ||
           s.find(" \xE2\x80\x94 ") != std::string_view::npos;
}

// The participant list under line `i` is of Capital IQ's two-line entries:
// its first entry opens with a name line, not a "Name - Title" line.
bool two_line_entries_follow(const layout::document& doc, std::size_t i) {
    const std::size_t j = next_text(doc, i + 1);
    return j < doc.size() && layout::is_person_name(doc.trimmed(j));
}

int score(const layout::document& doc) {
    // "Firm, Research Division" stands alone on the line under an analyst's
    // name; Seeking Alpha pages of 2012-14 copy the firm into their own
    // one-line roster ("Name - Firm, Research Division"), which is theirs.
    int points = 0;
    for (const std::size_t i : doc.lines_with("Research Division"))
        if (!has_spaced_dash(doc.trimmed(i))) points += 5;
    // The headings open with E, A, C or Q.
    doc.for_lines_with_edges("EACQ", {}, [&](std::size_t i) {
        const std::string_view s = doc.trimmed(i);
        if (s.size() < 8 || s.size() > 19) return; // none of the headings below
        // Seeking Alpha's "Executives" / "Analysts" head one-line entries.
        if ((text::iequals(s, "EXECUTIVES") || text::iequals(s, "ANALYSTS")) && two_line_entries_follow(doc, i))
            points += 20;
        if (text::iequals(s, "Call Participants")) points += 10;
        if (text::iequals(s, "Question and Answer")) points += 15;
    });
    return std::min(points, 100);
}

void read(const layout::document& doc, segment::draft& d) {
    d.dialect = "capital-iq";
    d.language = text::detect_language(doc.text);
    std::vector<marker> markers;
    auto skip = [&](std::size_t i) { markers.push_back({i, marker::kind::skip, section_kind::preamble, {}, {}, 0, std::nullopt}); };

    // The participant lists: name line, then title or firm line.
    role block = role::unknown;
    std::size_t first_section = doc.size();
    for (std::size_t i = 0; i < doc.size(); ++i) {
        const std::string_view s = doc.line(i);
        const heading h = doc.heading_at(i);
        if (h == heading::presentation || h == heading::qa) {
            first_section = i;
            break;
        }
        if (is_line(s, "EXECUTIVES")) block = role::executive, skip(i);
        else if (is_line(s, "ANALYSTS")) block = role::analyst, skip(i);
        else if (is_line(s, "Call Participants")) skip(i);
        else if (block != role::unknown && layout::is_person_name(s)) {
            skip(i);
            const std::size_t j = next_text(doc, i + 1);
            segment::speaker who{text::trim(s), {}, {}, {}, block};
            const bool second = j < doc.size() && !layout::is_person_name(doc.line(j)) &&
                                doc.heading_at(j) == heading::none;
            if (second) {
                if (block == role::analyst) who.firm = firm_of(doc.line(j));
                else who.title = text::trim(doc.line(j));
                skip(j);
            }
            d.roster.push_back({who, doc.span_of(i)});
            if (second) i = j;
        }
    }
    const auto heads = en::headings_of(doc);
    en::mark_sections(doc, heads, markers);

    // Turns: a name line (known, operator, or unidentified) and its title
    // or firm line make the label; the text starts below them.
    const en::roster_index roster(d);
    bool any = false;
    for (std::size_t i = first_section; i < doc.size(); ++i) {
        const std::string_view s = doc.trimmed(i);
        if (heads[i] != heading::none || doc.is_furniture(i)) continue;
        const bool op = layout::is_operator_name(s);
        if (!op && !is_unidentified(s) && !(layout::is_person_name(s) && roster.contains(s))) continue;
        segment::speaker who{s, {}, {}, {}, op ? role::operator_ : role::unknown};
        if (is_unidentified(s))
            who.role = layout::unnamed_speaker(s) == layout::unnamed_role::analyst ? role::analyst : role::executive;
        std::size_t label_line = i;
        const std::size_t j = i + 1;
        if (!op && !is_unidentified(s) && j < doc.size() && !doc.trimmed(j).empty()) {
            const std::string_view t = text::trim(doc.line(j));
            if (is_analyst_line(t)) who.firm = firm_of(t), who.role = role::analyst;
            else who.title = t;
            markers.push_back({i, marker::kind::end, section_kind::qa, {}, {}, 0, std::nullopt});
            label_line = j;
        }
        marker m = en::label_marker(doc, label_line, who, doc.line(label_line).size(), doc.line(label_line).size());
        m.label.begin = doc.span_of(i).begin + text::trim_left_bytes(doc.line(i));
        markers.push_back(m);
        any = true;
        i = label_line;
    }
    segment::assemble(doc, std::move(markers), d);
    en::mark_closing(doc, d);
    en::mark_signoff(doc, d);
    if (!any) d.notes.push_back({severity::warning, "no-speaker-labels", 0, "no speaker lines found"});
}

} // namespace

const dialect capital_iq{"capital-iq", score, read, 100};

} // namespace ect::dialects
