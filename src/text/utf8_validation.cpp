// UTF-8 validation: whether a text is valid, where the first bad sequence
// is, and a copy with each bad sequence replaced. Every input passes here
// once, so validation runs many bytes at a time; the sequence-by-sequence
// loops only locate or repair what it rejected.
#include "text/decode.hpp"
#include "text/huge_pages.hpp"
#include "text/utf8.hpp"

#include <array>
#include <bit>
#include <cstdint>
#include <cstring>

#if defined(__x86_64__) && defined(__GNUC__)
#include <immintrin.h>
#endif

namespace ect::text {

namespace {

constexpr std::string_view replacement = "\xEF\xBF\xBD";

// A UTF-8 validator as a shift-based DFA: each state is a shift amount and
// the row for a byte packs the next state of every state, so a byte costs
// one table load and one shift, with no branch on the byte's class.
namespace dfa {
constexpr unsigned accept = 0, reject = 6, cont1 = 12, cont2 = 18, cont3 = 24, after_e0 = 30, after_ed = 36,
                   after_f0 = 42, after_f4 = 48;

constexpr std::uint64_t row(unsigned b) {
    auto to = [](unsigned from, unsigned next) { return static_cast<std::uint64_t>(next) << from; };
    std::uint64_t r = to(reject, reject);
    const bool cont = b >= 0x80 && b <= 0xBF;
    const unsigned first = b < 0x80                 ? accept
                           : b >= 0xC2 && b <= 0xDF ? cont1
                           : b == 0xE0              ? after_e0
                           : b == 0xED              ? after_ed
                           : b >= 0xE1 && b <= 0xEF ? cont2
                           : b == 0xF0              ? after_f0
                           : b >= 0xF1 && b <= 0xF3 ? cont3
                           : b == 0xF4              ? after_f4
                                                    : reject;
    r |= to(accept, first);
    r |= to(cont1, cont ? accept : reject);
    r |= to(cont2, cont ? cont1 : reject);
    r |= to(cont3, cont ? cont2 : reject);
    r |= to(after_e0, b >= 0xA0 && b <= 0xBF ? cont1 : reject);
    r |= to(after_ed, b >= 0x80 && b <= 0x9F ? cont1 : reject);
    r |= to(after_f0, b >= 0x90 && b <= 0xBF ? cont2 : reject);
    r |= to(after_f4, b >= 0x80 && b <= 0x8F ? cont2 : reject);
    return r;
}

constexpr auto table = [] {
    std::array<std::uint64_t, 256> t{};
    for (unsigned b = 0; b < 256; ++b) t[b] = row(b);
    return t;
}();
} // namespace dfa

// Length of the sequence at `p` when its lead byte puts no limit on the
// bytes after it other than being continuation bytes (C2-DF, E1-EC, EE, EF,
// F1-F3) and they are; 0 otherwise (ASCII, E0, ED, F0, F4, errors): the
// cases the DFA decides.
inline std::size_t plain_sequence_length(const unsigned char* p, std::size_t left) noexcept {
    const unsigned char c = p[0];
    const auto cont = [&](std::size_t k) { return (p[k] & 0xC0) == 0x80; };
    if (c >= 0xE1 && c <= 0xEF && c != 0xED) return left >= 3 && cont(1) && cont(2) ? 3 : 0;
    if (c >= 0xC2 && c <= 0xDF) return left >= 2 && cont(1) ? 2 : 0;
    if (c >= 0xF1 && c <= 0xF3) return left >= 4 && cont(1) && cont(2) && cont(3) ? 4 : 0;
    return 0;
}

// The first byte from `i` on that is not ASCII, or one within the last 15
// bytes: most of an English text is skipped here, many bytes at a time.
#if defined(__x86_64__) && defined(__GNUC__)
__attribute__((target("avx2"))) std::size_t skip_ascii_avx2(const unsigned char* p, std::size_t i, std::size_t n) noexcept {
    for (; i + 64 <= n; i += 64) {
        const __m256i a = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p + i));
        const __m256i b = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p + i + 32));
        const __m256i any = _mm256_or_si256(a, b);
        if (_mm256_movemask_epi8(any) == 0) continue;
        const auto lo = static_cast<std::uint32_t>(_mm256_movemask_epi8(a));
        if (lo != 0) return i + static_cast<std::size_t>(std::countr_zero(lo));
        return i + 32 + static_cast<std::size_t>(std::countr_zero(static_cast<std::uint32_t>(_mm256_movemask_epi8(b))));
    }
    return i;
}
#endif

std::size_t skip_ascii(const unsigned char* p, std::size_t i, std::size_t n) noexcept {
#if defined(__x86_64__) && defined(__GNUC__)
    static const bool avx2 = __builtin_cpu_supports("avx2");
    if (avx2) i = skip_ascii_avx2(p, i, n);
#endif
    while (i + 16 <= n) {
        std::uint64_t a, b;
        std::memcpy(&a, p + i, 8);
        std::memcpy(&b, p + i + 8, 8);
        if ((a | b) & 0x8080808080808080ull) break;
        i += 16;
    }
    return i;
}

// Whether all of `p[0, n)` is valid UTF-8.
bool valid_utf8(const unsigned char* p, std::size_t n) noexcept {
    std::uint64_t state = dfa::accept;
    std::size_t i = 0;
    while (i < n) {
        // Between sequences: runs of ASCII sixteen bytes at a time, runs of
        // three-byte sequences whose lead byte sets no limit on the next
        // (E1-EC, EE, EF: all of CJK), then one byte or one whole sequence
        // the lead byte alone vouches for.
        for (;;) {
            i = skip_ascii(p, i, n);
            auto free_lead = [](unsigned c) { return c - 0xE1u <= 0xEu && c != 0xED; };
            if constexpr (std::endian::native == std::endian::little) {
                // Two sequences a step: both leads free, and the four bytes
                // after them continuation bytes, tested in one word.
                constexpr std::uint64_t tails = 0xC0C000C0C000ull, expected = 0x808000808000ull;
                while (i + 8 <= n && free_lead(p[i]) && free_lead(p[i + 3])) {
                    std::uint64_t w;
                    std::memcpy(&w, p + i, 8);
                    if ((w & tails) != expected) break;
                    i += 6;
                }
            }
            while (i + 3 <= n) {
                const unsigned c = p[i];
                if (!free_lead(c)) break;
                if (((p[i + 1] & 0xC0u) ^ 0x80u) | ((p[i + 2] & 0xC0u) ^ 0x80u)) break;
                i += 3;
            }
            if (i >= n) return true;
            if (p[i] < 0x80) {
                ++i;
                continue;
            }
            const std::size_t len = plain_sequence_length(p + i, n - i);
            if (len == 0) break;
            i += len;
        }
        // The DFA takes one sequence (E0, ED, F0 and F4 leads, and errors).
        do {
            state = (dfa::table[p[i]] >> (state & 63)) & 63;
            ++i;
        } while (i < n && state != dfa::accept && state != dfa::reject);
        if (state == dfa::reject) return false;
    }
    return state == dfa::accept;
}

#if defined(__x86_64__) && defined(__GNUC__)
// Thirty-two bytes at a time, the lookup method of Keiser and Lemire
// ("Validating UTF-8 in less than one instruction per byte", 2021): every
// rule UTF-8 sets on a pair of bytes is a bit, and three table lookups on
// the nibbles of a byte and the byte before it give the rules the pair
// breaks; what is left, the third and fourth bytes of long sequences, is a
// comparison of the bytes two and three back. A Chinese text, where nearly
// every byte belongs to a three-byte sequence, reads at the speed of an
// English one.
namespace lookup {
constexpr std::uint8_t too_short = 1 << 0;  // a lead or ASCII byte where a continuation byte must be
constexpr std::uint8_t too_long = 1 << 1;   // a continuation byte after ASCII
constexpr std::uint8_t overlong_3 = 1 << 2; // E0 80..9F
constexpr std::uint8_t too_large = 1 << 3;  // F4 90.., F5..
constexpr std::uint8_t surrogate = 1 << 4;  // ED A0..BF
constexpr std::uint8_t overlong_2 = 1 << 5; // C0, C1
constexpr std::uint8_t too_large_1000 = 1 << 6; // F5.. 80..8F
constexpr std::uint8_t overlong_4 = 1 << 6;     // F0 80..8F
constexpr std::uint8_t two_conts = 1 << 7;      // a continuation byte after a continuation byte
constexpr std::uint8_t carry = too_short | too_long | two_conts; // rules of the high nibble alone

// By the high nibble of the byte before.
constexpr std::uint8_t first_high[16] = {
    too_long, too_long, too_long, too_long, too_long, too_long, too_long, too_long,
    two_conts, two_conts, two_conts, two_conts,
    too_short | overlong_2, too_short, too_short | overlong_3 | surrogate,
    too_short | too_large | too_large_1000 | overlong_4};
// By the low nibble of the byte before.
constexpr std::uint8_t first_low[16] = {
    carry | overlong_3 | overlong_2 | overlong_4, carry | overlong_2, carry, carry,
    carry | too_large, carry | too_large | too_large_1000, carry | too_large | too_large_1000,
    carry | too_large | too_large_1000, carry | too_large | too_large_1000, carry | too_large | too_large_1000,
    carry | too_large | too_large_1000, carry | too_large | too_large_1000, carry | too_large | too_large_1000,
    carry | too_large | too_large_1000 | surrogate, carry | too_large | too_large_1000,
    carry | too_large | too_large_1000};
// By the high nibble of the byte itself.
constexpr std::uint8_t second_high[16] = {
    too_short, too_short, too_short, too_short, too_short, too_short, too_short, too_short,
    too_long | overlong_2 | two_conts | overlong_3 | too_large_1000 | overlong_4,
    too_long | overlong_2 | two_conts | overlong_3 | too_large,
    too_long | overlong_2 | two_conts | surrogate | too_large,
    too_long | overlong_2 | two_conts | surrogate | too_large,
    too_short, too_short, too_short, too_short};

__attribute__((target("avx2"))) inline __m256i table(const std::uint8_t (&t)[16]) {
    return _mm256_broadcastsi128_si256(_mm_loadu_si128(reinterpret_cast<const __m128i*>(t)));
}

// The block `in` shifted right by N bytes, the last N bytes of `before` in front.
template <int N>
__attribute__((target("avx2"))) inline __m256i previous(__m256i in, __m256i before) {
    return _mm256_alignr_epi8(in, _mm256_permute2x128_si256(before, in, 0x21), 16 - N);
}

// Non-zero bytes where `in` (after `before`) breaks a rule.
__attribute__((target("avx2"))) inline __m256i errors(__m256i in, __m256i before) {
    const __m256i nibble = _mm256_set1_epi8(0x0F);
    const __m256i prev1 = previous<1>(in, before);
    const __m256i rules = _mm256_and_si256(
        _mm256_and_si256(_mm256_shuffle_epi8(table(first_high), _mm256_and_si256(_mm256_srli_epi16(prev1, 4), nibble)),
                         _mm256_shuffle_epi8(table(first_low), _mm256_and_si256(prev1, nibble))),
        _mm256_shuffle_epi8(table(second_high), _mm256_and_si256(_mm256_srli_epi16(in, 4), nibble)));
    // Two back a lead of three or four bytes, or three back one of four:
    // the byte must be a continuation byte (the two_conts bit, set above).
    const __m256i third = _mm256_subs_epu8(previous<2>(in, before), _mm256_set1_epi8(static_cast<char>(0xE0 - 0x80)));
    const __m256i fourth = _mm256_subs_epu8(previous<3>(in, before), _mm256_set1_epi8(static_cast<char>(0xF0 - 0x80)));
    const __m256i must_continue = _mm256_and_si256(_mm256_or_si256(third, fourth), _mm256_set1_epi8(static_cast<char>(0x80)));
    return _mm256_xor_si256(must_continue, rules);
}
} // namespace lookup

__attribute__((target("avx2"))) bool valid_utf8_avx2(const unsigned char* p, std::size_t n) noexcept {
    // Non-zero at the end of a block whose last bytes open a sequence the
    // block does not finish: the next block must finish it.
    const __m256i last_leads = _mm256_setr_epi8(
        -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
        -1, static_cast<char>(0xF0 - 1), static_cast<char>(0xE0 - 1), static_cast<char>(0xC0 - 1));
    __m256i error = _mm256_setzero_si256(), before = _mm256_setzero_si256(), unfinished = _mm256_setzero_si256();
    std::size_t i = 0;
    for (; i + 32 <= n; i += 32) {
        const __m256i in = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p + i));
        if (_mm256_movemask_epi8(in) == 0) {
            // ASCII: only a sequence the block before left open can be wrong.
            error = _mm256_or_si256(error, unfinished);
            unfinished = _mm256_setzero_si256();
        } else {
            error = _mm256_or_si256(error, lookup::errors(in, before));
            unfinished = _mm256_subs_epu8(in, last_leads);
        }
        before = in;
    }
    // The rest, padded with NUL bytes: ASCII, so a sequence open at the
    // end of the text fails against them.
    alignas(32) unsigned char tail[32] = {};
    if (n > i) std::memcpy(tail, p + i, n - i);
    const __m256i in = _mm256_load_si256(reinterpret_cast<const __m256i*>(tail));
    error = _mm256_or_si256(error, lookup::errors(in, before));
    return _mm256_testz_si256(error, error) != 0;
}
#endif

// Whether all of `p[0, n)` is valid UTF-8, by the widest means the processor has.
bool valid_utf8_any(const unsigned char* p, std::size_t n) noexcept {
#if defined(__x86_64__) && defined(__GNUC__)
    static const bool avx2 = __builtin_cpu_supports("avx2");
    if (avx2) return valid_utf8_avx2(p, n);
#endif
    return valid_utf8(p, n);
}

} // namespace

std::size_t first_invalid_utf8(std::string_view bytes) noexcept {
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
    const std::size_t n = bytes.size();
    if (valid_utf8_any(p, n)) return std::string_view::npos;
    // Invalid somewhere: find where, one sequence at a time.
    std::size_t i = 0;
    while (i < n) {
        // ASCII runs eight bytes at a time.
        while (i + 8 <= n) {
            std::uint64_t word;
            std::memcpy(&word, p + i, 8);
            if (word & 0x8080808080808080ull) break;
            i += 8;
        }
        if (i >= n) break;
        const std::size_t len = valid_sequence_length(p + i, n - i);
        if (len == 0) return i;
        i += len;
    }
    return std::string_view::npos;
}

std::size_t repair_utf8(std::string_view bytes, std::string& out) {
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
    const std::size_t n = bytes.size();
    out.clear();
    reserve_huge(out, n + 16);
    std::size_t replaced = 0;
    std::size_t i = 0;
    while (i < n) {
        const std::size_t len = valid_sequence_length(p + i, n - i);
        if (len == 0) {
            out.append(replacement);
            ++replaced;
            ++i;
            // A broken sequence's continuation bytes are one error, not many.
            while (i < n && (p[i] & 0xC0) == 0x80) ++i;
            continue;
        }
        out.append(bytes.data() + i, len);
        i += len;
    }
    return replaced;
}

} // namespace ect::text
