#include "text/sentence_breaks.hpp"

#include "text/utf8.hpp"

#include <unicode/uchar.h>

#include <array>
#include <atomic>
#include <cstdint>
#include <mutex>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace ect::text {

namespace {

using sb = USentenceBreak;

// Classes of the code points English text is made of, read from ICU once:
// ASCII, Latin-1 and Latin Extended (U+0000-U+024F), and General
// Punctuation (U+2000-U+206F: dashes, curly quotes, the ellipsis).
struct common_classes {
    static constexpr char32_t latin_end = 0x250, punct_begin = 0x2000, punct_end = 0x2070;
    std::array<std::uint8_t, latin_end> latin{};
    std::array<std::uint8_t, punct_end - punct_begin> punct{};
    common_classes() {
        for (char32_t c = 0; c < latin_end; ++c) latin[c] = lookup(c);
        for (char32_t c = punct_begin; c < punct_end; ++c) punct[c - punct_begin] = lookup(c);
    }
    static std::uint8_t lookup(char32_t c) {
        return static_cast<std::uint8_t>(u_getIntPropertyValue(static_cast<UChar32>(c), UCHAR_SENTENCE_BREAK));
    }
};

// Classes of CJK punctuation, kana and the unified ideographs (U+3000-
// U+9FFF), read from ICU a block of 256 at a time on first use: a Chinese
// text touches a few dozen blocks, an English one none.
class cjk_classes {
public:
    static constexpr char32_t begin = 0x3000, end = 0xA000;

    std::uint8_t operator()(char32_t c) noexcept {
        const std::size_t block = (c - begin) >> 8;
        if (!ready_[block].load(std::memory_order_acquire)) fill(block);
        return classes_[c - begin];
    }

private:
    static constexpr std::size_t blocks = (end - begin) / 256;

    void fill(std::size_t block) noexcept {
        const std::lock_guard<std::mutex> lock(filling_);
        if (ready_[block].load(std::memory_order_relaxed)) return;
        for (char32_t k = begin + (block << 8); k < begin + ((block + 1) << 8); ++k)
            classes_[k - begin] = common_classes::lookup(k);
        ready_[block].store(true, std::memory_order_release);
    }

    std::array<std::atomic<bool>, blocks> ready_{};
    std::mutex filling_;
    std::array<std::uint8_t, end - begin> classes_{};
};

const common_classes& common() {
    static const common_classes known;
    return known;
}

// The classes beyond Latin: General Punctuation, CJK, the rest from ICU.
[[gnu::noinline]] sb class_beyond_latin(const common_classes& known, char32_t c) noexcept {
    if (c >= common_classes::punct_begin && c < common_classes::punct_end)
        return static_cast<sb>(known.punct[c - common_classes::punct_begin]);
    if (c >= cjk_classes::begin && c < cjk_classes::end) {
        static cjk_classes cjk;
        return static_cast<sb>(cjk(c));
    }
    return static_cast<sb>(u_getIntPropertyValue(static_cast<UChar32>(c), UCHAR_SENTENCE_BREAK));
}

// `known` is common(), fetched once by the caller: English text asks for the
// class of a character at every candidate boundary, and the Latin range
// answers inline.
inline sb class_of(const common_classes& known, char32_t c) noexcept {
    if (c < common_classes::latin_end) return static_cast<sb>(known.latin[c]);
    return class_beyond_latin(known, c);
}

sb class_of(char32_t c) noexcept { return class_of(common(), c); }

constexpr bool is_para_sep(sb c) noexcept { return c == U_SB_SEP || c == U_SB_CR || c == U_SB_LF; }
constexpr bool is_sa_term(sb c) noexcept { return c == U_SB_ATERM || c == U_SB_STERM; }
constexpr bool is_ignored(sb c) noexcept { return c == U_SB_EXTEND || c == U_SB_FORMAT; }

// ASCII bytes after which a boundary may follow.
const std::array<bool, 128>& ascii_triggers() {
    static const std::array<bool, 128> t = [] {
        std::array<bool, 128> a{};
        for (char32_t k = 0; k < 128; ++k) a[k] = is_sa_term(class_of(k)) || is_para_sep(class_of(k));
        return a;
    }();
    return t;
}

// Where the next byte at or after `pos` is a non-ASCII byte or one of the
// ASCII triggers, which are . ! ? CR LF in every Unicode version so far
// (checked against the property data once; otherwise byte by byte).
std::size_t next_trigger_or_non_ascii(std::string_view s, std::size_t pos) noexcept {
    static const bool usual = [] {
        const auto& t = ascii_triggers();
        std::size_t count = 0;
        for (bool b : t) count += b;
        return count == 5 && t['.'] && t['!'] && t['?'] && t['\r'] && t['\n'];
    }();
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    const std::size_t n = s.size();
#if defined(__SSE2__)
    if (usual) {
        const __m128i dot = _mm_set1_epi8('.'), bang = _mm_set1_epi8('!'), ask = _mm_set1_epi8('?'),
                      cr = _mm_set1_epi8('\r'), lf = _mm_set1_epi8('\n');
        for (; pos + 16 <= n; pos += 16) {
            const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + pos));
            const __m128i hit = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, dot), _mm_cmpeq_epi8(v, bang)),
                                             _mm_or_si128(_mm_cmpeq_epi8(v, ask),
                                                          _mm_or_si128(_mm_cmpeq_epi8(v, cr), _mm_cmpeq_epi8(v, lf))));
            // The sign bit marks the non-ASCII bytes.
            const int mask = _mm_movemask_epi8(_mm_or_si128(hit, v));
            if (mask != 0) return pos + static_cast<std::size_t>(__builtin_ctz(static_cast<unsigned>(mask)));
        }
    }
#else
    (void)usual;
#endif
    const auto& t = ascii_triggers();
    while (pos < n && p[pos] < 0x80 && !t[p[pos]]) ++pos;
    return pos;
}

// Where a boundary may follow: the next trigger or non-ASCII character, but
// not a character of U+4000-U+9FFF (lead bytes E4-E9: the ideographs), none
// of which ends a sentence or a paragraph; Chinese text skips them unread.
std::size_t next_candidate(std::string_view s, std::size_t pos) noexcept {
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    for (;;) {
        pos = next_trigger_or_non_ascii(s, pos);
        if (pos + 3 > s.size() || p[pos] < 0xE4 || p[pos] > 0xE9) return pos;
        pos += 3;
    }
}

// Reads the text as UAX #29 items: a character with the Extend and Format
// characters that follow it (rule 5).
struct reader {
    std::string_view s;
    const common_classes& known = common();

    sb class_at(char32_t c) const noexcept { return class_of(known, c); }

    // The class of the character at `pos`; `next` gets the position after
    // it and the Extend/Format characters it carries.
    sb item(std::size_t pos, std::size_t& next) const noexcept {
        std::size_t p = pos;
        const sb c = class_at(next_code_point(s, p));
        if (!is_para_sep(c)) skip_ignored(p);
        next = p;
        return c;
    }

    void skip_ignored(std::size_t& p) const noexcept {
        while (p < s.size()) {
            std::size_t q = p;
            if (!is_ignored(class_at(next_code_point(s, q)))) return;
            p = q;
        }
    }

    // Whether the item before `pos` is an Upper or Lower letter (rule 7).
    bool letter_before(std::size_t pos) const noexcept {
        while (pos > 0) {
            const sb c = class_at(prev_code_point(s, pos));
            if (is_ignored(c)) continue;
            return c == U_SB_UPPER || c == U_SB_LOWER;
        }
        return false;
    }

    // Rule 8: after an ATerm run, the next letter-like item is lower case.
    bool lower_follows(std::size_t pos) const noexcept {
        while (pos < s.size()) {
            std::size_t next;
            const sb c = item(pos, next);
            if (c == U_SB_LOWER) return true;
            if (c == U_SB_OLETTER || c == U_SB_UPPER || is_para_sep(c) || is_sa_term(c)) return false;
            pos = next;
        }
        return false;
    }
};

} // namespace

void sentence_boundaries(std::string_view s, std::vector<std::size_t>& out) {
    out.clear();
    const reader r{s};
    const std::size_t n = s.size();
    auto add = [&](std::size_t at) {
        if (at < n) out.push_back(at);
    };
    std::size_t pos = 0;
    while (pos < n) {
        pos = next_candidate(s, pos);
        if (pos >= n) break;
        // The class alone first: only a separator or a terminator needs the
        // Extend and Format characters after it (what reader::item reads).
        std::size_t after = pos;
        const sb c = r.class_at(next_code_point(s, after));
        if (is_para_sep(c)) {
            // Rules 3 and 4: a break after each separator, CR LF kept whole.
            if (c == U_SB_CR && after < n && s[after] == '\n') ++after;
            add(after);
            pos = after;
            continue;
        }
        if (!is_sa_term(c)) {
            pos = after;
            continue;
        }
        r.skip_ignored(after);
        const bool aterm = c == U_SB_ATERM;
        std::size_t q = after, next = after;
        if (q >= n) break;
        sb k = r.item(q, next);
        // Rules 6 and 7: "3.5", "U.S.A".
        if (aterm && (k == U_SB_NUMERIC || (k == U_SB_UPPER && r.letter_before(pos)))) {
            pos = q;
            continue;
        }
        // Rules 9 and 10: no break inside SATerm Close* Sp*.
        auto skip_run = [&](sb kind) {
            while (k == kind) {
                q = next;
                if (q >= n) return;
                k = r.item(q, next);
            }
        };
        skip_run(U_SB_CLOSE);
        if (q < n) skip_run(U_SB_SP);
        if (q >= n) break;
        // Rules 8, 8a, 10 keep the sentence going; else rule 11 breaks.
        const bool keep = is_para_sep(k) || k == U_SB_SCONTINUE || is_sa_term(k) || (aterm && r.lower_follows(q));
        if (!keep) add(q);
        pos = q;
    }
}

} // namespace ect::text
