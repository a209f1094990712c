// Transcripts served by financial-data APIs (FMP, API Ninjas) and saved as
// markdown: a header ("# LRKR Q2 2025 Earnings Call Transcript", "**Date:**
// …", "---") and then one turn per line, "Full Name: text", with no section
// headings. Names come in full legal forms ("Odile C. Marchetti", "Bastian
// J. Okoro") that the operator shortens when introducing them; the Q&A
// starts where the operator opens the floor (segment::infer_qa_start), and
// roles come from the flow: introduced questioners are analysts with the
// introduced firm, those who spoke in the prepared remarks executives.
#include "dialects/en_closing.hpp"
#include "dialects/en_web.hpp"
#include "text/icu_tools.hpp"
#include "text/utf8.hpp"

namespace ect::dialects {

namespace {

bool label_at_start(const layout::document& doc, std::size_t i) {
    const std::string_view line = doc.line(i);
    if (text::trim_left_bytes(line) != 0) return false;
    const layout::inline_label* il = doc.inline_label_at(i);
    return il && il->body < line.size();
}

// Markdown's break between parts: "---", "***" or "___" alone on a line.
bool is_thematic_break(std::string_view s) {
    return s == "---" || s == "***" || s == "___";
}

int score(const layout::document& doc) {
    bool markdown = false;
    for (std::size_t i = 0; i < doc.size() && i < 12; ++i) {
        const std::string_view s = doc.line(i);
        if (s.substr(0, 2) == "# " || s.substr(0, 2) == "**" || doc.trimmed(i) == "---") markdown = true;
    }
    // Labels are read on the lines that hold one, not asked of every line.
    std::size_t labels = 0;
    for (const std::uint32_t i : doc.inline_label_lines()) labels += label_at_start(doc, i);
    const std::size_t lines = doc.non_blank_lines();
    // Nearly every line is a turn: wrapped PDF text with inline labels
    // (concall, bank caps-colon) has far more lines than labels.
    if (labels < 5 || labels * 10 < lines * 6) return 0;
    return markdown ? 60 : 40;
}

void read(const layout::document& doc, segment::draft& d) {
    d.dialect = "colon";
    d.language = text::detect_language(doc.text);
    const auto heads = en::headings_of(doc);
    std::vector<segment::marker> markers;
    en::mark_sections(doc, heads, markers);
    en::label_rules rules;
    rules.line_labels = false;
    rules.every_inline = true;
    // The markdown header is preamble: stop before its field lines. A
    // header holds no turn, so only a "---" before the first label ends one;
    // later ones are breaks between parts of the text, not part of a turn.
    std::size_t body = 0;
    for (std::size_t i = 0; i < doc.size() && i < 20 && !label_at_start(doc, i); ++i)
        if (doc.trimmed(i) == "---") body = i + 1;
    for (std::size_t i = 0; i < body; ++i)
        if (!doc.trimmed(i).empty())
            markers.push_back({i, segment::marker::kind::skip, section_kind::preamble, {}, {}, 0, std::nullopt});
    // After the last break that no label follows comes a footer (a note on
    // the recording, a disclaimer), not more of the last turn.
    bool label_after = false;
    std::optional<std::size_t> footer;
    for (std::size_t i = doc.size(); i-- > body;) {
        if (!label_after && is_thematic_break(doc.trimmed(i))) footer = i;
        label_after = label_after || label_at_start(doc, i);
    }
    for (std::size_t i = body; i < doc.size(); ++i) {
        if (is_thematic_break(doc.trimmed(i)))
            markers.push_back({i, segment::marker::kind::skip, section_kind::preamble, {}, {}, 0, skip_kind::rule});
        else if (footer && i > *footer && !doc.trimmed(i).empty())
            markers.push_back({i, segment::marker::kind::skip, section_kind::preamble, {}, {}, 0, skip_kind::boilerplate});
    }
    const bool any = en::mark_labels(doc, d, markers, rules);
    segment::assemble(doc, std::move(markers), d);
    en::read_roll_call(doc, d);
    en::mark_closing(doc, d);
    en::mark_signoff(doc, d);
    if (!any) d.notes.push_back({severity::warning, "no-speaker-labels", 0, "no speaker lines found"});
}

} // namespace

const dialect fmp_colon{"colon", score, read, 60};

} // namespace ect::dialects
