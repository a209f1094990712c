// Bank investor-relations transcripts whose turns are headed by a line of
// their own (PDF text):
//   Bank of America, UBS   the speaker's name alone ("Walter Brandt"), an
//                          "Operator" line, "Q&A" heading; UBS gives
//                          analysts as "Name, Firm"
//   Barclays               Q&A only: "Name, Firm" for analysts, "Name, Title"
//                          or the bare name for executives
//   TD                     "Name – Firm – Title" lines, letter-spaced
//                          headings, roster as a name line + "Firm – Title"
// Running page headers ("First Quarter 2025 Earnings Announcement / date /
// page") cut turns mid-sentence; they are furniture and the turn gets pieces.
#include "dialects/bank_ir.hpp"
#include "text/utf8.hpp"

#include <unordered_map>

namespace ect::dialects {

namespace {

using segment::marker;

struct candidate {
    std::size_t line = 0;
    segment::speaker who;
    bool bare = false; ///< a name alone, no affiliation
};

// A label line: "Operator", a bare name, "Name, Firm-or-Title" or
// "Name – Firm – Title", followed by text.
bool read_label(const layout::document& doc, std::size_t i, candidate& out) {
    const std::string_view s = doc.trimmed(i);
    if (s.empty() || s.size() > 160) return false;
    // Past the longest name a label needs an affiliation after a dash or a
    // comma, and an affiliation never ends a sentence: most lines of speech
    // stop here.
    if (s.size() > 64 && (s.back() == '.' || s.back() == ',')) return false;
    // The byte tests first, then the lines after.
    const bool op = layout::is_operator_name(s);
    // Both other forms open with the name.
    if (!op && (!layout::may_open_name(s.front()) || !layout::name_may_end_at_mark(s))) return false;
    if (!bank::followed_by_text(doc, i)) return false;
    out = {i, {}, false};
    if (op) {
        out.who = {s, {}, {}, {}, role::operator_};
        return true;
    }
    const auto [dash, after] = bank::find_dash(s);
    // No person's name holds a spaced dash: a line with one is no bare name.
    if (dash == std::string_view::npos && bank::is_label_name(doc, s)) {
        out.who = {s, {}, {}, {}, role::unknown};
        out.bare = true;
        return true;
    }
    std::size_t cut = dash, rest = after;
    // "Lena Hart , HSBC": a stray space before the comma (Barclays).
    if (cut == std::string_view::npos) {
        cut = s.find(',');
        rest = cut + 1;
    }
    if (cut == std::string_view::npos || !bank::is_affiliation(s.substr(rest)) ||
        !bank::is_label_name(doc, s.substr(0, cut)))
        return false;
    out.who = {text::trim(s.substr(0, cut)), {}, {}, {}, role::unknown};
    bank::read_affiliation(s.substr(rest), out.who);
    return true;
}

// The label lines of the document, found once for score and read.
struct label_lines {
    std::vector<candidate> all;
};

std::vector<candidate> candidates(const layout::document& doc, const std::vector<bool>& taken) {
    const label_lines& found = doc.derived<label_lines>([&] {
        label_lines out;
        // read_label fills every field of `c` when it finds a label.
        candidate c;
        for (std::size_t i = 0; i < doc.size(); ++i)
            if (!doc.is_furniture(i) && read_label(doc, i, c)) out.all.push_back(c);
        return out;
    });
    std::vector<candidate> out;
    for (const candidate& c : found.all)
        if (!taken[c.line]) out.push_back(c);
    return out;
}

int score(const layout::document& doc) {
    if (doc.text.find('\f') == std::string_view::npos) return 0;
    const std::vector<bool> none(doc.size(), false);
    std::unordered_map<std::string, int> bare;
    int affiliated = 0, repeated = 0, operators = 0;
    for (const candidate& c : candidates(doc, none)) {
        if (c.who.role == role::operator_) ++operators;
        else if (!c.bare) ++affiliated;
        else if (++bare[text::name_key(c.who.name)] == 2) ++repeated;
    }
    // Inline "NAME: text" labels (Citi, BNP Paribas) are another layout.
    const auto inline_labels = static_cast<int>(doc.inline_label_lines().size());
    if (affiliated + repeated < 3 || inline_labels >= affiliated + repeated) return 0;
    return std::min(60, 10 + affiliated * 3 + repeated * 4 + std::min(operators, 3) * 2);
}

void read(const layout::document& doc, segment::draft& d) {
    d.dialect = "bank-ir-name-line";
    d.language = "en";
    const auto heads = bank::headings_of(doc);
    std::vector<marker> markers;
    bank::read_rosters(doc, heads, d, markers);
    en::mark_sections(doc, heads, markers);
    std::vector<bool> taken(doc.size(), false);
    bool sections = false;
    for (const marker& m : markers) {
        taken[m.line] = true;
        sections = sections || m.what == marker::kind::heading;
    }

    // A bare name is a label when the roster lists it, another label gives
    // it with an affiliation, it heads two turns or more, or it reads as
    // the head of a turn of its own (en::heads_one_turn).
    const std::vector<candidate> found = candidates(doc, taken);
    std::unordered_map<std::string, int> known;
    for (const auto& r : d.roster) known[text::name_key(r.who.name)] += 2;
    for (const candidate& c : found) known[text::name_key(c.who.name)] += c.bare ? 1 : 2;

    bool first = true;
    for (const candidate& c : found) {
        if (c.bare && known[text::name_key(c.who.name)] < 2 &&
            !en::heads_one_turn(doc, c.line, first ? doc.size() : 0))
            continue;
        // Barclays publishes the Q&A alone: no heading, and an analyst asks first.
        if (first && !sections && c.who.role == role::analyst)
            markers.push_back({c.line, marker::kind::heading, section_kind::qa, {}, {}, 0, std::nullopt});
        first = false;
        const std::string_view line = doc.line(c.line);
        markers.push_back(en::label_marker(doc, c.line, c.who, line.size() - text::trim_right_bytes(line), line.size()));
    }
    segment::assemble(doc, std::move(markers), d);
    bank::mark_handover_askers(doc, d);
    bank::read_named_present(doc, d);
    bank::mark_closing(doc, d);
}

} // namespace

const dialect bank_ir_name_line{"bank-ir-name-line", score, read, 60};

} // namespace ect::dialects
