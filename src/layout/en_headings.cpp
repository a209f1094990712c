#include "layout/en_headings.hpp"

#include "layout/x3_primitives.hpp"
#include "text/utf8.hpp"

#include <array>

namespace ect::layout {

namespace {

namespace x3 = boost::spirit::x3;

// A heading word or phrase, case-insensitive. A space in the phrase matches
// any run of spaces, none included: TD's letter-spaced PDF headings
// ("C O R P O R A T E P A R T I C I P A N T S") collapse to one run of
// letters with the word breaks lost.
struct phrase_parser : x3::parser<phrase_parser> {
    static constexpr char lower(char c) noexcept { return c >= 'A' && c <= 'Z' ? static_cast<char>(c | 0x20) : c; }
    using attribute_type = x3::unused_type;
    [[maybe_unused]] static bool const has_attribute = false;
    const char* phrase;
    constexpr explicit phrase_parser(const char* p) : phrase(p) {}

    template <class It, class Ctx, class RCtx, class Attr>
    bool parse(It& first, It const& last, Ctx const&, RCtx&, Attr&) const {
        It at = first;
        for (const char* p = phrase; *p; ++p) {
            if (*p == ' ') {
                while (at != last && *at == ' ') ++at;
                continue;
            }
            if (at == last || lower(*at) != lower(*p)) return false;
            ++at;
        }
        first = at;
        return true;
    }
};

const auto and_ = x3::no_case[x3::lit("and")] | x3::lit('&');
const auto w = [](const char* s) { return phrase_parser(s); };

// "Analyst Q&A" (UBS): the Q&A named after who asks.
const auto qa_heading =
    -(w("analyst") >> -w("s") >> x3::lit(' ')) >>
    ((w("question") >> -w("s") >> -x3::lit(' ') >> -x3::lit('-') >> -x3::lit(' ') >> and_ >> -x3::lit(' ') >>
     -x3::lit('-') >> -x3::lit(' ') >> w("answer") >> -w("s") >>
     -(x3::lit(' ') >> (w("session") | w("section") | w("period") | w("portion")))) |
    (w("q&a") >> -(x3::lit(' ') >> (w("session") | w("section") | w("transcript")))) |
    (w("q & a") >> -(x3::lit(' ') >> w("session"))) | w("questions from analysts"));
const auto presentation_heading = w("prepared remarks") | w("presentation") | w("management discussion section") |
                                  w("management presentation") | w("opening remarks") | w("transcript");
const auto closing_heading = w("closing remarks") | w("concluding remarks") | w("closing comments");
const auto company_roster = w("corporate participants") | w("company participants") | w("executives") |
                            w("company representatives") | w("management") | w("speakers") |
                            w("company speakers") | w("host") | w("presenters");
const auto analyst_roster = w("conference call participants") | w("conference call participiants") |
                            w("analysts") | w("other participants") | w("call participants from the investment community");
const auto all_roster = w("call participants") | w("participants");

template <class P>
bool is(std::string_view s, P const& p) {
    return x3p::matches_all(s, p);
}

// Strip markdown and punctuation decoration: "### Q&A", "**Prepared Remarks:**".
std::string_view undecorate(std::string_view s) {
    s = text::trim(s);
    while (!s.empty() && (s.front() == '#' || s.front() == '*' || s.front() == '_' || s.front() == ' ')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == '*' || s.back() == '_' || s.back() == ':' || s.back() == ' ' || s.back() == '.'))
        s.remove_suffix(1);
    return s;
}

// A section heading may name who speaks in it: "Analyst Q&A (CEO and
// CFO)" (UBS). The parenthesis is dropped when what stands before it is a
// section heading.
std::string_view without_speakers(std::string_view s) {
    if (s.size() < 3 || s.back() != ')') return s;
    const std::size_t open = s.rfind('(');
    if (open == std::string_view::npos || open == 0 || s.find(')') != s.size() - 1) return s;
    return text::trim(s.substr(0, open));
}

// Whether a heading phrase can start with `a` then `b` (any case): the
// first two characters of each phrase of the parsers above.
bool starts_a_phrase(char a, char b) noexcept {
    // qu q& pr pa ma op ot tr cl co ca ex sp ho an
    const char y = phrase_parser::lower(b);
    switch (phrase_parser::lower(a)) {
    case 'q': return y == 'u' || y == '&';
    case 'p': return y == 'r' || y == 'a';
    case 'm': return y == 'a';
    case 'o': return y == 'p' || y == 't';
    case 't': return y == 'r';
    case 'c': return y == 'l' || y == 'o' || y == 'a';
    case 'e': return y == 'x';
    case 's': return y == 'p';
    case 'h': return y == 'o';
    case 'a': return y == 'n';
    default: return false;
    }
}

} // namespace

bool may_be_heading(std::string_view trimmed) noexcept {
    // The decoration undecorate strips from the front.
    std::size_t k = 0;
    while (k < trimmed.size() && (trimmed[k] == '#' || trimmed[k] == '*' || trimmed[k] == '_' || trimmed[k] == ' '))
        ++k;
    // One character or none is no phrase. A space second is "Q & A" or
    // letter spacing, judged by the first letter alone. Any other second
    // character is the one classify_heading pairs with the first, or is
    // stripped from the end and leaves a single character.
    if (k + 1 >= trimmed.size()) return false;
    const char first = trimmed[k], second = trimmed[k + 1];
    if (second != ' ') return starts_a_phrase(first, second);
    switch (first | 0x20) {
    case 'a': case 'c': case 'e': case 'h': case 'm': case 'o': case 'p': case 'q': case 's': case 't': return true;
    default: return false;
    }
}

std::string collapse_letter_spacing(std::string_view s) {
    // Letter-spaced when most tokens are single letters.
    std::size_t singles = 0, tokens = 0;
    for (std::size_t i = 0; i < s.size();) {
        while (i < s.size() && s[i] == ' ') ++i;
        const std::size_t b = i;
        while (i < s.size() && s[i] != ' ') ++i;
        if (i > b) ++tokens, singles += i - b == 1;
    }
    if (tokens < 4 || singles * 10 < tokens * 8) return std::string(s);
    // Single spaces join letters; runs of two or more separate words.
    std::string out;
    for (std::size_t i = 0; i < s.size();) {
        if (s[i] != ' ') {
            out.push_back(s[i++]);
            continue;
        }
        std::size_t j = i;
        while (j < s.size() && s[j] == ' ') ++j;
        if (j - i >= 2 && !out.empty()) out.push_back(' ');
        i = j;
    }
    return out;
}

heading classify_heading(std::string_view line) {
    std::string_view s = undecorate(line);
    if (s.empty() || s.size() > 90) return heading::none;
    if (const std::string_view bare = without_speakers(s); bare.size() != s.size()) {
        const heading h = classify_heading(bare);
        const bool section = h == heading::presentation || h == heading::qa || h == heading::closing;
        return section ? h : heading::none;
    }
    // Every heading phrase starts with one of these letters.
    switch (s.front() | 0x20) {
    case 'a': case 'c': case 'e': case 'h': case 'm': case 'o': case 'p': case 'q': case 's': case 't': break;
    default: return heading::none;
    }
    // A line that opens in lower case and ends with a full stop is the tail
    // of a wrapped sentence ("… we'll open the call to\nquestions from
    // analysts."), however much it reads as a heading.
    if (text::is_ascii_lower(static_cast<unsigned char>(s.front())) && text::trim(line).ends_with('.'))
        return heading::none;
    // The first two letters of every phrase above: most lines of speech
    // start with another pair and are rejected before the scan below. A
    // space second ("Q & A", letter spacing) takes the full path.
    if (s.size() >= 2 && s[1] != ' ' && !starts_a_phrase(s[0], s[1])) return heading::none;
    // Every heading is written in letters, spaces, '&' and '-': a digit or
    // punctuation mark inside says it is text.
    static constexpr auto heading_byte = [] {
        std::array<bool, 256> ok{};
        for (int c = 'A'; c <= 'Z'; ++c) ok[static_cast<std::size_t>(c)] = ok[static_cast<std::size_t>(c | 0x20)] = true;
        ok[' '] = ok['&'] = ok['-'] = true;
        return ok;
    }();
    for (const char c : s)
        if (!heading_byte[static_cast<unsigned char>(c)]) return heading::none;
    std::string collapsed;
    if (s.find(' ') != std::string_view::npos && s.size() > 6 && s[1] == ' ') {
        collapsed = collapse_letter_spacing(s);
        s = collapsed;
    }
    // Each phrase takes at least three characters; the parsers are tried
    // only where one of their phrases starts with the first two letters.
    if (s.size() < 3) return heading::none;
    const char a = phrase_parser::lower(s[0]), b = phrase_parser::lower(s[1]);
    auto opens = [&](std::string_view pairs) {
        for (std::size_t k = 0; k + 1 < pairs.size(); k += 2)
            if (pairs[k] == a && (pairs[k + 1] == '*' || pairs[k + 1] == b)) return true;
        return false;
    };
    if ((opens("q*") || opens("an")) && is(s, qa_heading)) return heading::qa;
    if (opens("prmaoptr") && is(s, presentation_heading)) return heading::presentation;
    if (opens("clco") && is(s, closing_heading)) return heading::closing;
    if (opens("coanotca") && is(s, analyst_roster)) return heading::analyst_roster;
    if (opens("coexmasphopr") && is(s, company_roster)) return heading::company_roster;
    if (opens("capa") && is(s, all_roster)) return heading::participants;
    return heading::none;
}

} // namespace ect::layout
