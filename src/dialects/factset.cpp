// FactSet CallStreet transcripts, as printed to PDF and extracted to text:
//   MANAGEMENT DISCUSSION SECTION / QUESTION AND ANSWER SECTION headings,
//   turns separated by long dotted rules, each opened by a speaker block:
//   the name on one line and "Title, Firm" on the next, the title line ending
//   in the role letter Q (analyst) or A (executive) in the Q&A,
//   the operator inline as "Operator: …",
//   the speaker block printed again at the top of a page when a turn runs
//   on (page furniture, not a new turn),
//   rosters of name / "Title, Firm" line pairs (CORPORATE PARTICIPANTS,
//   OTHER PARTICIPANTS), a Disclaimer after the last turn.
// Transcripts before 2012 have no rules and no speaker blocks in the Q&A:
//   "<Q - Name>: text" opens an analyst's turn and "<A - Name>: text" an
//   executive's, the prepared remarks are opened by a "Name, Title" line,
//   and the rosters are of one line an entry ("Name, Analyst, Firm",
//   "Name – Title, Firm").
#include "dialects/en_closing.hpp"
#include "dialects/en_common.hpp"
#include "dialects/factset_block.hpp"
#include "text/icu_tools.hpp"
#include "text/utf8.hpp"

#include <algorithm>
#include <optional>
#include <unordered_set>

namespace ect::dialects {

namespace {

using layout::heading;
using segment::marker;

bool is_section(heading h) { return h == heading::presentation || h == heading::qa || h == heading::closing; }
bool is_roster(heading h) {
    return h == heading::company_roster || h == heading::analyst_roster || h == heading::participants;
}

// Where a line stands relative to the turn separators.
enum class place { turn_start, page_top, inside };

// Line `j` ends a speaker block: the title line under a name line, or a
// glued name and title line. The running header "Firm, Inc. (TICKER)
// Corrected Transcript" reads as a title line, but no name stands over it.
bool ends_speaker_block(const layout::document& doc, std::size_t j) {
    std::size_t name = j;
    while (name-- > 0 && doc.trimmed(name).empty()) {
    }
    if (name < j)
        if (const auto b = callstreet::read_name_block(doc, name); b && b->last == j) return true;
    const auto glued = callstreet::read_block(doc, j, {});
    return glued && glued->last == j;
}

// Walking back over blank lines and page furniture: a rule or a heading
// before the line opens a turn; body text with a page break in between makes
// the line the top of a page inside a running turn.
place place_of(const layout::document& doc, const std::vector<heading>& heads, std::size_t i) {
    bool page_crossed = false;
    for (std::size_t j = i; j-- > 0;) {
        if (doc.is_furniture(j)) {
            if (*doc.furniture[j] == skip_kind::rule) return place::turn_start;
            // A speaker block's title line that also reads as a running header.
            if (*doc.furniture[j] == skip_kind::page_header && ends_speaker_block(doc, j))
                return page_crossed ? place::page_top : place::inside;
            page_crossed = true;
            continue;
        }
        const std::string_view line = doc.line(j);
        if (text::is_blank(line)) {
            if (doc.lines.lines()[j].end < doc.text.size() && doc.text[doc.lines.lines()[j].end] == '\f')
                page_crossed = true;
            continue;
        }
        if (heads[j] != heading::none) return place::turn_start;
        return page_crossed ? place::page_top : place::inside;
    }
    return place::turn_start;
}

// "<Q - Stella Okafor>: Thanks. …" (the analyst asking) or "<A - Arthur
// Quimby>: Sure. …" (an executive answering): the speaker, where the label
// ends and where the text starts in the line.
struct qa_marker {
    segment::speaker who;
    std::size_t label_end = 0, body = 0;
};

std::optional<qa_marker> read_qa_marker(std::string_view line) {
    const std::size_t lead = text::trim_left_bytes(line);
    const std::string_view s = line.substr(lead);
    if (s.size() < 8 || s[0] != '<' || (s[1] != 'Q' && s[1] != 'A') || s.substr(2, 3) != " - ") return std::nullopt;
    const std::size_t close = s.substr(0, 100).find('>');
    if (close == std::string_view::npos) return std::nullopt;
    const std::string_view name = text::trim(s.substr(5, close - 5));
    if (!layout::is_person_name(name) && layout::unnamed_speaker(name) == layout::unnamed_role::none)
        return std::nullopt;
    std::size_t after = close + 1;
    if (after < s.size() && s[after] == ':') ++after;
    qa_marker m;
    m.who = {name, {}, {}, {}, s[1] == 'Q' ? role::analyst : role::executive};
    m.label_end = lead + after;
    m.body = m.label_end + text::trim_left_bytes(s.substr(after));
    return m;
}

// A roster entry on one line, "Stella Okafor, Analyst, Ridgeway Securities
// LLC" or "Noel Brandt – Chief Financial Officer, Fenwick Logistics Corp.":
// the name, then "Title, Firm" as the speaker blocks write it.
std::optional<segment::speaker> one_line_entry(const layout::document& doc, std::size_t i) {
    const layout::label_line* l = doc.label_line_at(i);
    if (!l || l->parts.empty() || layout::is_operator_name(l->name)) return std::nullopt;
    const std::string_view s = doc.trimmed(i);
    const std::string_view rest = text::trim(s.substr(static_cast<std::size_t>(l->parts.front().data() - s.data())));
    segment::speaker who;
    if (!callstreet::parse_title_line(rest, who)) who.title = rest;
    who.name = l->name;
    return who;
}

bool is_disclaimer(std::string_view line) {
    std::string_view s = text::trim(line);
    if (!s.empty() && s.back() == ':') s.remove_suffix(1);
    return text::iequals(s, "disclaimer");
}

int score(const layout::document& doc) {
    int points = 0, blocks = 0;
    // The section headings open with M or Q; a title line ends in Q or A;
    // an older transcript's turn opens with "<Q - " or "<A - ".
    doc.for_lines_with_edges("MQ<", "QA", [&](std::size_t i) {
        const std::string_view s = doc.trimmed(i);
        if (s.front() == '<') {
            if (read_qa_marker(s)) ++blocks;
            return;
        }
        if (en::is_phrase(s, "management discussion section") || en::is_phrase(s, "question and answer section"))
            points += 40;
        // Only a title line ending in the role letter (" Q", " A") counts.
        if (s.size() < 3 || s[s.size() - 2] != ' ' || (s.back() != 'Q' && s.back() != 'A')) return;
        segment::speaker who;
        if (callstreet::parse_title_line(s, who) && who.role != role::unknown && i > 0 &&
            layout::is_person_name(doc.line(i - 1)))
            ++blocks;
    });
    return std::min(100, points + std::min(blocks, 5) * 10);
}

// The rosters; returns whether any entry was of one line (an older
// transcript's).
bool read_rosters(const layout::document& doc, const std::vector<heading>& heads, segment::draft& d,
                  std::vector<marker>& markers) {
    bool one_line = false;
    heading block = heading::none;
    for (std::size_t i = 0; i < doc.size(); ++i) {
        if (doc.is_furniture(i) && *doc.furniture[i] != skip_kind::page_header) continue;
        if (is_section(heads[i])) block = heading::none;
        if (is_roster(heads[i])) {
            block = heads[i];
            markers.push_back({i, marker::kind::skip, section_kind::preamble, {}, {}, 0, std::nullopt});
            continue;
        }
        if (block == heading::none || doc.trimmed(i).empty()) continue;
        auto b = callstreet::read_block(doc, i, {});
        if (!b) {
            const auto entry = one_line_entry(doc, i);
            if (!entry) continue;
            b = callstreet::block{*entry, i};
            one_line = true;
        }
        segment::speaker who = b->who;
        if (block == heading::company_roster) who.role = role::executive;
        else if (block == heading::analyst_roster) who.role = role::analyst;
        d.roster.push_back({who, {doc.span_of(i).begin, doc.span_of(b->last).end}});
        for (std::size_t k = i; k <= b->last; ++k)
            markers.push_back({k, marker::kind::skip, section_kind::preamble, {}, {}, 0, std::nullopt});
        i = b->last;
    }
    return one_line;
}

void read(const layout::document& doc, segment::draft& d) {
    d.dialect = "factset";
    d.language = text::detect_language(doc.text);
    const auto heads = en::headings_of(doc);
    std::vector<marker> markers;
    const bool one_line_roster = read_rosters(doc, heads, d, markers);
    std::vector<bool> taken(doc.size(), false);
    for (const marker& m : markers) taken[m.line] = true;

    // Names of two-line speaker blocks, to split the glued ones.
    std::unordered_set<std::string> known;
    for (const auto& r : d.roster) known.insert(text::name_key(r.who.name));
    for (std::size_t i = 0; i + 1 < doc.size(); ++i)
        if (auto b = callstreet::read_name_block(doc, i); b && b->last > i) known.insert(text::name_key(b->who.name));

    // The cover ("CORRECTED TRANSCRIPT" over "Firm, Inc. (TICKER)") reads
    // as a speaker block: no turn opens before the first heading.
    const auto first_heading = std::find_if(heads.begin(), heads.end(), [](heading h) { return h != heading::none; });
    const std::size_t cover_end = first_heading == heads.end() ? 0 : static_cast<std::size_t>(first_heading - heads.begin());

    std::string current; // name key of the speaker of the running turn
    // An older transcript (one-line rosters, "<Q - Name>:" labels) has no
    // rules: its labels open turns wherever they stand.
    bool older = one_line_roster;
    for (std::size_t i = cover_end; i < doc.size(); ++i) {
        if (taken[i] || doc.trimmed(i).empty()) continue;
        // A speaker block repeated at the top of pages (a long answer) can
        // read as a running header: such lines are still tried as blocks.
        const bool header = doc.is_furniture(i) && *doc.furniture[i] == skip_kind::page_header;
        if (doc.is_furniture(i) && !header) continue;
        const std::string_view line = doc.line(i);
        if (heads[i] == heading::presentation || heads[i] == heading::qa || heads[i] == heading::closing) {
            const section_kind k = heads[i] == heading::presentation ? section_kind::presentation
                                   : heads[i] == heading::qa         ? section_kind::qa
                                                                     : section_kind::closing;
            markers.push_back({i, marker::kind::heading, k, {}, {}, 0, std::nullopt});
            current.clear();
            continue;
        }
        // The older transcripts' labels stand anywhere: they have no rules
        // to open a turn after.
        if (doc.trimmed(i).front() == '<') {
            if (const auto m = read_qa_marker(line)) {
                markers.push_back(en::label_marker(doc, i, m->who, m->label_end, m->body));
                current = text::name_key(m->who.name);
                older = true;
                continue;
            }
        }
        if (older) {
            // "Noel Brandt, Chief Financial Officer" over the prepared
            // remarks of someone the roster lists.
            const auto who = one_line_roster ? one_line_entry(doc, i) : std::nullopt;
            if (who && known.count(text::name_key(who->name)) != 0 && en::followed_by_text(doc, i)) {
                markers.push_back(en::label_marker(doc, i, *who, line.size(), line.size()));
                current = text::name_key(who->name);
                continue;
            }
            // "Operator: Our next question …" right after an answer.
            if (const layout::inline_label* il = doc.inline_label_at(i); il && layout::is_operator_name(il->name)) {
                const std::size_t colon = line.find(':', text::trim_left_bytes(line));
                markers.push_back(en::label_marker(doc, i, en::speaker_of(*il), colon, il->body));
                current = text::name_key(il->name);
                continue;
            }
        }
        const place where = place_of(doc, heads, i);
        if (where == place::inside) continue;
        if (header && !callstreet::read_block(doc, i, known)) continue;
        if (where == place::turn_start && is_disclaimer(line)) {
            // The disclaimer runs to the end of the document.
            markers.push_back({i, marker::kind::end, section_kind::preamble, {}, {}, 0, std::nullopt});
            for (std::size_t k = i; k < doc.size(); ++k)
                if (!doc.is_furniture(k) && !doc.trimmed(k).empty())
                    markers.push_back({k, marker::kind::skip, section_kind::preamble, {}, {}, 0, skip_kind::boilerplate});
            break;
        }
        if (auto b = callstreet::read_block(doc, i, known)) {
            const std::string key = text::name_key(b->who.name);
            if (where == place::page_top && key == current) {
                // The speaker block repeated over a page that a turn runs onto.
                for (std::size_t k = i; k <= b->last; ++k)
                    if (!doc.trimmed(k).empty())
                        markers.push_back({k, marker::kind::skip, section_kind::preamble, {}, {}, 0, skip_kind::page_header});
            } else {
                marker m;
                m.line = b->last;
                m.what = marker::kind::label;
                m.who = b->who;
                m.label = {doc.span_of(i).begin + text::trim_left_bytes(line), doc.span_of(b->last).end};
                m.body = doc.span_of(b->last).end;
                // The name line belongs to the label, not to the turn before.
                if (b->last > i) markers.push_back({i, marker::kind::end, section_kind::preamble, {}, {}, 0, std::nullopt});
                markers.push_back(m);
                current = key;
            }
            i = b->last;
            continue;
        }
        if (const layout::inline_label* found = doc.inline_label_at(i); found && layout::is_operator_name(found->name)) {
            const layout::inline_label& il = *found;
            const std::size_t colon = line.find(':', text::trim_left_bytes(line));
            markers.push_back(en::label_marker(doc, i, en::speaker_of(il), colon, il.body));
            current = text::name_key(il.name);
        }
    }
    segment::assemble(doc, std::move(markers), d);
    en::mark_closing(doc, d);
}

} // namespace

const dialect factset{"factset", score, read, 100};

} // namespace ect::dialects
