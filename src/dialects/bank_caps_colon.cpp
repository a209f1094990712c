// Bank-produced transcripts with inline speaker labels, one dialect for two
// label spellings that read the same way ("bank-caps-colon"):
//   Citi: a Host / Speakers roster ("Name, Title"), PRESENTATION and
//   QUESTION AND ANSWER heading lines, turns "UPPERCASE NAME: text"
//   ("OPERATOR:", "DANA ROSS:"); analysts' firms only in the operator's
//   introductions; a running header (T R A N S C R I P T / title / date /
//   Copyright … N) between pages, found as page furniture.
//   HSBC: "Name, Title-or-Firm: text" ("Jane Doe, Group Chief Executive:",
//   "Raj Patel, Acme Securities:") with no Q&A heading: the Q&A starts at
//   the operator's hand-over (segment::infer_qa_start).
#include "dialects/bank_ir.hpp"
#include "dialects/en_closing.hpp"
#include "dialects/en_common.hpp"
#include "text/icu_tools.hpp"
#include "text/utf8.hpp"

#include <unordered_map>

namespace ect::dialects {

namespace {

using layout::heading;
using segment::marker;

bool is_caps(std::string_view s) {
    bool letter = false;
    for (char c : s) {
        if (c >= 'a' && c <= 'z') return false;
        letter = letter || (c >= 'A' && c <= 'Z');
    }
    return letter;
}

// The kinds of label this layout uses.
enum class label_style { none, caps, qualified };

// "DANA ROSS: …" (two or more capitalised words, so "TTS: …" stays text) or
// "Name, Title-or-Firm: …".
label_style style_of(const layout::document& doc, std::size_t i, layout::inline_label& l) {
    const layout::inline_label* found = doc.inline_label_at(i);
    if (!found) return label_style::none;
    l = *found;
    const std::string_view line = doc.line(i);
    const std::size_t lead = text::trim_left_bytes(line);
    const std::string_view prefix = line.substr(lead, l.body - lead);
    const bool comma = !l.qualifier.empty() && prefix.find('(') == std::string_view::npos;
    if (comma && bank::is_affiliation(l.qualifier)) return label_style::qualified;
    if (is_caps(l.name) && (l.name.find(' ') != std::string_view::npos || layout::is_operator_name(l.name)))
        return label_style::caps;
    return label_style::none;
}

// HSBC wraps a long label in capitals over two lines: "TOMÁS J. FERREIRA,
// GROUP CHIEF FINANCIAL" / "OFFICER: Thank you …". Line `i` opens with the
// label's end; the line before holds the name, a comma and no colon. `l`
// gets the whole label, its views and body relative to `start`, the
// label's first byte in the text.
bool wrapped_label(const layout::document& doc, std::size_t i, layout::inline_label& l, std::size_t& start) {
    const layout::inline_label* tail = doc.inline_label_at(i);
    if (!tail || !tail->qualifier.empty() || !is_caps(tail->name) || i == 0 || doc.is_furniture(i - 1)) return false;
    const std::string_view head = doc.trimmed(i - 1);
    if (head.size() < 4 || head.find(':') != std::string_view::npos || head.find(", ") == std::string_view::npos ||
        !is_caps(head) || head.back() == '.' || head.back() == ',')
        return false;
    start = static_cast<std::size_t>(head.data() - doc.text.data());
    const byte_span line = doc.span_of(i);
    layout::inline_label whole;
    if (!layout::parse_inline_label(doc.text.substr(start, line.end - start), whole) || whole.qualifier.empty() ||
        layout::is_operator_name(whole.name) || !bank::is_affiliation(whole.qualifier))
        return false;
    l = whole;
    return true;
}

int score(const layout::document& doc) {
    int caps = 0, qualified = 0;
    for (const std::size_t i : doc.inline_label_lines()) {
        if (caps + qualified >= 12) break;
        layout::inline_label l;
        const label_style s = style_of(doc, i, l);
        std::size_t start = 0;
        if (s == label_style::caps && !layout::is_operator_name(l.name)) ++caps;
        else if (s == label_style::qualified || (s == label_style::none && wrapped_label(doc, i, l, start)))
            ++qualified;
    }
    if (caps + qualified < 3) return 0;
    return std::min(70, 10 + 5 * (caps + qualified));
}

// HSBC's qualifier is a title for the company's people and a firm for the
// analysts.
segment::speaker speaker_of(const layout::inline_label& l) {
    segment::speaker who = en::speaker_of(l);
    if (!l.qualifier.empty()) {
        who.title = {};
        who.firm = {};
        if (bank::is_title(l.qualifier)) who.title = l.qualifier;
        else who.firm = l.qualifier;
    }
    return who;
}

// ": Hi. In your …": the PDF text layer lost the name of the label (Citi);
// attribution gives the turn to the analyst the operator just introduced.
bool is_nameless_label(std::string_view line) {
    const std::string_view s = text::trim(line);
    return s.size() > 2 && s[0] == ':' && (s[1] == ' ' || s[1] == '\t');
}

marker nameless_marker(const layout::document& doc, std::size_t i) {
    const std::string_view line = doc.line(i);
    const std::size_t base = doc.span_of(i).begin, colon = text::trim_left_bytes(line);
    marker m;
    m.line = i;
    m.what = marker::kind::label;
    m.label = {base + colon, base + colon + 1};
    m.body = base + colon + 1 + text::trim_left_bytes(line.substr(colon + 1));
    return m;
}

bool says_goodbye(std::string_view s) {
    return text::ifind(s, "disconnect") != std::string_view::npos ||
           text::ifind(s, "concludes") != std::string_view::npos;
}

// Citi ends with footnotes and a forward-looking-statements notice on the
// page after the operator's "You may now disconnect": from that page break
// on, the text is boilerplate.
void skip_trailer(const layout::document& doc, std::vector<bool>& taken, std::vector<marker>& markers) {
    std::size_t last_label = doc.size();
    for (std::size_t i = doc.size(); i-- > 0;) {
        const layout::inline_label* l = doc.is_furniture(i) ? nullptr : doc.inline_label_at(i);
        if (l) {
            if (layout::is_operator_name(l->name)) last_label = i;
            break;
        }
    }
    if (last_label == doc.size()) return;
    std::size_t i = last_label;
    bool bye = false, page_break = false;
    for (; i < doc.size(); ++i) {
        const auto& l = doc.lines.lines()[i];
        if (!doc.is_furniture(i)) bye = bye || says_goodbye(doc.line(i));
        if (l.next > l.end && doc.text[l.end] == '\f') {
            page_break = true;
            break;
        }
    }
    if (!bye || !page_break) return;
    bool first = true;
    for (++i; i < doc.size(); ++i) {
        if (doc.is_furniture(i) || doc.trimmed(i).empty()) continue;
        if (first) markers.push_back({i, marker::kind::end, section_kind::preamble, {}, {}, 0, std::nullopt});
        first = false;
        markers.push_back({i, marker::kind::skip, section_kind::preamble, {}, {}, 0, skip_kind::boilerplate});
        taken[i] = true;
    }
}

void read(const layout::document& doc, segment::draft& d) {
    d.dialect = "bank-caps-colon";
    d.language = text::detect_language(doc.text);
    const auto heads = en::headings_of(doc);
    std::vector<marker> markers;
    en::read_rosters(doc, heads, d, markers);
    std::vector<bool> taken(doc.size(), false);
    for (const marker& m : markers) taken[m.line] = true;
    skip_trailer(doc, taken, markers);
    // Section headings, but not the running header ("T R A N S C R I P T"
    // reads as the heading TRANSCRIPT).
    for (std::size_t i = 0; i < doc.size(); ++i) {
        if (taken[i] || doc.is_furniture(i)) continue;
        const heading h = heads[i];
        if (h != heading::presentation && h != heading::qa && h != heading::closing) continue;
        const section_kind k = h == heading::presentation ? section_kind::presentation
                               : h == heading::qa         ? section_kind::qa
                                                          : section_kind::closing;
        markers.push_back({i, marker::kind::heading, k, {}, {}, 0, std::nullopt});
        taken[i] = true;
    }

    // Labels wrapped over two lines, taken whole.
    for (std::size_t i = 1; i < doc.size(); ++i) {
        layout::inline_label l;
        std::size_t start = 0;
        if (taken[i] || taken[i - 1] || doc.is_furniture(i) || style_of(doc, i, l) != label_style::none ||
            !wrapped_label(doc, i, l, start))
            continue;
        // The first line closes the turn before and belongs to none.
        markers.push_back({i - 1, marker::kind::skip, section_kind::preamble, {}, {}, 0, std::nullopt});
        marker m;
        m.line = i;
        m.what = marker::kind::label;
        m.who = speaker_of(l);
        m.label = {start, doc.span_of(i).begin + doc.line(i).find(':')};
        m.body = start + l.body;
        markers.push_back(m);
        taken[i - 1] = taken[i] = true;
    }

    const en::roster_index roster(d);
    std::unordered_map<std::string, int> uses;
    for (std::size_t i = 0; i < doc.size(); ++i) {
        if (taken[i] || doc.is_furniture(i)) continue;
        if (const layout::inline_label* l = doc.inline_label_at(i)) ++uses[text::name_key(l->name)];
    }
    for (std::size_t i = 0; i < doc.size(); ++i) {
        if (taken[i] || doc.is_furniture(i)) continue;
        const std::string_view line = doc.line(i);
        if (is_nameless_label(line)) {
            markers.push_back(nameless_marker(doc, i));
            continue;
        }
        layout::inline_label l;
        const label_style s = style_of(doc, i, l);
        const bool known = s != label_style::none || layout::is_operator_name(l.name) ||
                           (!l.name.empty() && (roster.contains(l.name) || uses[text::name_key(l.name)] >= 2));
        if (l.name.empty() || !known) continue;
        const std::size_t colon = line.find(':', text::trim_left_bytes(line));
        markers.push_back(en::label_marker(doc, i, speaker_of(l), colon, l.body));
    }
    segment::assemble(doc, std::move(markers), d);
    en::mark_closing(doc, d);
}

} // namespace

const dialect bank_caps_colon{"bank-caps-colon", score, read, 70};

} // namespace ect::dialects
