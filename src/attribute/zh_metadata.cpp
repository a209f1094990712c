#include "attribute/zh_metadata.hpp"

#include "text/utf8.hpp"

#include <algorithm>
#include <array>
#include <utility>

namespace ect::attribute {

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

// Where the run of Han characters and ASCII letters that ends at `at`
// starts, taking `most` code points at most: the name before a bracketed
// ticker or a verb of announcing.
std::size_t letters_before(std::string_view head, std::size_t at, std::size_t most) {
    std::size_t b = at;
    for (std::size_t cps = 0; b > 0 && cps < most; ++cps) {
        std::size_t p = b;
        const char32_t c = text::prev_code_point(head, p);
        if (!text::is_han(c) && !text::is_ascii_alpha(c)) break;
        b = p;
    }
    return b;
}

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
    std::size_t digits = 0;
    while (at + digits < head.size() && text::is_digit(static_cast<unsigned char>(head[at + digits]))) ++digits;
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
        const std::size_t b = letters_before(head, at, 20);
        const std::string_view name = without_time_words(head.substr(b, at - b));
        if (text::count_code_points(name) >= 2) return {name, ticker};
    }
    return {};
}


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

} // namespace

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
        const std::string_view first = text::trim(head.substr(2, head.find('\n') - 2)); // CRLF too
        const std::size_t us = first.rfind('_');
        if (us != std::string_view::npos && us > 0 && first.size() - us - 1 == 8) return {text::trim(first.substr(0, us)), {}};
    }
    // News names the company with its ticker in brackets.
    if (company_match c = zh_company_before_ticker(head); !c.name.empty()) return c;
    for (std::string_view verb : {"發佈", "发布", "公布", "公佈", "發布"}) {
        const std::string_view tail = verb.substr(verb.size() - 3); // 布 or 佈
        for (std::size_t at = words.first(verb, tail); at != std::string_view::npos; at = text::find_bytes(head, verb, at + 1)) {
            const std::size_t b = letters_before(head, at, 12);
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

} // namespace ect::attribute
