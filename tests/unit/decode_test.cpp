#include "text/decode.hpp"
#include "text/lines.hpp"

#include <catch2/catch.hpp>

using namespace ect::text;

TEST_CASE("valid UTF-8 passes through untouched", "[decode]") {
    decoder d;
    const auto out = d.decode("程一笑: hello\n");
    CHECK(out.text == "程一笑: hello\n");
    CHECK(out.encoding == "UTF-8");
    CHECK(out.problems.empty());
}

TEST_CASE("invalid UTF-8 becomes U+FFFD with the first offset reported", "[decode]") {
    decoder d;
    const auto out = d.decode("abc\xFF\xFE def 程一笑程一笑程一笑程一笑程一笑程一笑程一笑程一笑程一笑\n");
    REQUIRE(out.problems.size() == 1);
    CHECK(out.problems[0].code == "invalid-utf8");
    CHECK(out.problems[0].offset == 3);
    CHECK(out.text.substr(0, 6) == "abc\xEF\xBF\xBD");
    CHECK(first_invalid_utf8(out.text) == std::string_view::npos);
}

TEST_CASE("UTF-16 with a byte-order mark is converted", "[decode]") {
    decoder d;
    const std::string le("\xFF\xFE" "A\0:\0 \0", 8);
    const auto out = d.decode(le);
    CHECK(out.encoding == "UTF-16LE");
    CHECK(out.text == "A: ");
}

TEST_CASE("a buffer given up is the text when it is valid UTF-8, not a copy of it", "[decode]") {
    decoder d;
    // Longer than any short-string buffer, so that the bytes live on the heap.
    std::string bytes = "程一笑: hello, a line long enough to be kept on the heap\n";
    const char* const at = bytes.data();
    const auto out = d.decode_owned(std::move(bytes));
    CHECK(out.text.data() == at);
    CHECK(out.text == "程一笑: hello, a line long enough to be kept on the heap\n");
    CHECK(out.encoding == "UTF-8");
    CHECK(out.problems.empty());
}

TEST_CASE("a buffer given up that is not UTF-8 decodes as a view of it does", "[decode]") {
    decoder d;
    const std::string utf16("\xFF\xFE" "A\0:\0 \0", 8);
    const std::string damaged = "abc\xFF\xFE def 程一笑程一笑程一笑程一笑程一笑程一笑程一笑程一笑程一笑\n";
    const std::string gbk = "\xB3\xCC\xD2\xBB\xD0\xA6\xA3\xBA\xC4\xE3\xBA\xC3\n"; // 程一笑：你好 in GBK
    for (const std::string& input : {utf16, damaged, gbk}) {
        const auto viewed = d.decode(input);
        const auto owned = d.decode_owned(std::string(input));
        CHECK(owned.text == viewed.text);
        CHECK(owned.encoding == viewed.encoding);
        REQUIRE(owned.problems.size() == viewed.problems.size());
        for (std::size_t k = 0; k < owned.problems.size(); ++k) {
            CHECK(owned.problems[k].code == viewed.problems[k].code);
            CHECK(owned.problems[k].offset == viewed.problems[k].offset);
        }
    }
    CHECK(d.decode_owned(std::string(utf16)).encoding == "UTF-16LE");
    CHECK(d.decode_owned(std::string(damaged)).problems.size() == 1);
}

TEST_CASE("line ends: LF, CRLF, CR, form feed and U+2028", "[lines]") {
    const std::string_view s = "a\nb\r\nc\rd\fe\xE2\x80\xA8" "f";
    line_index idx(s);
    REQUIRE(idx.size() == 6);
    CHECK(idx.view(0) == "a");
    CHECK(idx.view(1) == "b");
    CHECK(idx.view(2) == "c");
    CHECK(idx.view(3) == "d");
    CHECK(idx.view(4) == "e");
    CHECK(idx.view(5) == "f");
    CHECK(idx.position(s.find('c')) == std::pair<std::size_t, std::size_t>{3, 1});
}

TEST_CASE("columns count code points", "[lines]") {
    const std::string_view s = "程一笑:x";
    line_index idx(s);
    CHECK(idx.position(s.find('x')) == std::pair<std::size_t, std::size_t>{1, 5});
}

TEST_CASE("English text saved as Windows-1252 is converted", "[decode]") {
    decoder d;
    // ’ “ ” – é as Windows-1252 writes them: one byte each, among ASCII.
    const auto out = d.decode("Analyst: Here\x92s the \x93new\x94 plan \x96 for Soci\xE9t\xE9 G\xE9n\xE9rale?\n");
    CHECK(out.encoding == "windows-1252");
    CHECK(out.text == "Analyst: Here\xE2\x80\x99s the \xE2\x80\x9Cnew\xE2\x80\x9D plan \xE2\x80\x93 for "
                      "Soci\xC3\xA9t\xC3\xA9 G\xC3\xA9n\xC3\xA9rale?\n");
    CHECK(out.problems.empty());
}

TEST_CASE("a double-byte encoding among English text is not read as Windows-1252", "[decode]") {
    decoder d;
    // 程一笑：你好 in GBK inside English lines: its bytes come in pairs.
    const std::string gbk = "Operator: The next question comes from \xB3\xCC\xD2\xBB\xD0\xA6 of Example Securities.\n"
                            "\xB3\xCC\xD2\xBB\xD0\xA6\xA3\xBA\xC4\xE3\xBA\xC3\n";
    CHECK(d.decode(gbk).encoding != "windows-1252");
}
