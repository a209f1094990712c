#include "dialects/streetevents_header.hpp"

#include "text/utf8.hpp"

namespace ect::dialects::streetevents {

namespace {

using layout::heading;
using segment::marker;

// "[12]" at the end of `s`: the bytes it takes (with the spaces before it), or 0.
std::size_t number_suffix(std::string_view s) {
    if (s.empty() || s.back() != ']') return 0;
    const std::size_t open = s.rfind('[');
    if (open == std::string_view::npos || open + 2 >= s.size()) return 0;
    for (std::size_t k = open + 1; k + 1 < s.size(); ++k)
        if (s[k] < '0' || s[k] > '9') return 0;
    return s.size() - open;
}

std::string_view without_ph(std::string_view name) {
    for (std::string_view m : {"(ph)", "(PH)", "(sp)"})
        if (name.size() > m.size() && name.substr(name.size() - m.size()) == m)
            return text::trim(name.substr(0, name.size() - m.size()));
    return name;
}

// Spaced dashes: " - ", " – " (en dash), " — " (em dash).
std::pair<std::size_t, std::size_t> spaced_dash(std::string_view s) {
    for (std::size_t i = 1; i + 1 < s.size(); ++i) {
        if (s[i - 1] != ' ') continue;
        std::size_t len = 0;
        if (s[i] == '-') len = 1;
        else if (s.substr(i, 3) == "\xE2\x80\x93" || s.substr(i, 3) == "\xE2\x80\x94") len = 3;
        if (len && i + len < s.size() && s[i + len] == ' ') return {i - 1, i + len + 1};
    }
    return {std::string_view::npos, std::string_view::npos};
}

bool is_roster(heading h) {
    return h == heading::company_roster || h == heading::analyst_roster || h == heading::participants;
}
bool is_section(heading h) { return h == heading::presentation || h == heading::qa || h == heading::closing; }

} // namespace

void read_affiliation(std::string_view s, segment::speaker& who) {
    s = text::trim(s);
    const auto [from, to] = spaced_dash(s);
    if (from == std::string_view::npos) {
        who.firm = s;
    } else {
        who.firm = text::trim(s.substr(0, from));
        who.title = text::trim(s.substr(to));
    }
    if (text::ifind(who.title, "analyst") != std::string_view::npos) who.role = role::analyst;
}

bool parse_header(std::string_view line, header& out) {
    std::string_view s = text::trim(line);
    const std::size_t number = number_suffix(s);
    s = text::trim(s.substr(0, s.size() - number));
    if (s.empty() || s.size() > 200) return false;
    header h;
    h.numbered = number > 0;
    if (layout::is_operator_name(s)) {
        h.who = {s, {}, {}, {}, role::operator_};
        out = h;
        return true;
    }
    const std::size_t comma = s.find(", ");
    const std::string_view name = text::trim(s.substr(0, comma));
    if (!layout::is_person_name(name)) return false;
    h.who.name = without_ph(name);
    if (comma != std::string_view::npos) read_affiliation(s.substr(comma + 2), h.who);
    // Speakers StreetEvents could not name: "Unidentified Analyst",
    // "Unidentified Company Representative".
    switch (layout::unnamed_speaker(name)) {
    case layout::unnamed_role::analyst: h.who.role = role::analyst; break;
    case layout::unnamed_role::executive: h.who.role = role::executive; break;
    default: break;
    }
    out = h;
    return true;
}

void read_rosters(const layout::document& doc, const std::vector<heading>& heads, segment::draft& d,
                  std::vector<marker>& markers) {
    heading block = heading::none;
    for (std::size_t i = 0; i < doc.size(); ++i) {
        if (doc.is_furniture(i)) continue;
        if (is_section(heads[i])) block = heading::none;
        if (is_roster(heads[i])) {
            block = heads[i];
            markers.push_back({i, marker::kind::skip, section_kind::preamble, {}, {}, 0, std::nullopt});
            continue;
        }
        const std::string_view s = doc.trimmed(i);
        if (block == heading::none || s.empty() || s.front() != '*') continue;
        const std::string_view name = text::trim(s.substr(1));
        if (!layout::is_person_name(name)) continue;
        segment::speaker who{without_ph(name), {}, {}, {}, role::unknown};
        std::size_t last = i;
        std::size_t j = i + 1;
        while (j < doc.size() && doc.trimmed(j).empty()) ++j;
        if (j < doc.size() && !doc.is_furniture(j) && heads[j] == heading::none) {
            const std::string_view aff = text::trim(doc.line(j));
            if (!aff.empty() && aff.front() != '*') {
                read_affiliation(aff, who);
                last = j;
            }
        }
        if (block == heading::company_roster) who.role = role::executive;
        else if (block == heading::analyst_roster) who.role = role::analyst;
        d.roster.push_back({who, {doc.span_of(i).begin, doc.span_of(last).end}});
        for (std::size_t k = i; k <= last; ++k)
            markers.push_back({k, marker::kind::skip, section_kind::preamble, {}, {}, 0, std::nullopt});
        i = last;
    }
}

} // namespace ect::dialects::streetevents
