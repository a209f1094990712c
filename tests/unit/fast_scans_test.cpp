// Byte-level shortcuts checked against the plain code-point loops they
// replace: UTF-8 validation, has_han, and the first-byte tests that decide
// where the period and date parsers run.
#include "attribute/metadata.hpp"
#include "fast_paths_support.hpp"
#include "text/decode.hpp"
#include "text/icu_tools.hpp"
#include "text/utf8.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <utility>
#include <vector>

namespace {

// RFC 3629, one sequence at a time.
std::size_t slow_first_invalid(std::string_view s) {
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    for (std::size_t i = 0; i < s.size();) {
        const unsigned c = p[i];
        std::size_t len = c < 0x80 ? 1 : c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
        if (len == 0 || i + len > s.size()) return i;
        for (std::size_t k = 1; k < len; ++k)
            if ((p[i + k] & 0xC0) != 0x80) return i;
        const unsigned c1 = p[i + 1 < s.size() ? i + 1 : i];
        if ((c == 0xE0 && c1 < 0xA0) || (c == 0xED && c1 >= 0xA0) || (c == 0xF0 && c1 < 0x90) || (c == 0xF4 && c1 >= 0x90))
            return i;
        i += len;
    }
    return std::string_view::npos;
}

bool slow_has_han(std::string_view s) {
    for (std::size_t pos = 0; pos < s.size();)
        if (ect::text::is_han(ect::text::next_code_point(s, pos))) return true;
    return false;
}

std::size_t slow_count_han(std::string_view s, std::size_t enough) {
    std::size_t n = 0;
    for (std::size_t pos = 0; pos < s.size() && n < enough;)
        if (ect::text::is_han(ect::text::next_code_point(s, pos))) ++n;
    return n;
}

} // namespace

TEST_CASE("UTF-8 validation finds the first bad sequence as a sequence-by-sequence scan does", "[decode]") {
    const std::vector<std::string> alphabet = {
        "a", "abcdefgh", "abcdefghijklmnop", "\xC3\xA9", "\xE4\xB8\xAD", "\xF0\x9F\x98\x80", "\xC0\xAF", "\xC2",
        "\xE0\x80\x80", "\xE0\xA0\x80", "\xED\x9F\xBF", "\xED\xA0\x80", "\xF0\x8F\xBF\xBF", "\xF4\x8F\xBF\xBF",
        "\xF4\x90\x80\x80", "\xF5\x80\x80\x80", "\x80", "\xBF", "\xFF", "\xE4\xB8", "\xF0\x9F\x98",
        "\xEF\xBC\x8C", "\xEE\x80\x80", "\xEC\xBF\xBF", "\xE1\x80", "\xEF\xBC\xC0", "\xF3\xA0\x80\x80",
        "\xF2\x80\x80", "\xDF\xBF", "\xDF"};
    for (const std::string& s : ect_test::random_strings(alphabet, 50000, 40, 11)) REQUIRE(ect::text::first_invalid_utf8(s) == slow_first_invalid(s));
    for (const std::string& t : ect_test::fixture_texts()) CHECK(ect::text::first_invalid_utf8(t) == slow_first_invalid(t));
}

// Validation reads 32 bytes at a time: a bad sequence must be seen at every
// offset of a block and across block edges, and a sequence left open by the
// end of the text whatever its length.
TEST_CASE("UTF-8 validation finds one bad sequence anywhere in a long valid text", "[decode]") {
    const std::vector<std::string> good = {"a", "\xC3\xA9", "\xE4\xB8\xAD", "\xF0\x9F\x98\x80", "\xED\x9F\xBF",
                                           "\xE0\xA0\x80", "\xF4\x8F\xBF\xBF", "\xEF\xBC\x9F", " "};
    const std::vector<std::string> bad = {"\x80", "\xC0\xAF", "\xE0\x80\x80", "\xED\xA0\x80", "\xF0\x8F\xBF\xBF",
                                          "\xF4\x90\x80\x80", "\xF5\x80\x80\x80", "\xFF", "\xE4\xB8", "\xC2",
                                          "\xF0\x9F\x98", "\xEF\xBC\xC0", "\xE4\xB8\xAD\x80"};
    std::string text;
    for (std::size_t k = 0; text.size() < 200; k = (k * 7 + 3) % good.size()) text += good[k];
    // Every prefix: valid, whatever the length of the last block.
    for (std::size_t cut = 0; cut <= text.size(); ++cut) {
        std::size_t end = cut;
        while (end < text.size() && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) ++end;
        const std::string prefix = text.substr(0, end);
        REQUIRE(ect::text::first_invalid_utf8(prefix) == std::string_view::npos);
        // Cut inside a sequence: open at the end.
        if (end > 0 && cut < end && cut > 0) {
            const std::string open = text.substr(0, cut);
            REQUIRE(ect::text::first_invalid_utf8(open) == slow_first_invalid(open));
        }
    }
    // One bad sequence at every code-point boundary.
    for (std::size_t at = 0; at <= text.size(); ++at) {
        if (at < text.size() && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80) continue;
        for (const std::string& b : bad) {
            const std::string s = text.substr(0, at) + b + text.substr(at);
            INFO("at " << at);
            REQUIRE(ect::text::first_invalid_utf8(s) == slow_first_invalid(s));
            REQUIRE(slow_first_invalid(s) != std::string_view::npos);
        }
    }
}

TEST_CASE("has_han skips to lead bytes and agrees with decoding every code point", "[utf8]") {
    for (const std::string& line : ect_test::fixture_lines()) REQUIRE(ect::text::has_han(line) == slow_has_han(line));
    const std::vector<std::string> alphabet = {"a", "abcdefgh", "\xC3\xA9", "\xE3\x80\x82", "\xE3\x90\x80", "\xE4\xB8\xAD",
                                               "\xEF\xBC\x9F", "\xF0\xA0\x80\x80", "\xF0\x9F\x98\x80", "\xE2\x80\x94"};
    for (const std::string& s : ect_test::random_strings(alphabet, 20000, 12, 3)) REQUIRE(ect::text::has_han(s) == slow_has_han(s));
}

// has_han reads sixteen bytes at a time: Han characters anywhere in a long
// text, across block edges, must be found as decoding every code point does.
TEST_CASE("has_han finds a Han character at every offset of a long text", "[utf8]") {
    const std::string han = "\xE4\xB8\xAD"; // 中
    // Past the blocks of sixteen and of sixty-four, a few times over.
    for (std::size_t lead = 0; lead < 200; ++lead) {
        const std::string latin(lead, 'a');
        CHECK(ect::text::has_han(latin + han + "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"));
        CHECK(ect::text::has_han(latin + han));
        CHECK_FALSE(ect::text::has_han(latin + "\xE3\x80\x82\xE2\x80\x94\xC3\xA9" + latin)); // 。—é
        CHECK(ect::text::count_han(latin + han + latin + han + latin, 10) == 2);
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

TEST_CASE("count_han counts Han characters as decoding every code point does, up to its limit", "[utf8]") {
    const std::vector<std::string> alphabet = {"a", "abcdefghijklmnopq", "\xC3\xA9", "\xE3\x80\x82", "\xE3\x90\x80",
                                               "\xE4\xB8\xAD", "\xEF\xBC\x9F", "\xF0\xA0\x80\x80", "\xE2\x80\x94"};
    for (const std::size_t enough : {std::size_t{1}, std::size_t{3}, std::size_t{16}, std::size_t{1000}})
        for (const std::string& s : ect_test::random_strings(alphabet, 5000, 60, 11))
            REQUIRE(ect::text::count_han(s, enough) == slow_count_han(s, enough));
    for (const std::string& t : ect_test::fixture_texts()) CHECK(ect::text::count_han(t, 1000) == slow_count_han(t, 1000));
}

TEST_CASE("the period and date parsers match only where the first-byte tests let them run", "[metadata]") {
    std::vector<std::string> texts;
    for (const std::string& t : ect_test::fixture_texts()) texts.push_back(t.substr(0, 6000));
    const std::vector<std::string> alphabet = {
        "1", "2", "0", "4", "Q", "q", "FQ", "fq", "FY", "fy", "Fiscal ", "fiscal year ", "First", "second", "Third", "FOURTH",
        "1st", "2ND", "quarter", " Quarter", "年", "月", "日", "号", "季度", "第", "二", "-", "/", ".", " ", "st", "th",
        "Jan", "sept", "May", "December", ",", "of ", "the ", "'", "x"};
    for (const std::string& s : ect_test::random_strings(alphabet, 30000, 10, 5)) texts.push_back(s);
    std::size_t periods = 0, dates = 0;
    for (const std::string& t : texts)
        for (std::size_t pos = 0; pos < t.size(); ++pos) {
            const std::string_view rest = std::string_view(t).substr(pos);
            if (ect::attribute::period_at(rest).length) {
                ++periods;
                REQUIRE(ect::attribute::may_start_period(rest));
            }
            if (ect::attribute::date_at(rest).length) {
                ++dates;
                REQUIRE(ect::attribute::may_start_date(rest));
            }
        }
    CHECK(periods > 20);
    CHECK(dates > 20);
}

TEST_CASE("at_most_code_points agrees with counting them", "[utf8]") {
    std::size_t checked = 0, short_enough = 0;
    for (const std::string& text : ect_test::decoded_texts()) {
        for (std::size_t pos = 0; pos < text.size();) {
            const std::size_t nl = std::min(text.find('\n', pos), text.size());
            const std::string_view line = std::string_view(text).substr(pos, nl - pos);
            pos = nl + 1;
            for (std::size_t n : {0, 1, 12, 16, 40, 60, 120}) {
                const bool expected = ect::text::count_code_points(line) <= n;
                CHECK(ect::text::at_most_code_points(line, n) == expected);
                short_enough += expected;
                ++checked;
            }
        }
    }
    CHECK(checked > 5000); // the fixtures alone; more with the shared corpus
    CHECK(short_enough > 1000);
    CHECK(ect::text::at_most_code_points("程一笑", 3));
    CHECK_FALSE(ect::text::at_most_code_points("程一笑", 2));
}

TEST_CASE("the language count decodes three-byte characters in place as it decodes any other", "[text][language]") {
    // The count reads the first 64 KiB; a character that starts inside and
    // ends past the limit still counts, whichever path decodes it.
    const std::string pad(65535, ' ');
    CHECK(ect::text::detect_language(pad + "們") == "zh-Hant");
    CHECK(ect::text::detect_language(pad + "们") == "zh-Hans");
    CHECK(ect::text::detect_language(std::string(65536, ' ') + "們") == "zh-Hans"); // past the limit: no count
    // Kana, the Traditional/Simplified count and four-byte Han characters.
    CHECK(ect::text::detect_language("これはテストですカタカナとひらがなとテストテストテストテストテストテスト") == "ja");
    CHECK(ect::text::detect_language("這們說為個與會對於发") == "zh-Hant");
    CHECK(ect::text::detect_language("这们说为个與會對於發") == "zh-Hans");
    CHECK(ect::text::detect_language("𠀋𠀌𠀍 abcd") == "zh-Hans");
}

namespace {

// detect_language of random strings of `alphabet` against counting their
// letters and 中 one by one; returns the strings checked and how many of
// them are English.
std::pair<std::size_t, std::size_t> language_counts_agree(const std::vector<std::string>& alphabet, std::size_t count,
                                                          std::size_t pieces, unsigned seed) {
    std::size_t checked = 0, english = 0;
    for (const std::string& s : ect_test::random_strings(alphabet, count, pieces, seed)) {
        std::size_t han = 0, letters = 0;
        for (std::size_t pos = 0; pos < s.size();) {
            const char32_t c = ect::text::next_code_point(s, pos);
            han += c == U'中';
            letters += ect::text::is_ascii_alpha(c);
        }
        const std::string_view expected = han * 4 < letters ? "en" : "zh-Hans";
        INFO(s);
        REQUIRE(ect::text::detect_language(s) == expected);
        english += expected == "en";
        ++checked;
    }
    return {checked, english};
}

} // namespace

TEST_CASE("the language count weighs letters and Han characters as counting them one by one does", "[text][language]") {
    // Runs of ASCII long enough for the sixteen- and eight-byte paths, the
    // bytes next to the letters in ASCII, Han characters and other letters,
    // in strings near the point where four letters outweigh a character.
    const std::vector<std::string> alphabet = {"a", "Z", "@", "[", "`", "{", " ", "1", "abcdefghijklmnop",
                                               "ABCDEFGHIJ@[`{xyz", "\xE4\xB8\xAD", "\xC3\xA9", "\n"};
    const auto [checked, english] = language_counts_agree(alphabet, 20000, 60, 5);
    CHECK(english > 1000);
    CHECK(checked - english > 1000);
}

TEST_CASE("find_bytes finds what string_view find finds from every offset", "[text][search]") {
    // Chinese characters sharing lead and last bytes, ASCII, and needles
    // that end in a character (the last-byte path), in ASCII (memmem), or
    // run past twelve bytes.
    const std::vector<std::string> alphabet = {"年", "季", "度", "他", "她", "们", "中", "a", "Q", "3", "，", " ",
                                               "\xB4", "\xE5\xB9"};
    const std::vector<std::string> needles = {"年", "季度", "他们", "第三季度", "Q3", "a年", "\xB4", "年\xE5",
                                              "三季度三季度三季度", "年年年年年", "，"};
    std::size_t found = 0, checked = 0;
    for (const std::string& s : ect_test::random_strings(alphabet, 400, 30, 17)) {
        for (const std::string& n : needles)
            for (std::size_t from = 0; from <= s.size() + 1; ++from) {
                const std::size_t expected = std::string_view(s).find(n, from);
                INFO(s << " / " << n << " from " << from);
                REQUIRE(ect::text::find_bytes(s, n, from) == expected);
                found += expected != std::string_view::npos;
                ++checked;
            }
    }
    CHECK(found > 1000);
    CHECK(checked - found > 1000);
}

TEST_CASE("the language count reads thirty-two-byte ASCII blocks as it reads them one by one", "[text][language]") {
    // Runs of ASCII long enough for the thirty-two-byte blocks, broken by
    // Han characters and other letters at every offset of a block.
    const std::vector<std::string> alphabet = {"abcdefghijklmnopqrstuvwxyz012345", "@[`{ ", "QRSTUVWXYZ",
                                               "\xE4\xB8\xAD", "\xC3\xA9", "x", std::string(8, ' ') + "中中中中中中中中"};
    const auto [checked, english] = language_counts_agree(alphabet, 3000, 40, 11);
    CHECK(english > 300);
    CHECK(checked - english > 300);
}

TEST_CASE("the language count adds up long ASCII runs without losing letters", "[text][language]") {
    // 5000 letters: more than 255 sixteen-byte blocks, where per-lane
    // counters would overflow. 1249 characters weigh 4996, 1250 weigh 5000.
    std::string letters(5000, 'a');
    std::string han;
    for (int i = 0; i < 1249; ++i) han += "中";
    CHECK(ect::text::detect_language(letters + han) == "en");
    CHECK(ect::text::detect_language(letters + han + "中") == "zh-Hans");
    CHECK(ect::text::detect_language(han + "中" + letters) == "zh-Hans");
}

namespace {

std::size_t slow_trim_left(std::string_view s) {
    std::size_t pos = 0;
    while (pos < s.size()) {
        std::size_t next = pos;
        if (!ect::text::is_space(ect::text::next_code_point(s, next))) break;
        pos = next;
    }
    return pos;
}

std::size_t slow_trim_right(std::string_view s) {
    std::size_t pos = s.size();
    while (pos > 0) {
        std::size_t prev = pos;
        if (!ect::text::is_space(ect::text::prev_code_point(s, prev))) break;
        pos = prev;
    }
    return s.size() - pos;
}

} // namespace

TEST_CASE("trimming tells Chinese characters from spaces by their lead byte as decoding does", "[utf8]") {
    // Every kind of white space, with characters that share their lead bytes
    // (C2, E2, E3, EF) and ones that do not.
    const std::vector<std::string> alphabet = {
        " ", "\t", "\r", "\n", "\f", "\v", "\xC2\xA0", "\xE3\x80\x80", "\xEF\xBB\xBF", "\xE2\x80\x80", "\xE2\x80\x8B",
        "\xE2\x80\xAF", "\xE2\x81\x9F", "\xC2\xA9", "\xE2\x80\x94", "\xE3\x80\x82", "\xEF\xBC\x8C", "\xE4\xB8\xAD",
        "\xE9\xBE\x98", "a", "\xF0\x9F\x98\x80", "\xC3\xA9"};
    for (const std::string& s : ect_test::random_strings(alphabet, 30000, 8, 9)) {
        INFO(s);
        REQUIRE(ect::text::trim_left_bytes(s) == slow_trim_left(s));
        REQUIRE(ect::text::trim_right_bytes(s) == slow_trim_right(s));
    }
    for (const std::string& text : ect_test::decoded_texts())
        for (std::size_t pos = 0; pos < text.size();) {
            const std::size_t nl = std::min(text.find('\n', pos), text.size());
            const std::string_view line = std::string_view(text).substr(pos, nl - pos);
            pos = nl + 1;
            CHECK(ect::text::trim_left_bytes(line) == slow_trim_left(line));
            CHECK(ect::text::trim_right_bytes(line) == slow_trim_right(line));
        }
}

TEST_CASE("iequals compares eight bytes at a time as comparing byte by byte does", "[utf8]") {
    // ASCII case folding only: the letters next to the capitals' range
    // (@ [ ` {), non-ASCII bytes whose low seven bits are capitals (0xC1,
    // 0xDA), and the two cases of each letter.
    const std::vector<std::string> alphabet = {"a", "A", "z", "Z", "m", "M", "@", "[", "`", "{", " ", "0", "\xC1",
                                               "\xE1", "\xDA", "\xFA", "\xC3\xA9", "\xC3\x89"};
    const auto slow = [](std::string_view a, std::string_view b) {
        if (a.size() != b.size()) return false;
        for (std::size_t i = 0; i < a.size(); ++i) {
            const auto fold = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; };
            if (fold(a[i]) != fold(b[i])) return false;
        }
        return true;
    };
    const auto strings = ect_test::random_strings(alphabet, 4000, 30, 11);
    std::size_t equal = 0;
    for (std::size_t i = 0; i < strings.size(); ++i) {
        const std::string& a = strings[i];
        // Against a random other string, and against itself with the case
        // of each ASCII letter flipped at random.
        std::string b = a;
        for (std::size_t k = 0; k < b.size(); ++k)
            if (ect::text::is_ascii_alpha(static_cast<unsigned char>(b[k])) && (i + k) % 3 == 0) b[k] ^= 0x20;
        for (const std::string& other : {strings[(i * 7919) % strings.size()], b}) {
            INFO(a << " | " << other);
            REQUIRE(ect::text::iequals(a, other) == slow(a, other));
            REQUIRE(ect::text::istarts_with(a, other.substr(0, other.size() / 2)) ==
                    (a.size() >= other.size() / 2 && slow(a.substr(0, other.size() / 2), other.substr(0, other.size() / 2))));
            equal += slow(a, other);
        }
    }
    CHECK(equal > 1000);
}

namespace {
// The language count read the plain way: every code point of the first
// 64 KiB decoded and counted, letters to the end.
std::string_view language_by_plain_count(std::string_view s) {
    static constexpr std::u32string_view hant = U"們這說為個與會對於發來業營務財報們國時經還後開關問題體現實長區當際進";
    static constexpr std::u32string_view hans = U"们这说为个与会对于发来业营务财报们国时经还后开关问题体现实长区当际进";
    std::size_t han = 0, latin = 0, kana = 0, trad = 0, simp = 0;
    const std::size_t limit = std::min<std::size_t>(s.size(), 1 << 16);
    for (std::size_t pos = 0; pos < limit;) {
        const char32_t c = ect::text::next_code_point(s, pos);
        if (ect::text::is_han(c)) {
            ++han;
            const bool t = hant.find(c) != std::u32string_view::npos, h = hans.find(c) != std::u32string_view::npos;
            trad += t && !h;
            simp += h && !t;
        } else if (ect::text::is_ascii_alpha(c)) {
            ++latin;
        } else if (c >= 0x3040 && c <= 0x30FF) {
            ++kana;
        }
    }
    if (kana * 10 > han && kana > 20) return "ja";
    if (han * 4 < latin) return "en";
    return trad > simp ? "zh-Hant" : "zh-Hans";
}
} // namespace

TEST_CASE("the language count agrees with a plain count of every code point", "[text][language]") {
    std::size_t checked = 0;
    for (const std::string& t : ect_test::decoded_texts()) {
        CHECK(ect::text::detect_language(t) == language_by_plain_count(t));
        ++checked;
    }
    CHECK(checked > 20);
    // English first, then Han characters that outweigh the letters, or kana,
    // which take precedence over them however many there are.
    std::string english;
    while (english.size() < 20000) english += "We expect margins to expand next year, driven by pricing and mix. ";
    std::string han_run, kana_run;
    for (int i = 0; i < 6000; ++i) han_run += "们";
    for (int i = 0; i < 30; ++i) kana_run += "カ";
    for (const std::string& text : {english, english + han_run, english + kana_run, english + han_run + kana_run,
                                    english.substr(0, 3000) + han_run, english + "們這說" + english,
                                    english.substr(0, 3000) + han_run.substr(0, 1500) + english}) {
        INFO(text.size());
        CHECK(ect::text::detect_language(text) == language_by_plain_count(text));
    }
    CHECK(ect::text::detect_language(english + kana_run) == "ja");
    CHECK(ect::text::detect_language(english.substr(0, 3000) + han_run) == "zh-Hans");
    // 500 Han characters amid 17,000 letters: English, counted to the end.
    CHECK(ect::text::detect_language(english.substr(0, 3000) + han_run.substr(0, 1500) + english) == "en");
}
