#include "dialects/en_web.hpp"

#include "dialects/en_closing.hpp"

#include "data/title_table.hpp"
#include "layout/document.hpp"
#include "text/huge_pages.hpp"
#include "text/utf8.hpp"

#include <algorithm>
#include <unordered_map>

namespace ect::dialects::en {

namespace {

using segment::marker;

bool has_any(std::string_view s, std::initializer_list<std::string_view> cues) {
    return std::any_of(cues.begin(), cues.end(),
                       [&](std::string_view c) { return layout::find_ignoring_case(s, c) != std::string_view::npos; });
}

// "Thank you." / "Thanks, everyone.": a last word that closes nothing by itself.
bool bare_thanks(std::string_view said) { return said.size() <= 60 && has_any(said, {"thank"}); }

// The role the roster gives a name, or the label's own.
role role_of(const segment::draft& d, const segment::speaker& who) {
    if (who.role != role::unknown) return who.role;
    const std::string key = text::name_key(who.name);
    for (const auto& r : d.roster)
        if (text::name_key(r.who.name) == key) return r.who.role;
    return role::unknown;
}

// A title the table knows, whole or in its "and" parts ("Chairman and
// Chief Executive Officer", "Secretary and General Counsel").
bool known_title(std::string_view t) {
    const auto& titles = data::title_table::builtin();
    if (titles.find(t)) return true;
    const std::size_t at = t.find(" and ");
    return at != std::string_view::npos && (titles.find(text::trim(t.substr(0, at))) || titles.find(text::trim(t.substr(at + 5))));
}

// The longest tail of `s`, up to four words, that is a person's name.
std::string_view name_at_end(std::string_view s) {
    s = text::trim(s);
    std::size_t from = s.size();
    std::string_view best;
    for (int words = 0; words < 4 && from > 0; ++words) {
        const std::size_t sp = s.rfind(' ', from - 1);
        from = sp == std::string_view::npos ? 0 : sp + 1;
        const std::string_view cand = s.substr(from);
        if (layout::is_person_name(cand)) best = cand;
        if (sp == std::string_view::npos) break;
        from = sp;
    }
    return best;
}

// The paragraph before line `i` names the speaker `name` whose label the
// line would be: the operator introducing them ("Our next question comes
// from Bob Hsu with KBW") or a speaker handing over ("Dan, anything to
// add?" before "Daniel Brooks"), by surname or by first name (whole, or
// the short form that opens it: Dan, Daniel). A name used once and in no
// roster is a speaker when so announced.
bool named_just_before(const layout::document& doc, std::size_t i, std::string_view name) {
    std::size_t j = i;
    while (j > 0 && doc.trimmed(j - 1).empty()) --j;
    if (j == 0) return false;
    const std::string_view before = doc.trimmed(j - 1);
    const std::size_t space = name.find(' ');
    if (space == std::string_view::npos) return false;
    const std::string_view first = name.substr(0, space), last = name.substr(name.rfind(' ') + 1);
    // Whole words only: "Dan" in "Dan, anything…", not in "Danger".
    const auto names_word = [&](std::string_view word, bool or_its_start) {
        for (std::size_t at = 0; (at = before.find(word.substr(0, or_its_start ? 3 : word.size()), at)) != std::string_view::npos; ++at) {
            if (at > 0 && text::is_ascii_alpha(static_cast<unsigned char>(before[at - 1]))) continue;
            std::size_t end = at;
            while (end < before.size() && text::is_ascii_alpha(static_cast<unsigned char>(before[end]))) ++end;
            const std::string_view said = before.substr(at, end - at);
            if (said == word || (or_its_start && said.size() >= 3 && word.substr(0, said.size()) == said)) return true;
        }
        return false;
    };
    return (last.size() >= 2 && names_word(last, false)) || (first.size() >= 3 && names_word(first, true));
}

} // namespace

void read_roll_call(const layout::document& doc, segment::draft& d) {
    std::size_t seen = 0;
    for (const auto& turn : d.turns) {
        // The operator introduces the host; the host names the others.
        if (turn.section != section_kind::presentation || turn.pieces.empty()) continue;
        if (++seen > 3) break;
        const std::string_view said = turn_text(doc, turn);
        // Clauses end at ";" or a full stop; each may hold "Name, Title".
        for (std::size_t b = 0; b < said.size();) {
            std::size_t e = b;
            while (e < said.size() && said[e] != ';' && !(said[e] == '.' && (e + 1 == said.size() || said[e + 1] == ' ')))
                ++e;
            const std::string_view clause = said.substr(b, e - b);
            b = e + 1;
            const std::size_t comma = clause.find(", ");
            if (comma == std::string_view::npos) continue;
            std::string_view head = clause.substr(0, comma);
            if (text::istarts_with(text::trim(head), "and ")) head = text::trim(head).substr(4);
            const std::string_view name = name_at_end(head);
            const std::string_view title = text::trim(clause.substr(comma + 2));
            if (name.empty() || title.empty() || title.size() > 80 || !known_title(title)) continue;
            const std::size_t at = static_cast<std::size_t>(name.data() - doc.text.data());
            d.roster.push_back({{name, title, {}, {}, role::executive}, {at, at + name.size()}});
        }
    }
}

bool mark_labels(const layout::document& doc, const segment::draft& d, std::vector<marker>& markers,
                 const label_rules& rules) {
    const roster_index roster(d);
    std::vector<bool> taken(doc.size(), false);
    for (const marker& m : markers) taken[m.line] = true;

    // A name used as a label more than once is a speaker even when no
    // roster lists it.
    name_tally inline_count, line_count;
    // Per line: its count, kept for the second pass.
    using tally_entry = std::pair<const std::string, int>;
    std::vector<tally_entry*> counted;
    text::assign_huge(counted, doc.size(), nullptr);
    std::size_t labelled = 0;
    for (std::size_t i = 0; i < doc.size(); ++i) {
        if (taken[i] || doc.is_furniture(i)) continue;
        const layout::label_line* ll = rules.line_labels ? doc.label_line_at(i) : nullptr;
        const layout::inline_label* il = !ll && rules.inline_labels ? doc.inline_label_at(i) : nullptr;
        if (ll) ++(counted[i] = &line_count.of(ll->name))->second;
        else if (il) ++(counted[i] = &inline_count.of(il->name))->second;
        labelled += ll || il ? 1 : 0;
    }
    // At most one marker per labelled line: room for them all at once.
    text::reserve_huge(markers, markers.size() + labelled);
    bool any = false;
    for (std::size_t i = 0; i < doc.size(); ++i) {
        if (taken[i] || doc.is_furniture(i)) continue;
        const std::string_view line = doc.line(i);
        const layout::label_line* as_line = rules.line_labels ? doc.label_line_at(i) : nullptr;
        if (as_line && followed_by_text(doc, i)) {
            const layout::label_line& ll = *as_line;
            // The first pass counted this line's label line.
            const auto& [key, count] = *counted[i];
            const bool known = layout::is_operator_name(ll.name) || roster.contains_key(key) || !ll.parts.empty() ||
                               !rules.bare_names_need_roster || count >= 2 ||
                               layout::unnamed_speaker(ll.name) != layout::unnamed_role::none ||
                               named_just_before(doc, i, ll.name);
            if (known) {
                markers.push_back(label_marker(doc, i, speaker_of(ll), line.size(), line.size()));
                any = true;
                continue;
            }
        }
        if (const layout::inline_label* found = rules.inline_labels ? doc.inline_label_at(i) : nullptr) {
            const layout::inline_label& il = *found;
            // Counted in the first pass unless the line was a label line there.
            const auto& [key, count] = as_line ? inline_count.of(il.name) : *counted[i];
            const bool known = rules.every_inline || layout::is_operator_name(il.name) || roster.contains_key(key) ||
                               count >= 2 || !il.qualifier.empty();
            if (!known) continue;
            const std::size_t colon = line.find(':', text::trim_left_bytes(line));
            markers.push_back(label_marker(doc, i, speaker_of(il), colon, il.body));
            any = true;
        }
    }
    return any;
}

std::string_view turn_text(const layout::document& doc, const segment::turn_draft& t) {
    if (t.pieces.empty()) return {};
    return doc.text.substr(t.pieces.front().begin, t.pieces.back().end - t.pieces.front().begin);
}

bool is_signoff(std::string_view said) {
    return has_any(said, {"replay", "for joining", "concludes", "conclude our", "concluded", "wraps up", "wrap up", "going to wrap",
                          "for your participation", "may disconnect", "may now disconnect", "end of today",
                          "ends today's", "ends our", "signoff", "sign-off"});
}

void mark_signoff(const layout::document& doc, segment::draft& d) {
    // The trailing run of closing words: sign-offs and bare thanks.
    std::size_t k = d.turns.size();
    while (k > 0) {
        const std::string_view said = turn_text(doc, d.turns[k - 1]);
        if (!is_signoff(said) && !bare_thanks(said)) break;
        --k;
    }
    while (k < d.turns.size() && !is_signoff(turn_text(doc, d.turns[k]))) ++k;
    if (k == d.turns.size() || k == 0 || d.turns[k].section != section_kind::qa) return;

    // Sign-offs under an analyst's label: Seeking Alpha prints the investor
    // relations host's closing under the last analyst's name.
    std::optional<segment::speaker> host;
    for (const auto& t : d.turns)
        if (t.section == section_kind::presentation && t.who.role != role::operator_ &&
            role_of(d, t.who) != role::analyst && !t.who.name.empty()) {
            host = t.who;
            break;
        }
    for (std::size_t t = k; t < d.turns.size(); ++t) {
        auto& turn = d.turns[t];
        const std::string_view said = turn_text(doc, turn);
        if (role_of(d, turn.who) != role::analyst || !is_signoff(said) || bare_thanks(said)) continue;
        d.notes.push_back({severity::warning, "label-content-mismatch", turn.label.begin,
                           "a closing of the call stands under an analyst's label; it is given to the company's host"});
        if (host) turn.who = *host;
    }

    const bool has_closing = std::any_of(d.sections.begin(), d.sections.end(),
                                         [](const section& s) { return s.kind == section_kind::closing; });
    if (has_closing) return;
    const auto& first = d.turns[k];
    const std::size_t at = first.label.empty() ? first.pieces.front().begin : first.label.begin;
    for (std::size_t t = k; t < d.turns.size(); ++t)
        if (d.turns[t].section == section_kind::qa) d.turns[t].section = section_kind::closing;
    split_sections_at(d, at);
}

} // namespace ect::dialects::en
