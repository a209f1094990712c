#include "attribute/metadata.hpp"

#include "attribute/en_title.hpp"
#include "attribute/header_fields.hpp"
#include "attribute/zh_metadata.hpp"

#include "layout/x3_primitives.hpp"
#include "text/utf8.hpp"

#include <boost/fusion/include/at_c.hpp>
#include <boost/fusion/include/vector.hpp>
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace ect::attribute {

namespace {

namespace x3 = boost::spirit::x3;

constexpr std::size_t head_bytes = 6000; // metadata sits at the top

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

// "自6月6日", "截至6月30日", "from June 6": the date bounds a range, it is not the call's.
bool is_range_edge(std::string_view text, std::size_t pos) {
    for (std::string_view w : {"自", "从", "從", "截至", "截止", "至", "到", "since ", "through ", "ended ", "ending "})
        if (pos >= w.size() && text.substr(pos - w.size(), w.size()) == w) return true;
    return false;
}

char lower_at(std::string_view s, std::size_t i) {
    const char c = i < s.size() ? s[i] : '\0';
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c;
}

// A cover letter's subject line, "Sub: Transcript of the Earnings Call for
// Q4 FY24", "Subject - …", "Re: …", whose first word starts at `pos`: it
// names the call's period but no company, and dates above it are the
// letter's.
bool letter_subject_at(std::string_view head, std::size_t pos) {
    const char a = lower_at(head, pos), b = lower_at(head, pos + 1), c = lower_at(head, pos + 2);
    std::size_t after = 0;
    if (a == 's' && b == 'u' && c == 'b') after = text::istarts_with(head.substr(pos), "subject") ? 7 : 3;
    else if (a == 'r' && b == 'e' && c == ':') after = 2;
    else return false;
    while (pos + after < head.size() && (head[pos + after] == ' ' || head[pos + after] == '.')) ++after;
    const std::string_view sep = head.substr(pos + after, 3);
    if (!(sep.starts_with(":") || sep.starts_with("-") || sep == "\xE2\x80\x93")) return false;
    const std::size_t line_start = pos == 0 ? 0 : head.rfind('\n', pos - 1) + 1;
    return text::is_blank(head.substr(line_start, pos - line_start));
}

// A letter's addressee, never the company: "BSE Limited", "National Stock
// Exchange of India Limited".
bool names_exchange(std::string_view name) {
    if (text::istarts_with(name, "the ")) name.remove_prefix(4);
    if (text::ifind(name, "stock exchange") != std::string_view::npos) return true;
    for (std::string_view bse : {"bse limited", "bse ltd", "bse ltd."})
        if (text::iequals(name, bse)) return true;
    return false;
}

// Where a cover letter ends, looked for from `from` (its body, below the
// subject line) and returned between `from` and the end of `head` (both
// offsets into `head`, which lies in doc.text): the call's own text begins
// at the first page break (a form feed, a page number such as "Page 1") or
// at the moderator's first words; else the letter runs to the head's end.
// The call's title is no end: the letter's body may name the period again
// ("… the earnings call for Q4 FY24 held on …") above its signature.
std::size_t letter_end(const layout::document& doc, std::string_view head, std::size_t from) {
    const auto base = static_cast<std::size_t>(head.data() - doc.text.data());
    const auto& lines = doc.lines.lines();
    for (std::size_t i = doc.lines.line_of(base + from); i < lines.size() && lines[i].begin < base + head.size(); ++i) {
        const std::size_t begin = lines[i].begin > base + from ? lines[i].begin - base : from;
        if (doc.furniture[i] == skip_kind::page_number) return begin;
        if (lines[i].next > lines[i].end && doc.text[lines[i].end] == '\f')
            return std::clamp<std::size_t>(lines[i].next > base ? lines[i].next - base : 0, from, head.size());
        if (const layout::inline_label* label = doc.inline_label_at(i); label && layout::is_operator_name(label->name))
            return begin;
    }
    return head.size();
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

namespace {

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

} // namespace

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

namespace {

bool ascii_alpha_byte(unsigned char c) { return static_cast<unsigned char>((c | 0x20) - 'a') < 26; }
bool digit_byte(unsigned char c) { return static_cast<unsigned char>(c - '0') < 10; }

// The positions where a word starts, in order: an ASCII letter or digit not
// after an ASCII letter (a digit after a digit starts one). Sixteen bytes
// are tested at once where SSE2 is available.
class word_starts {
public:
    explicit word_starts(std::string_view s) : p_(reinterpret_cast<const unsigned char*>(s.data())), n_(s.size()) {}

    // The next start; the text's size when there is none.
    std::size_t next() {
        while (mask_ == 0) {
            if (block_ >= n_) return n_;
            base_ = block_;
            mask_ = block_mask(base_);
            block_ += 16;
        }
        const std::size_t at = base_ + static_cast<std::size_t>(__builtin_ctz(mask_));
        mask_ &= mask_ - 1;
        return at;
    }

private:
    bool starts(std::size_t i) const {
        return (ascii_alpha_byte(p_[i]) || digit_byte(p_[i])) && (i == 0 || !ascii_alpha_byte(p_[i - 1]));
    }

    // Bit k: a word starts at base + k.
    unsigned block_mask(std::size_t base) const {
#if defined(__SSE2__)
        if (base > 0 && base + 16 <= n_) {
            const __m128i to_lower = _mm_set1_epi8(0x20), a = _mm_set1_epi8('a'), zero = _mm_set1_epi8('0'),
                          letters = _mm_set1_epi8(25), digits = _mm_set1_epi8(9);
            auto below = [](__m128i t, __m128i max) { return _mm_cmpeq_epi8(_mm_min_epu8(t, max), t); }; // unsigned t <= max
            const __m128i cur = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p_ + base));
            const __m128i prev = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p_ + base - 1));
            const __m128i alpha = below(_mm_sub_epi8(_mm_or_si128(cur, to_lower), a), letters);
            const __m128i digit = below(_mm_sub_epi8(cur, zero), digits);
            const __m128i alpha_before = below(_mm_sub_epi8(_mm_or_si128(prev, to_lower), a), letters);
            return static_cast<unsigned>(_mm_movemask_epi8(_mm_andnot_si128(alpha_before, _mm_or_si128(alpha, digit))));
        }
#endif
        unsigned m = 0;
        for (std::size_t k = 0; k < 16 && base + k < n_; ++k)
            if (starts(base + k)) m |= 1u << k;
        return m;
    }

    const unsigned char* p_;
    std::size_t n_;
    std::size_t block_ = 0, base_ = 0;
    unsigned mask_ = 0;
};

} // namespace

void find_metadata(const layout::document& doc, detail::transcript_data& out) {
    std::string_view head = doc.text.substr(0, std::min(doc.text.size(), head_bytes));
    // A UTF-8 byte-order mark stays in the text (offsets are the input's)
    // but is not part of the first line's words: "# 公司_20260311" after it
    // is still a title.
    if (head.starts_with("\xEF\xBB\xBF")) head.remove_prefix(3);
    period_match period;
    std::size_t period_pos = std::string_view::npos;
    // The call's date: a dateline (a date that starts a line) wins; else the
    // first date that is not the start or end of a range ("自6月6日", "截至6月30日").
    date_match date, dateline;
    period_match year_only; // used where no quarter is named
    std::size_t year_only_pos = std::string_view::npos;
    // For a word that starts with a letter other than q, the second
    // letters may_start_period or may_start_date can accept after it (fi, fo,
    // fy, fq, se, th; ja, ju, fe, ma, ap, au, oc, no, de). year_period_at
    // reads capitalised words only, as titles write them ("Full Year 2018";
    // "full year 2025" in speech is guidance).
    static constexpr auto seconds = [] {
        std::array<std::uint32_t, 26> m{};
        for (std::string_view pair : {"fi", "fo", "fy", "fq", "se", "th", "ja", "ju", "fe", "ma", "ap", "au", "oc", "no", "de"})
            m[static_cast<std::size_t>(pair[0] - 'a')] |= 1u << (pair[1] - 'a');
        return m;
    }();
    // A cover letter's subject line: a period on it (or on the line it
    // wraps to) is the call's, but the company is read at the next period,
    // the call's own title.
    std::size_t subject = std::string_view::npos, subject_end = 0;
    std::size_t titled_pos = std::string_view::npos, titled_length = 0;
    word_starts words(head);
    for (std::size_t pos = words.next(); pos < head.size(); pos = words.next()) {
        // Every form starts with an ASCII letter or digit at the start of a
        // word; such a byte always starts a code point. Most words start
        // with two letters no period or date starts with.
        if (const char a = lower_at(head, pos); a >= 'a' && a <= 'z' && a != 'q') {
            if ((a == 's' || a == 'r') && subject == std::string_view::npos && titled_pos == std::string_view::npos &&
                letter_subject_at(head, pos)) {
                subject = pos;
                subject_end = std::min(head.find('\n', std::min(head.find('\n', pos), head.size() - 1) + 1), head.size());
                date = dateline = {}; // the letter's
            }
            // Full, Half, Annual, Interim: a year's results, in a title's capitals.
            if (!year_only.length && text::is_ascii_upper(static_cast<unsigned char>(head[pos])) &&
                (a == 'f' || a == 'h' || a == 'a' || a == 'i'))
                if (auto p = year_period_at(head.substr(pos)); p.length && p.year >= 1990 && p.year <= 2100)
                    year_only = p, year_only_pos = pos;
            const char b = lower_at(head, pos + 1);
            if (b < 'a' || b > 'z' || !(seconds[static_cast<std::size_t>(a - 'a')] >> (b - 'a') & 1u)) continue;
        }
        const std::string_view rest = head.substr(pos);
        if (titled_pos == std::string_view::npos && may_start_period(rest))
            if (auto p = period_at(rest); p.length && p.quarter >= 1 && p.quarter <= 4 && p.year >= 1990 && p.year <= 2100) {
                if (!period.length) period = p, period_pos = pos;
                if (subject == std::string_view::npos || pos < subject || pos >= subject_end)
                    period = p, period_pos = titled_pos = pos, titled_length = p.length;
            }
        if (!dateline.length && may_start_date(rest))
            if (auto d = date_at(rest); d.length && d.month >= 1 && d.month <= 12 && d.day >= 1 && d.day <= 31) {
                const std::size_t line_start = pos == 0 ? 0 : head.rfind('\n', pos - 1) + 1;
                if (text::is_blank(head.substr(line_start, pos - line_start))) dateline = d;
                else if (!date.length && !is_range_edge(head, pos)) date = d;
            }
        if (titled_pos != std::string_view::npos && dateline.length) break;
    }
    if (dateline.length) date = dateline;
    // Whether the head holds a Han character, worked out once and only when
    // asked (English text with a period and header fields never asks).
    int han_state = -1;
    auto han = [&] {
        if (han_state < 0) han_state = text::has_han(head) ? 1 : 0;
        return han_state == 1;
    };
    int through = period.length ? period.quarter * 3 : 0;
    if (!period.length && han())
        if (const zh_period z = zh_period_in(head); z.match.length)
            period = z.match, period_pos = z.pos, through = z.through;
    if (!period.length && year_only.length) period = year_only, period_pos = year_only_pos;
    // A year's or a Chinese period names the company too, off a subject line.
    if (titled_pos == std::string_view::npos && period.length &&
        (subject == std::string_view::npos || period_pos < subject || period_pos >= subject_end))
        titled_pos = period_pos, titled_length = period.length;
    if (period.length)
        out.metadata.period = fiscal_period{period.year, period.quarter == 0 ? std::nullopt : std::optional<int>(period.quarter),
                                            head.substr(period_pos, period.length)};
    if (date.length) {
        int year = date.year;
        // 8月20日 after a period: the year the period ends, or the next one
        // when the month comes before the period's last (a fourth quarter's
        // or a year's results, discussed in the spring).
        if (year == 0 && period.length) year = period.year + (date.month < through ? 1 : 0);
        if (year != 0) out.metadata.date = fmt::format("{:04}-{:02}-{:02}", year, date.month, date.day);
    }
    const header_fields fields = read_header_fields(head);
    company_match company{fields.company, fields.ticker};
    if (company.name.empty()) {
        if (han()) {
            const company_match found = zh_company(head);
            company.name = found.name;
            if (company.ticker.empty()) company.ticker = found.ticker;
        } else {
            const company_match titled = en_company(head, titled_pos, titled_length);
            if (!names_exchange(titled.name)) company.name = titled.name;
            if (company.ticker.empty()) company.ticker = titled.ticker;
        }
    }
    // Else the company signing the cover letter, or its letterhead. A
    // letter longer than the header lines is signed below them: its
    // signature is looked for on to the letter's end, a few lines more.
    std::string_view signatory = fields.signatory;
    if (company.name.empty() && signatory.empty() && subject != std::string_view::npos) {
        const std::size_t body = std::min(subject_end, head.size());
        signatory = letter_signatory(head.substr(body, letter_end(doc, head, body) - body));
    }
    for (std::string_view letter : {signatory, fields.letterhead})
        if (company.name.empty() && !names_exchange(letter)) company.name = letter;
    if (!company.name.empty()) out.metadata.company = company_ref{company.name, {}, company.ticker};
}

} // namespace ect::attribute
