// BNP Paribas edited transcripts (PDF text):
//   cover lines "Name (Title)" naming the executives,
//   prepared remarks headed by a name line and a title line
//   ("Anne-Sophie Béranger" / "Chief Executive Officer"), with the slides'
//   upper-case captions ("OUTLOOK", "1ST QUARTER 2025") between paragraphs,
//   a "QUESTIONS AND ANSWERS" heading, then inline labels:
//   "Name (Firm): text" for analysts, "Name: text" for executives,
//   "Operator: text".
#include "dialects/bank_ir.hpp"
#include "text/utf8.hpp"

#include <unordered_map>

namespace ect::dialects {

namespace {

using segment::marker;

bool paren_firm_label(const layout::document& doc, std::size_t i) {
    const layout::inline_label* l = doc.inline_label_at(i);
    return l && !l->qualifier.empty() && !bank::is_title(l->qualifier) &&
           doc.line(i).substr(0, l->body).find('(') != std::string_view::npos;
}

// A slide caption: a short line in capitals ("OPERATIONAL EFFICIENCY").
bool is_caption(std::string_view s) {
    s = text::trim(s);
    if (s.empty() || s.size() > 60) return false;
    bool letters = false;
    for (char c : s) {
        if (text::is_ascii_lower(static_cast<unsigned char>(c))) return false;
        letters = letters || text::is_ascii_upper(static_cast<unsigned char>(c));
    }
    return letters;
}

// A line of punctuation alone ("." under the Q&A heading).
bool is_stray_mark(std::string_view s) {
    s = text::trim(s);
    return !s.empty() && s.size() <= 3 && s.find_first_not_of(".,;:-–*·") == std::string_view::npos;
}

// A speaker block of the prepared remarks: name line, then title line.
bool is_name_title_block(const layout::document& doc, std::size_t i) {
    if (i + 1 >= doc.size() || !bank::is_label_name(doc, doc.line(i))) return false;
    const std::string_view t = text::trim(doc.line(i + 1));
    return !t.empty() && t.size() < 80 && t.find(':') == std::string_view::npos && bank::is_title(t) &&
           bank::followed_by_text(doc, i + 1);
}

int score(const layout::document& doc) {
    int labels = 0;
    for (const std::size_t i : doc.inline_label_lines()) {
        if (labels >= 10) break;
        if (paren_firm_label(doc, i)) ++labels;
    }
    return labels >= 2 ? std::min(60, 20 + labels * 4) : 0;
}

void read(const layout::document& doc, segment::draft& d) {
    d.dialect = "bank-ir-paren-firm";
    d.language = "en";
    const auto heads = bank::headings_of(doc);
    std::vector<marker> markers;
    en::mark_sections(doc, heads, markers);
    std::vector<bool> taken(doc.size(), false);
    for (const marker& m : markers) taken[m.line] = true;

    // Inline labels and how often each name heads one.
    std::vector<std::pair<std::size_t, layout::inline_label>> inline_labels;
    std::unordered_map<std::string, int> uses;
    for (std::size_t i = 0; i < doc.size(); ++i) {
        const layout::inline_label* l = taken[i] || doc.is_furniture(i) ? nullptr : doc.inline_label_at(i);
        if (!l) continue;
        inline_labels.emplace_back(i, *l);
        ++uses[text::name_key(l->name)];
    }

    bool started = false, in_qa = false;
    std::size_t next_inline = 0;
    for (std::size_t i = 0; i < doc.size(); ++i) {
        if (doc.is_furniture(i)) continue;
        if (heads[i] == layout::heading::qa) in_qa = true;
        if (taken[i]) continue;
        const std::string_view line = doc.line(i);
        while (next_inline < inline_labels.size() && inline_labels[next_inline].first < i) ++next_inline;
        if (next_inline < inline_labels.size() && inline_labels[next_inline].first == i) {
            const layout::inline_label& l = inline_labels[next_inline].second;
            const bool known = layout::is_operator_name(l.name) || !l.qualifier.empty() ||
                               uses[text::name_key(l.name)] >= 2 || (started && bank::is_label_name(doc, l.name));
            if (known) {
                segment::speaker who = en::speaker_of(l);
                if (who.role != role::operator_ && !l.qualifier.empty()) bank::read_affiliation(l.qualifier, who);
                const std::size_t colon = line.find(':', text::trim_left_bytes(line));
                markers.push_back(en::label_marker(doc, i, who, colon, l.body));
                started = true;
                continue;
            }
        }
        if (!in_qa && is_name_title_block(doc, i)) {
            // The label spans both lines; the name line only closes the turn before.
            segment::speaker who{text::trim(line), text::trim(doc.line(i + 1)), {}, {}, role::executive};
            markers.push_back({i, marker::kind::skip, section_kind::preamble, {}, {}, 0, std::nullopt});
            marker m = en::label_marker(doc, i + 1, who, doc.line(i + 1).size(), doc.line(i + 1).size());
            m.label.begin = doc.span_of(i).begin + text::trim_left_bytes(line);
            markers.push_back(m);
            started = true;
            ++i;
            continue;
        }
        if (!started) {
            // Cover lines "Name (Title)" list the executives.
            const std::string_view s = text::trim(line);
            const std::size_t open = s.rfind('(');
            if (!s.empty() && s.back() == ')' && open != std::string_view::npos && bank::is_label_name(doc, s.substr(0, open)) &&
                bank::is_title(s.substr(open + 1, s.size() - open - 2))) {
                segment::speaker who{text::trim(s.substr(0, open)), s.substr(open + 1, s.size() - open - 2), {}, {},
                                     role::executive};
                d.roster.push_back({who, doc.span_of(i)});
            }
            continue;
        }
        if (is_stray_mark(line)) markers.push_back({i, marker::kind::skip, section_kind::qa, {}, {}, 0, skip_kind::rule});
        else if (!in_qa && is_caption(line))
            markers.push_back({i, marker::kind::skip, section_kind::presentation, {}, {}, 0, skip_kind::editor_note});
    }
    segment::assemble(doc, std::move(markers), d);
    bank::mark_closing(doc, d);
}

} // namespace

const dialect bank_ir_paren_firm{"bank-ir-paren-firm", score, read, 60};

} // namespace ect::dialects
