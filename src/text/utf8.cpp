#include "text/utf8.hpp"

#include "text/honorific.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#if defined(__x86_64__) && defined(__GNUC__)
#include <immintrin.h>
#endif

namespace ect::text {

namespace {
// The white space of is_space spelled in bytes: ASCII, C2 A0 (no-break
// space), E2 80 80-8B and E2 80 AF / E2 81 9F (the spaces of General
// Punctuation), E3 80 80 (ideographic space), EF BB BF (BOM). Read from the
// bytes: a Chinese character or full stop is told without decoding.
constexpr bool is_ascii_space(unsigned char c) noexcept {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v';
}
constexpr bool is_space_sequence(unsigned char a, unsigned char b, unsigned char c) noexcept {
    return (a == 0xE3 && b == 0x80 && c == 0x80) || (a == 0xEF && b == 0xBB && c == 0xBF) ||
           (a == 0xE2 && ((b == 0x80 && (c <= 0x8B || c == 0xAF)) || (b == 0x81 && c == 0x9F)));
}

// Length of the white space sequence that starts at s[pos], or 0.
std::size_t space_at(std::string_view s, std::size_t pos) noexcept {
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    if (p[pos] < 0x80) return is_ascii_space(p[pos]) ? 1 : 0;
    if (p[pos] == 0xC2) return pos + 1 < s.size() && p[pos + 1] == 0xA0 ? 2 : 0;
    return pos + 2 < s.size() && is_space_sequence(p[pos], p[pos + 1], p[pos + 2]) ? 3 : 0;
}

// Length of the white space sequence that ends at s[pos - 1], or 0.
std::size_t space_before(std::string_view s, std::size_t pos) noexcept {
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    if (p[pos - 1] < 0x80) return is_ascii_space(p[pos - 1]) ? 1 : 0;
    if (pos >= 2 && p[pos - 2] == 0xC2 && p[pos - 1] == 0xA0) return 2;
    return pos >= 3 && is_space_sequence(p[pos - 3], p[pos - 2], p[pos - 1]) ? 3 : 0;
}
} // namespace

std::size_t trim_left_bytes_slow(std::string_view s) noexcept {
    std::size_t pos = 0;
    while (pos < s.size()) {
        const std::size_t n = space_at(s, pos);
        if (n == 0) break;
        pos += n;
    }
    return pos;
}

std::size_t trim_right_bytes_slow(std::string_view s) noexcept {
    std::size_t pos = s.size();
    while (pos > 0) {
        const std::size_t n = space_before(s, pos);
        if (n == 0) break;
        pos -= n;
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

namespace {
// The first offset from `i` on of a byte from 0xE3 up, or where fewer than
// 64 bytes remain: text without Han (English) is passed over sixty-four
// bytes a step.
#if defined(__x86_64__) && defined(__GNUC__)
__attribute__((target("avx2"))) std::size_t next_high_lead_avx2(const unsigned char* p, std::size_t i,
                                                                 std::size_t n) noexcept {
    const __m256i below = _mm256_set1_epi8(static_cast<char>(0xE2));
    for (; i + 64 <= n; i += 64) {
        const __m256i a = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p + i));
        const __m256i b = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p + i + 32));
        // A byte is 0xE3 or more where subtracting 0xE2 with saturation leaves something.
        const __m256i high = _mm256_or_si256(_mm256_subs_epu8(a, below), _mm256_subs_epu8(b, below));
        if (!_mm256_testz_si256(high, high)) return i;
    }
    return i;
}
#endif
} // namespace

std::size_t count_han(std::string_view s, std::size_t enough) noexcept {
    std::size_t found = 0;
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
#if defined(__x86_64__) && defined(__GNUC__)
    static const bool avx2 = __builtin_cpu_supports("avx2");
    bool skip = avx2; // after a block without a lead byte (and at the start)
#endif
    while (i + 16 <= n) {
#if defined(__x86_64__) && defined(__GNUC__)
        // Blocks without a high lead byte, many at once; the block loop
        // below takes over where one is. Chinese text has one in every
        // block and never comes here twice in a row.
        if (skip) {
            i = next_high_lead_avx2(p, i, n);
            if (i + 16 > n) break;
        }
#endif
        const std::size_t block = i;
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + block));
        auto leads = static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_max_epu8(v, lowest_lead), v)));
#if defined(__x86_64__) && defined(__GNUC__)
        skip = avx2 && leads == 0;
#endif
        std::size_t at = block; // the first byte no code point has taken
        for (; leads != 0; leads &= leads - 1) {
            const std::size_t q = block + static_cast<std::size_t>(__builtin_ctz(leads));
            if (q < at) continue;
            std::size_t pos = q;
            if (is_han(next_code_point(s, pos)) && ++found >= enough) return found;
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
        if (is_han(next_code_point(s, pos)) && ++found >= enough) return found;
        i = pos;
    }
    return found;
}

namespace {
constexpr char lower(char c) noexcept { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }
} // namespace

namespace {
// Each ASCII capital of eight bytes made small, every other byte kept: the
// high bit of a lane is set where its low seven bits are at least 'A' and
// where they pass 'Z' (the sums stay inside the lane), and a capital is the
// first without the second in a lane whose own high bit is clear.
std::uint64_t lower8(std::uint64_t x) noexcept {
    constexpr std::uint64_t ones = 0x0101010101010101ull, high = 0x80 * ones;
    const std::uint64_t low7 = x & (0x7F * ones);
    const std::uint64_t from_a = low7 + (0x80 - 'A') * ones;
    const std::uint64_t past_z = low7 + (0x80 - 'Z' - 1) * ones;
    const std::uint64_t capital = from_a & ~past_z & ~x & high;
    return x | (capital >> 2); // 0x80 >> 2 is the case bit 0x20
}
} // namespace

bool iequals_after_first(std::string_view a, std::string_view b) noexcept {
    const std::size_t n = a.size();
    std::size_t i = 1;
    // Eight bytes at a time, then the rest one by one.
    for (; i + 8 <= n; i += 8) {
        std::uint64_t x, y;
        std::memcpy(&x, a.data() + i, 8);
        std::memcpy(&y, b.data() + i, 8);
        if (x != y && lower8(x) != lower8(y)) return false;
    }
    for (; i < n; ++i)
        if (lower(a[i]) != lower(b[i])) return false;
    return true;
}

std::size_t find_bytes(std::string_view s, std::string_view needle, std::size_t from) noexcept {
    if (from > s.size()) return std::string_view::npos;
    // A short needle ending in a non-ASCII character (a character or two of
    // Chinese) is led by its last byte: a continuation byte takes one of 64
    // values where the lead byte of Chinese characters takes one of a few,
    // and memmem sets up a table on each call, which costs more than a
    // short search when a text is searched again after each hit.
    if (const std::size_t k = needle.size();
        k >= 2 && k <= 12 && static_cast<unsigned char>(needle.back()) >= 0x80) {
        const char* const base = s.data();
        for (std::size_t at = from + k - 1; at < s.size();) {
            const void* hit = std::memchr(base + at, needle.back(), s.size() - at);
            if (hit == nullptr) break;
            at = static_cast<std::size_t>(static_cast<const char*>(hit) - base);
            if (std::memcmp(base + at - (k - 1), needle.data(), k - 1) == 0) return at - (k - 1);
            ++at;
        }
        return std::string_view::npos;
    }
    const void* hit = memmem(s.data() + from, s.size() - from, needle.data(), needle.size());
    return hit ? static_cast<std::size_t>(static_cast<const char*>(hit) - s.data()) : std::string_view::npos;
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

namespace {
// What name_key keeps of each ASCII byte: letters lowercased, digits; 0 for
// the bytes it drops.
constexpr std::array<char, 128> ascii_name_key = [] {
    std::array<char, 128> t{};
    for (char32_t c = 0; c < 128; ++c)
        t[c] = is_ascii_alpha(c) ? static_cast<char>(c | 0x20) : is_digit(c) ? static_cast<char>(c) : '\0';
    return t;
}();
} // namespace

std::string name_key(std::string_view s) {
    std::string out;
    name_key(s, out);
    return out;
}

void name_key(std::string_view s, std::string& out) {
    // "Dr. Lisa Su" is Lisa Su: the honorific is no part of the key.
    s = without_honorific(s);
    // The key is never longer than `s`: written in place, then cut to size.
    out.resize(s.size());
    char* const begin = out.data();
    char* w = begin;
    for (std::size_t pos = 0; pos < s.size();) {
        const auto b = static_cast<unsigned char>(s[pos]);
        if (b < 0x80) {
            // Written whether kept or not (w never passes s[pos]'s offset),
            // kept by moving on: no branch on the byte.
            ++pos;
            const char k = ascii_name_key[b];
            *w = k;
            w += k != '\0';
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
}

} // namespace ect::text
