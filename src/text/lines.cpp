#include "text/lines.hpp"

#include "text/huge_pages.hpp"
#include "text/utf8.hpp"

#include <algorithm>
#include <bit>
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

// The line ends in the blocks of a scan: a bit per byte that starts one
// (LF, CR, FF, or the E2 80 A8 / E2 80 A9 of U+2028 and U+2029). The E2 of
// every other character (curly quotes, dashes: frequent in English text) is
// ruled out in the block, so only real line ends are looked at.
#if defined(__SSE2__)
std::uint32_t ends_in_16(const char* p) noexcept {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
    const __m128i v1 = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 1));
    const __m128i v2 = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 2));
    const __m128i lf_cr = _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('\n')), _mm_cmpeq_epi8(v, _mm_set1_epi8('\r')));
    const __m128i ff = _mm_cmpeq_epi8(v, _mm_set1_epi8('\f'));
    const __m128i separator = _mm_and_si128(
        _mm_and_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('\xE2')), _mm_cmpeq_epi8(v1, _mm_set1_epi8('\x80'))),
        _mm_cmpeq_epi8(_mm_or_si128(v2, _mm_set1_epi8(1)), _mm_set1_epi8('\xA9')));
    return static_cast<std::uint32_t>(_mm_movemask_epi8(_mm_or_si128(_mm_or_si128(lf_cr, ff), separator)));
}
#endif

#if defined(__x86_64__) && defined(__GNUC__)
#define ECT_LINES_AVX2 1
// The blocks thirty-two bytes wide, while two bytes past a block remain;
// returns where it stopped. `visit_bits` is inlined here, so the whole loop
// runs with AVX2.
template <class Visit>
__attribute__((target("avx2"))) std::size_t scan_avx2(const char* base, std::size_t n, Visit& visit_bits) {
    const __m256i lf = _mm256_set1_epi8('\n'), cr = _mm256_set1_epi8('\r'), ff = _mm256_set1_epi8('\f'),
                  e2 = _mm256_set1_epi8('\xE2'), x80 = _mm256_set1_epi8('\x80'), one = _mm256_set1_epi8(1),
                  a9 = _mm256_set1_epi8('\xA9');
    std::size_t at = 0;
    for (; at + 34 <= n; at += 32) {
        const __m256i v = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(base + at));
        const __m256i ends = _mm256_or_si256(_mm256_or_si256(_mm256_cmpeq_epi8(v, lf), _mm256_cmpeq_epi8(v, cr)),
                                             _mm256_cmpeq_epi8(v, ff));
        auto mask = static_cast<std::uint32_t>(_mm256_movemask_epi8(ends));
        // U+2028 and U+2029 only where an E2 stands at all.
        if (const __m256i lead = _mm256_cmpeq_epi8(v, e2); !_mm256_testz_si256(lead, lead)) {
            const __m256i v1 = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(base + at + 1));
            const __m256i v2 = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(base + at + 2));
            const __m256i separator = _mm256_and_si256(
                _mm256_and_si256(lead, _mm256_cmpeq_epi8(v1, x80)), _mm256_cmpeq_epi8(_mm256_or_si256(v2, one), a9));
            mask |= static_cast<std::uint32_t>(_mm256_movemask_epi8(separator));
        }
        if (mask != 0) visit_bits(at, mask);
    }
    return at;
}
#endif
} // namespace

line_index::line_index(std::string_view text) : text_(text) {
    reserve_huge(lines_, text.size() / 64 + 1);
    const char* const base = text.data();
    const std::size_t n = text.size();
    std::size_t begin = 0; // first byte of the current line
    std::size_t done = 0;  // bytes before this are read
    // A line end at `at`: LF, CRLF, lone CR, form feed, U+2028 LINE
    // SEPARATOR or U+2029 PARAGRAPH SEPARATOR.
    auto visit = [&](std::size_t at) {
        const char c = base[at];
        std::size_t len = 0;
        if (c == '\n' || c == '\f') len = 1;
        else if (c == '\r') len = at + 1 < n && base[at + 1] == '\n' ? 2 : 1;
        else if (c == '\xE2' && at + 2 < n && base[at + 1] == '\x80' && (base[at + 2] == '\xA8' || base[at + 2] == '\xA9'))
            len = 3;
        if (len == 0) return;
        lines_.push_back({static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(at),
                          static_cast<std::uint32_t>(at + len)});
        begin = done = at + len;
    };
    // Each block's bits, in order; a bit inside a CRLF or U+2028 already read
    // is passed over. The blocks read two bytes past their end.
    auto visit_bits = [&](std::size_t block, std::uint32_t mask) {
        for (; mask != 0; mask &= mask - 1) {
            const std::size_t at = block + static_cast<std::size_t>(std::countr_zero(mask));
            if (at >= done) visit(at);
        }
    };
    std::size_t scanned = 0;
#if defined(ECT_LINES_AVX2)
    static const bool avx2 = __builtin_cpu_supports("avx2");
    if (avx2) scanned = scan_avx2(base, n, visit_bits);
#endif
#if defined(__SSE2__)
    for (; scanned + 18 <= n; scanned += 16) visit_bits(scanned, ends_in_16(base + scanned));
#endif
    for (std::size_t at = scanned; at < n; ++at)
        if (at >= done) visit(at);
    if (begin < n || lines_.empty()) {
        lines_.push_back({static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(n), static_cast<std::uint32_t>(n)});
    }
}

std::size_t line_index::line_of(std::size_t offset) const noexcept {
    auto it = std::upper_bound(lines_.begin(), lines_.end(), offset,
                               [](std::size_t off, const line& l) { return off < l.begin; });
    return it == lines_.begin() ? 0 : static_cast<std::size_t>(it - lines_.begin() - 1);
}

std::pair<std::size_t, std::size_t> line_index::position(std::size_t offset) const noexcept {
    if (lines_.empty()) return {1, 1};
    const std::size_t i = line_of(offset);
    const std::size_t from = lines_[i].begin;
    const std::size_t to = std::min(offset, text_.size());
    return {i + 1, count_code_points(text_.substr(from, to > from ? to - from : 0)) + 1};
}

} // namespace ect::text
