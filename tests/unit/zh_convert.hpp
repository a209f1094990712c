#pragma once
// Conversions of UTF-8 test text into the other forms Chinese transcripts
// come in: Simplified script, full-width punctuation, and legacy or UTF-16
// bytes. Fixtures stay UTF-8 text in the repository; the other forms are
// made here at test time with ICU.

#include <unicode/translit.h>
#include <unicode/ucnv.h>
#include <unicode/unistr.h>

#include <fstream>
#include <memory>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>

namespace zh_convert {

inline std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return {};
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

/// Run an ICU transform (e.g. "Hant-Hans") over UTF-8 text.
inline std::string transform(std::string_view utf8, const char* id) {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> t(
        icu::Transliterator::createInstance(icu::UnicodeString::fromUTF8(id), UTRANS_FORWARD, status));
    if (U_FAILURE(status)) throw std::runtime_error(std::string("no ICU transform ") + id);
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
    t->transliterate(u);
    std::string out;
    u.toUTF8String(out);
    return out;
}

/// ASCII punctuation to its full-width form: : , ( ) ? ! ;
inline std::string to_fullwidth_punctuation(std::string_view utf8) {
    std::string out;
    for (char c : utf8) {
        switch (c) {
        case ':': out += "\xEF\xBC\x9A"; break;
        case ',': out += "\xEF\xBC\x8C"; break;
        case '(': out += "\xEF\xBC\x88"; break;
        case ')': out += "\xEF\xBC\x89"; break;
        case '?': out += "\xEF\xBC\x9F"; break;
        case '!': out += "\xEF\xBC\x81"; break;
        case ';': out += "\xEF\xBC\x9B"; break;
        default: out += c;
        }
    }
    return out;
}

/// NBSP (U+00A0) to a plain space, for encodings that lack it.
inline std::string replace_nbsp(std::string s) {
    for (std::size_t at; (at = s.find("\xC2\xA0")) != std::string::npos;) s.replace(at, 2, 1, ' ');
    return s;
}

/// UTF-8 to the bytes of `encoding` ("Big5", "GB18030", "UTF-16", ...).
inline std::string encode(std::string_view utf8, const char* encoding) {
    UErrorCode status = U_ZERO_ERROR;
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
    UConverter* conv = ucnv_open(encoding, &status);
    if (U_FAILURE(status)) throw std::runtime_error(std::string("no ICU converter ") + encoding);
    std::string out(static_cast<std::size_t>(u.length()) * 4 + 16, '\0');
    const int32_t n = ucnv_fromUChars(conv, out.data(), static_cast<int32_t>(out.size()), u.getBuffer(), u.length(),
                                      &status);
    ucnv_close(conv);
    if (U_FAILURE(status)) throw std::runtime_error(std::string("cannot encode as ") + encoding);
    out.resize(static_cast<std::size_t>(n));
    return out;
}

} // namespace zh_convert
