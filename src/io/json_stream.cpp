#include "io/json_stream.hpp"

#include "text/utf8.hpp"

#include <nlohmann/json.hpp>

#include <array>
#include <charconv>
#include <cstdint>
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
            if (_mm_movemask_epi8(look) == 0) {
                i += 16;
                continue;
            }
        }
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

void json_stream::newline_indent(std::size_t depth) {
    out_ += '\n';
    out_.append(depth * static_cast<std::size_t>(indent_), ' ');
}

void json_stream::before_value() {
    if (after_key_) {
        after_key_ = false;
        return;
    }
    if (empty_.empty()) return; // the top-level value
    if (!empty_.back()) out_ += ',';
    empty_.back() = false;
    if (indent_ >= 0) newline_indent(empty_.size());
}

void json_stream::open(char bracket) {
    before_value();
    out_ += bracket;
    empty_.push_back(true);
}

void json_stream::close(char bracket) {
    const bool was_empty = empty_.back();
    empty_.pop_back();
    if (!was_empty && indent_ >= 0) newline_indent(empty_.size());
    out_ += bracket;
}

void json_stream::key(std::string_view k) {
    // Keys are the contract's identifiers (ASCII letters and underscores):
    // nothing to escape. Separator, indentation, key and colon go out in
    // one append: a document has tens of thousands of members.
    const std::size_t pad = indent_ >= 0 ? empty_.size() * static_cast<std::size_t>(indent_) : 0;
    char buf[128];
    if (k.size() + pad + 6 <= sizeof buf) {
        char* p = buf;
        if (!empty_.back()) *p++ = ',';
        if (indent_ >= 0) {
            *p++ = '\n';
            std::memset(p, ' ', pad);
            p += pad;
        }
        *p++ = '"';
        std::memcpy(p, k.data(), k.size());
        p += k.size();
        *p++ = '"';
        *p++ = ':';
        if (indent_ >= 0) *p++ = ' ';
        out_.append(buf, static_cast<std::size_t>(p - buf));
    } else {
        if (!empty_.back()) out_ += ',';
        if (indent_ >= 0) newline_indent(empty_.size());
        out_ += '"';
        out_ += k;
        out_ += indent_ >= 0 ? "\": " : "\":";
    }
    empty_.back() = false;
    after_key_ = true;
}

void json_stream::value(std::string_view s) {
    before_value();
    append_json_string(out_, s);
}

void json_stream::value(std::size_t n) {
    before_value();
    char buf[24];
    const auto r = std::to_chars(buf, buf + sizeof buf, n);
    out_.append(buf, r.ptr);
}

void json_stream::value(int n) {
    before_value();
    char buf[16];
    const auto r = std::to_chars(buf, buf + sizeof buf, n);
    out_.append(buf, r.ptr);
}

void json_stream::value(bool b) {
    before_value();
    out_ += b ? "true" : "false";
}

void json_stream::null() {
    before_value();
    out_ += "null";
}

} // namespace ect::io
