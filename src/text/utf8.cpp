#include "text/utf8.hpp"

#include <algorithm>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace ect::text {

namespace {
// ASCII other than space and the control characters: never white space,
// and no code point needs decoding to tell (most lines start and end so).
constexpr bool is_ascii_ink(char c) noexcept {
    return static_cast<unsigned char>(c) > 0x20 && static_cast<unsigned char>(c) < 0x80;
}
} // namespace

std::size_t trim_left_bytes(std::string_view s) noexcept {
    std::size_t pos = 0;
    while (pos < s.size()) {
        if (is_ascii_ink(s[pos])) break;
        std::size_t next = pos;
        if (!is_space(next_code_point(s, next))) break;
        pos = next;
    }
    return pos;
}

std::size_t trim_right_bytes(std::string_view s) noexcept {
    std::size_t pos = s.size();
    while (pos > 0) {
        if (is_ascii_ink(s[pos - 1])) break;
        std::size_t prev = pos;
        if (!is_space(prev_code_point(s, prev))) break;
        pos = prev;
    }
    return s.size() - pos;
}

std::string_view trim_slow(std::string_view s) noexcept {
    const std::size_t left = trim_left_bytes(s);
    s.remove_prefix(left);
    s.remove_suffix(trim_right_bytes(s));
    return s;
}

bool is_blank(std::string_view s) noexcept { return trim_left_bytes(s) == s.size(); }

bool has_han(std::string_view s) noexcept {
    // Han code points start at U+3400, so their lead bytes are 0xE3 and up;
    // bytes of that size only ever lead a sequence. Everything below is
    // skipped without decoding, ASCII eight bytes at a time.
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    const std::size_t n = s.size();
    std::size_t i = 0;
#if defined(__SSE2__)
    // Sixteen bytes at a time: only the bytes from 0xE3 up are decoded, in
    // order, each unless the code point before it took it in.
    const __m128i lowest_lead = _mm_set1_epi8(static_cast<char>(0xE3));
    while (i + 16 <= n) {
        const std::size_t block = i;
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + block));
        auto leads = static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_max_epu8(v, lowest_lead), v)));
        std::size_t at = block; // the first byte no code point has taken
        for (; leads != 0; leads &= leads - 1) {
            const std::size_t q = block + static_cast<std::size_t>(__builtin_ctz(leads));
            if (q < at) continue;
            std::size_t pos = q;
            if (is_han(next_code_point(s, pos))) return true;
            at = pos;
        }
        i = std::max(block + 16, at);
    }
#endif
    while (i < n) {
        if (i + 8 <= n) {
            std::uint64_t word;
            std::memcpy(&word, p + i, 8);
            if ((word & 0x8080808080808080ull) == 0) {
                i += 8;
                continue;
            }
        }
        if (p[i] < 0xE3) {
            ++i;
            continue;
        }
        std::size_t pos = i;
        if (is_han(next_code_point(s, pos))) return true;
        i = pos;
    }
    return false;
}

namespace {
constexpr char lower(char c) noexcept { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }
} // namespace

bool iequals(std::string_view a, std::string_view b) noexcept {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (lower(a[i]) != lower(b[i])) return false;
    return true;
}

bool istarts_with(std::string_view s, std::string_view prefix) noexcept {
    return s.size() >= prefix.size() && iequals(s.substr(0, prefix.size()), prefix);
}

std::size_t ifind(std::string_view s, std::string_view needle, std::size_t from) noexcept {
    if (needle.empty()) return from <= s.size() ? from : std::string_view::npos;
    if (from >= s.size() || needle.size() > s.size() - from) return std::string_view::npos;
    // Candidates are found with memchr, for each case of the first letter: the
    // dialects probe every line of every document with these searches.
    const char lo = lower(needle[0]);
    const char up = lo >= 'a' && lo <= 'z' ? static_cast<char>(lo - 32) : lo;
    const char* const base = s.data();
    const std::size_t last = s.size() - needle.size(); // last possible start
    auto next = [&](char c, std::size_t i) -> std::size_t {
        const void* hit = std::memchr(base + i, c, last + 1 - i);
        return hit ? static_cast<std::size_t>(static_cast<const char*>(hit) - base) : std::string_view::npos;
    };
    std::size_t at_lo = next(lo, from);
    std::size_t at_up = up == lo ? std::string_view::npos : next(up, from);
    while (at_lo != std::string_view::npos || at_up != std::string_view::npos) {
        const std::size_t i = std::min(at_lo, at_up);
        if (iequals(s.substr(i, needle.size()), needle)) return i;
        if (i == at_lo) at_lo = i < last ? next(lo, i + 1) : std::string_view::npos;
        else at_up = i < last ? next(up, i + 1) : std::string_view::npos;
    }
    return std::string_view::npos;
}

std::string name_key(std::string_view s) {
    // The key is never longer than `s`: written in place, then cut to size.
    std::string out(s.size(), '\0');
    char* const begin = out.data();
    char* w = begin;
    for (std::size_t pos = 0; pos < s.size();) {
        const auto b = static_cast<unsigned char>(s[pos]);
        if (b < 0x80) {
            ++pos;
            if (is_ascii_alpha(b)) *w++ = static_cast<char>(b | 0x20);
            else if (is_digit(b)) *w++ = static_cast<char>(b);
            continue;
        }
        const std::size_t at = pos;
        const char32_t c = next_code_point(s, pos);
        if (c < 0x80) { // an overlong form decodes as the character it spells
            if (is_ascii_alpha(c)) *w++ = static_cast<char>(c | 0x20);
            else if (is_digit(c)) *w++ = static_cast<char>(c);
        } else if (!is_space(c) && !(c >= 0x2000 && c <= 0x206F) && !(c >= 0x3000 && c <= 0x303F) && !(c >= 0xFF00 && c <= 0xFF0F)) {
            std::memcpy(w, s.data() + at, pos - at);
            w += pos - at;
        }
    }
    out.resize(static_cast<std::size_t>(w - begin));
    return out;
}

} // namespace ect::text
