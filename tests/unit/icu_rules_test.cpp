// Transliterators compiled straight from ICU's rule sources must behave as
// the ones ICU's registry builds by name.
#include "fast_paths_support.hpp"
#include "text/hant_hans.hpp"
#include "text/icu_rules.hpp"
#include "text/icu_tools.hpp"
#include "text/utf8.hpp"

#include <catch2/catch.hpp>

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <memory>
#include <string>

TEST_CASE("icu_rules: reads rule sources and their direction", "[icu_rules]") {
    const auto hant_hans = ect::text::icu_rules("Hant-Hans");
    REQUIRE(hant_hans);
    CHECK(hant_hans->reverse); // ICU writes the Simplified → Traditional rules
    CHECK(hant_hans->rules.size() > 10000);
    const auto han_latin = ect::text::icu_rules("Han-Latin"); // an alias of Hani-Latn
    REQUIRE(han_latin);
    CHECK_FALSE(han_latin->reverse);
    CHECK_FALSE(ect::text::icu_rules("No-Such-Transliterator"));
}

TEST_CASE("script_folder: folds every Han line as ICU's registered Hant-Hans does", "[icu_rules]") {
    UErrorCode status = U_ZERO_ERROR;
    const std::unique_ptr<icu::Transliterator> reference(
        icu::Transliterator::createInstance("Hant-Hans", UTRANS_FORWARD, status));
    REQUIRE(U_SUCCESS(status));
    ect::text::script_folder folder;
    std::size_t compared = 0;
    for (const std::string& text : ect_test::decoded_texts()) {
        for (std::size_t pos = 0; pos < text.size();) {
            const std::size_t nl = std::min(text.find('\n', pos), text.size());
            const std::string line = ect::text::fold_width(text.substr(pos, nl - pos));
            pos = nl + 1;
            if (!ect::text::has_han(line)) continue;
            icu::UnicodeString u = icu::UnicodeString::fromUTF8(line);
            reference->transliterate(u);
            std::string expected;
            u.toUTF8String(expected);
            INFO(line);
            CHECK(folder.fold(line) == expected);
            ++compared;
        }
    }
    CHECK(compared > 50); // the fixtures alone; more with the shared corpus
}

namespace {

std::string icu_fold(icu::Transliterator& t, const std::string& s) {
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(s);
    t.transliterate(u);
    std::string out;
    u.toUTF8String(out);
    return out;
}

std::string table_fold(const std::string& s) {
    std::string out;
    ect::text::hant_hans::get().fold(s, out);
    return out;
}

std::unique_ptr<icu::Transliterator> registered_hant_hans() {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> t(icu::Transliterator::createInstance("Hant-Hans", UTRANS_FORWARD, status));
    return U_SUCCESS(status) ? std::move(t) : nullptr;
}

} // namespace

TEST_CASE("hant_hans: every Han character folds as ICU's Hant-Hans does", "[icu_rules]") {
    REQUIRE(ect::text::hant_hans::get().usable());
    const auto reference = registered_hant_hans();
    REQUIRE(reference);
    std::size_t changed = 0;
    for (char32_t c = 0x3400; c < 0xFB00; ++c) {
        if (!ect::text::is_han(c)) continue;
        std::string s;
        icu::UnicodeString(static_cast<UChar32>(c)).toUTF8String(s);
        const std::string expected = icu_fold(*reference, s);
        INFO("U+" << std::hex << static_cast<unsigned>(c));
        CHECK(table_fold(s) == expected);
        changed += expected != s;
    }
    CHECK(changed > 2000);
}

TEST_CASE("hant_hans: every phrase of the rules folds as ICU's Hant-Hans does", "[icu_rules]") {
    const auto reference = registered_hant_hans();
    REQUIRE(reference);
    const auto rules = ect::text::icu_rules("Hant-Hans");
    REQUIRE(rules);
    // The Traditional side of every rule that applies in this direction,
    // alone and between characters that could extend or split a match.
    std::size_t phrases = 0;
    const icu::UnicodeString source(rules->rules.data(), static_cast<int32_t>(rules->rules.size()));
    for (int32_t start = 0; start < source.length();) {
        int32_t end = source.indexOf(u';', start);
        if (end < 0) end = source.length();
        const icu::UnicodeString statement = source.tempSubStringBetween(start, end);
        start = end + 1;
        int32_t op = statement.indexOf(u'\u2194');
        if (op < 0) op = statement.indexOf(u'\u2190');
        if (op < 0) continue;
        std::string traditional;
        statement.tempSubString(op + 1).toUTF8String(traditional);
        traditional.erase(std::remove(traditional.begin(), traditional.end(), ' '), traditional.end());
        for (const std::string& s : {traditional, "說" + traditional + "話", traditional + traditional}) {
            INFO(s);
            CHECK(table_fold(s) == icu_fold(*reference, s));
        }
        ++phrases;
    }
    CHECK(phrases > 3000);
}

TEST_CASE("hant_hans: literal rules in order, and anything else makes it unusable", "[icu_rules]") {
    const ect::text::hant_hans table(u"$d = [一二];余额↔餘額;余↔餘;$d { 余 → 餘;干←乾;乾↔乾;", true);
    REQUIRE(table.usable());
    std::string out;
    table.fold("餘額餘乾x", out);
    CHECK(out == "余额余干x"); // the first rule that matches wins: 乾 ← 乾 comes later
    CHECK_FALSE(ect::text::hant_hans(u"余 } 额 ↔ 餘;", true).usable());
    CHECK_FALSE(ect::text::hant_hans(u"::Null;余↔餘;", true).usable());
    CHECK_FALSE(ect::text::hant_hans(u"[余]↔餘;", true).usable());
    CHECK_FALSE(ect::text::hant_hans(u"", true).usable());
}
