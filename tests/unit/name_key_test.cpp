// name_key writes ASCII without decoding: it must give the key that the
// code point by code point definition gives.
#include "fast_paths_support.hpp"
#include "text/honorific.hpp"
#include "text/utf8.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

namespace {

std::string slow_name_key(std::string_view s) {
    using namespace ect::text;
    std::string out;
    for (std::size_t pos = honorific_length(s); pos < s.size();) {
        const std::size_t at = pos;
        const char32_t c = next_code_point(s, pos);
        if (is_ascii_alpha(c) || is_digit(c)) out.push_back(static_cast<char>(c < 'a' && !is_digit(c) ? c + 32 : c));
        else if (c >= 0x80 && !is_space(c) && !(c >= 0x2000 && c <= 0x206F) && !(c >= 0x3000 && c <= 0x303F) &&
                 !(c >= 0xFF00 && c <= 0xFF0F))
            out.append(s.substr(at, pos - at));
    }
    return out;
}

} // namespace

TEST_CASE("name_key agrees with the code point by code point key", "[utf8]") {
    CHECK(ect::text::name_key("Dr. Mary-Ann O'Neil (ph)") == "maryannoneilph");
    CHECK(ect::text::name_key("DR MARY-ANN O'NEIL") == "maryannoneil");
    CHECK(ect::text::name_key("Drew O'Neil") == "drewoneil");
    CHECK(ect::text::name_key("Ms Oneil") == "msoneil");
    CHECK(ect::text::name_key("\xE7\xA8\x8B\xE4\xB8\x80\xE7\xAC\x91 \xE2\x80\x94 Li 3") == "\xE7\xA8\x8B\xE4\xB8\x80\xE7\xAC\x91li3");
    for (const std::string& line : ect_test::fixture_lines()) REQUIRE(ect::text::name_key(line) == slow_name_key(line));
    const std::vector<std::string> alphabet = {"a", "Z", "9", " ", "-", "'", "\xC3\xA9", "\xE4\xB8\xAD", "\xE2\x80\x94",
                                               "\xE3\x80\x80", "\xEF\xBC\x8C", "\xC2\xA0", "\xC1\x81", "\x80", "\xFF",
                                               "\xF0\x9F\x98\x80", "\xE4\xB8"};
    for (const std::string& s : ect_test::random_strings(alphabet, 20000, 16, 5)) REQUIRE(ect::text::name_key(s) == slow_name_key(s));
}

TEST_CASE("name_key into a reused string gives the same keys as a fresh one", "[utf8]") {
    std::string out = "a long key left over from an earlier name";
    for (const std::string& line : ect_test::fixture_lines()) {
        ect::text::name_key(line, out);
        REQUIRE(out == ect::text::name_key(line));
    }
    ect::text::name_key("", out);
    CHECK(out.empty());
}
