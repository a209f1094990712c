#include "text/hant_hans.hpp"

#include "text/icu_rules.hpp"
#include "text/utf8.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <optional>

namespace ect::text {

namespace {

// The ASCII characters of ICU's rule syntax beyond literal text.
constexpr std::array<bool, 128> rule_syntax = [] {
    std::array<bool, 128> t{};
    for (const char c : std::string_view("{}[]$|@^&?+*().'\\\":<>=!#")) t[static_cast<unsigned char>(c)] = true;
    return t;
}();

// Appends the text of one side of a rule to `out`, in UTF-8, without its
// white space (which ICU's rule syntax ignores); false when the side uses
// syntax beyond literal text. Written in place: the table is built in
// every process that folds Chinese, a few thousand rules of two sides.
bool append_literal(std::u16string_view side, std::string& out) {
    for (std::size_t i = 0; i < side.size(); ++i) {
        const char16_t c = side[i];
        if (c < 0x80) {
            if (rule_syntax[c]) return false;
            if (!is_rule_space(c)) out.push_back(static_cast<char>(c));
        } else if (c >= 0xD800 && c < 0xDC00 && i + 1 < side.size() && side[i + 1] >= 0xDC00 && side[i + 1] < 0xE000) {
            append_utf8(out, 0x10000 + ((static_cast<char32_t>(c) - 0xD800) << 10) + (side[i + 1] - 0xDC00));
            ++i;
        } else if (c >= 0xD800 && c < 0xE000) {
            return false; // a lone surrogate
        } else {
            append_utf8(out, c);
        }
    }
    return true;
}

} // namespace

const hant_hans& hant_hans::get() {
    static const hant_hans table = [] {
        const std::optional<transliterator_rules> rules = icu_rules("Hant-Hans");
        return rules ? hant_hans(rules->rules, rules->reverse) : hant_hans(u"", false);
    }();
    return table;
}

hant_hans::hant_hans(std::u16string_view rules, bool reverse) { usable_ = !rules.empty() && read(rules, reverse); }

// Statements are variable definitions (skipped), rules for the other
// direction (skipped), and literal rules "from ↔ to" / "from ← to". Anything
// else (contexts, sets, cursor marks, filters) makes the table unusable
// rather than subtly different from ICU.
bool hant_hans::read(std::u16string_view source, bool reverse) {
    // Each rule's first character above the position it was written at:
    // sorted as plain integers, they group the rules by first character,
    // each group in the order written (the order ICU tries them in).
    std::vector<std::uint64_t> order;
    std::vector<rule> written;
    // A rule takes a dozen units of the source or more ("于飞↔于飛;"), and
    // each side two or three UTF-8 bytes a unit.
    written.reserve(source.size() / 8);
    order.reserve(source.size() / 8);
    text_.reserve(source.size() * 3 / 2);
    const bool understood = for_each_rule_statement(source, [&](std::u16string_view statement) {
        const std::size_t op = statement.find_first_of(u"\u2194\u2192\u2190");
        if (op == std::u16string_view::npos) return statement.front() == '$' && statement.find('=') != std::u16string_view::npos;
        const char16_t kind = statement[op];
        const bool applies = kind == u'\u2194' || kind == (reverse ? u'\u2190' : u'\u2192');
        if (!applies) return true;
        const std::u16string_view left = statement.substr(0, op), right = statement.substr(op + 1);
        // Both sides straight into text_, the replaced side first.
        const std::size_t at = text_.size();
        if (!append_literal(reverse ? right : left, text_)) return false;
        const std::size_t from_size = text_.size() - at;
        if (!append_literal(reverse ? left : right, text_)) return false;
        const std::size_t to_size = text_.size() - at - from_size;
        if (from_size == 0 || from_size > UINT16_MAX || to_size > UINT16_MAX || text_.size() > UINT32_MAX) return false;
        std::size_t pos = at;
        const char32_t first = next_code_point(text_, pos);
        order.push_back(std::uint64_t{first} << 32 | written.size());
        written.push_back({static_cast<std::uint32_t>(at), static_cast<std::uint16_t>(from_size),
                           static_cast<std::uint16_t>(to_size)});
        return true;
    });
    if (!understood) return false;
    std::sort(order.begin(), order.end());
    rules_.reserve(written.size());
    for (const std::uint64_t o : order) {
        const auto c = static_cast<char32_t>(o >> 32);
        const auto at = static_cast<std::uint32_t>(o);
        if (index_.empty() || index_.back().c != c)
            index_.push_back({c, static_cast<std::uint32_t>(rules_.size()), static_cast<std::uint32_t>(rules_.size())});
        rules_.push_back(written[at]);
        index_.back().end = static_cast<std::uint32_t>(rules_.size());
    }
    return true;
}

void hant_hans::fold(std::string_view s, std::string& out) const {
    std::size_t pos = 0;
    while (pos < s.size()) {
        const std::size_t at = pos;
        const char32_t c = next_code_point(s, pos);
        const auto it = std::lower_bound(index_.begin(), index_.end(), c,
                                         [](const first_char& f, char32_t key) { return f.c < key; });
        const rule* match = nullptr;
        if (it != index_.end() && it->c == c) {
            const std::string_view rest = s.substr(at);
            for (std::uint32_t i = it->begin; i < it->end && !match; ++i)
                if (rest.starts_with(from(rules_[i]))) match = &rules_[i];
        }
        if (match) {
            out += to(*match);
            pos = at + match->from_size;
        } else {
            out.append(s.substr(at, pos - at));
        }
    }
}

} // namespace ect::text
