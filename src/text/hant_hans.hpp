#pragma once
// Traditional → Simplified folding as ICU's Hant-Hans transliterator does
// it, from ICU's own rule source. In that direction every rule is a literal
// replacement (繫詞 → 系词, 餘 → 余), tried in the order written, the first
// that matches winning; so a table keyed by first character gives ICU's
// output without compiling the rules into a transliterator (3-5 ms per
// process) or copying them for every parser.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace ect::text {

class hant_hans {
public:
    /// The table, built on first use and shared by every thread.
    [[nodiscard]] static const hant_hans& get();

    /// Whether the rule source was read and understood; when not, callers
    /// keep using ICU's transliterator.
    [[nodiscard]] bool usable() const noexcept { return usable_; }

    /// `s` with each Traditional form replaced, appended to `out`.
    void fold(std::string_view s, std::string& out) const;

    /// Built from a rule source written, as ICU's is, for Simplified →
    /// Traditional (`reverse`: the rules are applied right to left).
    hant_hans(std::u16string_view rules, bool reverse);

private:
    // A rule's two sides, UTF-8, one after the other in text_: `from`
    // starts with the indexed character. Eight bytes a rule, where two
    // strings took sixty-four: the table is built in every process that
    // folds Chinese, and its pages are faulted in as it is written.
    struct rule {
        std::uint32_t at;
        std::uint16_t from_size, to_size;
    };
    [[nodiscard]] std::string_view from(const rule& r) const noexcept { return {text_.data() + r.at, r.from_size}; }
    [[nodiscard]] std::string_view to(const rule& r) const noexcept {
        return {text_.data() + r.at + r.from_size, r.to_size};
    }
    struct first_char {
        char32_t c;
        std::uint32_t begin, end; // its rules in rules_, in the order written
    };

    bool read(std::u16string_view source, bool reverse);

    bool usable_ = false;
    std::string text_;
    std::vector<rule> rules_;
    std::vector<first_char> index_; // sorted by character
};

} // namespace ect::text
