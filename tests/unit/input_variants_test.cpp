// The same transcript as users get it from other tools: Windows line ends,
// PDF text's blanks before its line breaks, a byte-order mark, UTF-16,
// Windows-1252. Each form must read as the original does, on every real
// transcript of the shared corpus and every fixture of our own.
#include "support.hpp"
#include "zh_convert.hpp"

#include <ect/ect.hpp>

#include <catch2/catch.hpp>

#include <unicode/ucnv.h>

#include <filesystem>
#include <string>
#include <vector>

namespace fs = std::filesystem;
using ect_test::squeezed;
using ect_test::with_line_ends;

namespace {

std::vector<fs::path> inputs() {
    std::vector<fs::path> out;
    for (const fs::path& root : {fs::path(ECT_SHARED_DIR) / "corpus", fs::path(ECT_FIXTURES_DIR)}) {
        if (!fs::is_directory(root)) continue;
        for (const auto& e : fs::recursive_directory_iterator(root))
            if (e.is_regular_file() && e.path().filename() != "MANIFEST.tsv") out.push_back(e.path());
    }
    std::sort(out.begin(), out.end());
    return out;
}

// What a reader of the result sees: the metadata, and per turn its
// speaker, role, section, questions and text.
std::string reading(const ect::transcript& t) {
    std::string out;
    const ect::metadata& m = t.metadata();
    out += "company " + std::string(m.company ? m.company->name : "-") + "\n";
    if (m.period) out += "period " + std::to_string(m.period->fiscal_year.value_or(0)) + " " +
                         std::to_string(m.period->fiscal_quarter.value_or(0)) + "\n";
    for (const ect::turn& u : t.turns())
        out += std::string(ect_test::speaker(t, u)) + " | " + std::to_string(static_cast<int>(u.role)) + " | " +
               std::to_string(static_cast<int>(u.section)) + " | " + std::to_string(u.questions.size()) + " | " +
               squeezed(u.text) + "\n";
    for (const ect::statement& s : t.statements())
        out += std::string(t.participants()[s.participant].name) + " says " + squeezed(s.text) + "\n";
    return out;
}

// `utf8` as Windows-1252 bytes, or empty when it holds a character that
// encoding lacks.
std::string as_windows_1252(std::string_view utf8) {
    const std::string bytes = zh_convert::encode(utf8, "windows-1252");
    UErrorCode status = U_ZERO_ERROR;
    UConverter* conv = ucnv_open("windows-1252", &status);
    std::u16string wide(bytes.size() + 1, u'\0');
    const int32_t n = ucnv_toUChars(conv, wide.data(), static_cast<int32_t>(wide.size()), bytes.data(),
                                    static_cast<int32_t>(bytes.size()), &status);
    ucnv_close(conv);
    wide.resize(static_cast<std::size_t>(n));
    std::string back;
    icu::UnicodeString(false, wide.data(), static_cast<int32_t>(wide.size())).toUTF8String(back);
    return back == utf8 ? bytes : std::string();
}

} // namespace

TEST_CASE("line ends byte-order marks and encodings of other tools read as the original", "[variants]") {
    const auto files = inputs();
    REQUIRE(!files.empty());
    ect::parser parser;
    std::size_t windows_1252 = 0;
    for (const fs::path& path : files) {
        INFO(path.string());
        const std::string original = zh_convert::read_file(path.string());
        if (original.find('\r') != std::string::npos) continue; // already in a variant's form
        const std::string expected = reading(parser.parse(original));
        std::vector<std::pair<const char*, std::string>> variants = {
            {"CRLF", with_line_ends(original, "\r\n")},
            {"blanks before LF", with_line_ends(original, " \n")},
            {"blanks before CRLF", with_line_ends(original, "  \r\n")},
            {"byte-order mark", "\xEF\xBB\xBF" + original},
            {"UTF-16LE", std::string("\xFF\xFE", 2) + zh_convert::encode(original, "UTF-16LE")},
        };
        if (std::string cp = as_windows_1252(original); !cp.empty() && cp != original)
            variants.emplace_back("Windows-1252", std::move(cp)), ++windows_1252;
        for (const auto& [form, bytes] : variants) {
            INFO(form);
            CHECK(reading(parser.parse(bytes)) == expected);
        }
    }
    CHECK(windows_1252 > 0); // some inputs hold curly quotes or accents
}
