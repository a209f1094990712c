#include "attribute/metadata.hpp"

#include "attribute/en_title.hpp"
#include "attribute/header_fields.hpp"

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

std::size_t leading_digits(std::string_view s) {
    std::size_t n = 0;
    while (n < s.size() && text::is_digit(static_cast<unsigned char>(s[n]))) ++n;
    return n;
}

bool holds_at(std::string_view s, std::size_t at, std::string_view what) {
    return s.substr(std::min(at, s.size()), what.size()) == what;
}

// A fiscal year written as the two calendar years it spans, "FY2024-25",
// "FY 2024–25", "FY24-25": `s` starts after the first year. The year is
// named by the one it ends in, as "FY25" is, so `year` becomes the second;
// returns the bytes of "-25", or 0 when `s` does not go on with the next year.
std::size_t next_year_suffix(std::string_view s, int& year) {
    std::size_t dash = 0;
    if (!s.empty() && (s[0] == '-' || s[0] == '/')) dash = 1;
    else if (s.starts_with("\xE2\x80\x93")) dash = 3; // –
    if (dash == 0 || s.size() < dash + 2 || !text::is_digit(static_cast<unsigned char>(s[dash])) ||
        !text::is_digit(static_cast<unsigned char>(s[dash + 1])) ||
        (s.size() > dash + 2 && text::is_digit(static_cast<unsigned char>(s[dash + 2]))))
        return 0;
    const int next = (s[dash] - '0') * 10 + (s[dash + 1] - '0');
    if (next != (year + 1) % 100) return 0;
    ++year;
    return dash + 2;
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
        if (std::size_t n = parse_at(s, p, a)) {
            int year = full_year(boost::fusion::at_c<1>(a));
            n += next_year_suffix(s.substr(n), year);
            return {year, static_cast<int>(boost::fusion::at_c<0>(a)), n};
        }
    }
    // 1Q24 / 1Q 2024
    if (digit) {
        boost::fusion::vector<unsigned, unsigned> a;
        const auto p = x3::uint_parser<unsigned, 10, 1, 1>{} >> x3::no_case[x3::lit('q')] >> sp >> y;
        if (std::size_t n = parse_at(s, p, a)) return {full_year(boost::fusion::at_c<1>(a)), static_cast<int>(boost::fusion::at_c<0>(a)), n};
    }
    // First Quarter 2024 / first quarter of fiscal year 2025 / Fourth Quarter Fiscal Year 2025
    if (!q) {
        boost::fusion::vector<int, unsigned> a;
        const auto p = x3::no_case[sym().ordinals] >> sp >> quarter_word >> sp >> -(x3::no_case[x3::lit("of")] >> sp) >>
                       -(x3::no_case[x3::lit("the")] >> sp) >> -(fy >> sp) >> y;
        if (std::size_t n = parse_at(s, p, a)) return {full_year(boost::fusion::at_c<1>(a)), boost::fusion::at_c<0>(a), n};
    }
    // Fiscal Year 2025 Fourth Quarter / FY2025 Q4
    if (!q && !digit) {
        boost::fusion::vector<unsigned, int> a;
        const auto p = fy >> sp >> y >> sp >> ((x3::no_case[sym().ordinals] >> sp >> quarter_word) |
                                               (x3::no_case[x3::lit('q')] >> x3::uint_parser<int, 10, 1, 1>{}));
        if (std::size_t n = parse_at(s, p, a)) return {full_year(boost::fusion::at_c<0>(a)), boost::fusion::at_c<1>(a), n};
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

// The first occurrence of a word in `head`, led by where its last character
// (`tail`, which it ends with) first occurs: the word cannot start earlier
// than that, nor occur at all without it. Several words share each tail
// (简称, 簡稱; 布, 佈), found once each, and a head lacks most of them.
class tail_finder {
public:
    explicit tail_finder(std::string_view head) : head_(head) {}

    std::size_t first(std::string_view word, std::string_view tail) {
        std::size_t& at = first_tail(tail);
        if (at == std::string_view::npos) return at;
        const std::size_t lead = word.size() - tail.size();
        return text::find_bytes(head_, word, at > lead ? at - lead : 0);
    }

private:
    std::size_t& first_tail(std::string_view tail) {
        for (std::size_t i = 0; i < used_; ++i)
            if (tails_[i].first == tail) return tails_[i].second;
        // Four tails at most are asked for (see zh_company).
        tails_[used_] = {tail, text::find_bytes(head_, tail)};
        return tails_[used_++].second;
    }

    std::string_view head_;
    std::array<std::pair<std::string_view, std::size_t>, 4> tails_{};
    std::size_t used_ = 0;
};

// Words of time that open a sentence before the company: 8月28日晚间，… or
// 今日星河云科技（…） — not part of its name.
std::string_view without_time_words(std::string_view name) {
    for (bool again = true; again;) {
        again = false;
        for (std::string_view time : {"日", "今日", "今天", "昨日", "昨天", "日前", "近日", "晚间", "晚間", "早间", "早間",
                                      "盘后", "盤後", "盘前", "盤前", "周一", "周二", "周三", "周四", "周五", "週一", "週二",
                                      "週三", "週四", "週五"})
            if (name.size() > time.size() && name.starts_with(time)) name.remove_prefix(time.size()), again = true;
    }
    return name;
}

// A ticker in brackets after the company: 星河云科技（09876.HK）,
// 澄湖股份(688912.SH), 澄湖环境（股票代码：600912）, 星河云(NASDAQ: XHY).
// `open` is where the bracket opens; the ticker as written, or empty.
std::string_view bracket_ticker(std::string_view head, std::size_t open) {
    std::size_t at = open + (head[open] == '(' ? 1 : 3);
    auto skip_spaces = [&] {
        while (at < head.size() && head[at] == ' ') ++at;
    };
    skip_spaces();
    // 股票代码：, 证券代码:, 港股代码：, 代码: — a label, then a colon.
    // Labels start with a Han character: nothing to compare after an ASCII byte.
    bool labelled = false;
    if (at < head.size() && static_cast<unsigned char>(head[at]) >= 0xE4) {
        for (std::string_view label : {"股票代码", "股票代碼", "证券代码", "證券代碼", "股份代号", "股份代號", "港股代码",
                                       "港股代碼", "股票代号", "股票代號", "代码", "代碼", "代号", "代號"})
            if (head.substr(at, label.size()) == label) {
                at += label.size(), labelled = true;
                if (head.substr(at, 3) == "\xEF\xBC\x9A") at += 3; // ：
                else if (at < head.size() && head[at] == ':') ++at;
                skip_spaces();
                break;
            }
    }
    // An exchange before the code: HK:, NYSE: , SH
    std::size_t letters = 0;
    while (at + letters < head.size() && text::is_ascii_upper(static_cast<unsigned char>(head[at + letters]))) ++letters;
    bool exchange = false;
    if (letters >= 2 && letters <= 6 && at + letters < head.size() &&
        (head[at + letters] == ':' || head.substr(at + letters, 3) == "\xEF\xBC\x9A")) {
        at += letters + (head[at + letters] == ':' ? 1 : 3);
        skip_spaces();
        exchange = true;
    }
    const std::size_t begin = at;
    std::size_t digits = leading_digits(head.substr(at));
    if (digits >= 4 && digits <= 6) {
        at += digits;
        // .HK .SH .SZ .BJ .SS .TW
        const bool suffix = at + 3 <= head.size() && head[at] == '.' &&
                            text::is_ascii_upper(static_cast<unsigned char>(head[at + 1])) &&
                            text::is_ascii_upper(static_cast<unsigned char>(head[at + 2]));
        if (suffix) at += 3;
        // (2024) is a year: a bare code of four digits needs a suffix or a label.
        const std::string_view code = head.substr(begin, digits);
        if (!suffix && !labelled && !exchange && digits == 4 && (code.starts_with("19") || code.starts_with("20"))) return {};
    } else if (exchange) {
        while (at < head.size() && text::is_ascii_upper(static_cast<unsigned char>(head[at])) && at - begin < 6) ++at;
        if (at == begin) return {};
    } else {
        return {};
    }
    const std::size_t end = at;
    skip_spaces();
    // The bracket closes, or another code follows: (09876.HK/XHYT.US), (NYSE:XHY；HKEX:9876)
    const std::string_view after = head.substr(at, 3);
    const bool closed = after.starts_with(')') || after.starts_with('/') || after.starts_with(';') ||
                        after.starts_with(',') || after == "\xEF\xBC\x89" /* ） */ || after == "\xEF\xBC\x9B" /* ； */ ||
                        after == "\xEF\xBC\x8C" /* ， */ || after == "\xE3\x80\x81" /* 、 */;
    return closed ? head.substr(begin, end - begin) : std::string_view{};
}

company_match zh_company_before_ticker(std::string_view head) {
    // Each ( and （ (EF BC 88) in turn, found by memchr and memmem.
    std::size_t ascii = head.find('('), wide = text::find_bytes(head, "\xEF\xBC\x88");
    while (ascii != std::string_view::npos || wide != std::string_view::npos) {
        const std::size_t at = std::min(ascii, wide);
        if (at == ascii) ascii = head.find('(', at + 1);
        else wide = text::find_bytes(head, "\xEF\xBC\x88", at + 3);
        const std::string_view ticker = bracket_ticker(head, at);
        if (ticker.empty()) continue;
        std::size_t b = at, cps = 0;
        while (b > 0 && cps < 20) {
            std::size_t p = b;
            const char32_t c = text::prev_code_point(head, p);
            if (!text::is_han(c) && !text::is_ascii_alpha(c)) break;
            b = p;
            ++cps;
        }
        const std::string_view name = without_time_words(head.substr(b, at - b));
        if (text::count_code_points(name) >= 2) return {name, ticker};
    }
    return {};
}

// Chinese: the organisation before 发布/發佈/公布 in the first sentences
// ("藍汀食品今日發佈了…", "8月20日,北风发布…").
company_match zh_company(std::string_view head) {
    tail_finder words(head);
    // A-share forms name it in a field: 证券简称：青杉材料
    for (std::string_view field : {"证券简称", "證券簡稱", "股票简称", "股票簡稱", "公司简称", "公司簡稱"}) {
        const std::size_t at = words.first(field, field.substr(field.size() - 6)); // 简称 or 簡稱
        if (at == std::string_view::npos) continue;
        std::size_t b = at + field.size(), e;
        while (b < head.size() && (head[b] == ':' || head[b] == ' ' || head[b] == '\t')) ++b;
        if (head.substr(b, 3) == "\xEF\xBC\x9A") b += 3; // ：
        for (e = b; e < head.size();) {
            std::size_t p = e;
            const char32_t c = text::next_code_point(head, p);
            if (!text::is_han(c) && !text::is_ascii_alpha(c) && !text::is_digit(c)) break;
            e = p;
        }
        if (text::count_code_points(head.substr(b, e - b)) >= 2) return {head.substr(b, e - b), {}};
    }
    // AlphaMemo exports open with "# 公司_YYYYMMDD".
    if (head.substr(0, 2) == "# ") {
        const std::string_view first = head.substr(2, head.find('\n') - 2);
        const std::size_t us = first.rfind('_');
        if (us != std::string_view::npos && us > 0 && first.size() - us - 1 == 8) return {text::trim(first.substr(0, us)), {}};
    }
    // News names the company with its ticker in brackets.
    if (company_match c = zh_company_before_ticker(head); !c.name.empty()) return c;
    for (std::string_view verb : {"發佈", "发布", "公布", "公佈", "發布"}) {
        const std::string_view tail = verb.substr(verb.size() - 3); // 布 or 佈
        for (std::size_t at = words.first(verb, tail); at != std::string_view::npos; at = text::find_bytes(head, verb, at + 1)) {
            std::size_t b = at;
            std::size_t cps = 0;
            while (b > 0 && cps < 12) {
                std::size_t p = b;
                const char32_t c = text::prev_code_point(head, p);
                if (!text::is_han(c) && !text::is_ascii_alpha(c)) break;
                b = p;
                ++cps;
            }
            // 2025年中期业绩发布: the words after a number are a period's, no name.
            if (b > 0 && text::is_digit(static_cast<unsigned char>(head[b - 1]))) continue;
            std::string_view name = head.substr(b, at - b);
            for (std::string_view time : {"今日", "今天", "昨日", "昨天", "日前", "近日", "正式", "已"})
                if (name.size() > time.size() && name.substr(name.size() - time.size()) == time)
                    name.remove_suffix(time.size());
            if (text::count_code_points(name) >= 2 && text::count_code_points(name) <= 8) return {name, {}};
        }
    }
    return {};
}

} // namespace

namespace {

// Chinese periods the scan of word starts does not read: a quarter whose
// year is written earlier in the sentence (2024年，公司第三季度…, 2024财年
// 第二季度), and a year's or half year's results (2024年全年, 2024年度,
// 2024年上半年, 2024年中期). `through` is the last month the period covers,
// which tells the year of a date written without one (a year's results are
// discussed the next spring).
struct zh_period {
    period_match match;
    std::size_t pos = std::string_view::npos;
    int through = 0;
};

bool ascii_digits_before(std::string_view s, std::size_t at, std::size_t n) {
    if (at < n) return false;
    for (std::size_t i = at - n; i < at; ++i)
        if (!text::is_digit(static_cast<unsigned char>(s[i]))) return false;
    return at == n || !text::is_digit(static_cast<unsigned char>(s[at - n - 1]));
}

// The year of 2024年 / 2024财年 / 2024財年 whose 年 is at `nian`, or 0.
int year_ending_at(std::string_view s, std::size_t nian) {
    std::size_t digits_end = nian;
    if (nian >= 3 && (s.substr(nian - 3, 3) == "财" || s.substr(nian - 3, 3) == "財")) digits_end = nian - 3;
    if (!ascii_digits_before(s, digits_end, 4)) return 0;
    int year = 0;
    for (std::size_t i = digits_end - 4; i < digits_end; ++i) year = year * 10 + (s[i] - '0');
    return year >= 1990 && year <= 2100 ? year : 0;
}

// The nearest year written before `at` in its sentence, or 0. The
// sentence is walked back code point by code point, the years found
// forwards with memmem (string_view's rfind compares at every byte).
int sentence_year(std::string_view s, std::size_t at) {
    std::size_t start = at;
    while (start > 0) {
        std::size_t p = start;
        const char32_t c = text::prev_code_point(s, p);
        if (c == U'。' || c == U'！' || c == U'？' || c == '!' || c == '?' || c == '\n') break;
        start = p;
    }
    const std::string_view before = s.substr(0, at);
    int year = 0;
    for (std::size_t p = text::find_bytes(before, "年", start); p != std::string_view::npos;
         p = text::find_bytes(before, "年", p + 3))
        if (const int y = year_ending_at(s, p)) year = y;
    return year;
}

// The number of a quarter written just before `at` (一 … 四, 1 … 4, １ … ４),
// and where it starts.
std::pair<int, std::size_t> quarter_number_before(std::string_view s, std::size_t at) {
    if (at >= 1 && s[at - 1] >= '1' && s[at - 1] <= '4' && ascii_digits_before(s, at, 1))
        return {s[at - 1] - '0', at - 1};
    if (at < 3) return {0, at};
    const std::string_view c = s.substr(at - 3, 3);
    constexpr std::string_view han[] = {"一", "二", "三", "四"};
    constexpr std::string_view wide[] = {"１", "２", "３", "４"};
    for (int i = 0; i < 4; ++i)
        if (c == han[i] || c == wide[i]) return {i + 1, at - 3};
    return {0, at};
}

zh_period zh_period_in(std::string_view head) {
    // A quarter: 第三季度, 第三季, 三季度, 三季报, with its year earlier in the
    // sentence; or 2024Q3 and 24Q3, as Chinese headlines write it.
    zh_period quarter_found;
    for (std::size_t at = text::find_bytes(head, "季"); at != std::string_view::npos; at = text::find_bytes(head, "季", at + 3)) {
        const auto [quarter, number] = quarter_number_before(head, at);
        if (quarter == 0) continue;
        const bool di = number >= 3 && head.substr(number - 3, 3) == "第";
        const std::string_view next = head.substr(at + 3, 3);
        const bool du = next == "度", report = next == "报" || next == "報";
        if (!di && !du && !report) continue; // 四季如春
        const std::size_t begin = di ? number - 3 : number;
        if (const int year = sentence_year(head, begin)) {
            quarter_found = {{year, quarter, at + (du ? 6 : 3) - begin}, begin, quarter * 3};
            break;
        }
    }
    for (std::size_t at = head.find('Q'); at != std::string_view::npos && at < quarter_found.pos; at = head.find('Q', at + 1)) {
        const std::size_t digits = ascii_digits_before(head, at, 4) ? 4 : ascii_digits_before(head, at, 2) ? 2 : 0;
        if (digits == 0 || at + 1 >= head.size() || head[at + 1] < '1' || head[at + 1] > '4') continue;
        if (at + 2 < head.size() && (text::is_digit(static_cast<unsigned char>(head[at + 2])) ||
                                     text::is_ascii_alpha(static_cast<unsigned char>(head[at + 2]))))
            continue;
        int year = 0;
        for (std::size_t i = at - digits; i < at; ++i) year = year * 10 + (head[i] - '0');
        if (digits == 2) year += 2000;
        if (year < 1990 || year > 2100) continue;
        const int quarter = head[at + 1] - '0';
        quarter_found = {{year, quarter, digits + 2}, at - digits, quarter * 3};
        break;
    }
    if (quarter_found.match.length) return quarter_found;
    // A year's or half year's results.
    for (std::size_t at = text::find_bytes(head, "年"); at != std::string_view::npos; at = text::find_bytes(head, "年", at + 3)) {
        const int year = year_ending_at(head, at);
        if (year == 0) continue;
        const std::string_view rest = head.substr(at + 3);
        const bool fiscal = at >= 3 && (head.substr(at - 3, 3) == "财" || head.substr(at - 3, 3) == "財");
        std::size_t begin = at - 4 - (fiscal ? 3 : 0);
        for (std::string_view half : {"上半年", "半年度", "中期", "中报", "中報", "半年报", "半年報"})
            if (rest.starts_with(half)) return {{year, 0, at + 3 + half.size() - begin}, begin, 6};
        for (std::string_view full : {"全年", "年度", "度", "年报", "年報", "业绩", "業績"})
            if (rest.starts_with(full)) return {{year, 0, at + 3 + full.size() - begin}, begin, 12};
        if (fiscal) return {{year, 0, at + 3 - begin}, begin, 12};
    }
    return {};
}

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
    const std::string_view head = doc.text.substr(0, std::min(doc.text.size(), head_bytes));
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
    // Else the company signing the cover letter, or its letterhead.
    for (std::string_view letter : {fields.signatory, fields.letterhead})
        if (company.name.empty() && !names_exchange(letter)) company.name = letter;
    if (!company.name.empty()) out.metadata.company = company_ref{company.name, {}, company.ticker};
}

} // namespace ect::attribute
