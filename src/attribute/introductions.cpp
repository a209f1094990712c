#include "attribute/introductions.hpp"

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

// A name hard-wrapped over two lines ("Mr. Rohan\nMehta from …") is checked as one line.
bool is_wrapped_name(std::string_view cand) {
    if (cand.find_first_of("\n\r") == std::string_view::npos)
        return cand.find(' ') != std::string_view::npos && layout::is_person_name(cand);
    std::string flat(cand);
    for (char& c : flat)
        if (c == '\n' || c == '\r') c = ' ';
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
    auto text_of = [&](std::size_t a, std::size_t b) {
        return strip_punct(s.substr(ws[a].begin, ws[b].end - ws[a].begin));
    };
    for (std::size_t k = 1; k + 1 < ws.size(); ++k) {
        const std::string_view conn = s.substr(ws[k].begin, ws[k].end - ws[k].begin);
        if (!is_connector(conn)) continue;
        // The name: up to four capitalised words right before the connector.
        std::size_t first = k;
        while (first > 0 && k - first < 4) {
            const std::string_view w = s.substr(ws[first - 1].begin, ws[first - 1].end - ws[first - 1].begin);
            if (!capitalised(w) || (first - 1 < k - 1 && ends_clause(w))) break;
            --first;
        }
        // Take the longest tail of those words that is a person's name.
        std::string_view name;
        for (std::size_t f = first; f < k && name.empty(); ++f) {
            const std::string_view cand = text_of(f, k - 1);
            if (is_wrapped_name(cand)) name = cand;
        }
        if (name.empty()) continue;
        // The firm: capitalised words (and glue) after the connector, to the clause end.
        std::size_t last = k + 1;
        if (!capitalised(s.substr(ws[last].begin, ws[last].end - ws[last].begin))) continue;
        while (last + 1 < ws.size() && !ends_clause(s.substr(ws[last].begin, ws[last].end - ws[last].begin))) {
            const std::string_view next = s.substr(ws[last + 1].begin, ws[last + 1].end - ws[last + 1].begin);
            const bool inner = firm_glue(next) || firm_kind_word(next);
            if (!capitalised(next) && !inner) break;
            if (inner && (last + 2 >= ws.size() || ends_clause(next) ||
                          !capitalised(s.substr(ws[last + 2].begin, ws[last + 2].end - ws[last + 2].begin))))
                break;
            ++last;
        }
        // "Dan Keller from Ridgeway Partners has": stop before trailing verbs (lowercase, already excluded).
        out.push_back({name, text_of(k + 1, last)});
        k = last;
    }
    return out;
}

} // namespace ect::attribute
