#include "dialects/concall_roster.hpp"

#include "data/firm_table.hpp"
#include "data/title_table.hpp"
#include "layout/en_label.hpp"
#include "text/utf8.hpp"

#include <bit>
#include <cstdint>
#include <cstring>
#include <string>
#include <unordered_map>

namespace ect::dialects::india {

namespace {

using segment::marker;

bool has_lower(std::string_view s) {
    for (char c : s)
        if (text::is_ascii_lower(static_cast<unsigned char>(c))) return true;
    return false;
}

// A name wrapped over two lines ("Mr. Kunal\nBhatia") is still a name.
bool is_name(std::string_view s) {
    std::string flat(text::trim(s));
    for (char& c : flat)
        if (c == '\n' || c == '\r' || c == '\f') c = ' ';
    return layout::is_person_name(flat);
}

// Words that make a roster part a firm rather than a title, for firms the
// table does not know ("GO INDIA ADVISORS", "EXAMPLE SECURITIES LIMITED").
bool looks_like_firm(std::string_view s) {
    if (data::firm_table::builtin().find(s)) return true;
    for (std::string_view w : {"limited", "ltd", "securities", "capital", "advisors", "advisers", "partners", "fund",
                               "asset", "investments", "broking", "bank", "holdings", "llp", "inc", "plc"})
        if (text::ifind(s, w) != std::string_view::npos) return true;
    return false;
}

// A separator dash: en or em dash, or a hyphen with a space before it.
std::size_t dash_at(std::string_view s, std::size_t p) {
    if (s.compare(p, 3, "\xE2\x80\x93") == 0 || s.compare(p, 3, "\xE2\x80\x94") == 0) return 3;
    if (s[p] == '-' && p > 0 && (s[p - 1] == ' ' || s[p - 1] == '\n')) return s.compare(p, 2, "--") == 0 ? 2 : 1;
    return 0;
}

// "MR. S. NARAYANAN – HEAD, INVESTOR\nRELATIONS, KESTREL PUMPS LIMITED":
// the name up to the first dash or comma, then title parts and the firm last.
void read_entry(std::string_view e, role r, byte_span span, segment::draft& d) {
    e = text::trim(e);
    e.remove_prefix(honorific_length(e));
    std::size_t name_end = e.size(), rest = e.size();
    for (std::size_t p = 0; p < e.size(); ++p) {
        if (e[p] == ',') {
            name_end = p, rest = p + 1;
            break;
        }
        if (const std::size_t n = dash_at(e, p)) {
            name_end = p, rest = p + n;
            break;
        }
    }
    const std::string_view name = text::trim(e.substr(0, name_end));
    if (!is_name(name)) return;
    // The parts after the name, split at commas and dashes.
    std::vector<std::string_view> parts;
    std::size_t start = rest;
    for (std::size_t p = rest; p <= e.size(); ++p) {
        const std::size_t n = p < e.size() ? (e[p] == ',' ? 1 : dash_at(e, p)) : 1;
        if (n == 0) continue;
        if (const std::string_view part = text::trim(e.substr(start, p - start)); !part.empty()) parts.push_back(part);
        start = p + n;
        p += n - 1;
    }
    segment::speaker who{name, {}, {}, {}, r};
    if (parts.size() == 1) {
        (looks_like_firm(parts[0]) ? who.firm : who.title) = parts[0];
    } else if (parts.size() >= 2) {
        who.firm = parts.back();
        const std::string_view& last_title = parts[parts.size() - 2];
        who.title = e.substr(static_cast<std::size_t>(parts[0].data() - e.data()),
                             static_cast<std::size_t>(last_title.data() + last_title.size() - parts[0].data()));
    }
    d.roster.push_back({who, span});
}

bool has_dash(std::string_view s) {
    for (std::size_t p = 0; p < s.size(); ++p)
        if (dash_at(s, p)) return true;
    return false;
}

// "S. NARAYANAN – HEAD, INVESTOR RELATIONS": a name then a dash opens the
// line, as in rosters that write no honorifics.
bool starts_entry(std::string_view s) {
    for (std::size_t p = 0; p < s.size() && p < 60; ++p)
        if (dash_at(s, p)) return p > 0 && is_name(s.substr(0, p));
    return false;
}

bool is_continuation(std::string_view line) {
    const std::string_view s = text::trim(line);
    return !s.empty() && !has_lower(s) && !text::is_digit(static_cast<unsigned char>(s[0])) && honorific_length(s) == 0;
}

} // namespace

std::size_t honorific_length(std::string_view s) {
    // Every honorific starts with "mr", "ms", "dr", "sh" or "sm": most words
    // of speech fail on their first two letters.
    if (s.size() < 3) return 0;
    const char a = static_cast<char>(s[0] | 0x20), b = static_cast<char>(s[1] | 0x20);
    const bool may = (a == 'm' && (b == 'r' || b == 's')) || (a == 'd' && b == 'r') ||
                     (a == 's' && (b == 'h' || b == 'm'));
    if (!may) return 0;
    for (std::string_view h : {"mr. ", "ms. ", "mrs. ", "dr. ", "mr ", "ms ", "mrs ", "dr ", "shri ", "smt. "})
        if (text::istarts_with(s, h)) return h.size() + text::trim_left_bytes(s.substr(h.size()));
    return 0;
}

bool roster_head(std::string_view line, role& r, std::size_t& body) {
    const std::size_t lead = text::trim_left_bytes(line);
    const std::size_t colon = line.find(':', lead);
    if (colon == std::string_view::npos || colon - lead > 40) return false;
    const std::string_view head = line.substr(lead, colon - lead);
    if (head.empty() || has_lower(head)) return false;
    for (char c : head)
        if (!text::is_ascii_upper(static_cast<unsigned char>(c)) && c != ' ' && c != '&') return false;
    const std::size_t after = colon + 1 + text::trim_left_bytes(line.substr(colon + 1));
    // "MANAGEMENT: MR. X – CFO"; without honorifics only a known heading
    // followed by capitals ("MODERATOR: RAJ SHAH – EXAMPLE SECURITIES").
    const bool known_head = text::iequals(head, "management") || text::iequals(head, "moderator") ||
                            text::iequals(head, "moderators") || text::iequals(head, "speakers") ||
                            text::iequals(head, "panelists") || text::iequals(head, "analysts");
    const std::string_view first_entry = line.substr(after);
    if (honorific_length(first_entry) == 0 && !(known_head && !has_lower(first_entry) && starts_entry(first_entry)))
        return false;
    if (text::ifind(head, "moderator") != std::string_view::npos) r = role::operator_;
    else if (text::ifind(head, "analyst") != std::string_view::npos) r = role::analyst;
    else if (text::ifind(head, "management") != std::string_view::npos || text::ifind(head, "speaker") != std::string_view::npos ||
             text::ifind(head, "executive") != std::string_view::npos || text::ifind(head, "panel") != std::string_view::npos)
        r = role::executive;
    else r = role::unknown;
    body = after;
    return true;
}

void read_title_roster(const layout::document& doc, std::size_t from, std::size_t to, segment::draft& d,
                       std::vector<marker>& markers) {
    bool in_block = false, open = false;
    role block_role = role::unknown;
    std::size_t entry_begin = 0, entry_end = 0;
    auto flush = [&] {
        if (open) read_entry(doc.text.substr(entry_begin, entry_end - entry_begin), block_role, {entry_begin, entry_end}, d);
        open = false;
    };
    auto skip = [&](std::size_t i) {
        markers.push_back({i, marker::kind::skip, section_kind::preamble, {}, {}, 0, std::nullopt});
    };
    for (std::size_t i = from; i < to && i < doc.size(); ++i) {
        const std::string_view line = doc.line(i);
        const byte_span span = doc.span_of(i);
        role r = role::unknown;
        std::size_t body = 0;
        if (roster_head(line, r, body)) {
            flush();
            in_block = open = true, block_role = r;
            entry_begin = span.begin + body, entry_end = span.end;
            skip(i);
            continue;
        }
        if (!in_block) continue;
        if (doc.is_furniture(i) || text::is_blank(line)) {
            flush(); // an entry does not run over a blank line or a page break
            continue;
        }
        const std::string_view s = text::trim(line);
        const std::string_view entry = doc.text.substr(entry_begin, entry_end - entry_begin);
        if ((honorific_length(s) != 0 || (open && starts_entry(s) && has_dash(entry))) && s.find(':') == std::string_view::npos) {
            flush();
            open = true;
            entry_begin = span.begin + text::trim_left_bytes(line), entry_end = span.end;
            skip(i);
        } else if (open && is_continuation(line)) {
            entry_end = span.end;
            skip(i);
        } else {
            flush();
            in_block = false;
        }
    }
    flush();
}

std::size_t next_honorific_start(std::string_view s, std::size_t from) noexcept {
    auto opens = [](char c) {
        const char l = static_cast<char>(c | 0x20);
        return l == 'm' || l == 'd' || l == 's';
    };
    std::size_t p = from;
    if (p == 0 && !s.empty()) {
        if (opens(s[0])) return 0;
        p = 1;
    }
    if constexpr (std::endian::native == std::endian::little) {
        // Eight places at a time: a flag (bit 7) on each byte equal to `c`.
        constexpr std::uint64_t ones = 0x0101010101010101ull, low7 = 0x7F7F7F7F7F7F7F7Full;
        auto equal = [](std::uint64_t x, unsigned char c) {
            const std::uint64_t t = x ^ (ones * c);
            return ~(((t & low7) + low7) | t | low7);
        };
        for (; p + 8 <= s.size(); p += 8) {
            std::uint64_t here, before;
            std::memcpy(&here, s.data() + p, 8);
            std::memcpy(&before, s.data() + p - 1, 8);
            const std::uint64_t folded = here | (ones * 0x20);
            const std::uint64_t hit = (equal(folded, 'm') | equal(folded, 'd') | equal(folded, 's')) &
                                      (equal(before, ' ') | equal(before, '\n'));
            if (hit != 0) return p + static_cast<std::size_t>(std::countr_zero(hit)) / 8;
        }
    }
    for (; p < s.size(); ++p)
        if ((s[p - 1] == ' ' || s[p - 1] == '\n') && opens(s[p])) return p;
    return std::string_view::npos;
}

void read_roll_call(std::string_view doc_text, byte_span span, segment::draft& d) {
    const std::string_view said = doc_text.substr(span.begin, span.size());
    const auto& titles = data::title_table::builtin();
    // Every honorific opens a word with m, d or s: only such words are tried.
    for (std::size_t at = next_honorific_start(said, 0); at != std::string_view::npos;
         at = next_honorific_start(said, at + 1)) {
        const std::size_t h = honorific_length(said.substr(at));
        if (h == 0) continue;
        const std::string_view rest = said.substr(at + h);
        const std::size_t comma = rest.substr(0, 60).find(", ");
        if (comma == std::string_view::npos) continue;
        const std::string_view name = text::trim(rest.substr(0, comma));
        if (!is_name(name)) continue;
        // The title runs to the end of the clause: "; ", ", ", ". " or " and ".
        std::string_view title = rest.substr(comma + 2, 80);
        std::size_t end = title.size();
        for (std::string_view stop : {";", ",", ". ", ".\n", " and ", "\n"})
            if (const std::size_t p = title.find(stop); p != std::string_view::npos && p < end) end = p;
        if (end == title.size() && !title.empty() && title.back() == '.') --end;
        title = text::trim(title.substr(0, end));
        if (title.empty() || !titles.find(title) || text::ifind(title, "analyst") != std::string_view::npos) continue;
        const std::size_t begin = static_cast<std::size_t>(name.data() - doc_text.data());
        d.roster.push_back({{name, title, {}, {}, role::executive}, {begin, begin + name.size()}});
        at += h + comma;
    }
}

namespace {

// Name words of two letters or more, lowercased: "ARVIND K. MENON" → arvindmenon.
std::string long_words_key(std::string_view name) {
    std::string out, word;
    auto flush = [&] {
        if (word.size() >= 2) out += word;
        word.clear();
    };
    for (char c : name) {
        if (text::is_ascii_alpha(static_cast<unsigned char>(c))) word.push_back(static_cast<char>(c | 0x20));
        else flush();
    }
    flush();
    return out;
}

// "K. Pillai", "R.K. Joshi", "RK Joshi": initials, then one surname. The
// initials' letters, lowercased; empty when the name is not of that form.
std::string initials_of(std::string_view name) {
    name = text::trim(name);
    const std::size_t space = name.rfind(' ');
    if (space == std::string_view::npos) return {};
    const std::string_view given = name.substr(0, space);
    std::string out;
    bool dotted = false, lower = false;
    for (char c : given) {
        if (c == '.') dotted = true;
        else if (text::is_ascii_alpha(static_cast<unsigned char>(c))) {
            out.push_back(static_cast<char>(c | 0x20));
            lower = lower || text::is_ascii_lower(static_cast<unsigned char>(c));
        } else if (c != ' ') return {};
    }
    if (out.empty() || out.size() > 3 || (!dotted && (lower || out.size() < 2))) return {};
    return out;
}

std::string surname_key(std::string_view name) {
    name = text::trim(name);
    const std::size_t space = name.rfind(' ');
    return text::name_key(space == std::string_view::npos ? name : name.substr(space + 1));
}

} // namespace

void link_roster_to_labels(segment::draft& d) {
    // An analyst's later label may shorten the name to initials ("K. Pillai"
    // after "Kavya Pillai"): one person when exactly one full spelling fits.
    // The keys of each spelling are worked out once, not once per turn.
    struct spelling {
        std::string_view name;
        bool full = false; ///< not itself initials and a surname
        std::string key, surname;
    };
    // A name comes back on every turn of its speaker: each spelling is kept
    // once, in order of first use. One person is found when every fitting
    // spelling has the same key, which repeats do not change.
    std::vector<spelling> spellings;
    std::unordered_map<std::string_view, std::size_t> spelled;
    auto add = [&](std::string_view name) {
        if (!spelled.try_emplace(name, spellings.size()).second) return;
        spellings.push_back({name, initials_of(name).empty(), text::name_key(name), surname_key(name)});
    };
    for (const auto& r : d.roster) add(r.who.name);
    for (const auto& t : d.turns)
        if (!t.who.name.empty()) add(t.who.name);
    for (segment::turn_draft& t : d.turns) {
        if (t.who.name.empty()) continue;
        const auto known = spelled.find(t.who.name);
        // Every turn's name is a spelling: one that is not initials and a
        // surname has no initials.
        if (known != spelled.end() && spellings[known->second].full) continue;
        const std::string initials = initials_of(t.who.name);
        if (initials.empty()) continue;
        const std::string surname = surname_key(t.who.name);
        const spelling* match = nullptr;
        int found = 0;
        for (const spelling& s : spellings) {
            // "K. Pillai" abbreviates "Kavya Pillai": same surname, the first
            // initial is the first letter of the given name.
            const bool fits = s.full && surname == s.surname && !s.key.empty() && s.key[0] == initials[0] &&
                              s.key.size() > s.surname.size();
            if (fits && (found == 0 || s.key != match->key)) match = &s, ++found;
        }
        if (found == 1) t.who.alias = t.who.name, t.who.name = match->name;
    }
    // Roster capitals take the label's spelling: exactly the same letters
    // ("S. NARAYANAN"), or the same words but for initials ("ARVIND K. MENON").
    // Each name once, at its first turn, in turn order: the first turn whose
    // keys fit is the first turn of the first name that fits.
    struct first_use {
        const segment::turn_draft* turn;
        std::string key, loose;
    };
    std::vector<first_use> names;
    std::unordered_map<std::string_view, std::size_t> seen;
    for (const segment::turn_draft& t : d.turns)
        if (!t.who.name.empty() && seen.try_emplace(t.who.name, names.size()).second)
            names.push_back({&t, text::name_key(t.who.name), long_words_key(t.who.name)});
    for (segment::roster_entry& r : d.roster) {
        const std::string key = text::name_key(r.who.name), loose = long_words_key(r.who.name);
        const segment::turn_draft* same = nullptr;
        for (const first_use& n : names) {
            if (n.key == key) {
                same = n.turn;
                break;
            }
            if (!same && !loose.empty() && n.loose == loose) same = n.turn;
        }
        if (!same || same->who.name == r.who.name) continue;
        r.who.alias = r.who.name.find('\n') == std::string_view::npos ? r.who.name : std::string_view{};
        r.who.name = same->who.name;
    }
}

} // namespace ect::dialects::india
