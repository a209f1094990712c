#include "dialects/en_common.hpp"

#include "data/firm_table.hpp"
#include "data/title_table.hpp"
#include "text/utf8.hpp"

#include <optional>
#include <string>
#include <unordered_map>

namespace ect::dialects::en {

using layout::heading;
using segment::marker;

std::vector<heading> headings_of(const layout::document& doc) {
    std::vector<heading> out(doc.size(), heading::none);
    for (std::size_t i = 0; i < doc.size(); ++i) out[i] = doc.heading_at(i);
    return out;
}

namespace {

bool is_section(heading h) { return h == heading::presentation || h == heading::qa || h == heading::closing; }
bool is_roster(heading h) {
    return h == heading::company_roster || h == heading::analyst_roster || h == heading::participants;
}
bool is_analyst_word(std::string_view s) {
    const std::string_view t = text::trim(s);
    return text::iequals(t, "analyst") || text::iequals(t, "research analyst") || text::iequals(t, "analyst)");
}

// The role a label's name gives alone: the operator's, or an unnamed
// speaker's ("Unidentified Analyst").
role role_of_name(std::string_view name) {
    if (layout::is_operator_name(name)) return role::operator_;
    switch (layout::unnamed_speaker(name)) {
    case layout::unnamed_role::analyst: return role::analyst;
    case layout::unnamed_role::executive: return role::executive;
    default: return role::unknown;
    }
}

} // namespace

segment::speaker speaker_of(const layout::label_line& l) {
    segment::speaker who{l.name, {}, {}, {}, role_of_name(l.name)};
    std::vector<std::string_view> rest;
    for (std::string_view p : l.parts) {
        if (is_analyst_word(p)) who.role = role::analyst, who.title = p;
        else rest.push_back(p);
    }
    // One part: a firm when the table knows it or the speaker is an analyst,
    // else a title. Two parts: firm and title (TD: "Name – Firm – Title").
    if (rest.size() == 1) {
        if (who.role == role::analyst || (data::firm_table::builtin().find(rest[0]) && !data::title_table::builtin().find(rest[0])))
            who.firm = rest[0];
        else
            who.title = rest[0];
    } else if (rest.size() >= 2) {
        who.firm = rest[0];
        who.title = rest[1];
    }
    return who;
}

segment::speaker speaker_of(const layout::inline_label& l) {
    segment::speaker who{l.name, {}, {}, {}, role_of_name(l.name)};
    if (!l.qualifier.empty()) {
        if (data::title_table::builtin().find(l.qualifier) && !data::firm_table::builtin().find(l.qualifier))
            who.title = l.qualifier;
        else
            who.firm = l.qualifier;
    }
    return who;
}

void read_rosters(const layout::document& doc, const std::vector<heading>& heads, segment::draft& d,
                  std::vector<marker>& markers) {
    heading block = heading::none;
    bool gap = false;
    for (std::size_t i = 0; i < doc.size(); ++i) {
        if (is_section(heads[i])) {
            block = heading::none;
            continue;
        }
        if (is_roster(heads[i])) {
            block = heads[i];
            gap = false;
            markers.push_back({i, marker::kind::skip, section_kind::preamble, {}, {}, 0, std::nullopt});
            continue;
        }
        if (block == heading::none) continue;
        const std::string_view line = doc.line(i);
        if (text::is_blank(line)) {
            gap = true;
            continue;
        }
        const layout::label_line* found = doc.label_line_at(i);
        if (!found || found->parts.empty()) {
            if (gap) block = heading::none;
            continue;
        }
        gap = false;
        segment::speaker who = speaker_of(*found);
        if (block == heading::company_roster) {
            who.role = role::executive;
            if (who.title.empty() && !who.firm.empty()) std::swap(who.title, who.firm);
        } else if (block == heading::analyst_roster) {
            who.role = role::analyst;
            if (who.firm.empty() && !who.title.empty()) std::swap(who.title, who.firm);
        }
        d.roster.push_back({who, doc.span_of(i)});
        markers.push_back({i, marker::kind::skip, section_kind::preamble, {}, {}, 0, std::nullopt});
    }
}

bool followed_by_text(const layout::document& doc, std::size_t i) {
    for (std::size_t j = i + 1; j < doc.size() && j <= i + 3; ++j)
        if (!doc.trimmed(j).empty()) return true;
    return false;
}

namespace {

bool word_byte(char c) {
    const auto b = static_cast<unsigned char>(c);
    return text::is_ascii_alpha(b) || b >= 0x80;
}

// How often each word of the text stands in it, as written. A word is a run
// of ASCII letters and bytes of other letters (0x80 and above), so "Élodie"
// is one. A text is asked about a few names at most, most often none:
// each is looked up in the text itself, and only a text asked about many
// (a long list of one-time speakers) counts all its words, once.
class word_counts {
public:
    // Occurrences of the whole word `w` in `text`, counted up to `enough`.
    int count(std::string_view text, std::string_view w, int enough) const {
        if (++asked_ > 32 && !all_) all_ = count_all(text);
        if (all_) {
            const auto at = all_->find(w);
            return at == all_->end() ? 0 : std::min(at->second, enough);
        }
        int n = 0;
        for (std::size_t at = text::find_bytes(text, w); at != std::string_view::npos && n < enough; at = text::find_bytes(text, w, at + 1)) {
            const std::size_t end = at + w.size();
            if ((at == 0 || !word_byte(text[at - 1])) && (end == text.size() || !word_byte(text[end]))) ++n;
        }
        return n;
    }

private:
    static std::unordered_map<std::string_view, int> count_all(std::string_view s) {
        std::unordered_map<std::string_view, int> out;
        for (std::size_t i = 0; i < s.size();) {
            if (!word_byte(s[i])) {
                ++i;
                continue;
            }
            const std::size_t b = i;
            while (i < s.size() && word_byte(s[i])) ++i;
            ++out[s.substr(b, i - b)];
        }
        return out;
    }

    mutable int asked_ = 0;
    mutable std::optional<std::unordered_map<std::string_view, int>> all_;
};

// Whether the words of `name` (three letters or more) read as a person's:
// none is written in lower case in the text ("Capital Strength", "Net
// Interest Income" head slides), and one is named elsewhere ("Thank you,
// Sarah", "Markus will cover Asia"): someone who speaks once is handed
// the floor or thanked by name.
bool named_as_person(const layout::document& doc, std::string_view name) {
    const word_counts& counts = doc.derived<word_counts>([] { return word_counts{}; });
    bool elsewhere = false;
    std::string lower;
    for (std::size_t i = 0; i < name.size();) {
        if (!word_byte(name[i])) {
            ++i;
            continue;
        }
        const std::size_t b = i;
        while (i < name.size() && word_byte(name[i])) ++i;
        const std::string_view w = name.substr(b, i - b);
        if (w.size() < 3) continue;
        lower.assign(w);
        for (char& c : lower) c = static_cast<char>(text::is_ascii_upper(static_cast<unsigned char>(c)) ? c | 0x20 : c);
        if (lower != w && counts.count(doc.text, lower, 1) > 0) return false;
        elsewhere = elsewhere || counts.count(doc.text, w, 2) >= 2;
    }
    return elsewhere;
}

bool ends_sentence(std::string_view s) {
    if (s.empty()) return false;
    const char c = s.back();
    return c == '.' || c == '?' || c == '!' || c == ':' || c == '"' || c == ')' || s.ends_with("\xE2\x80\x9D");
}

// A line of speech: it ends a sentence, or is a full line of wrapped text.
bool reads_as_speech(std::string_view s) {
    return !s.empty() && (text::is_ascii_upper(static_cast<unsigned char>(s.front())) || s.front() == '"' ||
                          static_cast<unsigned char>(s.front()) >= 0x80) &&
           (ends_sentence(s) || s.size() >= 60);
}

} // namespace

bool heads_one_turn(const layout::document& doc, std::size_t i, std::size_t first_label) {
    std::size_t next = i + 1;
    while (next < doc.size() && (doc.is_furniture(next) || doc.trimmed(next).empty())) ++next;
    if (next == doc.size() || !reads_as_speech(doc.trimmed(next))) return false;
    if (i > first_label) {
        std::size_t prev = i;
        while (prev > 0 && (doc.is_furniture(prev - 1) || doc.trimmed(prev - 1).empty())) --prev;
        if (prev == 0) return false;
        const std::string_view before = doc.trimmed(prev - 1);
        if (!ends_sentence(before) && doc.heading_at(prev - 1) == layout::heading::none) return false;
    }
    return named_as_person(doc, doc.trimmed(i));
}

void mark_sections(const layout::document& doc, const std::vector<heading>& heads, std::vector<marker>& markers) {
    for (std::size_t i = 0; i < doc.size(); ++i) {
        const heading h = heads[i];
        if (h == heading::presentation)
            markers.push_back({i, marker::kind::heading, section_kind::presentation, {}, {}, 0, std::nullopt});
        else if (h == heading::qa)
            markers.push_back({i, marker::kind::heading, section_kind::qa, {}, {}, 0, std::nullopt});
        else if (h == heading::closing)
            markers.push_back({i, marker::kind::heading, section_kind::closing, {}, {}, 0, std::nullopt});
    }
}

roster_index::roster_index(const segment::draft& d) {
    for (const auto& r : d.roster) ++keys_[text::name_key(r.who.name)];
}

bool roster_index::contains(std::string_view name) const { return keys_.count(text::name_key(name)) != 0; }

marker label_marker(const layout::document& doc, std::size_t i, const segment::speaker& who, std::size_t label_end,
                    std::size_t body) {
    const std::string_view line = doc.line(i);
    const std::size_t base = doc.span_of(i).begin;
    const std::size_t lead = text::trim_left_bytes(line);
    std::size_t end = label_end;
    while (end > lead && (line[end - 1] == ' ' || line[end - 1] == ':')) --end;
    marker m;
    m.line = i;
    m.what = marker::kind::label;
    m.who = who;
    m.label = {base + lead, base + std::max(end, lead)};
    m.body = base + body;
    return m;
}

} // namespace ect::dialects::en
