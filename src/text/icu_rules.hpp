#pragma once
// The rule sources of ICU's rule-based transliterators, read from ICU's
// data. Asking ICU's registry for a transliterator by name first builds the
// registry itself (about 15 ms per process); compiling the rules directly,
// or reading them into a table, skips that.

#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace ect::text {

struct transliterator_rules {
    /// The source as ICU's data holds it, not copied: the largest (Han-Latin,
    /// 144 KB) would be fresh memory faulted in page by page in every
    /// process that romanises a name. Valid while this object lives.
    std::u16string_view rules;
    bool reverse = false; // the rules are written for the other direction
    std::shared_ptr<const void> data; // keeps the resource bundle behind `rules` open
};

/// White space between the tokens of a rule, which ICU's syntax ignores.
constexpr bool is_rule_space(char32_t c) noexcept { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

/// `s` without the rule white space around it.
template <class Char>
std::basic_string_view<Char> trim_rule_space(std::basic_string_view<Char> s) {
    while (!s.empty() && is_rule_space(s.front())) s.remove_prefix(1);
    while (!s.empty() && is_rule_space(s.back())) s.remove_suffix(1);
    return s;
}

/// Calls `f(statement)` for each statement of a rule source, trimmed of
/// white space and skipping empty ones: the text up to each ';' that is not
/// inside a set ("[...]"). Stops when `f` returns false; returns whether it
/// read to the end.
template <class Char, class F>
bool for_each_rule_statement(std::basic_string_view<Char> source, F&& f) {
    std::size_t start = 0;
    while (start < source.size()) {
        std::size_t end = start;
        int depth = 0;
        while (end < source.size() && (source[end] != ';' || depth > 0)) {
            if (source[end] == '[') ++depth;
            if (source[end] == ']' && depth > 0) --depth;
            ++end;
        }
        const std::basic_string_view<Char> statement = trim_rule_space(source.substr(start, end - start));
        start = end + 1;
        if (!statement.empty() && !f(statement)) return false;
    }
    return true;
}

/// The rules ICU keeps for transliterator `id` ("Hant-Hans",
/// "Han-Latin/Names"), following one alias; none when ICU has no such rules.
[[nodiscard]] std::optional<transliterator_rules> icu_rules(const char* id);

} // namespace ect::text
