#include "layout/zh_attendees.hpp"

#include "data/firm_table.hpp"
#include "layout/zh_label.hpp"
#include "text/utf8.hpp"

#include <array>

namespace ect::layout {

namespace {

// Between two entries of the list: groups and names alike (a group's firm
// is the last one named, so 中信证券 张三，李四 and 中信证券 张三；李四 read the
// same).
bool is_separator(char32_t c) {
    return c == U'；' || c == ';' || c == U'，' || c == ',' || c == U'、' || c == U'/' || c == U'。' || c == U'\n' ||
           c == U'\t' || c == U'\r' || c == U'：' || c == ':' || c == U'﹕' || c == U'|';
}

// The words an institution's name ends with (Simplified and Traditional):
// where a firm no table knows ends when a name follows it unspaced.
constexpr std::array<std::string_view, 32> firm_words{
    "证券", "證券", "基金", "资本", "資本", "资管", "資管", "投资", "投資", "保险", "保險", "银行", "銀行", "信托", "信託",
    "资产", "資產", "研究所", "研究院", "集团", "集團", "公司", "期货", "期貨", "私募", "控股", "创投", "創投", "财富", "財富",
    "理财", "理財"};

// A Latin personal name: one to four words, each opening with a capital
// (Marley, Ada Lin, J. Smith).
bool is_latin_name(std::string_view s) {
    std::size_t words = 0;
    bool start = true;
    for (char c : s) {
        const auto b = static_cast<unsigned char>(c);
        if (c == ' ') {
            start = true;
            continue;
        }
        if (start) {
            if (b < 'A' || b > 'Z') return false;
            ++words, start = false;
        } else if (!text::is_ascii_alpha(b) && c != '.' && c != '-' && c != '\'') {
            return false;
        }
    }
    return words >= 1 && words <= 4;
}

bool is_name(std::string_view s) { return !s.empty() && (is_han_person_name(s) || is_latin_name(s)); }

// `s` without the words that follow a list's names: 张三等, 李四先生.
std::string_view strip_tail(std::string_view s) {
    for (std::string_view tail : {"等人", "等", "先生", "女士"})
        if (s.size() > tail.size() && s.ends_with(tail)) return text::trim(s.substr(0, s.size() - tail.size()));
    return s;
}

bool ends_with_firm_word(std::string_view s) {
    for (std::string_view w : firm_words)
        if (s.ends_with(w)) return true;
    return false;
}

struct reader {
    std::vector<attendee> out;
    std::string_view firm;

    void item(std::string_view s) {
        s = strip_tail(text::trim(s));
        if (s.empty()) return;
        // A firm the table knows, then a name or nothing.
        const auto [known, len] = data::firm_table::builtin().find_prefix(s);
        if (known && len > 0) {
            const std::string_view rest = text::trim(s.substr(len));
            if (rest.empty()) {
                firm = s;
                return;
            }
            if (is_name(rest)) {
                firm = text::trim(s.substr(0, len));
                out.push_back({rest, firm});
                return;
            }
        }
        // Firm, white space, name.
        std::size_t gap_begin = 0, gap_end = std::string_view::npos; // the last run of white space
        bool in_gap = false;
        for (std::size_t pos = 0; pos < s.size();) {
            const std::size_t here = pos;
            const bool space = text::is_space(text::next_code_point(s, pos));
            if (space && !in_gap) gap_begin = here;
            if (space) gap_end = pos;
            in_gap = space;
        }
        if (gap_end != std::string_view::npos) {
            const std::string_view left = text::trim(s.substr(0, gap_begin)), right = text::trim(s.substr(gap_end));
            if (is_name(right) && !left.empty() && !is_name(left)) {
                firm = left;
                out.push_back({right, firm});
                return;
            }
        }
        // A name alone: one more of the firm named last.
        if (is_name(s)) {
            out.push_back({s, firm});
            return;
        }
        // A firm word, then a name written on: 南方基金史博.
        for (std::size_t pos = 0; pos < s.size();) {
            text::next_code_point(s, pos);
            const std::string_view head = s.substr(0, pos), rest = s.substr(pos);
            if (ends_with_firm_word(head) && is_han_person_name(rest)) {
                firm = head;
                out.push_back({rest, firm});
                return;
            }
        }
        if (ends_with_firm_word(s)) firm = s;
    }
};

} // namespace

std::vector<attendee> parse_zh_attendees(std::string_view value) {
    reader r;
    std::size_t start = 0;
    for (std::size_t pos = 0; pos < value.size();) {
        const std::size_t here = pos;
        const char32_t c = text::next_code_point(value, pos);
        if (!is_separator(c)) continue;
        const std::string_view part = value.substr(start, here - start);
        r.item(part);
        start = pos;
    }
    r.item(value.substr(start));
    return std::move(r.out);
}

} // namespace ect::layout
