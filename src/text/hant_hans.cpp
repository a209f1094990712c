#include "text/hant_hans.hpp"

#include "text/icu_rules.hpp"
#include "text/utf8.hpp"

#include <algorithm>
#include <optional>

namespace ect::text {

namespace {

// The text of one side of a rule, in UTF-8, without its white space (which
// ICU's rule syntax ignores); none when the side uses syntax beyond literal
// text.
std::optional<std::string> literal_side(std::u16string_view side) {
    std::string out;
    for (std::size_t i = 0; i < side.size(); ++i) {
        const char16_t c = side[i];
        if (is_rule_space(c)) continue;
        if (c < 0x80 && std::string_view("{}[]$|@^&?+*().'\\\":<>=!#").find(static_cast<char>(c)) != std::string_view::npos)
            return std::nullopt;
        if (c >= 0xD800 && c < 0xDC00 && i + 1 < side.size() && side[i + 1] >= 0xDC00 && side[i + 1] < 0xE000) {
            append_utf8(out, 0x10000 + ((static_cast<char32_t>(c) - 0xD800) << 10) + (side[i + 1] - 0xDC00));
            ++i;
        } else if (c >= 0xD800 && c < 0xE000) {
            return std::nullopt; // a lone surrogate
        } else {
            append_utf8(out, c);
        }
    }
    return out;
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
    std::vector<std::pair<char32_t, std::uint32_t>> order; // first character, position written
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
        std::optional<std::string> left = literal_side(statement.substr(0, op));
        std::optional<std::string> right = literal_side(statement.substr(op + 1));
        if (!left || !right) return false;
        const std::string& f = reverse ? *right : *left;
        const std::string& t = reverse ? *left : *right;
        if (f.empty() || f.size() > UINT16_MAX || t.size() > UINT16_MAX || text_.size() > UINT32_MAX - f.size() - t.size())
            return false;
        std::size_t pos = 0;
        order.emplace_back(next_code_point(f, pos), static_cast<std::uint32_t>(written.size()));
        written.push_back({static_cast<std::uint32_t>(text_.size()), static_cast<std::uint16_t>(f.size()),
                           static_cast<std::uint16_t>(t.size())});
        text_ += f;
        text_ += t;
        return true;
    });
    if (!understood) return false;
    // Grouped by first character, each group in the order written: the
    // order ICU tries them in.
    std::sort(order.begin(), order.end());
    rules_.reserve(written.size());
    for (const auto& [c, at] : order) {
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
