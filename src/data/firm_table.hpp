#pragma once
// Firm gazetteer (src/data/firms.tsv): resolves a firm mention such as "UBS Securities LLC",
// "瑞銀集團" or "Keefe, Bruyette & Woods" to one canonical firm.
//
// Lookup keys: ASCII letters lower-cased, full-width ASCII (U+FF01..U+FF5E) folded to ASCII,
// white space (ASCII, U+3000, NBSP ...) and the punctuation . , & - ' ’ ( ) · dropped, surrounding
// punctuation (: ; ! ? quotes brackets 、。：) trimmed. CJK text is kept as written: the tables
// list Simplified and Traditional forms side by side, so no script conversion is needed.

#include <array>
#include <bitset>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace ect::data {

// The lookup key of `text` (see above); what both the firm and the title table index.
[[nodiscard]] std::string lookup_key(std::string_view text);

namespace detail {

// Mentions whose key is longer than this are never looked up (no firm or title is that long).
inline constexpr std::size_t max_key_bytes = 192;

// Inline: every key is built from these, one code point at a time.
[[nodiscard]] inline char32_t next_code_point(std::string_view s, std::size_t& pos) noexcept {
    const auto b0 = static_cast<unsigned char>(s[pos]);
    if (b0 < 0x80) {
        ++pos;
        return b0;
    }
    std::size_t len = (b0 >> 5) == 0x6 ? 2 : (b0 >> 4) == 0xE ? 3 : (b0 >> 3) == 0x1E ? 4 : 0;
    char32_t c = len == 2 ? (b0 & 0x1Fu) : len == 3 ? (b0 & 0x0Fu) : (b0 & 0x07u);
    bool ok = len != 0 && pos + len <= s.size();
    for (std::size_t i = 1; ok && i < len; ++i) {
        const auto b = static_cast<unsigned char>(s[pos + i]);
        ok = (b & 0xC0) == 0x80;
        c = (c << 6) | (b & 0x3Fu);
    }
    pos += ok ? len : 1;  // an invalid byte stands for itself as U+FFFD
    return ok ? c : 0xFFFD;
}
// Full-width to ASCII, ASCII lower case.
[[nodiscard]] inline char32_t fold(char32_t c) noexcept {
    if (c >= 0xFF01 && c <= 0xFF5E) c -= 0xFEE0;  // full-width ASCII
    else if (c == 0x3000) c = U' ';               // ideographic space
    if (c >= U'A' && c <= U'Z') c += 0x20;
    return c;
}
[[nodiscard]] constexpr bool is_ascii_alnum(char32_t c) noexcept {
    return (c >= U'0' && c <= U'9') || (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z');
}
// `s` without surrounding white space and punctuation.
[[nodiscard]] std::string_view trim_mention(std::string_view s) noexcept;

// Builds a key one code point at a time and remembers where each word starts, so that a
// generic suffix ("Securities", "LLC") is only ever stripped as a whole word.
class key_builder {
public:
    // Appends the key form of `c`; false when `c` is dropped (space or ignored punctuation).
    bool push(char32_t c);
    // push for an ASCII character, inline where keys are built.
    bool push_ascii(unsigned char c);
    [[nodiscard]] std::string_view key() const noexcept { return {key_.data(), size_}; }
    [[nodiscard]] bool overflow() const noexcept { return size_ > max_key_bytes; }
    // True when a word starts at byte `i` of the key (after a dropped character or a change
    // between ASCII and non-ASCII script).
    [[nodiscard]] bool word_starts_at(std::size_t i) const noexcept { return i <= max_key_bytes && starts_[i]; }

private:
    // A key that has passed max_key_bytes is never read again, so it stops
    // growing there: one more code point (4 bytes at most) fits. No
    // allocation, and no capacity test per byte.
    std::array<char, max_key_bytes + 4> key_;
    std::size_t size_ = 0;
    std::bitset<max_key_bytes + 1> starts_;
    bool gap_ = true;
};

// Fills `b` (fresh) with the key of `mention` after trim_mention; false when the key is empty
// or longer than max_key_bytes.
[[nodiscard]] bool build_key(std::string_view mention, key_builder& b);

// The generic suffixes firm_table::find strips, in key form and in the order
// they are tried (Latin ones as whole words only).
[[nodiscard]] std::span<const std::string_view> latin_suffix_list() noexcept;
[[nodiscard]] std::span<const std::string_view> cjk_suffix_list() noexcept;
// Where the key b.key()[begin, end) ends once the first generic suffix it
// ends with is removed; `end` if none.
[[nodiscard]] std::size_t strip_suffix(const key_builder& b, std::size_t begin, std::size_t end);

// Alias key -> row index; the first row that claims a key keeps it.
//
// Open addressing over one array of slots, the keys in one string: a lookup
// reads one slot and one key. A node-based map read a bucket, a node and
// the key's own buffer, each a cache miss once the parse has moved through
// other data, and those misses were most of a lookup's time.
class alias_index {
public:
    // Throws std::runtime_error naming `line` when the alias has an empty key.
    void add(std::string_view alias, std::uint32_t row, std::size_t line, std::string_view table);
    // Adds a key already in lookup form (what lookup_key or a key_builder
    // gives, or a prefix of it); false, adding nothing, when it is empty or
    // longer than any key may be.
    bool add_key(std::string_view key, std::uint32_t row);
    // Room for `n` aliases without growing: a table is built once.
    void reserve(std::size_t n);
    [[nodiscard]] const std::uint32_t* find(std::string_view key) const noexcept;
    [[nodiscard]] std::size_t longest_key() const noexcept { return longest_; }
    // False when no key of one byte is key[0] and no longer key starts with
    // key[0, 2): then neither `key` nor any prefix of it is a key. Most
    // mentions that name no firm fail here, before a hash or a suffix test.
    [[nodiscard]] bool may_hold_prefix_of(std::string_view key) const noexcept {
        if (key.empty()) return false;
        const auto a = static_cast<unsigned char>(key[0]);
        return one_byte_[a] || (key.size() >= 2 && two_bytes_[a << 8 | static_cast<unsigned char>(key[1])]);
    }

private:
    struct slot {
        std::uint32_t hash = 0;
        std::uint32_t row = 0;
        std::uint32_t at = 0;   // the key: keys_[at, at + size)
        std::uint32_t size = 0; // 0: a free slot (no key is empty)
    };
    // The slot holding `key`, or the free slot where it would go.
    [[nodiscard]] std::size_t slot_of(std::string_view key, std::uint32_t hash) const noexcept;
    void grow(std::size_t slots);

    std::vector<slot> slots_;  // a power of two in number, at most half used
    std::string keys_;
    std::size_t used_ = 0;
    std::size_t longest_ = 0;
    std::bitset<256> one_byte_;      // the keys of one byte
    std::bitset<65536> two_bytes_;   // the first two bytes of the longer keys
};

// TSV reading shared by the firm and title tables. for_each_row calls `row(line, fields)` for
// every line that is not blank or a '#' comment, with fields split on TAB and trimmed of spaces;
// it throws std::runtime_error ("<table>:<line>: ...") when the first field is empty.
// for_each_alias splits a '|' list and throws on an empty element.
void for_each_row(std::string_view tsv, std::string_view table,
                  const std::function<void(std::size_t, const std::vector<std::string_view>&)>& row);
void for_each_alias(std::string_view field, std::size_t line, std::string_view table,
                    const std::function<void(std::string_view)>& alias);
// Throws std::runtime_error("<table>:<line>: <what>").
[[noreturn]] void malformed(std::string_view table, std::size_t line, const std::string& what);
// An upper bound on the aliases of a table: one per line, one more per '|'.
[[nodiscard]] inline std::size_t most_aliases(std::string_view tsv) noexcept {
    std::size_t n = 1;
    for (char c : tsv) n += c == '\n' || c == '|';
    return n;
}

// Longest prefix of `text` that `resolve(const key_builder&)` accepts, in bytes of `text`.
// A match must end on a code point that contributed to the key, and an ASCII letter or digit
// must not run on into the next character ("MS" is not a prefix of "MSCI").
template <class Resolve>
auto longest_prefix(std::string_view text, std::size_t max_key, Resolve&& resolve)
    -> std::pair<decltype(resolve(std::declval<const key_builder&>())), std::size_t> {
    key_builder b;
    std::pair<decltype(resolve(std::declval<const key_builder&>())), std::size_t> best{nullptr, 0};
    std::size_t pos = 0;
    while (pos < text.size()) {
        const char32_t c = fold(next_code_point(text, pos));
        if (!b.push(c)) continue;
        if (b.key().size() > max_key || b.overflow()) break;
        if (is_ascii_alnum(c) && pos < text.size()) {
            std::size_t peek = pos;
            const char32_t next = fold(next_code_point(text, peek));
            if (is_ascii_alnum(next)) continue;
            // "MD&A", "AT&T": an ampersand between letters does not end the word.
            if (next == U'&' && peek < text.size() && is_ascii_alnum(fold(next_code_point(text, peek)))) continue;
        }
        if (const auto* hit = resolve(b); hit != nullptr) best = {hit, pos};
    }
    return best;
}

} // namespace detail

/// True when `word`, as written ("plc", "Inc.", "S.p.A.", "Pvt."), is the
/// legal form a firm's name may end with (or, for "Pvt." and "& Co.", run on
/// after): its lookup key is one of the forms below, whatever its case.
[[nodiscard]] bool is_legal_form(std::string_view word);

struct firm_entry {
    std::string_view canonical;
    std::string_view kind;  // sell-side | buy-side | rating | bank | other
};

// An immutable firm table. Its entries are views into the TSV text given to parse(), which
// must outlive the table (the embedded data is static).
class firm_table {
public:
    // Rows: canonical<TAB>kind<TAB>aliases ('|'-separated, may be empty); '#' starts a comment
    // line. Throws std::runtime_error naming the line on a malformed row. When two rows claim
    // the same key the first keeps it (the unit tests reject such tables).
    [[nodiscard]] static firm_table parse(std::string_view tsv);
    // The table compiled into the library (src/data/firms.tsv), parsed on first use.
    [[nodiscard]] static const firm_table& builtin();

    // Exact lookup of a firm mention, tolerant of case, full-width forms, spaces and punctuation,
    // and of generic suffixes (Group, Securities, LLC, & Co., India, 集团, 证券, 公司 ...) and a
    // leading "The" when what remains is a known alias. nullptr when unknown.
    [[nodiscard]] const firm_entry* find(std::string_view mention) const;
    // Longest known firm (suffixes allowed) at the start of `text`, e.g. 高盛 in
    // "高盛分析師Marcus Bell": the entry and the byte length of the match, or {nullptr, 0}.
    [[nodiscard]] std::pair<const firm_entry*, std::size_t> find_prefix(std::string_view text) const;
    [[nodiscard]] std::size_t size() const noexcept { return entries_.size(); }
    // Every (alias, canonical) pair as written in the table, canonical names included.
    [[nodiscard]] std::vector<std::pair<std::string_view, std::string_view>> aliases() const;

private:
    [[nodiscard]] const firm_entry* resolve(const detail::key_builder& b) const;

    std::vector<firm_entry> entries_;
    std::vector<std::pair<std::string_view, std::uint32_t>> aliases_;
    detail::alias_index index_;
};

} // namespace ect::data
