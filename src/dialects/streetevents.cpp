// Refinitiv / LSEG (formerly Thomson Reuters) StreetEvents transcripts:
//   rosters under CORPORATE PARTICIPANTS and CONFERENCE CALL PARTICIPANTS
//   (also misspelt PARTICIPIANTS), each entry " * Name" then "   Firm - Title",
//   PRESENTATION (or TRANSCRIPT) and QUESTIONS AND ANSWERS headings,
//   "=====" and "-----" rules around headings and turn headers,
//   turn headers "Name, Firm - Title   [n]" and "Operator   [n]", names
//   carrying "(ph)" where the spelling is phonetic,
//   Definitions and Disclaimer after the last turn.
#include "dialects/en_closing.hpp"
#include "dialects/en_common.hpp"
#include "dialects/streetevents_header.hpp"
#include "text/icu_tools.hpp"
#include "text/utf8.hpp"

namespace ect::dialects {

namespace {

using layout::heading;
using segment::marker;

bool is_rule(const layout::document& doc, std::size_t i) {
    return doc.is_furniture(i) && *doc.furniture[i] == skip_kind::rule;
}

// The nearest line before (step -1) or after (step +1) `i` that holds text.
std::optional<std::size_t> neighbour(const layout::document& doc, std::size_t i, int step) {
    for (std::size_t j = i; step < 0 ? j-- > 0 : ++j < doc.size();)
        if (!doc.trimmed(j).empty()) return j;
    return std::nullopt;
}

bool between_rules(const layout::document& doc, std::size_t i) {
    const auto before = neighbour(doc, i, -1), after = neighbour(doc, i, +1);
    return before && after && is_rule(doc, *before) && is_rule(doc, *after);
}

bool is_trailer_heading(std::string_view line) {
    const std::string_view s = text::trim(line);
    return text::iequals(s, "definitions") || text::iequals(s, "disclaimer");
}

int score(const layout::document& doc) {
    int points = 20 * static_cast<int>(doc.lines_with("streetevents").size());
    // A numbered header ends in "[N]".
    doc.for_lines_with_edges({}, "]", [&](std::size_t i) {
        streetevents::header h;
        if (streetevents::parse_header(doc.line(i), h) && h.numbered) points += 10;
    });
    return std::min(100, points);
}

void read(const layout::document& doc, segment::draft& d) {
    d.dialect = "refinitiv";
    d.language = text::detect_language(doc.text);
    const auto heads = en::headings_of(doc);
    std::vector<marker> markers;
    streetevents::read_rosters(doc, heads, d, markers);
    std::vector<bool> taken(doc.size(), false);
    for (const marker& m : markers) taken[m.line] = true;
    // Where headers carry their running number, every header does: a line
    // between rules without one is then a turn's one paragraph (a short
    // answer has a header's rules on both sides of it).
    bool numbered_headers = false;
    doc.for_lines_with_edges({}, "]", [&](std::size_t i) {
        streetevents::header h;
        numbered_headers = numbered_headers || (streetevents::parse_header(doc.line(i), h) && h.numbered);
    });
    // The rule that closed the last header: a line right after it is that
    // turn's text, whatever rule follows it.
    std::optional<std::size_t> header_closed_by;

    for (std::size_t i = 0; i < doc.size(); ++i) {
        if (taken[i] || doc.is_furniture(i) || doc.trimmed(i).empty()) continue;
        const std::string_view line = doc.line(i);
        const heading hd = heads[i];
        if (hd == heading::presentation || hd == heading::qa || hd == heading::closing) {
            const section_kind k = hd == heading::presentation ? section_kind::presentation
                                   : hd == heading::qa         ? section_kind::qa
                                                               : section_kind::closing;
            markers.push_back({i, marker::kind::heading, k, {}, {}, 0, std::nullopt});
            continue;
        }
        if (is_trailer_heading(line) && between_rules(doc, i)) {
            // Definitions and the disclaimer run to the end of the document.
            markers.push_back({i, marker::kind::end, section_kind::preamble, {}, {}, 0, std::nullopt});
            for (std::size_t k = i; k < doc.size(); ++k)
                if (!doc.is_furniture(k) && !doc.trimmed(k).empty())
                    markers.push_back({k, marker::kind::skip, section_kind::preamble, {}, {}, 0, skip_kind::boilerplate});
            break;
        }
        streetevents::header h;
        if (!streetevents::parse_header(line, h)) continue;
        if (!h.numbered) {
            if (numbered_headers || !between_rules(doc, i) || neighbour(doc, i, -1) == header_closed_by) continue;
            header_closed_by = neighbour(doc, i, +1);
        }
        marker m;
        m.line = i;
        m.what = marker::kind::label;
        m.who = h.who;
        const std::size_t base = doc.span_of(i).begin;
        m.label = {base + text::trim_left_bytes(line), base + line.size() - text::trim_right_bytes(line)};
        m.body = doc.span_of(i).end;
        markers.push_back(m);
    }
    segment::assemble(doc, std::move(markers), d);
    en::mark_closing(doc, d);
}

} // namespace

const dialect refinitiv{"refinitiv", score, read, 100};

} // namespace ect::dialects
