#include "layout/en_label.hpp"

#include "data/firm_table.hpp"
#include "layout/person_name_rules.hpp"
#include "layout/x3_primitives.hpp"
#include "text/honorific.hpp"
#include "text/utf8.hpp"

#include <array>
#include <iterator>
#include <utility>

namespace ect::layout {

namespace {

namespace x3 = boost::spirit::x3;
using namespace x3p;

// The rest of a capitalised word after its capital: name letters, and an
// apostrophe or hyphen wherever a letter follows it. The same as
// *(name_letter | ((char_("'-") | lit("’")) >> &name_letter)), in one loop:
// names are parsed on every label line, most of them in ASCII.
struct name_tail_parser : x3::parser<name_tail_parser> {
    using attribute_type = x3::unused_type;

    // A name letter at `pos`: moves `pos` past it.
    static bool letter_at(std::string_view s, std::size_t& pos) noexcept {
        if (pos >= s.size()) return false;
        if (static_cast<unsigned char>(s[pos]) < 0x80) {
            if (!text::is_ascii_alpha(static_cast<unsigned char>(s[pos]))) return false;
            ++pos;
            return true;
        }
        std::size_t at = pos;
        if (!is_name_letter_fn{}(text::next_code_point(s, at))) return false;
        pos = at;
        return true;
    }

    template <class It, class Ctx, class RCtx, class Attr>
    bool parse(It& first, It const& last, Ctx const&, RCtx&, Attr&) const {
        if (first == last) return true;
        const std::string_view rest(&*first, static_cast<std::size_t>(last - first));
        std::size_t pos = 0;
        while (pos < rest.size()) {
            if (letter_at(rest, pos)) continue;
            std::size_t joined = pos;
            if (rest[pos] == '\'' || rest[pos] == '-') joined += 1;
            else if (rest.substr(pos, 3) == "\xE2\x80\x99") joined += 3;
            else break;
            std::size_t probe = joined;
            if (!letter_at(rest, probe)) break;
            pos = joined;
        }
        first += static_cast<std::ptrdiff_t>(pos);
        return true;
    }
};
const name_tail_parser name_tail{};

using name_rules::gap;
using name_rules::initials;
using name_rules::particle;
using name_rules::ph;
using name_rules::suffix;

// A capitalised word: "Cook", "O'Brien", "Anne-Sophie", "McAllister", "ROSS", "TimCook".
const auto name_word = upper_letter >> name_tail;
// Each alternative below opens with its own bytes: '(' for `ph`, a capital
// for `initials` and `name_word`, a lower-case letter for `particle`, and
// J, S or I for `suffix`. The guards (&…) skip the literals that cannot match.
const auto token = (&x3::lit('(') >> ph) | initials | name_word | (&x3::char_("a-z") >> particle >> &x3::lit(' '));
const auto suffix_here = &x3::char_("JSI") >> suffix;
const auto person_name = token >> x3::repeat(0, 6)[(gap | x3::lit(", ") >> &suffix_here) >> (suffix_here | token)];

std::string_view view_of(const char* a, const char* b) { return {a, static_cast<std::size_t>(b - a)}; }

// The prose words grouped by their first byte: a name's first word is
// compared with the few that open as it does, not with the whole list.
struct prose_index {
    static constexpr std::size_t count = std::size(name_rules::prose_words);
    std::array<std::string_view, count> by_first{};
    std::array<unsigned char, 257> from{}; // words opening with byte b: by_first[from[b], from[b + 1])
};

constexpr prose_index make_prose_index() {
    prose_index x;
    std::size_t n = 0;
    for (std::size_t b = 0; b < 256; ++b) {
        x.from[b] = static_cast<unsigned char>(n);
        for (std::string_view w : name_rules::prose_words)
            if (static_cast<unsigned char>(w.front()) == b) x.by_first[n++] = w;
    }
    x.from[256] = static_cast<unsigned char>(n);
    return x;
}

// A name that opens with one of the prose words is speech ("Thank you: …").
bool looks_like_prose(std::string_view name) {
    static constexpr prose_index index = make_prose_index();
    const std::string_view first = name.substr(0, name.find(' '));
    if (first.empty()) return false;
    const auto b = static_cast<unsigned char>(first.front());
    for (std::size_t k = index.from[b]; k < index.from[b + 1]; ++k)
        if (first == index.by_first[k]) return true;
    return false;
}

// A title or firm after a name: capitalised, short, not a sentence.
// "Liam, how large is the backlog now?" is speech, not "Name, Firm".
bool is_label_part(std::string_view p) {
    if (p.empty() || p.size() > 100) return false;
    const auto first = static_cast<unsigned char>(p.front());
    if (!(text::is_ascii_upper(first) || text::is_digit(first) || first >= 0x80 || first == '(')) return false;
    if (p.find('?') != std::string_view::npos || p.find('!') != std::string_view::npos) return false;
    std::size_t words = 1;
    for (std::size_t i = 0; i + 1 < p.size(); ++i) {
        if (p[i] != ' ') continue;
        ++words;
        // A full stop inside ends a sentence unless it closes an abbreviation ("Co. LLC").
        if (i >= 1 && p[i - 1] == '.' && i >= 4 && p[i - 4] != ' ' && p[i - 3] != ' ' && p[i - 2] != ' ' &&
            p.substr(i - 4, 3).find('.') == std::string_view::npos)
            return false;
    }
    // So does a last word of four letters or more with a full stop after
    // it, unless it is a legal form ("Corp."): "Latin America, The Middle
    // East, and India." is a sentence that a wrapped line happens to start.
    if (p.back() == '.') {
        const std::size_t space = p.rfind(' ');
        const std::string_view last = p.substr(space == std::string_view::npos ? 0 : space + 1);
        if (last.size() >= 5 && last.substr(0, last.size() - 1).find('.') == std::string_view::npos &&
            !data::is_legal_form(last))
            return false;
    }
    return words <= 10;
}

// The operator words open with o, m, c or h in either case.
bool may_open_operator(char c) {
    const char l = static_cast<char>(c | 0x20);
    return l == 'o' || l == 'm' || l == 'c' || l == 'h';
}

// The text opens with one of the operator's words, in any case: the only
// way is_operator_name can hold for a prefix of it.
bool opens_with_operator_word(std::string_view s) {
    if (s.empty() || !may_open_operator(s.front())) return false;
    static constexpr std::string_view words[] = {"operator", "moderator", "coordinator", "conference operator", "host"};
    for (std::string_view w : words)
        if (s.size() >= w.size() && text::iequals(s.substr(0, w.size()), w)) return true;
    return false;
}

} // namespace

bool name_may_end_at_mark(std::string_view s) noexcept {
    // Per byte: 1 for the marks, 2 for a space, 0 for the rest; only the
    // marks and the word after a space need a look.
    static constexpr auto kinds = [] {
        std::array<unsigned char, 256> k{};
        for (const char m : {':', '(', ',', '-', '\xE2'}) k[static_cast<unsigned char>(m)] = 1;
        k[' '] = 2;
        return k;
    }();
    for (std::size_t k = 0; k < s.size(); ++k) {
        const unsigned char kind = kinds[static_cast<unsigned char>(s[k])];
        if (kind == 0) continue;
        if (kind == 1) return true;
        if (k + 1 == s.size()) break;
        const char next = s[k + 1];
        const auto b = static_cast<unsigned char>(next);
        if (kinds[b] != 1 && b > 0x20 && b < 0x80 && !may_open_name(next)) return false;
    }
    return true;
}

namespace {
// Out of line, so that is_person_name keeps its one call of the grammar.
[[gnu::noinline]] bool name_after_honorific(std::string_view s) {
    return is_person_name(text::without_honorific(s));
}
} // namespace

bool is_person_name(std::string_view s) {
    s = text::trim(s);
    if (s.empty() || s.size() > 64) return false;
    if (!may_open_name(s.front())) return false;
    // So does every word after it (a suffix after ", " too).
    for (std::size_t k = 1; k < s.size(); ++k)
        if (s[k - 1] == ' ' && s[k] != ' ' && !may_open_name(s[k])) return false;
    // "Dr. Lisa Su": the name after the honorific, asked only of what is no
    // name as written, so names pay nothing for it.
    return (!looks_like_prose(s) && matches_all(s, person_name)) ||
           (text::honorific_length(s) != 0 && name_after_honorific(s));
}

bool is_operator_word(std::string_view s) {
    s = text::trim(s);
    // From "host" to "conference operator".
    if (s.size() < 4 || s.size() > 19 || !may_open_operator(s.front())) return false;
    // The whole of `s` is one of the operator's words, in any case. No word
    // opens another, so a full comparison with each is the whole answer.
    static constexpr std::string_view words[] = {"operator", "moderator", "coordinator", "conference operator", "host"};
    for (std::string_view w : words)
        if (s.size() == w.size() && text::iequals(s, w)) return true;
    return false;
}

unnamed_role unnamed_speaker(std::string_view s) {
    s = text::trim(s);
    if (s.empty() || (s.front() | 0x20) != 'u') return unnamed_role::none;
    const std::size_t space = s.find(' ');
    if (space == std::string_view::npos || s.size() > 40) return unnamed_role::none;
    const std::string_view first = s.substr(0, space);
    if (!text::iequals(first, "unidentified") && !text::iequals(first, "unknown") && !text::iequals(first, "unnamed"))
        return unnamed_role::none;
    const std::string_view rest = text::trim(s.substr(space + 1));
    static constexpr std::pair<std::string_view, unnamed_role> who[] = {
        {"analyst", unnamed_role::analyst},
        {"executive", unnamed_role::executive},
        {"company representative", unnamed_role::executive},
        {"corporate participant", unnamed_role::executive},
        {"company speaker", unnamed_role::executive},
        {"speaker", unnamed_role::unknown},
        {"participant", unnamed_role::unknown},
        {"caller", unnamed_role::unknown},
        {"audience member", unnamed_role::unknown},
    };
    for (const auto& [words, role] : who)
        if (text::iequals(rest, words)) return role;
    return unnamed_role::none;
}

namespace {

// Where the label of a line would end: the first colon within a short
// prefix of `rest` (the line after its leading white space); npos when the
// line cannot hold one. The name opens the line: a person's name ending
// before the colon, a parenthesis or a comma, or the operator's words. Most
// lines of speech with a colon fail here, before any parse.
std::size_t label_colon(std::string_view rest) {
    const std::size_t colon = rest.substr(0, 120).find(':');
    if (colon == std::string_view::npos || colon == 0) return std::string_view::npos;
    if (!(may_open_name(rest.front()) && name_may_end_at_mark(rest.substr(0, colon + 1))) &&
        !opens_with_operator_word(rest) && unnamed_speaker(rest.substr(0, colon)) == unnamed_role::none)
        return std::string_view::npos;
    return colon;
}

// The name and qualifier of the label `rest` opens, its colon at `colon`
// (from label_colon): what lies before the colon decides them alone.
bool read_label_before_colon(std::string_view rest, std::size_t colon, inline_label& out) {
    std::string_view prefix = text::trim(rest.substr(0, colon));
    std::string_view qualifier;
    // "Name (Firm)": BNP Paribas analysts.
    if (!prefix.empty() && prefix.back() == ')') {
        const std::size_t open = prefix.rfind('(');
        if (open != std::string_view::npos && open > 0) {
            qualifier = text::trim(prefix.substr(open + 1, prefix.size() - open - 2));
            prefix = text::trim(prefix.substr(0, open));
        }
    }
    // "NAME, TITLE-OR-FIRM": HSBC.
    if (qualifier.empty()) {
        const std::size_t comma = prefix.find(", ");
        if (comma != std::string_view::npos && is_person_name(prefix.substr(0, comma))) {
            qualifier = text::trim(prefix.substr(comma + 1));
            prefix = prefix.substr(0, comma);
        }
    }
    if (!is_operator_name(prefix) && !is_person_name(prefix) && unnamed_speaker(prefix) == unnamed_role::none) return false;
    out.name = prefix;
    out.qualifier = qualifier;
    return true;
}

// Where the text after the label's colon starts, from the line's start.
std::size_t body_after(std::size_t lead, std::string_view rest, std::size_t colon) {
    return lead + colon + 1 + text::trim_left_bytes(rest.substr(colon + 1));
}

// Markdown bold around the label, "**Name**: text" or "**Name:** text":
// the label between the stars, colon left out, and where what follows the
// label starts in `rest`; npos for the latter when `rest` opens with none.
std::pair<std::string_view, std::size_t> bold_label(std::string_view rest) {
    constexpr std::size_t none = std::string_view::npos;
    if (rest.substr(0, 2) != "**") return {{}, none};
    const std::size_t close = rest.substr(0, 124).find("**", 2);
    if (close == none) return {{}, none};
    std::string_view inside = rest.substr(2, close - 2);
    std::size_t after = close + 2;
    if (!inside.empty() && inside.back() == ':') inside.remove_suffix(1);
    else if (after < rest.size() && rest[after] == ':') ++after;
    else return {{}, none};
    return {inside, after};
}

} // namespace

bool parse_inline_label(std::string_view line, inline_label& out) {
    const std::size_t lead = text::trim_left_bytes(line);
    const std::string_view rest = line.substr(lead);
    if (const auto [inside, after] = bold_label(rest); after != std::string_view::npos) {
        if (inside.empty() || !read_label_before_colon(inside, inside.size(), out)) return false;
        out.body = lead + after + text::trim_left_bytes(rest.substr(after));
        return true;
    }
    const std::size_t colon = label_colon(rest);
    if (colon == std::string_view::npos || !read_label_before_colon(rest, colon, out)) return false;
    out.body = body_after(lead, rest, colon);
    return true;
}

bool inline_label_memo::parse(std::string_view line, inline_label& out) {
    const std::size_t lead = text::trim_left_bytes(line);
    const std::string_view rest = line.substr(lead);
    // The colon, and a first byte that can open a name or the operator's
    // words; label_colon's other tests, like the parse, read only the text
    // before the colon, and are made once for each such text.
    if (rest.substr(0, 2) == "**") return parse_inline_label(line, out); // markdown bold: rare, not kept
    const std::size_t colon = rest.substr(0, 120).find(':');
    if (colon == std::string_view::npos || colon == 0 ||
        !(may_open_name(rest.front()) || may_open_operator(rest.front())))
        return false;
    const std::string_view before = rest.substr(0, colon);
    auto [at, fresh] = by_text_.try_emplace(before);
    answer& a = at->second;
    if (fresh) {
        inline_label got;
        a.found = label_colon(rest) == colon && read_label_before_colon(rest, colon, got);
        if (a.found) {
            // Both are views of `before`, shorter than 120 bytes.
            a.name_at = static_cast<std::uint8_t>(got.name.data() - rest.data());
            a.name_size = static_cast<std::uint8_t>(got.name.size());
            a.qualifier_size = static_cast<std::uint8_t>(got.qualifier.size());
            if (!got.qualifier.empty()) a.qualifier_at = static_cast<std::uint8_t>(got.qualifier.data() - rest.data());
        }
    }
    if (!a.found) return false;
    out.name = rest.substr(a.name_at, a.name_size);
    out.qualifier = a.qualifier_size == 0 ? std::string_view{} : rest.substr(a.qualifier_at, a.qualifier_size);
    out.body = body_after(lead, rest, colon);
    return true;
}

bool parse_label_line(std::string_view line, label_line& out) {
    const std::string_view s = text::trim(line);
    if (s.empty() || s.size() > 160) return false;
    // Whatever the form, the line opens with the name.
    if (!may_open_name(s.front()) && !may_open_operator(s.front())) return false;
    // The name ends at a separator (a dash or a comma) or with the line.
    const bool unnamed = unnamed_speaker(s) != unnamed_role::none;
    if (!(may_open_name(s.front()) && name_may_end_at_mark(s)) && !opens_with_operator_word(s) && !unnamed) return false;
    label_line got;
    if (is_operator_name(s) || is_person_name(s) || unnamed) {
        got.name = s;
        out = std::move(got);
        return true;
    }
    // Split at dashes surrounded by spaces (" - ", " -- ", " – ", " — ") or at "--",
    // else at a comma: a line with neither is no label.
    const bool dashes = s.find('-') != std::string_view::npos || s.find('\xE2') != std::string_view::npos;
    if (!dashes && s.find(", ") == std::string_view::npos) return false;
    // The name and at most three parts: a line that splits into more is no
    // label, and is given up as soon as it does.
    std::array<std::string_view, 4> parts;
    std::size_t count = 0;
    const char* first = s.data();
    const char* const last = s.data() + s.size();
    const char* start = first;
    char sep = 0;
    while (dashes && first != last) {
        const char* at = first;
        // A separator starts with a space or a dash ('-', or 0xE2 of an en or em dash).
        if (*at != ' ' && *at != '-' && *at != '\xE2') {
            first = at + 1;
            continue;
        }
        if (x3::parse(first, last, *x3::lit(' ') >> dash >> *x3::lit(' ')) && (first - at > 1 || *at == '-')) {
            const std::string_view piece = view_of(start, at);
            // A hyphen inside a word ("Anne-Sophie") is not a separator.
            const bool spaced = (at > s.data() && at[0] == ' ') || (first - at >= 2 && first[-1] == ' ') ||
                                view_of(at, first).find("--") != std::string_view::npos;
            if (spaced) {
                if (count == parts.size() - 1) return false; // the last part would make five
                parts[count++] = text::trim(piece);
                start = first;
                sep = '-';
                continue;
            }
        }
        first = at + 1;
    }
    if (sep == 0) {
        // "Name, Firm": Barclays and UBS analysts.
        const std::size_t comma = s.find(", ");
        if (comma == std::string_view::npos) return false;
        parts[count++] = s.substr(0, comma);
        start = s.data() + comma + 2;
        sep = ',';
    }
    parts[count++] = text::trim(view_of(start, last));
    if (count < 2) return false;
    if (!is_operator_name(parts[0]) && !is_person_name(parts[0])) return false;
    for (std::size_t k = 1; k < count; ++k)
        if (!is_label_part(parts[k])) return false;
    got.name = parts[0];
    got.parts.assign(parts.begin() + 1, parts.begin() + static_cast<std::ptrdiff_t>(count));
    got.separator = sep;
    out = std::move(got);
    return true;
}

} // namespace ect::layout
