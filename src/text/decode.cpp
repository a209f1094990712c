#include "text/decode.hpp"

#include "text/huge_pages.hpp"
#include "text/utf8.hpp"

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>

#include <algorithm>
#include <fmt/format.h>

namespace ect::text {

namespace {

// Whether a legacy decoding reads as text: nearly every code point is in a
// script or punctuation block transcripts use. Almost any byte string
// "decodes" as UTF-16 without a BOM, into CJK extensions, Yi and unassigned
// code points; that is no reading.
bool plausible(std::string_view utf8) {
    std::size_t good = 0, all = 0;
    for (std::size_t pos = 0; pos < utf8.size();) {
        const auto c = static_cast<char32_t>(static_cast<unsigned char>(utf8[pos]));
        char32_t cp = c;
        if (c >= 0x80) {
            // Decode one sequence (the text is valid UTF-8 here).
            const std::size_t len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
            cp = c & (len == 2 ? 0x1Fu : len == 3 ? 0x0Fu : 0x07u);
            for (std::size_t k = 1; k < len && pos + k < utf8.size(); ++k)
                cp = (cp << 6) | (static_cast<unsigned char>(utf8[pos + k]) & 0x3Fu);
            pos += len;
        } else {
            ++pos;
        }
        ++all;
        good += (cp >= 0x20 && cp < 0x7F) || cp == '\n' || cp == '\r' || cp == '\t' || (cp >= 0xA0 && cp < 0x250) ||
                (cp >= 0x2000 && cp < 0x2070) || (cp >= 0x3000 && cp < 0x3100) || (cp >= 0x4E00 && cp < 0xA000) ||
                (cp >= 0xAC00 && cp < 0xD7B0) || (cp >= 0xFF00 && cp < 0xFFF0) || (cp >= 0x2460 && cp < 0x2800);
    }
    return all == 0 || good * 10 >= all * 9;
}

// Whether a byte is one Windows-1252 text holds: its punctuation at
// 0x80-0x9F (’ “ ” – — … € ™; not the five bytes it leaves undefined), and
// the Latin-1 signs and letters from 0xA0, but not ÿ, which English and
// the Western European names in transcripts hardly use and which a damaged
// byte 0xFF more often is.
bool windows_1252_byte(unsigned char c) {
    return c >= 0x80 && c != 0x81 && c != 0x8D && c != 0x8F && c != 0x90 && c != 0x9D && c != 0xFF;
}

// Whether text that is not UTF-8 reads as Windows-1252 (or its subset
// ISO-8859-1), the legacy encoding of English text saved on Windows: its
// bytes of 0x80 and above stand alone between ASCII bytes ("don\x92t",
// "\x93quoted\x94", "Soci\xE9t\xE9"), where GB18030, Big5 and the other
// double-byte encodings write every character as two bytes or more.
bool reads_as_windows_1252(std::string_view bytes) {
    std::size_t alone = 0, runs = 0;
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        const auto c = static_cast<unsigned char>(bytes[i]);
        if (c < 0x80) continue;
        std::size_t j = i + 1;
        while (j < bytes.size() && static_cast<unsigned char>(bytes[j]) >= 0x80) ++j;
        if (j - i > 1) ++runs;
        else if (windows_1252_byte(c)) ++alone;
        else return false;
        i = j - 1;
    }
    return alone > 0 && runs * 10 <= alone;
}

} // namespace

struct decoder::impl {
    // Opened on the first input that is not UTF-8: most never need it.
    UCharsetDetector* detector = nullptr;
    bool opened = false;
    impl() = default;
    ~impl() {
        if (detector) ucsdet_close(detector);
    }
    impl(const impl&) = delete;
    impl& operator=(const impl&) = delete;

    // Convert with ICU; false when the converter is unknown or fails.
    static bool convert(std::string_view bytes, const char* encoding, std::string& out, std::size_t& substituted) {
        UErrorCode status = U_ZERO_ERROR;
        UConverter* from = ucnv_open(encoding, &status);
        if (U_FAILURE(status)) return false;
        substituted = 0;
        std::u16string wide(bytes.size() + 2, u'\0');
        status = U_ZERO_ERROR;
        const int32_t wlen = ucnv_toUChars(from, wide.data(), static_cast<int32_t>(wide.size()), bytes.data(),
                                           static_cast<int32_t>(bytes.size()), &status);
        ucnv_close(from);
        if (U_FAILURE(status)) return false;
        wide.resize(static_cast<std::size_t>(wlen));
        for (char16_t c : wide) substituted += c == u'\uFFFD' || c == u'\x1A';
        UConverter* to = ucnv_open("UTF-8", &status);
        out.assign(wide.size() * 3 + 4, '\0');
        const int32_t olen = ucnv_fromUChars(to, out.data(), static_cast<int32_t>(out.size()), wide.data(),
                                             static_cast<int32_t>(wide.size()), &status);
        ucnv_close(to);
        if (U_FAILURE(status)) return false;
        out.resize(static_cast<std::size_t>(olen));
        return true;
    }

    // ICU's guess among the encodings Chinese material comes in; `top` gets
    // its best guess of any kind, for the diagnostic when none fits.
    std::string guess(std::string_view bytes, std::string* top = nullptr) {
        if (!opened) {
            opened = true;
            UErrorCode status = U_ZERO_ERROR;
            detector = ucsdet_open(&status);
            if (U_FAILURE(status)) detector = nullptr;
        }
        if (!detector) return {};
        UErrorCode status = U_ZERO_ERROR;
        const std::size_t sample = std::min<std::size_t>(bytes.size(), 1 << 16);
        ucsdet_setText(detector, bytes.data(), static_cast<int32_t>(sample), &status);
        int32_t found = 0;
        const UCharsetMatch** matches = ucsdet_detectAll(detector, &found, &status);
        if (U_FAILURE(status)) return {};
        for (int32_t i = 0; i < found; ++i) {
            const char* name = ucsdet_getName(matches[i], &status);
            if (U_FAILURE(status) || !name) continue;
            const std::string_view n = name;
            if (top && top->empty()) *top = n;
            if (n == "GB18030" || n == "Big5" || n == "UTF-16LE" || n == "UTF-16BE" || n == "Shift_JIS" ||
                n == "EUC-KR" || n == "EUC-JP" || n == "UTF-32LE" || n == "UTF-32BE")
                return std::string(n);
        }
        return {};
    }
};

decoder::decoder() : impl_(std::make_unique<impl>()) {}
decoder::~decoder() = default;
decoder::decoder(decoder&&) noexcept = default;
decoder& decoder::operator=(decoder&&) noexcept = default;

decoded decoder::decode_owned(std::string&& bytes) {
    // A byte-order mark of UTF-16 or UTF-32 holds 0xFE or 0xFF, bytes no
    // UTF-8 text has: valid UTF-8 is what decode() would copy unchanged.
    if (first_invalid_utf8(bytes) == std::string_view::npos) {
        decoded out;
        out.encoding = "UTF-8";
        out.text = std::move(bytes);
        return out;
    }
    decoded out = decode(std::string_view(bytes));
    std::string().swap(bytes);
    return out;
}

decoded decoder::decode(std::string_view bytes) {
    decoded out;
    out.encoding = "UTF-8";
    auto starts = [&](std::string_view bom) { return bytes.substr(0, bom.size()) == bom; };

    // A byte-order mark settles the question.
    const char* bom_encoding = nullptr;
    std::size_t bom_size = 0;
    if (starts("\xEF\xBB\xBF")) {
        out.encoding = "UTF-8";
    } else if (starts(std::string_view("\xFF\xFE\0\0", 4))) {
        bom_encoding = "UTF-32LE", bom_size = 4;
    } else if (starts(std::string_view("\0\0\xFE\xFF", 4))) {
        bom_encoding = "UTF-32BE", bom_size = 4;
    } else if (starts("\xFF\xFE")) {
        bom_encoding = "UTF-16LE", bom_size = 2;
    } else if (starts("\xFE\xFF")) {
        bom_encoding = "UTF-16BE", bom_size = 2;
    }
    if (bom_encoding) {
        std::size_t substituted = 0;
        if (impl::convert(bytes.substr(bom_size), bom_encoding, out.text, substituted)) {
            out.encoding = bom_encoding;
            if (substituted)
                out.problems.push_back({"invalid-encoding", 0,
                                        fmt::format("{} characters of the {} input could not be decoded", substituted,
                                                    bom_encoding)});
            return out;
        }
    }

    const std::size_t bad = first_invalid_utf8(bytes);
    if (bad == std::string_view::npos) {
        reserve_huge(out.text, bytes.size());
        out.text.assign(bytes);
        return out;
    }

    // Not valid UTF-8. Text that is mostly UTF-8 with a few damaged bytes is
    // repaired; otherwise ask ICU which legacy encoding it is and accept the
    // guess when the conversion is clean.
    std::string repaired;
    const std::size_t replaced = repair_utf8(bytes, repaired);
    std::size_t multibyte = 0;
    for (char c : repaired) multibyte += static_cast<unsigned char>(c) >= 0xC0;
    const bool mostly_utf8 = replaced * 8 < multibyte;
    if (!mostly_utf8 && reads_as_windows_1252(bytes)) {
        std::size_t substituted = 0;
        if (impl::convert(bytes, "windows-1252", out.text, substituted)) {
            out.encoding = "windows-1252";
            return out;
        }
    }
    std::string top;
    const std::string guess = mostly_utf8 ? std::string() : impl_->guess(bytes, &top);
    if (!guess.empty()) {
        std::string converted;
        std::size_t substituted = 0;
        if (impl::convert(bytes, guess.c_str(), converted, substituted) && substituted * 200 <= bytes.size() &&
            plausible(converted)) {
            out.text = std::move(converted);
            out.encoding = guess;
            if (substituted)
                out.problems.push_back({"invalid-encoding", 0,
                                        fmt::format("{} characters of the input could not be decoded as {}",
                                                    substituted, guess)});
            return out;
        }
    }
    out.text = std::move(repaired);
    out.problems.push_back(
        {"invalid-utf8", bad,
         fmt::format("{} invalid UTF-8 sequence{} replaced with U+FFFD{}", replaced, replaced == 1 ? "" : "s",
                     guess.empty() && top.empty() ? std::string()
                                                  : fmt::format(" (the input looked like {})", guess.empty() ? top : guess))});
    return out;
}

} // namespace ect::text
