// The fallback for English text in no known provider layout: speaker labels
// as whole lines (a name, or "Name - Title - Firm") or inline ("Name: text"),
// section headings where there are any, the Q&A found from the operator's
// hand-over otherwise.
#include "dialects/en_common.hpp"
#include "dialects/en_unlabelled.hpp"
#include "text/icu_tools.hpp"
#include "text/utf8.hpp"

#include <unordered_map>

namespace ect::dialects {

namespace {

using segment::marker;

// Counts of each label spelling, so that a name used as a label more than
// once is taken as a speaker even when no roster lists it.
struct label_counts {
    std::unordered_map<std::string, int> inline_labels, line_labels;
};

int score(const layout::document& doc) {
    int labels = 0;
    for (std::size_t i = 0; i < doc.size() && labels < 5; ++i)
        if (doc.inline_label_at(i) || doc.label_line_at(i)) ++labels;
    return labels > 0 ? 5 : 1;
}

void read(const layout::document& doc, segment::draft& d) {
    d.dialect = "generic";
    d.language = text::detect_language(doc.text);
    const auto heads = en::headings_of(doc);
    std::vector<marker> markers;
    en::read_rosters(doc, heads, d, markers);
    en::mark_sections(doc, heads, markers);
    const en::roster_index roster(d);

    std::vector<bool> taken(doc.size(), false);
    for (const marker& m : markers) taken[m.line] = true;

    label_counts counts;
    for (std::size_t i = 0; i < doc.size(); ++i) {
        if (taken[i] || doc.is_furniture(i)) continue;
        if (const layout::label_line* ll = doc.label_line_at(i)) ++counts.line_labels[text::name_key(ll->name)];
        else if (const layout::inline_label* il = doc.inline_label_at(i)) ++counts.inline_labels[text::name_key(il->name)];
    }
    // Turns headed by label lines more than by inline labels: a name line
    // used once may head a turn too (en::heads_one_turn).
    int line_labels = 0, inline_labels = 0;
    for (std::size_t i = 0; i < doc.size(); ++i) {
        if (taken[i] || doc.is_furniture(i)) continue;
        if (const layout::label_line* ll = doc.label_line_at(i))
            line_labels += !ll->parts.empty() || counts.line_labels[text::name_key(ll->name)] >= 2;
        else if (doc.inline_label_at(i))
            ++inline_labels;
    }
    const bool line_layout = line_labels >= 3 && line_labels > inline_labels;
    bool any = false;
    for (std::size_t i = 0; i < doc.size(); ++i) {
        if (taken[i] || doc.is_furniture(i)) continue;
        const std::string_view line = doc.line(i);
        if (const layout::label_line* found = doc.label_line_at(i); found && en::followed_by_text(doc, i)) {
            const layout::label_line& ll = *found;
            const bool known = layout::is_operator_name(ll.name) || roster.contains(ll.name) || !ll.parts.empty() ||
                               counts.line_labels[text::name_key(ll.name)] >= 2 ||
                               (line_layout && en::heads_one_turn(doc, i, any ? 0 : doc.size()));
            if (known) {
                markers.push_back(en::label_marker(doc, i, en::speaker_of(ll), line.size(), line.size()));
                any = true;
                continue;
            }
        }
        if (const layout::inline_label* found = doc.inline_label_at(i)) {
            const layout::inline_label& il = *found;
            const bool known = layout::is_operator_name(il.name) || roster.contains(il.name) ||
                               counts.inline_labels[text::name_key(il.name)] >= 2 || !il.qualifier.empty();
            if (!known) continue;
            const std::size_t colon = line.find(':', text::trim_left_bytes(line));
            markers.push_back(en::label_marker(doc, i, en::speaker_of(il), colon, il.body));
            any = true;
        }
    }
    // No label anywhere, yet the text talks like a call (ASR output run
    // together): one turn of unknown speaker per paragraph.
    const bool unlabelled = !any && d.language == "en" && en::reads_as_call(doc);
    if (unlabelled) en::mark_paragraphs(doc, taken, markers);
    segment::assemble(doc, std::move(markers), d);
    if (unlabelled) {
        d.notes.push_back({severity::warning, "no-speaker-labels", 0,
                           "no speaker labels found; each paragraph is kept as a turn of an unknown speaker"});
    } else if (!any) {
        d.kind = document_kind::unknown;
        d.notes.push_back({severity::warning, "no-speaker-labels", 0,
                           "no speaker labels found in any known layout; the text is kept as one section"});
    } else {
        d.notes.push_back({severity::note, "generic-layout", 0,
                           "the layout matched no known provider; generic label rules were used"});
    }
}

} // namespace

const dialect generic_en{"generic", score, read, 5};

} // namespace ect::dialects
