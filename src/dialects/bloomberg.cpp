// Bloomberg transcripts as text: "Company Participants" and "Other
// Participants" lists ("- Name, Title" / "- Name, Analyst, Firm" or bare
// bulleted names), a "Presentation" (or MANAGEMENT DISCUSSION SECTION) and
// a "Questions And Answers" heading, "Operator" alone on a line, and other
// speakers on a line of their own with a {BIO nnn <GO>} terminal tag; in the
// Q&A the line starts with "Q - " for the questioner and "A - " for the
// answer.
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

struct bio_label {
    std::string_view name;
    role who = role::unknown;
};

// "Q - Bastian Okoro {BIO 16620048 <GO>}", "Odile Marchetti {BIO 19983412 <GO>}".
bool parse_bio_label(std::string_view line, bio_label& out) {
    std::string_view s = text::trim(line);
    const std::size_t bio = s.find("{BIO");
    const bool tagged = bio != std::string_view::npos && s.back() == '}';
    if (tagged) s = text::trim(s.substr(0, bio));
    bio_label got;
    if (s.size() > 4 && (s[0] == 'Q' || s[0] == 'A') && s.substr(1, 3) == " - ") {
        got.who = s[0] == 'Q' ? role::analyst : role::executive;
        s = text::trim(s.substr(4));
    } else if (!tagged) {
        return false;
    }
    if (!layout::is_person_name(s) && !layout::is_operator_name(s)) return false;
    got.name = s;
    if (layout::is_operator_name(s)) got.who = role::operator_;
    out = got;
    return true;
}

std::string_view unbullet(std::string_view s) {
    s = text::trim(s);
    for (std::string_view b : {"- ", "* ", "\xE2\x80\xA2 "}) // •
        if (s.substr(0, b.size()) == b) return text::trim(s.substr(b.size()));
    return s;
}

int score(const layout::document& doc) {
    int points = 0, bios = 0;
    // Only a bio label (opening with Q or A, or ending in '}') or one of the
    // three headings (C, O, Q) counts.
    doc.for_lines_with_edges("QACO", "}", [&](std::size_t i) {
        const std::string_view s = doc.trimmed(i);
        // A bio label is tagged "{BIO …}" at its end or opens with "Q - " / "A - ".
        bio_label b;
        const bool may_be_bio = s.back() == '}' || ((s[0] == 'Q' || s[0] == 'A') && s.substr(1, 3) == " - ");
        if (may_be_bio && parse_bio_label(s, b)) ++bios;
        if (en::is_phrase(s, "Company Participants") || en::is_phrase(s, "Other Participants")) points += 10;
        if (en::is_phrase(s, "Questions And Answers")) points += 10;
    });
    return bios == 0 ? 0 : std::min(100, points + std::min(bios, 6) * 10);
}

// "- Name, Title" (company) or "- Name, Analyst, Firm" / "- Name, Firm" (others).
segment::speaker roster_entry(std::string_view s, role block) {
    segment::speaker who{s, {}, {}, {}, block};
    const std::size_t comma = s.find(", ");
    if (comma == std::string_view::npos) return who;
    who.name = s.substr(0, comma);
    std::string_view rest = text::trim(s.substr(comma + 2));
    if (block == role::executive) {
        who.title = rest;
        return who;
    }
    // "Analyst, Firm", or "Analyst" alone where the transcript names no firm.
    if (text::istarts_with(rest, "Analyst, ")) who.title = rest.substr(0, 7), rest = text::trim(rest.substr(9));
    else if (text::iequals(rest, "Analyst")) who.title = rest, rest = {};
    who.firm = rest;
    return who;
}

void read(const layout::document& doc, segment::draft& d) {
    d.dialect = "bloomberg";
    d.language = text::detect_language(doc.text);
    const auto heads = en::headings_of(doc);
    std::vector<marker> markers;
    role block = role::unknown;
    for (std::size_t i = 0; i < doc.size(); ++i) {
        const std::string_view s = doc.line(i);
        if (heads[i] == heading::presentation || heads[i] == heading::qa) break;
        if (is_line(s, "Company Participants")) block = role::executive;
        else if (is_line(s, "Other Participants")) block = role::analyst;
        else if (block == role::unknown || text::is_blank(s)) continue;
        else if (const std::string_view e = unbullet(s); layout::is_person_name(e.substr(0, e.find(", "))))
            d.roster.push_back({roster_entry(e, block), doc.span_of(i)});
        else
            continue;
        markers.push_back({i, marker::kind::skip, section_kind::preamble, {}, {}, 0, std::nullopt});
    }
    en::mark_sections(doc, heads, markers);
    bool any = false;
    for (std::size_t i = 0; i < doc.size(); ++i) {
        if (heads[i] != heading::none || doc.is_furniture(i)) continue;
        bio_label b;
        const std::string_view line = doc.line(i);
        if (!parse_bio_label(line, b) && !layout::is_operator_name(line)) continue;
        if (b.name.empty()) b.name = text::trim(line), b.who = role::operator_;
        segment::speaker who{b.name, {}, {}, {}, b.who};
        markers.push_back(en::label_marker(doc, i, who, line.size(), line.size()));
        any = true;
    }
    segment::assemble(doc, std::move(markers), d);
    en::mark_closing(doc, d);
    en::mark_signoff(doc, d);
    if (!any) d.notes.push_back({severity::warning, "no-speaker-labels", 0, "no speaker lines found"});
}

} // namespace

const dialect bloomberg{"bloomberg", score, read, 100};

} // namespace ect::dialects
