#include "layout/zh_apposition.hpp"

#include "data/cue_table.hpp"
#include "data/title_table.hpp"
#include "layout/zh_label.hpp"
#include "text/short_hash.hpp"
#include "text/utf8.hpp"

#include <algorithm>
#include <string>
#include <vector>

namespace ect::layout {

namespace {

// Characters that follow a name rather than belong to it: particles and the
// first characters of the verbs news text puts after a name (表示, 称, 指出 …).
constexpr std::u32string_view after_name = U"等在表称稱指曾也则則的说說和与與对對以于於透回介认認强強先及兼、将將已正就还還是为為向被坦补補进進谈談所提亦均都并並同会會今日年说，。,：:（(“\"";

// Where a title can start. The longest-prefix lookup hashes a key at every
// code point it reads up to the longest title, so it runs only where the
// text's key, grown one code point at a time while it still begins some
// title key, reaches a whole title key. English prose (a zh-news probe of a
// bilingual page) has a letter at nearly every offset.
struct title_keys {
    // Both up to the last code point that starts a key (Han and letters),
    // not the whole of Unicode: 270 KB that every process folding Chinese
    // titles faulted in page by page, for bits never read.
    std::vector<bool> first;  // first code point of some title key
    std::vector<bool> single; // a whole title key of one code point, sized as `first`
    std::vector<bool> pairs;  // first two bytes of the keys of two bytes or more
    // The keys' prefixes (at code point ends) by their hash, a bit each: a
    // filter, not a set. A prefix it takes wrongly only lets the walk read
    // one more code point; the whole key decides. A set of the three
    // thousand prefixes was most of the index's cost, paid by every process
    // that reads a Chinese document: a node each, and as flat slots 150 KB
    // faulted in page by page.
    static constexpr std::size_t prefix_bits = std::size_t{1} << 17;
    std::vector<bool> prefixes;
    data::detail::alias_index whole;

    [[nodiscard]] static std::size_t bit_of(std::string_view prefix) {
        return text::short_hash(prefix) & (prefix_bits - 1);
    }
};

std::size_t pair_of(std::string_view key) {
    return static_cast<std::size_t>(static_cast<unsigned char>(key[0])) << 8 | static_cast<unsigned char>(key[1]);
}

const title_keys& keys() {
    static const title_keys k = [] {
        title_keys out;
        out.pairs.assign(0x10000, false);
        const auto aliases = data::title_table::builtin().aliases();
        // Built once per process: sized up front rather than rehashed as they grow.
        out.whole.reserve(aliases.size());
        out.prefixes.assign(title_keys::prefix_bits, false);
        for (const auto& [alias, canonical] : aliases) {
            const std::string key = data::lookup_key(alias);
            if (key.empty()) continue; // lookup_key gives no key longer than max_key_bytes
            std::size_t at = 0;
            const char32_t c = data::detail::next_code_point(key, at);
            if (c >= out.first.size()) {
                out.first.resize(c + 1, false);
                out.single.resize(c + 1, false);
            }
            out.first[c] = true;
            if (at == key.size()) out.single[c] = true;
            if (key.size() >= 2) out.pairs[pair_of(key)] = true;
            for (; at < key.size(); (void)data::detail::next_code_point(key, at))
                out.prefixes[title_keys::bit_of(key.substr(0, at))] = true;
            out.whole.add_key(key, 0);
        }
        return out;
    }();
    return k;
}

// `rest` starts with `first`, folded, which starts some title key.
bool may_start_title(std::string_view rest, char32_t c) {
    const title_keys& k = keys();
    std::size_t pos = 0;
    (void)data::detail::next_code_point(rest, pos);
    if (k.single[c]) return true;
    data::detail::key_builder b;
    b.push(c);
    for (;;) {
        // Dropped characters (spaces, some punctuation) leave the key as it is.
        const std::size_t before = b.key().size();
        while (pos < rest.size() && !b.push(data::detail::fold(data::detail::next_code_point(rest, pos)))) {}
        const std::string_view key = b.key();
        if (key.size() == before) return false; // the text ended
        if (!k.pairs[pair_of(key)]) return false;
        if (k.whole.find(key)) return true;
        if (!k.prefixes[title_keys::bit_of(key)]) return false;
    }
}

// 董事长兼CEO, 董事長暨總經理 (Taiwanese usage), 董事、副总经理.
bool joins_titles(char32_t c) {
    return c == U'、' || c == U'兼' || c == U'暨' || c == U'及' || c == U'和' || c == U'/' || c == ' ';
}

// Longest Latin form in brackets after a name, in bytes: 周明(Eric Zhou).
constexpr std::size_t max_alias_bytes = 40;

// The Latin name in brackets at the start of `s` (a capital, then letters,
// spaces, dots, hyphens and apostrophes, and no title: 周明(CEO)), or an
// empty view.
std::string_view latin_alias_at(std::string_view s) {
    for (const auto& [open, close] : {std::pair<std::string_view, std::string_view>{"(", ")"},
                                      std::pair<std::string_view, std::string_view>{"\xEF\xBC\x88", "\xEF\xBC\x89"}}) {
        if (!s.starts_with(open)) continue;
        const std::string_view rest = s.substr(open.size(), max_alias_bytes);
        const std::size_t end = rest.find(close);
        if (end == std::string_view::npos) return {};
        const std::string_view inside = text::trim(rest.substr(0, end));
        const bool latin = !inside.empty() && text::is_ascii_upper(static_cast<unsigned char>(inside.front())) &&
                           std::all_of(inside.begin(), inside.end(), [](char c) {
                               return text::is_ascii_alpha(static_cast<unsigned char>(c)) || c == ' ' || c == '.' ||
                                      c == '-' || c == '\'';
                           });
        return latin && !data::title_table::builtin().find(inside) ? inside : std::string_view{};
    }
    return {};
}

} // namespace

void build_apposition_index() { (void)keys(); }

// A word that follows a name here rather than continuing it: 林芳女士,
// 金晔出席, 金晔一同出席 give the two-character names 林芳 and 金晔.
bool ends_name(std::string_view rest) {
    return !data::cue_at(rest, "honorific-zh").empty() || !data::cue_at(rest, "name-end-zh").empty();
}

std::size_t han_name_length(std::string_view s) {
    const std::string_view surname = han_surname(s);
    if (surname.empty()) return 0;
    std::size_t pos = surname.size();
    std::size_t chars = 0;
    constexpr std::size_t max_given = 2; // one- or two-character given names
    while (pos < s.size() && chars < max_given) {
        std::size_t next = pos;
        const char32_t c = text::next_code_point(s, next);
        if (!text::is_han(c) || (chars > 0 && after_name.find(c) != std::u32string_view::npos)) break;
        if (chars == 0 && after_name.find(c) != std::u32string_view::npos && c != U'会' && c != U'會') break;
        if (ends_name(s.substr(pos))) break;
        pos = next;
        ++chars;
    }
    return chars == 0 ? 0 : pos;
}

std::vector<apposition> find_zh_appositions(std::string_view s) {
    std::vector<apposition> out;
    const auto& titles = data::title_table::builtin();
    const std::vector<bool>& starts = keys().first;
    std::size_t pos = 0;
    while (pos < s.size()) {
        // Titles start with a letter or a Han character, never with punctuation.
        std::size_t peek = pos;
        const char32_t first = text::next_code_point(s, peek);
        const char32_t folded = data::detail::fold(first);
        if ((!text::is_han(first) && !text::is_ascii_alpha(first)) || folded >= starts.size() || !starts[folded] ||
            !may_start_title(s.substr(pos), folded)) {
            pos = peek;
            continue;
        }
        auto [entry, len] = titles.find_prefix(s.substr(pos));
        if (!entry) {
            text::next_code_point(s, pos);
            continue;
        }
        // A chain of titles: 聯合創始人、執行董事、首席執行官 / 董事长兼CEO
        apposition a;
        const std::size_t chain_begin = pos;
        std::size_t end = pos + len;
        a.titles.push_back(entry->canonical);
        for (;;) {
            std::size_t next = end;
            if (next >= s.size()) break;
            const char32_t c = text::next_code_point(s, next);
            if (!joins_titles(c)) break;
            auto [more, more_len] = titles.find_prefix(s.substr(next));
            if (!more) break;
            a.titles.push_back(more->canonical);
            end = next + more_len;
        }
        // 董事长 贺明远 / 独立董事　吕蓉君: one space between title and name
        // (Choice rewrites and A-share forms).
        const std::size_t chain_end = end;
        std::size_t gap = end;
        if (gap < s.size()) {
            std::size_t next = gap;
            if (const char32_t c = text::next_code_point(s, next); c == ' ' || c == 0x3000) gap = next;
        }
        if (han_name_length(s.substr(end)) == 0 && gap != end && han_name_length(s.substr(gap)) != 0) end = gap;
        const std::size_t name_len = han_name_length(s.substr(end));
        if (name_len == 0) {
            pos = end;
            continue;
        }
        a.title = s.substr(chain_begin, chain_end - chain_begin);
        a.name = s.substr(end, name_len);
        a.alias = latin_alias_at(s.substr(end + name_len));
        a.span = {chain_begin, end + name_len};
        out.push_back(std::move(a));
        pos = end + name_len;
    }
    return out;
}

} // namespace ect::layout
