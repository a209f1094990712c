#include "io/json_stream.hpp"

#include "text/utf8.hpp"

#include <nlohmann/json.hpp>

#include <array>
#include <charconv>
#include <cstdint>
#include <bit>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace ect::io {

namespace {

/// What a byte below 0x80 needs: 0 = copied as is, otherwise the escape's
/// second character ('u' for the \u00XX form).
constexpr std::array<char, 128> ascii_escapes = [] {
    std::array<char, 128> t{};
    for (int c = 0; c < 0x20; ++c) t[static_cast<std::size_t>(c)] = 'u';
    t['\b'] = 'b';
    t['\t'] = 't';
    t['\n'] = 'n';
    t['\f'] = 'f';
    t['\r'] = 'r';
    t['"'] = '"';
    t['\\'] = '\\';
    return t;
}();

/// True when one of the 8 bytes of `w` needs a look: non-ASCII (to be
/// validated), a control character, a quote or a backslash. Prose is mostly
/// none of these, so the copy loop skips it a word at a time.
constexpr bool word_needs_look(std::uint64_t w) noexcept {
    constexpr std::uint64_t ones = 0x0101010101010101u;
    constexpr std::uint64_t highs = 0x8080808080808080u;
    const auto has_zero = [](std::uint64_t v) { return (v - ones) & ~v & highs; };
    const std::uint64_t below_space = (w - ones * 0x20) & ~w & highs;
    return ((w & highs) | below_space | has_zero(w ^ (ones * '"')) | has_zero(w ^ (ones * '\\'))) != 0;
}

} // namespace

void append_json_string(std::string& out, std::string_view s) {
    const std::size_t start = out.size();
    const auto* bytes = reinterpret_cast<const unsigned char*>(s.data());
    out += '"';
    std::size_t run = 0; // first byte not yet copied
    for (std::size_t i = 0; i < s.size();) {
#if defined(__SSE2__)
        // Sixteen bytes at a time: a signed compare with 0x20 catches the
        // control characters and every byte from 0x80 at once.
        if (i + 16 <= s.size()) {
            const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(bytes + i));
            const __m128i look = _mm_or_si128(_mm_cmplt_epi8(v, _mm_set1_epi8(0x20)),
                                              _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('"')),
                                                           _mm_cmpeq_epi8(v, _mm_set1_epi8('\\'))));
            const auto flagged = static_cast<unsigned>(_mm_movemask_epi8(look));
            if (flagged == 0) {
                i += 16;
                continue;
            }
            // Straight to the first byte to look at: the ones before it are
            // plain ASCII that goes out as it is.
            i += static_cast<std::size_t>(std::countr_zero(flagged));
        } else
#endif
        if (std::uint64_t w; i + 8 <= s.size()) {
            std::memcpy(&w, s.data() + i, 8);
            if (!word_needs_look(w)) {
                i += 8;
                continue;
            }
        }
        const unsigned char c = bytes[i];
        if (c >= 0x80) {
            // A run of non-ASCII text (Chinese, say) is checked sequence by
            // sequence without going back to the word test each time.
            do {
                // Three-byte sequences whose lead sets no limit on the next
                // byte (E1-EC, EE, EF: all of CJK) in a tight loop first.
                while (i + 3 <= s.size() && bytes[i] - 0xE1u <= 0xEu && bytes[i] != 0xED &&
                       (bytes[i + 1] & 0xC0u) == 0x80u && (bytes[i + 2] & 0xC0u) == 0x80u)
                    i += 3;
                if (i >= s.size() || bytes[i] < 0x80) break;
                const std::size_t n = text::valid_sequence_length(bytes + i, s.size() - i);
                if (n == 0) {
                    // Rare (the parser validates its text): let nlohmann
                    // apply its own replacement rules, so both writers agree.
                    out.resize(start);
                    out += nlohmann::json(std::string(s)).dump(-1, ' ', false,
                                                               nlohmann::json::error_handler_t::replace);
                    return;
                }
                i += n;
            } while (i < s.size() && bytes[i] >= 0x80);
            continue;
        }
        const char escape = ascii_escapes[c];
        if (escape == 0) {
            ++i;
            continue;
        }
        out.append(s.data() + run, i - run);
        out += '\\';
        out += escape;
        if (escape == 'u') {
            constexpr char hex[] = "0123456789abcdef";
            out += "00";
            out += hex[c >> 4];
            out += hex[c & 0xF];
        }
        run = ++i;
    }
    out.append(s.data() + run, s.size() - run);
    out += '"';
}

namespace {
// A line break and `n` spaces at `p`, which has room for 64 bytes more than
// that: indentation up to 63 spaces is one fixed-size copy.
inline char* newline_and_pad(char* p, std::size_t n) {
    static constexpr char spaces[64] = {' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ',
                                        ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ',
                                        ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ',
                                        ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' '};
    *p++ = '\n';
    if (n < sizeof spaces) {
        std::memcpy(p, spaces, sizeof spaces);
    } else {
        std::memset(p, ' ', n);
    }
    return p + n;
}
} // namespace

inline std::size_t json_stream::pad() const noexcept {
    return indent_ >= 0 ? empty_.size() * static_cast<std::size_t>(indent_) : 0;
}

inline char* json_stream::separator(char* p) {
    if (!empty_.back()) *p++ = ',';
    empty_.back() = 0;
    return indent_ >= 0 ? newline_and_pad(p, pad()) : p;
}

inline char* json_stream::value_prefix(char* p) {
    if (after_key_) {
        after_key_ = false;
        return p;
    }
    if (empty_.empty()) return p; // the top-level value
    return separator(p);
}

// Separator, indentation and the item go out in one append: a document has
// tens of thousands of members and values. `most` bounds what `write` puts
// after the indentation.
template <class Write>
void json_stream::emit(std::size_t most, Write&& write) {
    char local[320];
    const std::size_t need = pad() + 2 + most + 64; // 64: see newline_and_pad
    if (need <= sizeof local) {
        const char* const end = write(local);
        out_.append(local, static_cast<std::size_t>(end - local));
        return;
    }
    std::string big(need, '\0');
    const char* const end = write(big.data());
    out_.append(big.data(), static_cast<std::size_t>(end - big.data()));
}

namespace {
// `"k": ` (without the space on one line), at `p`. Keys are the contract's
// identifiers (ASCII letters and underscores): nothing to escape.
char* put_key(char* p, std::string_view k, bool spaced) {
    *p++ = '"';
    std::memcpy(p, k.data(), k.size());
    p += k.size();
    *p++ = '"';
    *p++ = ':';
    if (spaced) *p++ = ' ';
    return p;
}

template <class Number>
char* put_number(char* p, Number n) {
    return std::to_chars(p, p + 24, n).ptr;
}
} // namespace

void json_stream::open(char bracket) {
    emit(1, [&](char* p) {
        p = value_prefix(p);
        *p++ = bracket;
        return p;
    });
    empty_.push_back(1);
}

void json_stream::close(char bracket) {
    const bool was_empty = empty_.back() != 0;
    empty_.pop_back();
    emit(1, [&](char* p) {
        if (!was_empty && indent_ >= 0) p = newline_and_pad(p, pad());
        *p++ = bracket;
        return p;
    });
}

void json_stream::key(std::string_view k) {
    emit(k.size() + 4, [&](char* p) { return put_key(separator(p), k, indent_ >= 0); });
    after_key_ = true;
}

void json_stream::member(std::string_view k, std::size_t n) {
    emit(k.size() + 4 + 24, [&](char* p) { return put_number(put_key(separator(p), k, indent_ >= 0), n); });
}

void json_stream::member(std::string_view k, int n) {
    emit(k.size() + 4 + 24, [&](char* p) { return put_number(put_key(separator(p), k, indent_ >= 0), n); });
}

void json_stream::member(std::string_view k, std::string_view s) {
    key(k);
    after_key_ = false;
    append_json_string(out_, s);
}

void json_stream::value(std::string_view s) {
    emit(0, [&](char* p) { return value_prefix(p); });
    append_json_string(out_, s);
}

void json_stream::value(std::size_t n) {
    emit(24, [&](char* p) { return put_number(value_prefix(p), n); });
}

void json_stream::value(int n) {
    emit(24, [&](char* p) { return put_number(value_prefix(p), n); });
}

void json_stream::value(bool b) {
    emit(5, [&](char* p) {
        p = value_prefix(p);
        const std::string_view word = b ? "true" : "false";
        std::memcpy(p, word.data(), word.size());
        return p + word.size();
    });
}

void json_stream::null() {
    emit(4, [&](char* p) {
        p = value_prefix(p);
        std::memcpy(p, "null", 4);
        return p + 4;
    });
}

} // namespace ect::io
