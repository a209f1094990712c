#pragma once
// Mandarin readings of Han characters for romanising names, read from the
// rule source of ICU's own Han-Latin transliterators. Compiling those rules
// into a transliterator costs ICU about 150 ms per process, more than
// parsing a whole archive of English calls; the rules are almost all of the
// form "[these characters] → this syllable", so reading them into a table
// takes about a millisecond and gives the same syllables (tested against
// ICU character by character).

#include <array>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ect::text {

class han_readings {
public:
    /// The table, built on first use and shared by every thread.
    [[nodiscard]] static const han_readings& get();

    /// Whether the rule source was read and understood; when not, callers
    /// keep using ICU's transliterators.
    [[nodiscard]] bool usable() const noexcept { return usable_; }

    /// `name` romanised as ICU's "Han-Latin/Names; Latin-ASCII; Lower" does
    /// for its first `surname_chars` characters and "Han-Latin; Latin-ASCII;
    /// Lower" for the rest, syllables of each part joined: {"cheng",
    /// "yixiao"}. Empty when `name` has a character outside the table.
    struct parts {
        std::string family;
        std::string given;
    };
    [[nodiscard]] std::optional<parts> romanize(std::u32string_view name, std::size_t surname_chars) const;

    /// The plain reading of one character, or empty.
    [[nodiscard]] std::string_view reading(char32_t c) const;

    /// Built from rule sources (as ICU stores them) rather than ICU's data:
    /// for tests.
    han_readings(std::u16string_view plain_rules, std::u16string_view name_rules);

private:
    static constexpr std::uint16_t none = 0xFFFF;

    // A rule for one character, maybe only before `next` (a following
    // space allowed, as ICU's "} \u0020? next" says) or only at the start
    // of a run of Han characters.
    struct context_rule {
        char32_t key;
        char32_t next; // 0: any
        bool at_start;
        std::uint16_t reading;
    };

    struct reading_ids;
    bool read_rules(std::u16string_view source, std::vector<context_rule>& rules, bool names, reading_ids& ids);
    void add_to_table(char32_t c, std::uint16_t reading);
    // The index of a rule's syllable in readings_, added on first sight.
    std::uint16_t reading_of(const std::u32string& syllable, reading_ids& ids);
    [[nodiscard]] std::uint16_t plain_reading(char32_t c) const;
    [[nodiscard]] static std::uint16_t first_match(const std::vector<context_rule>& rules, std::u32string_view s,
                                                   std::size_t i, bool next_usable);

    bool usable_ = false;
    // Readings by character, in pages of 256 characters made when a rule
    // first reads a character of theirs: the Han blocks the rules cover,
    // and not the unassigned stretches between them (a flat table filled
    // up to the last Han block was 400 KB faulted in at every start).
    static constexpr std::size_t page_bits = 8, page_size = std::size_t{1} << page_bits;
    using page = std::array<std::uint16_t, page_size>;
    page& new_page(std::size_t p); // made when a rule first reads a character of its block
    std::vector<std::unique_ptr<page>> pages_;
    std::vector<context_rule> plain_rules_;                  // tried before the table, in order
    std::vector<context_rule> name_rules_;                   // surnames, tried before the plain reading
    std::vector<std::string> readings_;                      // ASCII, lower case, no tone
};

} // namespace ect::text
