#include "text/lines.hpp"

#include "text/utf8.hpp"

#include <algorithm>
#include <bit>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace ect::text {

line_index::line_index(std::string_view text) : text_(text) {
    lines_.reserve(text.size() / 64 + 1);
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
    std::size_t scanned = 0;
#if defined(__SSE2__)
    // Only LF, CR, FF and the lead byte 0xE2 can start a line end: sixteen
    // bytes at a time are tested for them, and only those bytes are looked at.
    for (; scanned + 16 <= n; scanned += 16) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(base + scanned));
        const __m128i lf_cr = _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('\n')), _mm_cmpeq_epi8(v, _mm_set1_epi8('\r')));
        const __m128i ff_e2 = _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('\f')), _mm_cmpeq_epi8(v, _mm_set1_epi8('\xE2')));
        const __m128i hit = _mm_or_si128(lf_cr, ff_e2);
        for (auto mask = static_cast<unsigned>(_mm_movemask_epi8(hit)); mask != 0; mask &= mask - 1) {
            const std::size_t at = scanned + static_cast<std::size_t>(std::countr_zero(mask));
            if (at >= done) visit(at); // not inside a CRLF or U+2028 already read
        }
    }
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
