#include "dialects/bank_ir.hpp"

#include "data/firm_table.hpp"
#include "data/title_table.hpp"
#include "dialects/en_closing.hpp"
#include "text/utf8.hpp"

#include <algorithm>
#include <functional>
#include <iterator>
#include <unordered_map>

namespace ect::dialects::bank {

using layout::heading;
using segment::marker;

namespace {

bool is_section(heading h) { return h == heading::presentation || h == heading::qa || h == heading::closing; }
bool is_roster(heading h) {
    return h == heading::company_roster || h == heading::analyst_roster || h == heading::participants;
}

bool has_word(std::string_view s, std::string_view w) {
    for (std::size_t at = s.find(w); at != std::string_view::npos; at = s.find(w, at + 1)) {
        const bool left = at == 0 || !text::is_ascii_alpha(static_cast<unsigned char>(s[at - 1]));
        const std::size_t e = at + w.size();
        const bool right = e == s.size() || !text::is_ascii_alpha(static_cast<unsigned char>(s[e]));
        if (left && right) return true;
    }
    return false;
}

bool is_glue(std::string_view w) {
    return w == "of" || w == "and" || w == "&" || w == "de" || w == "du" || w == "la" || w == "the" || w == "for" ||
           w == "in" || w == "et" || w == "des" || w == "-" || w == "–";
}

bool is_analyst(std::string_view title) { return text::ifind(title, "analyst") != std::string_view::npos; }

void set_role(segment::speaker& who) {
    if (is_analyst(who.title)) who.role = role::analyst;
    else if (!who.title.empty()) who.role = role::executive;
    else if (!who.firm.empty()) who.role = role::analyst;
}

// A roster entry at line `i`; `used` is the number of lines it takes.
bool roster_entry(const layout::document& doc, std::size_t i, segment::speaker& who, std::size_t& used) {
    const std::string_view s = doc.trimmed(i);
    used = 1;
    // "Anne-Sophie Béranger (Group CEO)": BNP Paribas cover.
    if (!s.empty() && s.back() == ')') {
        const std::size_t open = s.rfind('(');
        if (open != std::string_view::npos && open > 0 && is_label_name(doc, s.substr(0, open))) {
            who = {text::trim(s.substr(0, open)), {}, {}, {}, role::unknown};
            read_affiliation(s.substr(open + 1, s.size() - open - 2), who);
            return true;
        }
    }
    // TD: the name alone, then "Firm – Title" on the next line.
    if (is_label_name(doc, s) && i + 1 < doc.size()) {
        const std::string_view next = text::trim(doc.line(i + 1));
        // A name alone is no entry, so a dashed line after it is its affiliation.
        if (find_dash(next).first != std::string_view::npos) {
            who = {s, {}, {}, {}, role::unknown};
            read_affiliation(next, who);
            used = 2;
            return true;
        }
        return false;
    }
    // "Name – Firm, Title" (BofA), "Name, Title" (Deutsche Bank).
    const auto [dash, after] = find_dash(s);
    std::size_t cut = dash, rest = after;
    if (cut == std::string_view::npos) {
        cut = s.find(", ");
        rest = cut + 2;
    }
    if (cut == std::string_view::npos || !is_label_name(doc, s.substr(0, cut))) return false;
    who = {text::trim(s.substr(0, cut)), {}, {}, {}, role::unknown};
    read_affiliation(s.substr(rest), who);
    return true;
}

std::string_view text_of(const layout::document& doc, const segment::turn_draft& t) {
    if (t.pieces.empty()) return {};
    return doc.text.substr(t.pieces.front().begin, t.pieces.back().end - t.pieces.front().begin);
}

// An executive's words ending the questions.
std::size_t sign_off_at(std::string_view s) {
    static constexpr std::string_view cues[] = {
        "that's all our questions", "that’s all our questions", "that's all the questions", "that’s all the questions",
        "end of questions", "end of the questions", "end of our questions", "no further questions",
        "no more questions", "conclude the presentation", "conclude the call", "conclude today", "conclude with",
        "for your attention", "closing remarks"};
    // Each cue holds one of these words: text with none of them holds no cue.
    static constexpr std::string_view stems[] = {"question", "conclude", "for your attention", "closing remarks"};
    if (std::none_of(std::begin(stems), std::end(stems),
                     [&](std::string_view w) { return layout::find_ignoring_case(s, w) != std::string_view::npos; }))
        return std::string_view::npos;
    std::size_t best = std::string_view::npos;
    for (std::string_view c : cues) best = std::min(best, layout::find_ignoring_case(s, c));
    return best;
}

// Move turns from `start` on into a closing section.
void close_from(segment::draft& d, std::size_t start) {
    const auto& first = d.turns[start];
    const std::size_t at = first.label.empty() ? first.pieces.front().begin : first.label.begin;
    for (std::size_t t = start; t < d.turns.size(); ++t)
        if (d.turns[t].section == section_kind::qa) d.turns[t].section = section_kind::closing;
    std::vector<section> out;
    for (const section& s : d.sections) {
        if (s.kind == section_kind::qa && s.span.begin < at && at < s.span.end) {
            out.push_back({section_kind::qa, {s.span.begin, at}});
            out.push_back({section_kind::closing, {at, s.span.end}});
        } else {
            out.push_back(s);
        }
    }
    d.sections = std::move(out);
}

// Sign-offs farther into a turn than this end an answer rather than open the closing.
constexpr std::size_t sign_off_lead = 240;
// The closing is the tail of the call: a few turns at most.
constexpr std::size_t max_closing_turns = 3;

} // namespace

std::vector<heading> headings_of(const layout::document& doc) {
    std::vector<heading> heads = en::headings_of(doc);
    for (std::size_t i = 0; i < heads.size(); ++i) {
        const std::string_view s = doc.trimmed(i);
        if (heads[i] != heading::none && text::is_ascii_lower(static_cast<unsigned char>(s.front())) && s.back() == '.')
            heads[i] = heading::none;
    }
    return heads;
}

bool is_title(std::string_view s) {
    s = text::trim(s);
    if (s.empty()) return false;
    if (data::title_table::builtin().find(s)) return true;
    // A title word stands between non-letters: it is one of the runs of
    // letters, so each run is looked up once rather than each word searched for.
    static constexpr std::string_view words[] = {
        "Chief", "Officer", "CEO", "CFO", "COO", "CRO", "CTO", "Head", "Director", "President", "Chair",
        "Chairman", "Chairwoman", "Executive", "Treasurer", "Secretary", "Manager", "Analyst", "Vice", "VP",
        "Founder", "Controller", "Strategist", "Economist", "analyst"};
    for (std::size_t i = 0; i < s.size();) {
        if (!text::is_ascii_alpha(static_cast<unsigned char>(s[i]))) {
            ++i;
            continue;
        }
        const std::size_t b = i;
        while (i < s.size() && text::is_ascii_alpha(static_cast<unsigned char>(s[i]))) ++i;
        const std::string_view run = s.substr(b, i - b);
        if (std::find(std::begin(words), std::end(words), run) != std::end(words)) return true;
    }
    return has_word(s, "Investor Relations") || has_word(s, "General Counsel");
}

std::pair<std::size_t, std::size_t> find_dash(std::string_view s) {
    // Every dash is a '-' or starts with the byte 0xE2.
    if (s.find('-') == std::string_view::npos && s.find('\xE2') == std::string_view::npos)
        return {std::string_view::npos, std::string_view::npos};
    for (std::size_t i = 1; i + 2 < s.size(); ++i) {
        if ((s[i] != '-' && s[i] != '\xE2') || s[i - 1] != ' ') continue;
        std::size_t len = 0;
        if (s[i] == '-') len = s[i + 1] == '-' ? 2 : 1;
        else if (s.substr(i, 3) == "\xE2\x80\x93" || s.substr(i, 3) == "\xE2\x80\x94") len = 3;
        if (len != 0 && i + len < s.size() && s[i + len] == ' ') return {i - 1, i + len + 1};
    }
    return {std::string_view::npos, std::string_view::npos};
}

namespace {
// Where the firm at the start of `s` ends when a comma may stand inside it
// ("Keefe, Bruyette & Woods, Analyst"): the longest run of comma-separated
// parts the firm table knows, the whole of `s` included; npos when it knows
// none.
std::size_t known_firm_end(std::string_view s) {
    const auto& firms = data::firm_table::builtin();
    std::size_t end = firms.find(s) ? s.size() : std::string_view::npos;
    // The longest known prefix wins: the cuts are tried from the last comma back.
    for (std::size_t comma = s.rfind(", "); end == std::string_view::npos && comma != std::string_view::npos;
         comma = comma == 0 ? std::string_view::npos : s.rfind(", ", comma - 1))
        if (firms.find(s.substr(0, comma))) end = comma;
    return end;
}
} // namespace

void read_affiliation(std::string_view s, segment::speaker& who) {
    s = text::trim(s);
    const std::size_t comma = s.find(", ");
    const std::size_t firm_end = comma == std::string_view::npos ? std::string_view::npos : known_firm_end(s);
    if (const auto [dash, after] = find_dash(s); dash != std::string_view::npos) {
        who.firm = text::trim(s.substr(0, dash));
        who.title = text::trim(s.substr(after));
    } else if (firm_end != std::string_view::npos) {
        who.firm = s.substr(0, firm_end);
        if (firm_end < s.size()) who.title = text::trim(s.substr(firm_end + 2));
    } else if (comma != std::string_view::npos && !is_title(s.substr(0, comma)) && is_title(s.substr(comma + 2))) {
        who.firm = text::trim(s.substr(0, comma));
        who.title = text::trim(s.substr(comma + 2));
    } else if (comma != std::string_view::npos && !is_title(s.substr(0, comma))) {
        // Neither side a title: a firm whose name holds a comma.
        who.firm = s;
    } else if (is_title(s)) {
        who.title = s;
    } else {
        who.firm = s;
    }
    set_role(who);
}

bool is_affiliation(std::string_view s) {
    s = text::trim(s);
    if (s.empty() || s.size() > 100 || s.back() == ',') return false;
    // A full stop ends a sentence, unless it closes the firm's legal form
    // ("Jefferies Inc.", "Mediobanca S.p.A.").
    if (s.back() == '.' && !data::is_legal_form(s.substr(s.rfind(' ') + 1))) return false;
    // The words first: speech fails at its first lower-case word ("plc"
    // excepted).
    std::size_t words = 0;
    for (std::size_t i = 0; i < s.size();) {
        while (i < s.size() && s[i] == ' ') ++i;
        const std::size_t b = i;
        while (i < s.size() && s[i] != ' ') ++i;
        if (i == b) continue;
        const std::string_view w = s.substr(b, i - b);
        if (++words > 16) return false;
        const unsigned char c = static_cast<unsigned char>(w[0]);
        if (c < 0x80 && !text::is_ascii_upper(c) && !(c >= '0' && c <= '9') && !is_glue(w) && !data::is_legal_form(w))
            return false;
    }
    return s.find_first_of(";:?!\"") == std::string_view::npos;
}

bool is_label_name(std::string_view s) {
    s = text::trim(s);
    if (s.find(' ') == std::string_view::npos || !layout::is_person_name(s)) return false;
    return !is_title(s) && !data::firm_table::builtin().find(s);
}

namespace {
// The verdicts on the names of one document that pass the name grammar: a
// speaker's label line comes back on every turn, and neither the grammar
// nor the title and firm tables need be asked again. Keys are views of the
// document's own text.
struct table_verdicts {
    mutable std::unordered_map<std::string_view, bool> known;
};
} // namespace

bool is_label_name(const layout::document& doc, std::string_view s) {
    s = text::trim(s);
    if (s.find(' ') == std::string_view::npos) return false;
    const std::less<const char*> before;
    const char* const end = doc.text.data() + doc.text.size();
    if (before(s.data(), doc.text.data()) || before(end, s.data() + s.size()))
        return layout::is_person_name(s) && !is_title(s) && !data::firm_table::builtin().find(s);
    // A name kept here passed the name grammar before: the label of every
    // turn of a speaker is parsed once.
    auto& known = doc.derived<table_verdicts>([] { return table_verdicts{}; }).known;
    if (const auto at = known.find(s); at != known.end()) return at->second;
    if (!layout::is_person_name(s)) return false;
    const bool verdict = !is_title(s) && !data::firm_table::builtin().find(s);
    known.emplace(s, verdict);
    return verdict;
}

void read_rosters(const layout::document& doc, const std::vector<heading>& heads, segment::draft& d,
                  std::vector<marker>& markers) {
    heading block = heading::none;
    std::size_t form = 0; // lines per entry, fixed by the block's first entry
    for (std::size_t i = 0; i < doc.size(); ++i) {
        if (doc.is_furniture(i) || doc.trimmed(i).empty()) continue;
        if (is_section(heads[i])) {
            block = heading::none;
            continue;
        }
        if (is_roster(heads[i])) {
            block = heads[i];
            form = 0;
            markers.push_back({i, marker::kind::skip, section_kind::preamble, {}, {}, 0, std::nullopt});
            continue;
        }
        if (block == heading::none) continue;
        segment::speaker who;
        std::size_t used = 1;
        // An entry of another form ends the block (Deutsche Bank: after the
        // "Name, Title" lines, "HENRIK VOSS" / "Slide 1 – …" is speech).
        if (!roster_entry(doc, i, who, used) || (form != 0 && used != form)) {
            block = heading::none;
            continue;
        }
        form = used;
        if (block == heading::company_roster) who.role = role::executive;
        else if (block == heading::analyst_roster) who.role = role::analyst;
        // Executives of the roster speak for the company: their "firm" is
        // the company itself, not a firm of analysts.
        if (who.role == role::executive && who.title.empty()) std::swap(who.title, who.firm);
        d.roster.push_back({who, {doc.span_of(i).begin, doc.span_of(i + used - 1).end}});
        for (std::size_t k = 0; k < used; ++k)
            markers.push_back({i + k, marker::kind::skip, section_kind::preamble, {}, {}, 0, std::nullopt});
        i += used - 1;
    }
}

void mark_closing(const layout::document& doc, segment::draft& d) {
    en::mark_closing(doc, d);
    if (std::any_of(d.sections.begin(), d.sections.end(), [](const section& s) { return s.kind == section_kind::closing; }))
        return;
    const std::size_t n = d.turns.size();
    for (std::size_t t = n > max_closing_turns ? n - max_closing_turns : 0; t < n; ++t) {
        const auto& turn = d.turns[t];
        if (turn.section != section_kind::qa || turn.who.role == role::analyst) continue;
        const std::size_t at = sign_off_at(text_of(doc, turn));
        if (at == std::string_view::npos) continue;
        if (at < sign_off_lead) close_from(d, t);
        else if (t + 1 < n) close_from(d, t + 1);
        return;
    }
}

void mark_handover_askers(const layout::document& doc, segment::draft& d) {
    constexpr std::size_t tail = 160;
    for (std::size_t t = 1; t < d.turns.size(); ++t) {
        segment::turn_draft& turn = d.turns[t];
        if (turn.section != section_kind::qa || turn.who.role != role::unknown) continue;
        const std::string_view before = text_of(doc, d.turns[t - 1]);
        const std::string_view end = before.substr(before.size() > tail ? before.size() - tail : 0);
        if (text::ifind(end, "next question") != std::string_view::npos) turn.who.role = role::analyst;
    }
}

void read_named_present(const layout::document& doc, segment::draft& d) {
    static constexpr std::string_view cues[] = {"also present today", "also with us today", "also joining us today",
                                                "also present on the call", "also on the call today"};
    const std::string_view all = doc.text;
    // Every cue opens with "also": one search for that finds where each cue
    // first stands.
    std::size_t first[std::size(cues)];
    std::fill(std::begin(first), std::end(first), std::string_view::npos);
    std::size_t missing = std::size(cues);
    for (std::size_t at = layout::find_ignoring_case(all, "also"); at != std::string_view::npos && missing > 0;
         at = layout::find_ignoring_case(all, "also", at + 1))
        for (std::size_t k = 0; k < std::size(cues); ++k)
            if (first[k] == std::string_view::npos && all.size() - at >= cues[k].size() &&
                text::iequals(all.substr(at, cues[k].size()), cues[k]))
                first[k] = at, --missing;
    for (std::size_t k = 0; k < std::size(cues); ++k) {
        const std::size_t at = first[k];
        if (at == std::string_view::npos) continue;
        const std::size_t colon = all.find(':', at);
        const std::size_t stop = all.find('.', at);
        if (colon == std::string_view::npos || colon > stop || colon - at > 120) continue;
        // The list runs to the sentence's end: items split at ';', each "Name, Title".
        std::size_t end = stop;
        while (end != std::string_view::npos && end + 1 < all.size() && all[end + 1] != ' ' && all[end + 1] != '\n')
            end = all.find('.', end + 1);
        if (end == std::string_view::npos) end = all.size();
        for (std::size_t b = colon + 1; b < end;) {
            std::size_t e = std::min(all.find(';', b), end);
            std::string_view item = text::trim(all.substr(b, e - b));
            b = e + 1;
            if (text::istarts_with(item, "and ")) item = text::trim(item.substr(4));
            const std::size_t comma = item.find(", ");
            if (comma == std::string_view::npos || !is_label_name(item.substr(0, comma))) continue;
            const std::size_t begin = static_cast<std::size_t>(item.data() - all.data());
            d.roster.push_back({{item.substr(0, comma), text::trim(item.substr(comma + 2)), {}, {}, role::executive},
                                {begin, begin + item.size()}});
        }
        return;
    }
}

bool followed_by_text(const layout::document& doc, std::size_t i) {
    for (std::size_t j = i + 1; j < doc.size() && j <= i + 4; ++j)
        if (!doc.is_furniture(j) && !doc.trimmed(j).empty()) return true;
    return false;
}

} // namespace ect::dialects::bank
