#include "attribute/periods.hpp"

#include "layout/x3_primitives.hpp"
#include "text/utf8.hpp"

#include <boost/fusion/include/at_c.hpp>
#include <boost/fusion/include/vector.hpp>

#include <string>

namespace ect::attribute {

namespace {

namespace x3 = boost::spirit::x3;

// The byte at `i` in lower case, NUL past the end.
char lower_at(std::string_view s, std::size_t i) { return i < s.size() ? text::ascii_lower(s[i]) : '\0'; }

struct symbols_init {
    x3::symbols<int> months, ordinals, zh_numbers;
    symbols_init() {
        const char* names[] = {"january", "february", "march", "april", "may", "june", "july", "august",
                               "september", "october", "november", "december"};
        const char* shorts[] = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
        for (int i = 0; i < 12; ++i) {
            months.add(names[i], i + 1);
            months.add(shorts[i], i + 1);
        }
        months.add("sept", 9);
        const char* ords[] = {"first", "second", "third", "fourth"};
        for (int i = 0; i < 4; ++i) ordinals.add(ords[i], i + 1);
        for (int i = 0; i < 4; ++i) ordinals.add(std::to_string(i + 1) + (i == 0 ? "st" : i == 1 ? "nd" : i == 2 ? "rd" : "th"), i + 1);
        const char* zh[] = {"一", "二", "三", "四"};
        for (int i = 0; i < 4; ++i) zh_numbers.add(zh[i], i + 1);
        for (int i = 0; i < 4; ++i) zh_numbers.add(std::to_string(i + 1), i + 1);
    }
};

const symbols_init& sym() {
    static const symbols_init s;
    return s;
}

int full_year(unsigned y) { return y < 100 ? 2000 + static_cast<int>(y) : static_cast<int>(y); }

template <class P, class A>
std::size_t parse_at(std::string_view s, P const& p, A& attr) {
    const char* first = s.data();
    const char* const last = s.data() + s.size();
    if (!x3::parse(first, last, p, attr)) return 0;
    return static_cast<std::size_t>(first - s.data());
}

std::size_t leading_digits(std::string_view s) {
    std::size_t n = 0;
    while (n < s.size() && text::is_digit(static_cast<unsigned char>(s[n]))) ++n;
    return n;
}

bool holds_at(std::string_view s, std::size_t at, std::string_view what) {
    return s.substr(std::min(at, s.size()), what.size()) == what;
}

// A fiscal year written as the two calendar years it spans, "FY2024-25",
// "FY 2024–25", "FY24-25", "FY2024-2025": `s` starts after the first year.
// The year is named by the one it ends in, as "FY25" is, so `year` becomes
// the second; returns the bytes of "-25", or 0 when `s` does not go on with
// the next year.
std::size_t next_year_suffix(std::string_view s, int& year) {
    std::size_t dash = 0;
    if (!s.empty() && (s[0] == '-' || s[0] == '/')) dash = 1;
    else if (s.starts_with("\xE2\x80\x93")) dash = 3; // –
    if (dash == 0) return 0;
    const std::size_t digits = leading_digits(s.substr(dash));
    if (digits != 2 && digits != 4) return 0;
    int next = 0;
    for (std::size_t k = dash; k < dash + digits; ++k) next = next * 10 + (s[k] - '0');
    if (next != (digits == 2 ? (year + 1) % 100 : year + 1)) return 0;
    ++year;
    return dash + digits;
}

// The period of a quarter and the year written before `s[n]`, read on to
// the second year of a fiscal year that spans two ("Q3 FY2024-25").
period_match quarter_of_year(std::string_view s, std::size_t n, unsigned written_year, int quarter) {
    int year = full_year(written_year);
    n += next_year_suffix(s.substr(n), year);
    return {year, quarter, n};
}

} // namespace

// Cheap tests of the first bytes that every form period_at and date_at read
// starts with, so that the parsers run at few positions of the head.
// period_at: Q1 …, 1Q …, 1st …, 2025年 …, or a word: first, fourth, fiscal,
// fy, second, third.
bool may_start_period(std::string_view s) {
    const char a = lower_at(s, 0), b = lower_at(s, 1), c = lower_at(s, 2);
    if (text::is_digit(static_cast<unsigned char>(a)))
        return b == 'q' || (b == 's' && c == 't') || (b == 'n' && c == 'd') || (b == 'r' && c == 'd') ||
               (b == 't' && c == 'h') || (leading_digits(s) >= 4 && holds_at(s, 4, "年"));
    return a == 'q' || (a == 'f' && (b == 'i' || b == 'o' || b == 'y' || b == 'q')) || (a == 's' && b == 'e') ||
           (a == 't' && b == 'h');
}

namespace {

// The three letters every spelling of a month starts with, any case.
bool may_start_month(std::string_view s) {
    const char a = lower_at(s, 0), b = lower_at(s, 1), c = lower_at(s, 2);
    switch (a) {
    case 'j': return (b == 'a' && c == 'n') || (b == 'u' && (c == 'n' || c == 'l'));
    case 'f': return b == 'e' && c == 'b';
    case 'm': return b == 'a' && (c == 'r' || c == 'y');
    case 'a': return (b == 'p' && c == 'r') || (b == 'u' && c == 'g');
    case 's': return b == 'e' && c == 'p';
    case 'o': return b == 'c' && c == 't';
    case 'n': return b == 'o' && c == 'v';
    case 'd': return b == 'e' && c == 'c';
    default: return false;
    }
}

} // namespace

// date_at: 2025-08-21, 2024年…, one or two digits before a month (12 April,
// 12th April, 25-Oct, 8月: the day, an ordinal suffix as written, spaces or
// a dash, then the start of a month), or the start of a month.
bool may_start_date(std::string_view s) {
    if (!text::is_digit(static_cast<unsigned char>(lower_at(s, 0)))) return may_start_month(s);
    const std::size_t digits = leading_digits(s);
    // A third digit ends every day-first form (the day has one or two).
    if (digits >= 3)
        return digits >= 4 && (holds_at(s, 4, "-") || holds_at(s, 4, "/") || holds_at(s, 4, ".") || holds_at(s, 4, "年"));
    std::size_t at = digits;
    const char next = at < s.size() ? s[at] : '\0';
    if (next != ' ' && next != '-' && !text::is_ascii_alpha(static_cast<unsigned char>(next))) return holds_at(s, at, "月");
    for (std::string_view suffix : {"st", "nd", "rd", "th"})
        if (holds_at(s, at, suffix)) {
            at += 2;
            break;
        }
    if (holds_at(s, at, "-")) ++at;
    else
        while (at < s.size() && s[at] == ' ') ++at;
    return may_start_month(s.substr(at));
}

period_match period_at(std::string_view s) {
    const auto& y = x3::uint_parser<unsigned, 10, 2, 4>{};
    const auto sp = *x3::lit(' ');
    const auto fy = x3::no_case[x3::lit("fiscal year") | x3::lit("fiscal") | x3::lit("fy")];
    const auto quarter_word = x3::no_case[x3::lit("quarter")];
    period_match m;
    // Each form is tried only where its first byte can start it.
    const char first = s.empty() ? '\0' : s.front();
    const bool digit = text::is_digit(static_cast<unsigned char>(first)), q = first == 'q' || first == 'Q';
    const bool fq = (first == 'f' || first == 'F') && lower_at(s, 1) == 'q';
    // Q1 2018 / Q2 FY22 / Q3 FY 2024 / Q4 fiscal 2025 / FQ2 2023 (S&P Capital IQ: fiscal quarter);
    // Indian titles join the quarter to the year or the part of it to date:
    // Q4 & FY24, Q2 & H1 FY25, Q3 and 9M FY25 (a fiscal year must follow).
    if (q || fq) {
        boost::fusion::vector<unsigned, unsigned> a;
        const auto to_date = x3::no_case[x3::lit("h1") | x3::lit("h2") | x3::lit("9m")] >> sp;
        const auto joined = (x3::lit('&') | x3::no_case[x3::lit("and")]) >> sp >> -to_date >> &fy;
        const auto p = -x3::no_case[x3::lit('f')] >> x3::no_case[x3::lit('q')] >> x3::uint_parser<unsigned, 10, 1, 1>{} >>
                       sp >> -joined >> -x3::lit("'") >> -(fy >> sp) >> y;
        if (std::size_t n = parse_at(s, p, a))
            return quarter_of_year(s, n, boost::fusion::at_c<1>(a), static_cast<int>(boost::fusion::at_c<0>(a)));
    }
    // 1Q24 / 1Q 2024 / 3Q FY24
    if (digit) {
        boost::fusion::vector<unsigned, unsigned> a;
        const auto p = x3::uint_parser<unsigned, 10, 1, 1>{} >> x3::no_case[x3::lit('q')] >> sp >> -(fy >> sp) >> y;
        if (std::size_t n = parse_at(s, p, a))
            return quarter_of_year(s, n, boost::fusion::at_c<1>(a), static_cast<int>(boost::fusion::at_c<0>(a)));
    }
    // First Quarter 2024 / first quarter of fiscal year 2025 / Fourth Quarter Fiscal Year 2025
    if (!q) {
        boost::fusion::vector<int, unsigned> a;
        const auto p = x3::no_case[sym().ordinals] >> sp >> quarter_word >> sp >> -(x3::no_case[x3::lit("of")] >> sp) >>
                       -(x3::no_case[x3::lit("the")] >> sp) >> -(fy >> sp) >> y;
        if (std::size_t n = parse_at(s, p, a))
            return quarter_of_year(s, n, boost::fusion::at_c<1>(a), boost::fusion::at_c<0>(a));
    }
    // The fiscal year first, then the quarter: Fiscal Year 2025 Fourth
    // Quarter, FY2025 Q4, FY25 Q4, FY2024 1Q (as Japanese titles write it),
    // and as Indian titles also write it, the two years the fiscal year
    // spans: FY2024-25 Q4 is Q4 FY2024-25.
    if (!q && !digit) {
        unsigned written = 0;
        if (std::size_t n = parse_at(s, fy >> sp >> y, written)) {
            int year = full_year(written);
            n += next_year_suffix(s.substr(n), year);
            int quarter = 0;
            const auto p = sp >> ((x3::no_case[sym().ordinals] >> sp >> quarter_word) |
                                  (x3::no_case[x3::lit('q')] >> x3::uint_parser<int, 10, 1, 1>{}) |
                                  (x3::uint_parser<int, 10, 1, 1>{} >> x3::no_case[x3::lit('q')]));
            if (std::size_t m = parse_at(s.substr(n), p, quarter)) return {year, quarter, n + m};
        }
    }
    // 2025年第二季度 / 2024年二季度 / 2024年Q2
    if (digit) {
        boost::fusion::vector<unsigned, int> a;
        const auto p = x3::uint_parser<unsigned, 10, 4, 4>{} >> x3::lit("年") >> -x3::lit("第") >>
                       // "2026年4月" is a date: a bare number needs 季度 after it
                       ((sym().zh_numbers >> (x3::lit("季度") | x3::lit("季"))) |
                        (x3::no_case[x3::lit('q')] >> x3::uint_parser<int, 10, 1, 1>{} >> -x3::lit("季度")));
        if (std::size_t n = parse_at(s, p, a)) return {static_cast<int>(boost::fusion::at_c<0>(a)), boost::fusion::at_c<1>(a), n};
    }
    return m;
}

// A year's or half year's results, no quarter: "Full Year 2018", "Half-year
// Results 2025", "Annual Results 2024", "Interim Results 2025". Read only
// where no quarter is named: "full year 2025" also opens guidance in a
// quarter's call.
period_match year_period_at(std::string_view s) {
    // Full, Half, Annual, Interim: most words fail on their first three letters.
    const char a = lower_at(s, 0), b = lower_at(s, 1), c = lower_at(s, 2);
    if (!((a == 'f' && b == 'u' && c == 'l') || (a == 'h' && b == 'a' && c == 'l') || (a == 'a' && b == 'n' && c == 'n') ||
          (a == 'i' && b == 'n' && c == 't')))
        return {};
    const auto sp = *x3::lit(' ');
    const auto results = x3::no_case[x3::lit("results") | x3::lit("earnings")];
    const auto p = x3::no_case[((x3::lit("full") | x3::lit("half")) >> (x3::lit('-') | +x3::lit(' ')) >> x3::lit("year") >>
                                sp >> -(results >> sp)) |
                               ((x3::lit("annual") | x3::lit("interim")) >> +x3::lit(' ') >> results >> sp)] >>
                   x3::uint_parser<unsigned, 10, 4, 4>{};
    unsigned year = 0;
    if (std::size_t n = parse_at(s, p, year)) return {static_cast<int>(year), 0, n};
    return {};
}

date_match date_at(std::string_view s) {
    const auto sp = *x3::lit(' ');
    // Only the month names start with a letter; every other form with a digit.
    const bool digit = !s.empty() && text::is_digit(static_cast<unsigned char>(s.front()));
    // 2025-08-21
    if (digit) {
        boost::fusion::vector<unsigned, unsigned, unsigned> a;
        const auto p = x3::uint_parser<unsigned, 10, 4, 4>{} >> (x3::lit('-') | x3::lit('/') | x3::lit('.')) >>
                       x3::uint_parser<unsigned, 10, 1, 2>{} >> (x3::lit('-') | x3::lit('/') | x3::lit('.')) >>
                       x3::uint_parser<unsigned, 10, 1, 2>{};
        if (std::size_t n = parse_at(s, p, a))
            return {static_cast<int>(boost::fusion::at_c<0>(a)), static_cast<int>(boost::fusion::at_c<1>(a)),
                    static_cast<int>(boost::fusion::at_c<2>(a)), n};
    }
    // February 1, 2018 / Feb. 1 2018
    if (!digit) {
        boost::fusion::vector<int, unsigned, unsigned> a;
        const auto p = x3::no_case[sym().months] >> -x3::lit('.') >> sp >> x3::uint_parser<unsigned, 10, 1, 2>{} >>
                       -(x3::lit("st") | x3::lit("nd") | x3::lit("rd") | x3::lit("th")) >> -x3::lit(',') >> sp >>
                       x3::uint_parser<unsigned, 10, 4, 4>{};
        if (std::size_t n = parse_at(s, p, a))
            return {static_cast<int>(boost::fusion::at_c<2>(a)), boost::fusion::at_c<0>(a),
                    static_cast<int>(boost::fusion::at_c<1>(a)), n};
    }
    // 12 April 2024 / 12th April, 2024 / 25-Oct-2023 (FactSet)
    if (digit) {
        boost::fusion::vector<unsigned, int, unsigned> a;
        const auto gap = x3::lit('-') | sp;
        const auto p = x3::uint_parser<unsigned, 10, 1, 2>{} >>
                       -(x3::lit("st") | x3::lit("nd") | x3::lit("rd") | x3::lit("th")) >> gap >> x3::no_case[sym().months] >>
                       -x3::lit(',') >> gap >> x3::uint_parser<unsigned, 10, 4, 4>{};
        if (std::size_t n = parse_at(s, p, a))
            return {static_cast<int>(boost::fusion::at_c<2>(a)), boost::fusion::at_c<1>(a),
                    static_cast<int>(boost::fusion::at_c<0>(a)), n};
    }
    // 2024年8月20日 / 8月20日 (no optional attribute: g++ warns on boost::optional inside fusion)
    if (digit) {
        const auto month_day = x3::uint_parser<unsigned, 10, 1, 2>{} >> x3::lit("月") >>
                               x3::uint_parser<unsigned, 10, 1, 2>{} >> (x3::lit("日") | x3::lit("号"));
        boost::fusion::vector<unsigned, unsigned, unsigned> full{0u, 0u, 0u};
        if (std::size_t n = parse_at(s, x3::uint_parser<unsigned, 10, 4, 4>{} >> x3::lit("年") >> month_day, full))
            return {static_cast<int>(boost::fusion::at_c<0>(full)), static_cast<int>(boost::fusion::at_c<1>(full)),
                    static_cast<int>(boost::fusion::at_c<2>(full)), n};
        boost::fusion::vector<unsigned, unsigned> md{0u, 0u};
        if (std::size_t n = parse_at(s, month_day, md))
            return {0, static_cast<int>(boost::fusion::at_c<0>(md)), static_cast<int>(boost::fusion::at_c<1>(md)), n};
    }
    return {};
}

} // namespace ect::attribute
