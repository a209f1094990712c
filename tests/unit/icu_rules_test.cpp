// Transliterators compiled straight from ICU's rule sources must behave as
// the ones ICU's registry builds by name.
#include "fast_paths_support.hpp"
#include "text/icu_rules.hpp"
#include "text/icu_tools.hpp"
#include "text/utf8.hpp"

#include <catch2/catch.hpp>

#include <unicode/translit.h>
#include <unicode/unistr.h>

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
    CHECK(compared > 100);
}
