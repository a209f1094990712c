#include "layout/document.hpp"

#include "text/utf8.hpp"

#include <bit>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#if defined(__x86_64__) && defined(__GNUC__)
#include <immintrin.h>
#define ECT_X86_DISPATCH 1
#endif

namespace ect::layout {

namespace {

// ASCII other than space and the control characters: never white space.
constexpr bool is_ascii_ink(char c) noexcept {
    return static_cast<unsigned char>(c) > 0x20 && static_cast<unsigned char>(c) < 0x80;
}

// Look `i` up in a slot table, parsing the line on first request.
template <class T, class Parse>
const T* memo_at(std::vector<std::uint32_t>& slots, std::vector<T>& found, std::size_t n, std::size_t i, Parse parse) {
    if (slots.empty()) slots.assign(n, 0);
    if (slots[i] == 0) {
        T got{};
        if (parse(got)) {
            found.push_back(std::move(got));
            slots[i] = static_cast<std::uint32_t>(found.size() + 1);
        } else {
            slots[i] = 1;
        }
    }
    return slots[i] == 1 ? nullptr : &found[slots[i] - 2];
}

} // namespace

void document::trim_lines() const {
    trimmed_.resize(size());
    for (std::size_t k = 0; k < size(); ++k) {
        const std::string_view l = line(k);
        // Most lines start and end with a visible ASCII character: nothing to trim.
        if (!l.empty() && is_ascii_ink(l.front()) && is_ascii_ink(l.back())) {
            trimmed_[k] = {0, static_cast<std::uint32_t>(l.size())};
            continue;
        }
        const std::string_view t = text::trim(l);
        trimmed_[k] = {static_cast<std::uint32_t>(t.data() - l.data()), static_cast<std::uint32_t>(t.size())};
    }
}

const inline_label* document::inline_label_at(std::size_t i) const {
    return memo_at(inline_slot_, inline_found_, size(), i,
                   [&](inline_label& l) { return parse_inline_label(line(i), l); });
}

const label_line* document::label_line_at(std::size_t i) const {
    return memo_at(label_slot_, label_found_, size(), i, [&](label_line& l) { return parse_label_line(line(i), l); });
}

heading document::heading_at(std::size_t i) const {
    if (heading_memo_.empty()) heading_memo_.assign(size(), 0);
    if (heading_memo_[i] == 0) {
        // classify_heading takes no line of more than 90 bytes once its
        // decoration (# * _ before, * _ : . after) is gone: a long line
        // without any is none.
        const std::string_view t = trimmed(i);
        const bool decorated = !t.empty() && (t.front() == '#' || t.front() == '*' || t.front() == '_' || t.back() == '*' ||
                                              t.back() == '_' || t.back() == ':' || t.back() == '.');
        const bool none = (t.size() > 90 && !decorated) || !may_be_heading(t);
        const heading h = none ? heading::none : classify_heading(line(i));
        heading_memo_[i] = static_cast<unsigned char>(static_cast<unsigned char>(h) + 1);
    }
    return static_cast<heading>(heading_memo_[i] - 1);
}

#if defined(ECT_X86_DISPATCH)
namespace {
// The blocks of find_ignoring_case thirty-two bytes wide: the offset of the
// first match (`found` set), or where the blocks stopped.
__attribute__((target("avx2"))) std::size_t scan_avx2(std::string_view text, std::string_view needle, std::size_t at,
                                                      char first, char last, bool& found) noexcept {
    const std::size_t k = needle.size(), n = text.size();
    const char* const base = text.data();
    const __m256i bit = _mm256_set1_epi8(0x20), f = _mm256_set1_epi8(first), l = _mm256_set1_epi8(last);
    for (; at + 31 + k <= n; at += 32) {
        const __m256i a = _mm256_or_si256(_mm256_loadu_si256(reinterpret_cast<const __m256i*>(base + at)), bit);
        const __m256i b = _mm256_or_si256(_mm256_loadu_si256(reinterpret_cast<const __m256i*>(base + at + k - 1)), bit);
        auto mask = static_cast<unsigned>(_mm256_movemask_epi8(_mm256_and_si256(_mm256_cmpeq_epi8(a, f), _mm256_cmpeq_epi8(b, l))));
        for (; mask != 0; mask &= mask - 1) {
            const std::size_t cand = at + static_cast<std::size_t>(std::countr_zero(mask));
            if (text::iequals(text.substr(cand, k), needle)) {
                found = true;
                return cand;
            }
        }
    }
    return at;
}
} // namespace
#endif

std::size_t find_ignoring_case(std::string_view text, std::string_view needle, std::size_t from) noexcept {
    const std::size_t k = needle.size();
    const std::size_t n = text.size();
    if (from > n || k > n - from) return std::string_view::npos;
    if (k == 0) return from;
    const char* const base = text.data();
    // Candidates are the offsets whose first and last bytes match the
    // needle's with the case bit set (no match is missed; the rest are
    // checked), the method of W. Muła's SIMD substring search.
    const char first = static_cast<char>(needle.front() | 0x20), last = static_cast<char>(needle.back() | 0x20);
    std::size_t at = from;
#if defined(ECT_X86_DISPATCH)
    // Thirty-two bytes at a time where the processor can.
    static const bool avx2 = __builtin_cpu_supports("avx2");
    if (avx2) {
        bool found = false;
        at = scan_avx2(text, needle, at, first, last, found);
        if (found) return at;
    }
#endif
#if defined(__SSE2__)
    const __m128i bit = _mm_set1_epi8(0x20), f = _mm_set1_epi8(first), l = _mm_set1_epi8(last);
    for (; at + 15 + k <= n; at += 16) {
        const __m128i a = _mm_or_si128(_mm_loadu_si128(reinterpret_cast<const __m128i*>(base + at)), bit);
        const __m128i b = _mm_or_si128(_mm_loadu_si128(reinterpret_cast<const __m128i*>(base + at + k - 1)), bit);
        auto mask = static_cast<unsigned>(_mm_movemask_epi8(_mm_and_si128(_mm_cmpeq_epi8(a, f), _mm_cmpeq_epi8(b, l))));
        for (; mask != 0; mask &= mask - 1) {
            const std::size_t cand = at + static_cast<std::size_t>(std::countr_zero(mask));
            if (text::iequals(text.substr(cand, k), needle)) return cand;
        }
    }
#endif
    for (; at + k <= n; ++at)
        if (static_cast<char>(base[at] | 0x20) == first && text::iequals(text.substr(at, k), needle)) return at;
    return std::string_view::npos;
}

std::vector<std::size_t> document::lines_with(std::string_view needle) const {
    std::vector<std::size_t> out;
    if (needle.empty()) return out;
    // A line is listed once: the search goes on from the next line.
    for (std::size_t at = find_ignoring_case(text, needle, 0); at != std::string_view::npos;) {
        const std::size_t i = lines.line_of(at);
        out.push_back(i);
        at = find_ignoring_case(text, needle, lines.lines()[i].next);
    }
    return out;
}

} // namespace ect::layout
