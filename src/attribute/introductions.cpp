#include "attribute/introductions.hpp"

#include "data/firm_table.hpp"
#include "layout/en_label.hpp"
#include "text/utf8.hpp"

#include <array>
#include <string>

namespace ect::attribute {

namespace {

struct word {
    std::size_t begin, end;
};

// The words of `s`, into `out` (cleared first).
void words_of(std::string_view s, std::vector<word>& out) {
    static constexpr auto blank = [] {
        std::array<bool, 256> t{};
        t[' '] = t['\n'] = t['\r'] = t['\t'] = true;
        return t;
    }();
    auto is_blank = [&](std::size_t i) { return blank[static_cast<unsigned char>(s[i])]; };
    out.clear();
    std::size_t i = 0;
    while (i < s.size()) {
        while (i < s.size() && is_blank(i)) ++i;
        const std::size_t b = i;
        while (i < s.size() && !is_blank(i)) ++i;
        if (i > b) out.push_back({b, i});
    }
}

bool capitalised(std::string_view w) {
    return !w.empty() && (text::is_ascii_upper(static_cast<unsigned char>(w[0])) || static_cast<unsigned char>(w[0]) >= 0xC3);
}

std::string_view strip_punct(std::string_view w) {
    while (!w.empty() && (w.back() == ',' || w.back() == '.' || w.back() == ';' || w.back() == ':' || w.back() == ')' ||
                          w.back() == '?'))
        w.remove_suffix(1);
    return w;
}

bool ends_clause(std::string_view w) {
    const char c = w.back();
    return c == ',' || c == '.' || c == ';' || c == ':' || c == '?' || c == ')';
}

// "form": a typo for "from" that Indian concall transcripts carry ("Rohan Mehta form Tealwood Capital").
bool is_connector(std::string_view w) {
    switch (w.size()) { // most words have neither length
    case 2:
        return w == "of" || w == "at";
    case 4:
        return w == "with" || w == "from" || w == "form";
    default:
        return false;
    }
}

// Initials: "R.", "J.P." — capitals each closed by a full stop. They stand
// inside a name or a firm and end no clause.
bool is_initials(std::string_view w) {
    if (w.size() < 2 || w.size() % 2 != 0) return false;
    for (std::size_t i = 0; i < w.size(); i += 2)
        if (!text::is_ascii_upper(static_cast<unsigned char>(w[i])) || w[i + 1] != '.') return false;
    return true;
}

// A legal form shortened with a full stop: "Ltd.", "Pvt.", "Co.", "S.A.";
// not "Limited." at a sentence's end.
bool is_short_legal_form(std::string_view w) {
    if (w.size() < 2 || w.back() != '.' || !data::is_legal_form(w)) return false;
    if (w.substr(0, w.size() - 1).find('.') != std::string_view::npos) return true;
    if (w.size() > 5) return false;
    for (std::size_t i = 1; i + 1 < w.size(); ++i)
        if (!text::is_ascii_lower(static_cast<unsigned char>(w[i]))) return false;
    return true;
}

// A full stop that closes an abbreviation inside a name or firm rather than
// the sentence: initials, and the legal forms that more of the firm's name
// follows ("Pvt. Ltd.", "& Co. International").
bool runs_on(std::string_view w, std::string_view next) {
    if (w.back() != '.' || !capitalised(next)) return false;
    if (is_initials(w)) return true;
    if (!is_short_legal_form(w)) return false;
    const std::string_view bare = strip_punct(next);
    return data::is_legal_form(bare) || text::iequals(bare, "international");
}

// A name hard-wrapped over two lines ("Mr. Rohan\nMehta from …", the next
// line perhaps indented with a tab) is checked as one line.
bool is_wrapped_name(std::string_view cand) {
    if (cand.find_first_of("\n\r\t") == std::string_view::npos)
        return cand.find(' ') != std::string_view::npos && layout::is_person_name(cand);
    std::string flat(cand);
    for (char& c : flat)
        if (c == '\n' || c == '\r' || c == '\t') c = ' ';
    return flat.find(' ') != std::string::npos && layout::is_person_name(flat);
}

// Lowercase words allowed inside a firm name: "Needham and Company", "Bank of America".
bool firm_glue(std::string_view w) { return w == "and" || w == "&" || w == "of" || w == "de" || w == "du" || w == "la"; }

// Words that name a kind of firm, which a transcript sometimes writes in
// lowercase inside the name ("Lucky investment Managers"); inside a firm
// name only when a capitalised word follows.
bool firm_kind_word(std::string_view w) {
    static constexpr std::string_view kinds[] = {
        "investment", "investments", "capital", "securities", "asset", "assets", "wealth", "financial",
        "advisors",   "advisers",    "advisory", "management", "partners", "research", "fund", "funds",
        "equity",     "equities",    "broking", "brokers", "stock", "global", "ventures", "holdings", "markets"};
    for (const std::string_view k : kinds)
        if (w == k) return true;
    return false;
}

} // namespace

std::vector<introduced> find_introductions(std::string_view s) {
    std::vector<introduced> out;
    // Kept between calls: a transcript has an operator turn per question.
    thread_local std::vector<word> ws;
    words_of(s, ws);
    auto word_at = [&](std::size_t i) { return s.substr(ws[i].begin, ws[i].end - ws[i].begin); };
    auto text_of = [&](std::size_t a, std::size_t b) {
        return strip_punct(s.substr(ws[a].begin, ws[b].end - ws[a].begin));
    };
    for (std::size_t k = 1; k + 1 < ws.size(); ++k) {
        const std::string_view conn = s.substr(ws[k].begin, ws[k].end - ws[k].begin);
        if (!is_connector(conn)) continue;
        // The name: up to four capitalised words right before the connector.
        std::size_t first = k;
        while (first > 0 && k - first < 4) {
            const std::string_view w = word_at(first - 1);
            if (!capitalised(w) || (first - 1 < k - 1 && ends_clause(w) && !is_initials(w))) break;
            --first;
        }
        // Take the longest tail of those words that is a person's name.
        std::string_view name;
        for (std::size_t f = first; f < k && name.empty(); ++f) {
            const std::string_view cand = text_of(f, k - 1);
            if (is_wrapped_name(cand)) name = cand;
        }
        // "from the line of Amit from Quest …": the given name alone, in the
        // moderator's set phrase (Indian concalls).
        if (name.empty() && first + 1 == k && k >= 3 && word_at(k - 2) == "of" && word_at(k - 3) == "line" &&
            !ends_clause(word_at(k - 1)) && layout::is_person_name(word_at(k - 1)))
            name = word_at(k - 1);
        if (name.empty()) continue;
        // The firm: capitalised words (and glue) after the connector, to the clause end.
        std::size_t last = k + 1;
        if (!capitalised(word_at(last))) continue;
        while (last + 1 < ws.size() && (!ends_clause(word_at(last)) || runs_on(word_at(last), word_at(last + 1)))) {
            const std::string_view next = word_at(last + 1);
            const bool inner = firm_glue(next) || firm_kind_word(next);
            if (!capitalised(next) && !inner) break;
            if (inner && (last + 2 >= ws.size() || ends_clause(next) ||
                          !capitalised(s.substr(ws[last + 2].begin, ws[last + 2].end - ws[last + 2].begin))))
                break;
            ++last;
        }
        // "Dan Keller from Ridgeway Partners has": stop before trailing verbs (lowercase, already excluded).
        // "Dolat Capital Market Pvt. Ltd.": the full stop of a legal form or
        // of initials belongs to the firm.
        std::string_view firm = text_of(k + 1, last);
        const std::string_view tail = word_at(last);
        const auto stop = static_cast<std::size_t>(firm.data() + firm.size() - tail.data());
        if (stop < tail.size() && tail[stop] == '.' &&
            (is_short_legal_form(tail.substr(0, stop + 1)) || is_initials(tail.substr(0, stop + 1))))
            firm = std::string_view(firm.data(), firm.size() + 1);
        out.push_back({name, firm});
        k = last;
    }
    return out;
}

} // namespace ect::attribute
