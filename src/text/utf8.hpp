#pragma once
// Small UTF-8 helpers used by every stage. The text is valid UTF-8 once it
// leaves decode(), so these do no validation, except valid_sequence_length,
// for the places that check bytes themselves (decode, the JSON writer).

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace ect::text {

/// Length of the UTF-8 sequence that starts with `lead`.
constexpr std::size_t sequence_length(unsigned char lead) noexcept {
    return lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
}

/// Length of the well-formed UTF-8 sequence at `p` (`left` bytes remain), or
/// 0 when ill-formed (RFC 3629: no overlongs, no surrogates, nothing above
/// U+10FFFF).
inline std::size_t valid_sequence_length(const unsigned char* p, std::size_t left) noexcept {
    const unsigned char c = p[0];
    if (c < 0x80) return 1;
    if (c < 0xC2) return 0;
    if (c < 0xE0) return left >= 2 && (p[1] & 0xC0) == 0x80 ? 2 : 0;
    if (c < 0xF0) {
        if (left < 3 || (p[1] & 0xC0) != 0x80 || (p[2] & 0xC0) != 0x80) return 0;
        if (c == 0xE0 && p[1] < 0xA0) return 0;
        if (c == 0xED && p[1] >= 0xA0) return 0;
        return 3;
    }
    if (c < 0xF5) {
        if (left < 4 || (p[1] & 0xC0) != 0x80 || (p[2] & 0xC0) != 0x80 || (p[3] & 0xC0) != 0x80) return 0;
        if (c == 0xF0 && p[1] < 0x90) return 0;
        if (c == 0xF4 && p[1] >= 0x90) return 0;
        return 4;
    }
    return 0;
}

/// Decode the code point at `pos` and advance `pos` past it.
inline char32_t next_code_point(std::string_view s, std::size_t& pos) noexcept {
    const auto lead = static_cast<unsigned char>(s[pos]);
    std::size_t n = sequence_length(lead);
    if (pos + n > s.size()) n = s.size() - pos;
    char32_t cp = n == 1 ? lead : n == 2 ? (lead & 0x1Fu) : n == 3 ? (lead & 0x0Fu) : (lead & 0x07u);
    for (std::size_t i = 1; i < n; ++i) cp = (cp << 6) | (static_cast<unsigned char>(s[pos + i]) & 0x3Fu);
    pos += n;
    return cp;
}

/// Append the UTF-8 form of `c` to `out`.
inline void append_utf8(std::string& out, char32_t c) {
    if (c < 0x80) {
        out.push_back(static_cast<char>(c));
    } else if (c < 0x800) {
        out.push_back(static_cast<char>(0xC0 | (c >> 6)));
        out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    } else if (c < 0x10000) {
        out.push_back(static_cast<char>(0xE0 | (c >> 12)));
        out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    } else {
        out.push_back(static_cast<char>(0xF0 | (c >> 18)));
        out.push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    }
}

/// Decode the code point that ends at `pos` and move `pos` back to its start.
inline char32_t prev_code_point(std::string_view s, std::size_t& pos) noexcept {
    std::size_t start = pos - 1;
    while (start > 0 && (static_cast<unsigned char>(s[start]) & 0xC0u) == 0x80u) --start;
    std::size_t p = start;
    const char32_t cp = next_code_point(s, p);
    pos = start;
    return cp;
}

/// Number of code points in `s` (for 1-based columns in diagnostics).
inline std::size_t count_code_points(std::string_view s) noexcept {
    std::size_t n = 0;
    for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0u) != 0x80u;
    return n;
}

/// Whether `s` has at most `n` code points, without counting a string whose
/// length in bytes already tells (a code point takes one to four bytes).
inline bool at_most_code_points(std::string_view s, std::size_t n) noexcept {
    if (s.size() <= n) return true;
    if (s.size() > 4 * n) return false;
    return count_code_points(s) <= n;
}

constexpr bool is_han(char32_t c) noexcept {
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x20000 && c <= 0x2FFFF) ||
           (c >= 0xF900 && c <= 0xFAFF);
}

/// White space as transcripts use it: ASCII, NBSP, ideographic space, BOM.
constexpr bool is_space(char32_t c) noexcept {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v' || c == 0xA0 ||
           c == 0x3000 || c == 0xFEFF || (c >= 0x2000 && c <= 0x200B) || c == 0x202F || c == 0x205F;
}

constexpr bool is_ascii_alpha(char32_t c) noexcept { return (c | 0x20u) >= 'a' && (c | 0x20u) <= 'z'; }
constexpr bool is_ascii_upper(char32_t c) noexcept { return c >= 'A' && c <= 'Z'; }
constexpr bool is_ascii_lower(char32_t c) noexcept { return c >= 'a' && c <= 'z'; }
constexpr bool is_digit(char32_t c) noexcept { return c >= '0' && c <= '9'; }

/// Offsets of `trim(s)` inside `s`.
std::size_t trim_left_bytes_slow(std::string_view s) noexcept;
std::size_t trim_right_bytes_slow(std::string_view s) noexcept;
inline std::size_t trim_left_bytes(std::string_view s) noexcept {
    // A printable ASCII character first: nothing to trim, nothing to decode.
    if (!s.empty()) {
        const auto first = static_cast<unsigned char>(s.front());
        if (first > 0x20 && first < 0x80) return 0;
    }
    return trim_left_bytes_slow(s);
}
inline std::size_t trim_right_bytes(std::string_view s) noexcept {
    if (!s.empty()) {
        const auto last = static_cast<unsigned char>(s.back());
        if (last > 0x20 && last < 0x80) return 0;
    }
    return trim_right_bytes_slow(s);
}
/// `s` without leading and trailing white space (Unicode-aware, see is_space).
std::string_view trim_slow(std::string_view s) noexcept;
inline std::string_view trim(std::string_view s) noexcept {
    // Most strings start and end with a printable ASCII character: nothing
    // to trim, and nothing to decode.
    if (!s.empty()) {
        const auto first = static_cast<unsigned char>(s.front()), last = static_cast<unsigned char>(s.back());
        if (first > 0x20 && first < 0x80 && last > 0x20 && last < 0x80) return s;
    }
    return trim_slow(s);
}

/// True when `s` has nothing but white space.
bool is_blank(std::string_view s) noexcept;

/// How many code points of the string are Han, counting no further than
/// `enough`.
std::size_t count_han(std::string_view s, std::size_t enough) noexcept;

/// Any code point of the string is Han.
inline bool has_han(std::string_view s) noexcept { return count_han(s, 1) != 0; }

/// ASCII case-insensitive comparison helpers.
constexpr char ascii_lower(char c) noexcept { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }
/// iequals for two strings of the same size that agree in their first byte.
bool iequals_after_first(std::string_view a, std::string_view b) noexcept;
inline bool iequals(std::string_view a, std::string_view b) noexcept {
    // Most comparisons fail on the size or the first letter: inline.
    if (a.size() != b.size()) return false;
    if (a.empty()) return true;
    if (ascii_lower(a.front()) != ascii_lower(b.front())) return false;
    return iequals_after_first(a, b);
}
inline bool istarts_with(std::string_view s, std::string_view prefix) noexcept {
    return s.size() >= prefix.size() && iequals(s.substr(0, prefix.size()), prefix);
}
std::size_t ifind(std::string_view s, std::string_view needle, std::size_t from = 0) noexcept;

/// string_view::find by memmem: faster where the needle's first byte is
/// common (a capital opening words, the lead byte of Chinese characters),
/// which makes a memchr-led search stop every few bytes.
std::size_t find_bytes(std::string_view s, std::string_view needle, std::size_t from = 0) noexcept;

/// A key for matching one person's name across spellings: ASCII letters
/// and digits lowercased, other code points kept, everything else dropped
/// ("Tim Cook", "TimCook", "TIM COOK" → "timcook"), a leading honorific
/// left out ("Dr. Lisa Su" → "lisasu", see text/honorific.hpp).
std::string name_key(std::string_view s);
/// The same into `out`, whose room is reused: for a caller that makes many.
void name_key(std::string_view s, std::string& out);

} // namespace ect::text
