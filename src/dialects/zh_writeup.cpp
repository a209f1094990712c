// Chinese news write-ups of a call's Q&A (e.g. the Sina/Futu style):
//   preamble prose naming the executives in apposition,
//   an opener line 以下即為本次電話會議分析師問答環節主要內容:,
//   turns labelled {firm}分析師{name}: or bare {name}:, bodies running
//   over following paragraphs until the next label,
//   an editor's trailer such as (持續更新中。。。).
#include "data/cue_table.hpp"
#include "dialects/dialect.hpp"
#include "layout/zh_apposition.hpp"
#include "layout/zh_label.hpp"
#include "segment/assemble.hpp"
#include "text/huge_pages.hpp"
#include "text/icu_tools.hpp"
#include "text/utf8.hpp"

#include <algorithm>
#include <map>
#include <unordered_set>

namespace ect::dialects {

namespace {

using segment::marker;

constexpr std::size_t max_opener_code_points = 60;

// `s` is a line's text::trim (document::trimmed).
bool is_qa_opener(std::string_view s) {
    return !s.empty() && text::at_most_code_points(s, max_opener_code_points) && data::contains_cue(s, "qa-opener-zh");
}

// A whole line in parentheses holding an editor's cue: (持續更新中。。。)
bool is_editor_note(std::string_view line) {
    const std::string_view s = text::trim(line);
    if (s.size() < 4) return false;
    const bool open = s.front() == '(' || s.substr(0, 3) == "\xEF\xBC\x88" || s.substr(0, 3) == "\xE3\x80\x90";
    const bool close = s.back() == ')' || (s.size() >= 3 && (s.substr(s.size() - 3) == "\xEF\xBC\x89" ||
                                                               s.substr(s.size() - 3) == "\xE3\x80\x91"));
    return open && close && data::contains_cue(s, "editor-note-zh");
}

int score(const layout::document& doc) {
    if (!reads_as_chinese(doc.text.substr(0, 4096))) return 0;
    int analyst_labels = 0, bare_labels = 0, opener = 0, sides = 0;
    std::map<std::string_view, int> names;
    for (std::size_t i = 0; i < doc.size(); ++i) {
        const std::string_view line = doc.line(i);
        if (is_qa_opener(doc.trimmed(i))) ++opener;
        layout::zh_label l;
        if (!layout::parse_zh_label(line, l)) {
            // 分析师：/管理层：/Q：/A： notes count once an opener is seen.
            if (opener && layout::parse_zh_side_label(line, l)) ++sides;
            continue;
        }
        if (!l.title.empty()) ++analyst_labels;
        else if (text::has_han(l.name)) ++names[l.name], ++bare_labels;
    }
    int repeated = 0;
    for (auto& [n, c] : names) repeated += c >= 2;
    return std::min(100, analyst_labels * 30 + opener * 30 + repeated * 20 + (bare_labels >= 2 ? 10 : 0) +
                             std::min(sides, 4) * 10);
}

// 首席财务官金晔率队出席 reads as 金晔率 when nothing marks where the name
// ends; a label 金晔： and none 金晔率： settle it for the two-character name.
void confirm_short_names(std::vector<segment::roster_entry>& roster, const std::map<std::string_view, int>& labels) {
    for (segment::roster_entry& r : roster) {
        std::string_view& name = r.who.name;
        if (text::count_code_points(name) < 3 || labels.count(name) != 0) continue;
        std::size_t shorter = name.size();
        text::prev_code_point(name, shorter);
        if (labels.count(name.substr(0, shorter)) != 0 && !layout::han_surname(name.substr(0, shorter)).empty())
            name = name.substr(0, shorter);
    }
}

void read(const layout::document& doc, segment::draft& d) {
    d.dialect = "zh-writeup";
    d.language = text::detect_language(doc.text);
    std::vector<marker> markers;

    std::optional<std::size_t> opener;
    for (std::size_t i = 0; i < doc.size() && !opener; ++i)
        if (is_qa_opener(doc.trimmed(i))) opener = i;

    // Executives named in the preamble.
    const std::size_t preamble_end = opener ? doc.span_of(*opener).begin : doc.text.size();
    for (const layout::apposition& a : layout::find_zh_appositions(doc.text.substr(0, preamble_end))) {
        const bool analyst = std::find(a.titles.begin(), a.titles.end(), "analyst") != a.titles.end();
        d.roster.push_back({{a.name, a.title, {}, a.alias, analyst ? role::analyst : role::executive}, a.span});
    }

    // Labels: with a role word always; bare names when the document knows
    // the person (preamble) or uses the label more than once.
    std::map<std::string_view, int> bare;
    std::vector<std::pair<std::size_t, layout::zh_label>> found;
    const std::size_t from = opener ? *opener + 1 : 0;
    // At most a label a line: room for them all, so that a long write-up's
    // list is never copied as it grows (untouched room costs nothing).
    text::reserve_huge(found, doc.size() - from);
    for (std::size_t i = from; i < doc.size(); ++i) {
        layout::zh_label l;
        // Side markers first: 管理层 and Q would pass for names.
        if (!layout::parse_zh_side_label(doc.line(i), l) && !layout::parse_zh_label(doc.line(i), l)) continue;
        if (l.title.empty()) ++bare[l.name];
        found.emplace_back(i, l);
    }
    confirm_short_names(d.roster, bare);
    // Another label may give a name as its other form: Cheng Yixiao (程一笑).
    std::unordered_set<std::string_view> aliases;
    for (const auto& f : found) aliases.insert(f.second.alias);
    auto known = [&](std::string_view name) {
        return std::any_of(d.roster.begin(), d.roster.end(), [&](auto& r) { return r.who.name == name; }) ||
               aliases.count(name) != 0;
    };
    bool any_label = false;
    text::reserve_huge(markers, found.size() + 1); // a marker per label and the Q&A heading
    // The opener's heading comes before every label (they follow its line):
    // the markers are in line order, and unless editor's notes follow,
    // assemble need not sort them.
    if (opener) markers.push_back({*opener, marker::kind::heading, section_kind::qa, {}, {}, 0, std::nullopt});
    for (const auto& [i, l] : found) {
        if (l.title.empty() && l.position.empty() && !l.operator_word && !l.honorific && l.side.empty() &&
            bare[l.name] < 2 && !known(l.name) && !text::is_ascii_upper(static_cast<unsigned char>(l.name.front())))
            continue;
        const std::string_view line = doc.line(i);
        const std::size_t base = doc.span_of(i).begin;
        const std::size_t lead = text::trim_left_bytes(line);
        // The label is everything before the colon.
        std::size_t colon_end = l.body;
        std::size_t colon = colon_end;
        text::prev_code_point(line, colon);
        marker m;
        m.line = i;
        m.what = marker::kind::label;
        m.who = {l.name, l.title.empty() ? l.position : l.title, l.firm, l.alias,
                 !l.title.empty() || layout::is_asking_side(l.side) ? role::analyst
                 : l.operator_word                                 ? role::operator_
                 : !l.side.empty() && l.name == l.side             ? role::executive
                                                                   : role::unknown};
        m.label = {base + lead, base + colon};
        m.body = base + l.body;
        markers.push_back(m);
        any_label = true;
    }
    if (!opener && any_label) {
        // No opener line: the labelled part is the Q&A all the same.
        auto first = std::min_element(markers.begin(), markers.end(), [](auto& a, auto& b) { return a.line < b.line; });
        markers.insert(markers.begin(), {first->line, marker::kind::heading, section_kind::qa, {}, {}, 0, std::nullopt});
    }
    for (std::size_t i = 0; i < doc.size(); ++i) {
        if (!is_editor_note(doc.line(i))) continue;
        markers.push_back({i, marker::kind::skip, section_kind::qa, {}, {}, 0, skip_kind::editor_note});
        d.notes.push_back({severity::note, "editor-note", doc.span_of(i).begin,
                           "editor's note left out of the turns"});
    }
    segment::assemble(doc, std::move(markers), d);
    if (!opener && any_label)
        d.notes.push_back({severity::note, "no-qa-opener", 0, "no Q&A opener line; the labelled part is taken as the Q&A"});
}

} // namespace

const dialect zh_writeup{"zh-writeup", score, read, 100};

} // namespace ect::dialects
