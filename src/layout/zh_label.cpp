#include "layout/zh_label.hpp"

#include "data/cue_table.hpp"
#include "data/embedded.hpp"
#include "data/title_table.hpp"
#include "layout/x3_primitives.hpp"
#include "layout/zh_apposition.hpp"
#include "layout/zh_qa_label.hpp"
#include "text/utf8.hpp"

#include <unordered_set>

namespace ect::layout {

namespace {

namespace x3 = boost::spirit::x3;
using namespace x3p;

// Longest label prefix we accept, in code points: a firm, a role word and a
// name fit; a sentence does not.
constexpr std::size_t max_label_code_points = 32;

const auto analyst_word = x3::lit("分析師") | x3::lit("分析师") | x3::lit("研究員") | x3::lit("研究员");
const auto latin_word = +(name_letter | x3::char_("'.-"));
const auto latin_name = latin_word >> *(+x3::lit(' ') >> latin_word);
const auto han_name = x3::repeat(2, 4)[han];
// Transliterated Western names: 萨提亚·纳德拉
const auto han_foreign_name = +han >> +((x3::lit("\xC2\xB7") | x3::lit("\xE2\x80\xA2") | x3::lit("\xE3\x83\xBB")) >> +han);
const auto paren_alias = open_paren >> x3::raw[latin_name] >> close_paren;

class surname_set {
public:
    surname_set() {
        std::string_view all = data::surnames_txt();
        while (!all.empty()) {
            const std::size_t nl = all.find('\n');
            std::string_view line = all.substr(0, nl);
            all = nl == std::string_view::npos ? std::string_view{} : all.substr(nl + 1);
            if (line.empty() || line.front() == '#') continue;
            // Several surnames may share a line, separated by spaces.
            while (!line.empty()) {
                const std::size_t sp = line.find(' ');
                const std::string_view word = line.substr(0, sp);
                if (!word.empty()) names_.insert(word);
                line = sp == std::string_view::npos ? std::string_view{} : line.substr(sp + 1);
            }
        }
    }
    [[nodiscard]] bool contains(std::string_view s) const { return names_.count(s) != 0; }

private:
    std::unordered_set<std::string_view> names_;
};

const surname_set& surnames() {
    static const surname_set set;
    return set;
}

std::size_t find_colon(std::string_view line) {
    std::size_t pos = 0;
    std::size_t cps = 0;
    while (pos < line.size() && cps <= max_label_code_points + 4) {
        const std::size_t at = pos;
        // Every character looked for is ASCII or starts with E2, E3 or EF:
        // a Chinese character (E4-E9) is skipped without decoding.
        if (const auto lead = static_cast<unsigned char>(line[pos]); lead >= 0xE4 && lead <= 0xE9) {
            pos += 3;
            ++cps;
            continue;
        }
        const char32_t c = text::next_code_point(line, pos);
        if (c == ':' || c == 0xFF1A || c == 0xFE55 || c == 0x2236) return at;
        // Sentence punctuation inside the prefix: prose, not a label.
        if (c == 0x3002 || c == 0xFF0C || c == ',' || c == 0x3001 || c == 0xFF1B || c == ';' || c == 0xFF01 ||
            c == 0xFF1F || c == '?' || c == '!' || c == 0x201C || c == 0x300C)
            return std::string_view::npos;
        ++cps;
    }
    return std::string_view::npos;
}

// The text inside `s` when it is one parenthesised part: (首席执行官).
std::string_view parenthesised(std::string_view s) {
    using pair = std::pair<std::string_view, std::string_view>;
    for (const auto& [open, close] : {pair{"(", ")"}, pair{"\xEF\xBC\x88", "\xEF\xBC\x89"}})
        if (s.size() > open.size() + close.size() && s.starts_with(open) && s.ends_with(close))
            return text::trim(s.substr(open.size(), s.size() - open.size() - close.size()));
    return {};
}

// 张三先生 → 张三: the courtesy title after a Han name, or an empty view.
std::string_view honorific_of(std::string_view name) {
    for (const std::string_view h : data::cues("honorific-zh"))
        if (name.size() > h.size() && name.ends_with(h)) return h;
    return {};
}

// Split `prefix` into name and optional "(Latin alias)".
bool parse_name(std::string_view prefix, bool need_surname, zh_label& out) {
    prefix = text::trim(prefix);
    if (prefix.empty()) return false;
    std::string_view alias;
    std::string_view name = prefix;
    // "梁伟亮(Eddie Leung)": the alias is the parenthesised tail.
    const std::size_t half = prefix.rfind('(');
    const std::size_t full = prefix.rfind("\xEF\xBC\x88");
    const std::size_t open = half == std::string_view::npos ? full
                             : full == std::string_view::npos ? half
                                                              : std::max(half, full);
    if (open != std::string_view::npos && open > 0) {
        const char* first = prefix.data() + open;
        const char* const last = prefix.data() + prefix.size();
        std::string_view got;
        // Cheng Yixiao (程一笑): the Han form after a Latin name.
        if (x3::parse(first, last, open_paren >> x3::raw[han_name | latin_name][([&](auto& ctx) {
                                    const auto& r = x3::_attr(ctx);
                                    got = std::string_view(&*r.begin(), static_cast<std::size_t>(r.end() - r.begin()));
                                })] >> close_paren) &&
            first == last) {
            alias = got;
            name = text::trim(prefix.substr(0, open));
        } else if (const std::string_view inside = parenthesised(prefix.substr(open));
                   !inside.empty() && data::title_table::builtin().find(inside)) {
            // 张三(首席执行官): a title too long for a name; alias_to_position moves it.
            alias = inside;
            name = text::trim(prefix.substr(0, open));
        }
    }
    const std::string_view courtesy = honorific_of(name);
    if (!courtesy.empty()) name = name.substr(0, name.size() - courtesy.size());
    if (matches_all(name, latin_name)) {
        // A Latin name needs a capital letter: "by the way:" is prose.
        if (!text::is_ascii_upper(static_cast<unsigned char>(name.front()))) return false;
    } else if (matches_all(name, han_foreign_name)) {
    } else if (matches_all(name, han_name)) {
        if (need_surname && han_surname(name).empty()) return false;
    } else {
        return false;
    }
    out.name = name;
    out.alias = alias;
    out.honorific = !courtesy.empty();
    return true;
}

// 吴泳铭(CEO): a parenthesis holding a known title is the position, not a
// Latin form of the name.
void alias_to_position(zh_label& l) {
    if (!l.alias.empty() && data::title_table::builtin().find(l.alias)) l.position = l.alias, l.alias = {};
}

// 投资者关系主管刘丽娣 / 首席财务官 孔书宁: a known title, then the name.
bool parse_titled_name(std::string_view prefix, zh_label& out) {
    prefix = text::trim(prefix);
    auto [entry, len] = data::title_table::builtin().find_prefix(prefix);
    if (!entry || len >= prefix.size()) return false;
    zh_label got = out;
    if (!parse_name(prefix.substr(len), true, got)) return false;
    got.position = text::trim(prefix.substr(0, len));
    out = got;
    return true;
}

// 董事长兼CEO张三 / 公司首席执行官张三 / 公司CEO 张三: a chain of titles,
// perhaps after the company's name, ending in a Han name.
bool parse_title_chain_name(std::string_view prefix, zh_label& out) {
    prefix = text::trim(prefix);
    const std::vector<apposition> found = find_zh_appositions(prefix);
    if (found.empty() || found.back().span.end != prefix.size()) return false;
    out.name = found.back().name;
    out.position = found.back().title;
    return true;
}

// 摩根士丹利(MS) / 高盛（GS.US）: a stock quote after the firm is no part of it.
std::string_view strip_quote(std::string_view firm) {
    const std::size_t half = firm.rfind('(');
    const std::size_t full = firm.rfind("\xEF\xBC\x88");
    const std::size_t open = half == std::string_view::npos ? full
                             : full == std::string_view::npos ? half
                                                              : std::max(half, full);
    if (open == std::string_view::npos || open == 0) return firm;
    const bool closed = firm.back() == ')' || (firm.size() >= 3 && firm.substr(firm.size() - 3) == "\xEF\xBC\x89");
    return closed ? text::trim(firm.substr(0, open)) : firm;
}

} // namespace

namespace {
constexpr std::string_view asking_side = "分析师";
constexpr std::string_view answering_side = "管理层";
} // namespace

bool is_asking_side(std::string_view side) { return side == asking_side; }

bool parse_zh_side_label(std::string_view line, zh_label& out) {
    const std::size_t lead = text::trim_left_bytes(line);
    const std::string_view rest = line.substr(lead);
    zh_label got;
    const std::size_t colon = find_colon(rest);
    if (colon != std::string_view::npos && colon > 0) {
        const std::string_view word = text::trim(rest.substr(0, colon));
        const bool asks = word == "分析师" || word == "分析師" || word == "投资者" || word == "投資者";
        const bool answers = word == "管理层" || word == "管理層" || word == "公司管理层" || word == "公司管理層";
        if (asks || answers) {
            std::size_t body = colon;
            text::next_code_point(rest, body);
            got.body = lead + body + text::trim_left_bytes(rest.substr(body));
            got.side = got.name = asks ? asking_side : answering_side;
            got.alias = asks ? "Analyst" : "Management";
            out = got;
            return true;
        }
    }
    zh_qa_label q;
    if (!parse_zh_qa_label(line, q) || !q.who.empty()) return false;
    if (q.what != zh_qa_label::kind::question && q.what != zh_qa_label::kind::answer) return false;
    const bool asks = q.what == zh_qa_label::kind::question;
    got.body = q.body;
    got.side = got.name = asks ? asking_side : answering_side;
    got.alias = asks ? "Analyst" : "Management";
    out = got;
    return true;
}

bool is_zh_operator_word(std::string_view s) {
    for (std::string_view w : {"会议助手", "會議助手", "主持人", "接线员", "接線員", "操作员", "操作員", "电话会议助理",
                               "電話會議助理"})
        if (s == w) return true;
    return false;
}

std::string_view han_surname(std::string_view name) {
    std::size_t pos = 0;
    if (name.empty()) return {};
    text::next_code_point(name, pos);
    std::size_t pos2 = pos;
    if (pos2 < name.size()) {
        text::next_code_point(name, pos2);
        if (surnames().contains(name.substr(0, pos2))) return name.substr(0, pos2);
    }
    return surnames().contains(name.substr(0, pos)) ? name.substr(0, pos) : std::string_view{};
}

bool is_han_person_name(std::string_view s) { return matches_all(s, han_name) && !han_surname(s).empty(); }

bool parse_zh_label(std::string_view line, zh_label& out) {
    const std::size_t lead = text::trim_left_bytes(line);
    const std::string_view rest = line.substr(lead);
    const std::size_t colon = find_colon(rest);
    if (colon == std::string_view::npos || colon == 0) return false;
    const std::string_view prefix = rest.substr(0, colon);
    if (!text::at_most_code_points(prefix, max_label_code_points)) return false;

    zh_label got;
    // "{firm}分析師{name}": find the role word, the firm is what precedes it.
    for (std::size_t pos = 0; pos < prefix.size();) {
        const char* first = prefix.data() + pos;
        const char* const last = prefix.data() + prefix.size();
        if (x3::parse(first, last, analyst_word)) {
            got.firm = text::trim(prefix.substr(0, pos));
            got.title = prefix.substr(pos, static_cast<std::size_t>(first - (prefix.data() + pos)));
            if (!parse_name(std::string_view(first, static_cast<std::size_t>(last - first)), false, got)) return false;
            break;
        }
        text::next_code_point(prefix, pos);
    }
    if (got.title.empty()) {
        std::string_view who = prefix;
        // 主持人|投资者关系主管刘丽娣(Lidia Liu): a role word, a bar, the person.
        for (std::string_view bar : {"|", "\xEF\xBD\x9C"}) {
            const std::size_t at = who.find(bar);
            if (at != std::string_view::npos && at > 0) {
                got.side = text::trim(who.substr(0, at));
                who = who.substr(at + bar.size());
                break;
            }
        }
        if (got.side.empty() && is_zh_operator_word(text::trim(who))) {
            got.name = text::trim(who);
            got.operator_word = true;
        } else if (!parse_name(who, true, got) && !parse_titled_name(who, got) &&
                   !parse_title_chain_name(who, got)) {
            return false;
        }
    }
    alias_to_position(got);
    if (got.operator_word) got.alias = "Operator";
    got.firm = strip_quote(got.firm);

    // Skip the colon itself.
    std::size_t body = colon;
    text::next_code_point(rest, body);
    got.body = lead + body;
    out = got;
    return true;
}

} // namespace ect::layout
