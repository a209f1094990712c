#include "layout/zh_qa_label.hpp"

#include "layout/x3_primitives.hpp"
#include "text/utf8.hpp"

#include <array>
#include <vector>
#include <utility>

namespace ect::layout {

namespace {

namespace x3 = boost::spirit::x3;
using namespace x3p;
using kind = zh_qa_label::kind;

// Longest first: 问题 before 问, 公司回复 before 回复.
constexpr std::array<std::pair<std::string_view, kind>, 34> markers{{
    {"投资者提问", kind::question}, {"投資者提問", kind::question}, {"投资者问", kind::question},
    {"提问者", kind::questioner},   {"提問者", kind::questioner},   {"回答者", kind::answerer},
    {"公司回复", kind::answer},     {"公司回覆", kind::answer},     {"公司回復", kind::answer},     {"公司答复", kind::answer},
    {"公司回答", kind::answer},     {"公司回應", kind::answer},     {"公司回应", kind::answer},
    {"问题", kind::question},       {"問題", kind::question},       {"提问", kind::question},
    {"提問", kind::question},       {"回答", kind::answer},         {"回复", kind::answer},
    {"回覆", kind::answer},         {"回復", kind::answer},         {"答复", kind::answer},         {"答覆", kind::answer},
    {"答案", kind::answer},         {"问", kind::question},         {"問", kind::question},
    {"答", kind::answer},           {"Q", kind::question},          {"A", kind::answer},
    {"\xEF\xBC\xB1", kind::question}, // Ｑ
    {"\xEF\xBC\xA1", kind::answer},   // Ａ
    {"【问】", kind::question},     {"【答】", kind::answer},       {"【問】", kind::question},
}};

const auto ascii_digit = x3p::code_point_parser{[](char32_t c) { return c >= '0' && c <= '9'; }};
constexpr std::u32string_view han_digits = U"一二三四五六七八九十零两";
const auto han_digit = x3p::code_point_parser{[](char32_t c) { return han_digits.find(c) != std::u32string_view::npos; }};
const auto list_comma = x3::lit("、") | x3::lit('.') | x3::lit("．") | x3::lit("，") | x3::lit(',');
// 1、  2.  （3）  (4)  一、  — a list number before a marker or question.
const auto list_number = ((+ascii_digit | x3::repeat(1, 3)[han_digit]) >> list_comma) |
                         (open_paren >> (+ascii_digit | x3::repeat(1, 3)[han_digit]) >> close_paren);
// The number after the marker: 问题1, 问题一, Q2, 问题 3
const auto marker_number = *space >> (+ascii_digit | x3::repeat(1, 3)[han_digit]);
const auto fullwidth_digit = x3p::code_point_parser{[](char32_t c) { return c >= 0xFF10 && c <= 0xFF19; }};

constexpr std::size_t max_who_code_points = 24;

// Whether a list number can start at `s`: an ASCII digit, a Han digit or
// an opening parenthesis; anything else skips the grammar.
bool may_start_list_number(std::string_view s) {
    if (s.empty()) return false;
    const auto b = static_cast<unsigned char>(s[0]);
    if ((b >= '0' && b <= '9') || b == '(') return true;
    if (b < 0x80) return false;
    std::size_t pos = 0;
    const char32_t c = text::next_code_point(s, pos);
    return c == U'（' || han_digits.find(c) != std::u32string_view::npos;
}

// Whether some marker can start at `s`: a look-up of its first two bytes
// (the first byte for the one-byte markers) before any comparison, since
// nearly every line of a record starts with something else.
bool may_start_marker(std::string_view s) {
    static const std::vector<bool> pairs = [] {
        std::vector<bool> t(1u << 16, false);
        for (const auto& [word, what] : markers)
            if (word.size() >= 2) t[static_cast<unsigned char>(word[0]) << 8 | static_cast<unsigned char>(word[1])] = true;
        return t;
    }();
    static const std::array<bool, 256> singles = [] {
        std::array<bool, 256> t{};
        for (const auto& [word, what] : markers)
            if (word.size() == 1) t[static_cast<unsigned char>(word[0])] = true;
        return t;
    }();
    if (s.empty()) return false;
    if (singles[static_cast<unsigned char>(s[0])]) return true;
    return s.size() >= 2 && pairs[static_cast<unsigned char>(s[0]) << 8 | static_cast<unsigned char>(s[1])];
}

std::size_t skip(std::string_view s, std::size_t pos, auto const& p) {
    const std::size_t n = match_prefix(s.substr(pos), p);
    return n == std::string_view::npos ? pos : pos + n;
}

} // namespace

bool parse_zh_qa_label(std::string_view line, zh_qa_label& out) {
    std::size_t pos = text::trim_left_bytes(line);
    if (may_start_list_number(line.substr(pos))) pos = skip(line, pos, list_number >> *space);
    const std::string_view rest = line.substr(pos);
    if (!may_start_marker(rest)) return false;
    for (const auto& [word, what] : markers) {
        if (rest.substr(0, word.size()) != word) continue;
        zh_qa_label got;
        got.what = what;
        got.marker = rest.substr(0, word.size());
        std::size_t at = pos + word.size();
        // Q and A must not run on into a word: "Apple:" is no answer marker.
        if (word.size() == 1 && at < line.size() && text::is_ascii_alpha(static_cast<unsigned char>(line[at])))
            return false;
        at = skip(line, at, marker_number | +fullwidth_digit);
        at = skip(line, at, *space);
        // 答（董秘）：  问（投资者张先生）：
        const std::size_t open_len = match_prefix(line.substr(at), open_paren);
        if (open_len != std::string_view::npos) {
            std::size_t p = at + open_len, cps = 0;
            while (p < line.size() && cps <= max_who_code_points) {
                const std::size_t here = p;
                const char32_t c = text::next_code_point(line, p);
                if (c == ')' || c == 0xFF09) {
                    got.who = text::trim(line.substr(at + open_len, here - at - open_len));
                    at = p;
                    break;
                }
                ++cps;
            }
            if (got.who.empty()) return false;
            at = skip(line, at, *space);
        }
        const std::size_t colon_len = match_prefix(line.substr(at), colon);
        const bool bracketed = word.front() == '\xE3'; // 【问】 needs no colon
        if (colon_len == std::string_view::npos && !bracketed) return false;
        if (colon_len != std::string_view::npos) at += colon_len;
        got.body = at + text::trim_left_bytes(line.substr(at));
        if (what == kind::questioner || what == kind::answerer) {
            // A field line: its value is the speaker, short and without a
            // question mark.
            const std::string_view value = text::trim(line.substr(at));
            if (value.empty() || !text::at_most_code_points(value, max_who_code_points) ||
                value.find("？") != std::string_view::npos || value.find('?') != std::string_view::npos)
                return false;
            got.who = value;
        }
        out = got;
        return true;
    }
    return false;
}

bool parse_zh_numbered_question(std::string_view line, zh_qa_label& out) {
    const std::size_t lead = text::trim_left_bytes(line);
    const std::size_t n = match_prefix(line.substr(lead), list_number >> *space);
    if (n == std::string_view::npos || n == 0) return false;
    const std::string_view s = text::trim(line.substr(lead + n));
    if (text::count_code_points(s) < 4 || !text::has_han(s)) return false;
    const bool ends_asking =
        s.back() == '?' || (s.size() >= 3 && (s.substr(s.size() - 3) == "？" || s.substr(s.size() - 3) == "﹖"));
    if (!ends_asking) return false;
    zh_qa_label got;
    got.what = kind::question;
    got.body = lead + n;
    out = got;
    return true;
}

} // namespace ect::layout
