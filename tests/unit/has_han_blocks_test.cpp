// has_han reads sixteen bytes at a time: Han characters anywhere in a long
// text, across block edges, must be found as decoding every code point does.
#include "fast_paths_support.hpp"
#include "text/utf8.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

namespace {

bool slow_has_han(std::string_view s) {
    for (std::size_t pos = 0; pos < s.size();)
        if (ect::text::is_han(ect::text::next_code_point(s, pos))) return true;
    return false;
}

} // namespace

TEST_CASE("has_han finds a Han character at every offset of a long text", "[utf8]") {
    const std::string han = "\xE4\xB8\xAD"; // 中
    for (std::size_t lead = 0; lead < 70; ++lead) {
        const std::string latin(lead, 'a');
        CHECK(ect::text::has_han(latin + han + "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"));
        CHECK(ect::text::has_han(latin + han));
        CHECK_FALSE(ect::text::has_han(latin + "\xE3\x80\x82\xE2\x80\x94\xC3\xA9" + latin)); // 。—é
    }
}

TEST_CASE("has_han agrees with decoding every code point on long mixed texts", "[utf8]") {
    const std::vector<std::string> alphabet = {"a", "abcdefghijklmnopq", "\xC3\xA9", "\xE3\x80\x82", "\xE3\x90\x80",
                                               "\xE4\xB8\xAD", "\xEF\xBC\x9F", "\xF0\xA0\x80\x80", "\xF0\x9F\x98\x80",
                                               "\xE2\x80\x94", "\xE2\x80\x99"};
    for (const std::string& s : ect_test::random_strings(alphabet, 20000, 40, 7)) REQUIRE(ect::text::has_han(s) == slow_has_han(s));
    // Long texts with no Han at all except, sometimes, at the very end.
    const std::vector<std::string> no_han = {"a", "abcdefghijklmnopq", "\xC3\xA9", "\xE3\x80\x82", "\xEF\xBC\x9F",
                                             "\xF0\x9F\x98\x80", "\xE2\x80\x94"};
    std::size_t k = 0;
    for (std::string s : ect_test::random_strings(no_han, 3000, 60, 9)) {
        if (++k % 2 == 0) s += "\xE4\xB8\xAD";
        REQUIRE(ect::text::has_han(s) == slow_has_han(s));
    }
    for (const std::string& t : ect_test::fixture_texts()) CHECK(ect::text::has_han(t) == slow_has_han(t));
}
