#include "layout/document.hpp"

#include "text/huge_pages.hpp"
#include "text/utf8.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#if defined(__x86_64__) && defined(__GNUC__)
#include <immintrin.h>
#define ECT_X86_DISPATCH 1
#endif

namespace ect::layout {

namespace {

// Look `i` up in a slot table, parsing the line on first request.
template <class T, class Parse>
const T* memo_at(std::vector<std::uint32_t>& slots, std::vector<T>& found, std::size_t n, std::size_t i, Parse parse) {
    if (slots.empty()) text::assign_huge(slots, n, 0u);
    if (slots[i] == 0) {
        T got{};
        if (parse(got)) {
            text::make_room_huge(found);
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
    text::reserve_huge(trimmed_, size());
    text::assign_huge(first_before_, size(), no_line);
    text::assign_huge(last_before_, size(), no_line);
    first_last_.fill(no_line);
    last_last_.fill(no_line);
    const char* const base = text.data();
    for (const text::line& l : lines.lines()) {
        // text::trim answers the usual line (visible ASCII at both ends) inline.
        const std::string_view s = text::trim({base + l.begin, l.end - l.begin});
        const auto i = static_cast<std::uint32_t>(trimmed_.size());
        trimmed_.push_back(s);
        if (s.empty()) continue;
        ++non_blank_;
        std::uint32_t& first = first_last_[static_cast<unsigned char>(s.front())];
        first_before_[i] = first;
        first = i;
        std::uint32_t& last = last_last_[static_cast<unsigned char>(s.back())];
        last_before_[i] = last;
        last = i;
    }
}

void document::mark_lines_without_colon() const {
    // Every inline label holds a colon: the lines without one, most of a
    // text, are marked as holding none, found in one search of the text.
    text::assign_huge(inline_slot_, size(), 1u);
    const char* const base = text.data();
    const auto& ls = lines.lines();
    std::size_t i = 0;
    for (std::size_t at = 0; at < text.size();) {
        const void* found = std::memchr(base + at, ':', text.size() - at);
        if (!found) break;
        const auto pos = static_cast<std::size_t>(static_cast<const char*>(found) - base);
        while (i + 1 < ls.size() && ls[i].next <= pos) ++i;
        inline_slot_[i] = 0;
        colon_lines_.push_back(static_cast<std::uint32_t>(i));
        // The rest of the line says nothing more.
        at = std::max<std::size_t>(ls[i].next, pos + 1);
    }
}

const inline_label* document::parse_inline_label_at(std::size_t i) const {
    if (inline_slot_.empty()) mark_lines_without_colon();
    return memo_at(inline_slot_, inline_found_, size(), i,
                   [&](inline_label& l) { return inline_memo_.parse(line(i), l); });
}

const std::vector<std::uint32_t>& document::inline_label_lines() const {
    if (!inline_lines_found_) {
        if (inline_slot_.empty()) mark_lines_without_colon();
        for (const std::uint32_t i : colon_lines_)
            if (inline_label_at(i)) inline_lines_.push_back(i);
        inline_lines_found_ = true;
    }
    return inline_lines_;
}

const label_line* document::parse_label_line_at(std::size_t i) const {
    return memo_at(label_slot_, label_found_, size(), i, [&](label_line& l) { return parse_label_line(line(i), l); });
}

void document::classify_headings() const {
    text::assign_huge(headings_, size(), heading::none);
    for (std::size_t i = 0; i < size(); ++i) {
        // classify_heading takes no line of more than 90 bytes once its
        // decoration (# * _ before, * _ : . after) is gone: a long line
        // without any is none.
        const std::string_view t = trimmed(i);
        if (t.size() < 2) continue; // may_be_heading wants two characters
        const bool decorated = t.front() == '#' || t.front() == '*' || t.front() == '_' || t.back() == '*' ||
                               t.back() == '_' || t.back() == ':' || t.back() == '.';
        if ((t.size() > 90 && !decorated) || !may_be_heading(t)) continue;
        headings_[i] = classify_heading(line(i));
    }
}

namespace {
// The two bytes of a needle that find_ignoring_case tests at every offset,
// with the case bit set: the two a text holds least often, so that few
// offsets pass and need the whole needle compared.
struct probe {
    std::size_t first_at = 0, second_at = 0;
    char first = 0, second = 0;
};

// How often a byte stands in English text, rising: spaces and the common
// letters highest, marks and digits low.
constexpr auto commonness = [] {
    std::array<unsigned char, 256> out{};
    constexpr std::string_view by_frequency = "zqjxkvbpygfwmucldrhsnioate";
    for (std::size_t k = 0; k < by_frequency.size(); ++k) {
        const auto c = static_cast<unsigned char>(by_frequency[k]);
        out[c] = out[c - 0x20] = static_cast<unsigned char>(k + 1);
    }
    out[' '] = static_cast<unsigned char>(by_frequency.size() + 1);
    return out;
}();

probe probe_of(std::string_view needle) noexcept {
    auto rank = [&](std::size_t k) { return commonness[static_cast<unsigned char>(needle[k])]; };
    probe p;
    for (std::size_t k = 1; k < needle.size(); ++k)
        if (rank(k) < rank(p.first_at)) p.first_at = k;
    p.second_at = p.first_at == 0 ? needle.size() - 1 : 0;
    for (std::size_t k = 0; k < needle.size(); ++k)
        if (k != p.first_at && rank(k) < rank(p.second_at)) p.second_at = k;
    p.first = static_cast<char>(needle[p.first_at] | 0x20);
    p.second = static_cast<char>(needle[p.second_at] | 0x20);
    return p;
}
} // namespace

#if defined(ECT_X86_DISPATCH)
namespace {
// The blocks of find_ignoring_case thirty-two bytes wide: the offset of the
// first match (`found` set), or where the blocks stopped.
__attribute__((target("avx2"))) std::size_t scan_avx2(std::string_view text, std::string_view needle, std::size_t at,
                                                      const probe& p, bool& found) noexcept {
    const std::size_t k = needle.size(), n = text.size(), i = p.first_at, j = p.second_at;
    const char* const base = text.data();
    const __m256i bit = _mm256_set1_epi8(0x20), f = _mm256_set1_epi8(p.first), l = _mm256_set1_epi8(p.second);
    // Sixty-four bytes a turn while there are: most turns find no candidate
    // in either half and cost one test.
    for (; at + 63 + k <= n; at += 64) {
        const __m256i a0 = _mm256_or_si256(_mm256_loadu_si256(reinterpret_cast<const __m256i*>(base + at + i)), bit);
        const __m256i b0 = _mm256_or_si256(_mm256_loadu_si256(reinterpret_cast<const __m256i*>(base + at + j)), bit);
        const __m256i a1 = _mm256_or_si256(_mm256_loadu_si256(reinterpret_cast<const __m256i*>(base + at + 32 + i)), bit);
        const __m256i b1 = _mm256_or_si256(_mm256_loadu_si256(reinterpret_cast<const __m256i*>(base + at + 32 + j)), bit);
        const __m256i lo = _mm256_and_si256(_mm256_cmpeq_epi8(a0, f), _mm256_cmpeq_epi8(b0, l));
        const __m256i hi = _mm256_and_si256(_mm256_cmpeq_epi8(a1, f), _mm256_cmpeq_epi8(b1, l));
        const __m256i any = _mm256_or_si256(lo, hi);
        if (_mm256_testz_si256(any, any)) continue;
        const auto mask = static_cast<std::uint64_t>(static_cast<unsigned>(_mm256_movemask_epi8(lo))) |
                          (static_cast<std::uint64_t>(static_cast<unsigned>(_mm256_movemask_epi8(hi))) << 32);
        for (std::uint64_t m = mask; m != 0; m &= m - 1) {
            const std::size_t cand = at + static_cast<std::size_t>(std::countr_zero(m));
            if (text::iequals(text.substr(cand, k), needle)) {
                found = true;
                return cand;
            }
        }
    }
    for (; at + 31 + k <= n; at += 32) {
        const __m256i a = _mm256_or_si256(_mm256_loadu_si256(reinterpret_cast<const __m256i*>(base + at + i)), bit);
        const __m256i b = _mm256_or_si256(_mm256_loadu_si256(reinterpret_cast<const __m256i*>(base + at + j)), bit);
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
    // Candidates are the offsets where two bytes of the needle (its rarest)
    // match with the case bit set (no match is missed; the rest are
    // checked), the method of W. Muła's SIMD substring search.
    const char first = static_cast<char>(needle.front() | 0x20);
    std::size_t at = from;
#if defined(ECT_X86_DISPATCH) || defined(__SSE2__)
    const probe p = probe_of(needle);
#endif
#if defined(ECT_X86_DISPATCH)
    // Thirty-two bytes at a time where the processor can.
    static const bool avx2 = __builtin_cpu_supports("avx2");
    if (avx2) {
        bool found = false;
        at = scan_avx2(text, needle, at, p, found);
        if (found) return at;
    }
#endif
#if defined(__SSE2__)
    const __m128i bit = _mm_set1_epi8(0x20), f = _mm_set1_epi8(p.first), l = _mm_set1_epi8(p.second);
    for (; at + 15 + k <= n; at += 16) {
        const __m128i a = _mm_or_si128(_mm_loadu_si128(reinterpret_cast<const __m128i*>(base + at + p.first_at)), bit);
        const __m128i b = _mm_or_si128(_mm_loadu_si128(reinterpret_cast<const __m128i*>(base + at + p.second_at)), bit);
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
