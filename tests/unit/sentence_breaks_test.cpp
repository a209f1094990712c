// The sentence splitter applies UAX #29 itself; ICU's iterator is the
// reference it must agree with, boundary for boundary.
#include "fast_paths_support.hpp"
#include "text/icu_tools.hpp"

#include <catch2/catch.hpp>

#include <unicode/uchar.h>

#include <string>
#include <utility>
#include <vector>

namespace {

using spans = std::vector<std::pair<std::size_t, std::size_t>>;

spans plain(const std::vector<ect::byte_span>& v) {
    spans out;
    for (const auto& b : v) out.emplace_back(b.begin, b.end);
    return out;
}

std::vector<std::string> sentences(std::string_view s) {
    ect::text::sentence_splitter sp;
    std::vector<std::string> out;
    for (const auto& b : sp.split(s)) out.emplace_back(s.substr(b.begin, b.size()));
    return out;
}

} // namespace

TEST_CASE("sentence splits agree with ICU on every fixture", "[sentences]") {
    ect::text::sentence_splitter sp;
    for (const std::string& t : ect_test::fixture_texts()) {
        CHECK(plain(sp.split(t)) == plain(sp.split_with_icu(t)));
        // As the question finder sees a turn: wrapped lines joined.
        std::string flat = t;
        for (char& c : flat)
            if (c == '\n') c = ' ';
        CHECK(plain(sp.split(flat)) == plain(sp.split_with_icu(flat)));
    }
}

TEST_CASE("sentence splits agree with ICU on every corpus file, Chinese included", "[sentences]") {
    ect::text::sentence_splitter sp;
    for (const std::string& t : ect_test::decoded_texts()) {
        std::string flat = t;
        for (char& c : flat)
            if (c == '\n') c = ' ';
        CHECK(plain(sp.split(t)) == plain(sp.split_with_icu(t)));
        CHECK(plain(sp.split(flat)) == plain(sp.split_with_icu(flat)));
    }
}

TEST_CASE("sentence splits agree with ICU on text of every break class", "[sentences]") {
    // Letters, digits, terminals (ASCII, full-width, ideographic), closers,
    // spaces, separators, continuations, Extend and Format characters.
    const std::vector<std::string> alphabet = {
        "a", "b", "A", "B", "1", " ", ".", "?", "!", "\n", "\r", "\r\n", "\"", "'", "(", ")", ",", ";", ":", "-",
        "\xE2\x80\x99", "\xE2\x80\x9C", "\xE2\x80\x9D", "\xC2\x85", "\xE2\x80\xA8", "\xC2\xA0", "\xCC\x81", "\xC2\xAD",
        "\xE4\xB8\xAD", "\xE3\x80\x82", "\xEF\xBC\x8E", "\xE2\x80\xA4", "\xEF\xBC\x9F", "\xE3\x80\x8D", "\xE2\x80\x94",
        "\t", "\xE2\x80\xA6", "\xC3\xA9", "\xC3\x89", "\xD9\xA1", "\xEF\xBC\x8C", "\xE3\x80\x81", "\xE2\x80\x8B",
        "\xEF\xBB\xBF", "x", "U.S.", "e.g. ", "3.5", "Mr. ", "? ", ". ", "\xE3\x82\xA2", "\xE3\x80\x8C", "\xE3\x80\x85",
        "\xE9\xBE\x98", "\xE3\x80\x80", "\xE3\x80\x9C", "\xEF\xBC\x81"};
    ect::text::sentence_splitter sp;
    std::size_t disagreements = 0;
    for (const std::string& s : ect_test::random_strings(alphabet, 20000, 16, 7))
        disagreements += plain(sp.split(s)) != plain(sp.split_with_icu(s));
    CHECK(disagreements == 0);
}

TEST_CASE("sentence splits keep abbreviations, decimals and quotes whole", "[sentences]") {
    CHECK(sentences("Margins rose 3.5 points. U.S. sales were up. Next?") ==
          std::vector<std::string>{"Margins rose 3.5 points.", "U.S. sales were up.", "Next?"});
    CHECK(sentences("He said \"no.\" Then he left! ok") ==
          std::vector<std::string>{"He said \"no.\"", "Then he left!", "ok"});
    CHECK(sentences("etc. and more.\n\nNew paragraph") == std::vector<std::string>{"etc. and more.", "New paragraph"});
    CHECK(sentences("第一个问题。第二个问题？") == std::vector<std::string>{"第一个问题。", "第二个问题？"});
}

TEST_CASE("no character of U+4000-U+9FFF ends a sentence or a paragraph", "[sentences]") {
    // The splitter skips these by their lead byte (E4-E9) without asking
    // for their class.
    for (UChar32 c = 0x4000; c < 0xA000; ++c) {
        const auto sb = u_getIntPropertyValue(c, UCHAR_SENTENCE_BREAK);
        INFO(c);
        CHECK(sb != U_SB_STERM);
        CHECK(sb != U_SB_ATERM);
        CHECK(sb != U_SB_SEP);
        CHECK(sb != U_SB_CR);
        CHECK(sb != U_SB_LF);
    }
}
