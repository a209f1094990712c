// The inline labels of a text parsed with their answers kept by the text
// before the colon: the same labels, at the same bytes, as parsing every
// line afresh, on every fixture and corpus line; and the labels counted by
// name_key with each spelling's key made once.
#include "fast_paths_support.hpp"

#include "dialects/en_common.hpp"
#include "layout/document.hpp"
#include "layout/en_label.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <string_view>
#include <unordered_map>

namespace {

// Both found nothing, or the same views of the line and the same body.
void require_same(std::string_view line, bool got, const ect::layout::inline_label& a, bool expected,
                  const ect::layout::inline_label& b) {
    INFO(line);
    REQUIRE(got == expected);
    if (!expected) return;
    REQUIRE(a.name.data() == b.name.data());
    REQUIRE(a.name.size() == b.name.size());
    REQUIRE(a.qualifier == b.qualifier);
    if (!b.qualifier.empty()) REQUIRE(a.qualifier.data() == b.qualifier.data());
    REQUIRE(a.body == b.body);
}

} // namespace

TEST_CASE("inline_label_memo answers as parse_inline_label on every line", "[en_label][memo]") {
    std::size_t labels = 0, lines = 0;
    for (const std::string& t : ect_test::decoded_texts()) {
        const ect::layout::document doc(t);
        ect::layout::inline_label_memo memo;
        // Twice over: the second pass answers from what the first kept.
        for (int pass = 0; pass < 2; ++pass)
            for (std::size_t i = 0; i < doc.size(); ++i) {
                const std::string_view line = doc.line(i);
                ect::layout::inline_label a, b;
                const bool expected = ect::layout::parse_inline_label(line, b);
                require_same(line, memo.parse(line, a), a, expected, b);
                if (pass == 0) labels += expected, ++lines;
            }
    }
    CHECK(lines > 10000);
    CHECK(labels > 500);
}

TEST_CASE("document::inline_label_at answers as parse_inline_label on every line", "[layout][document][memo]") {
    for (const std::string& t : ect_test::decoded_texts()) {
        const ect::layout::document doc(t);
        for (std::size_t i = 0; i < doc.size(); ++i) {
            ect::layout::inline_label b;
            const bool expected = ect::layout::parse_inline_label(doc.line(i), b);
            const ect::layout::inline_label* a = doc.inline_label_at(i);
            require_same(doc.line(i), a != nullptr, a ? *a : b, expected, b);
        }
    }
}

TEST_CASE("inline_label_memo keeps the label, not the line around it", "[en_label][memo]") {
    // One label text with other indents and bodies, and its near misses.
    const std::string text = "Dana Ross (Northgate Bank): First.\n"
                             "   Dana Ross (Northgate Bank):   Second.\n"
                             "Dana Ross (Northgate Bank):\n"
                             "Dana Ross (Northgate Bank) : Third.\n"
                             "Thank you: no label.\n"
                             "Thank you: no label, again.\n"
                             "OPERATOR, Host: Fourth.\n"
                             "Alice Carter, Chief Executive Officer: Fifth.\n"
                             "  Alice Carter, Chief Executive Officer:Sixth.\n";
    ect::layout::inline_label_memo memo;
    std::size_t labels = 0;
    for (std::size_t pos = 0; pos < text.size();) {
        const std::size_t nl = text.find('\n', pos);
        const std::string_view line(text.data() + pos, nl - pos);
        ect::layout::inline_label a, b;
        const bool expected = ect::layout::parse_inline_label(line, b);
        require_same(line, memo.parse(line, a), a, expected, b);
        labels += expected;
        pos = nl + 1;
    }
    CHECK(labels >= 6);
}

TEST_CASE("name_tally counts each label as a map by name_key does", "[dialects][memo]") {
    std::size_t names = 0;
    for (const std::string& t : ect_test::decoded_texts()) {
        const ect::layout::document doc(t);
        ect::dialects::en::name_tally tally;
        std::unordered_map<std::string, int> expected;
        for (std::size_t i = 0; i < doc.size(); ++i) {
            const ect::layout::inline_label* il = doc.inline_label_at(i);
            if (!il) continue;
            const std::string key = ect::text::name_key(il->name);
            auto& got = tally.of(il->name);
            INFO(il->name);
            REQUIRE(got.first == key);
            REQUIRE(got.second == expected[key]);
            ++got.second, ++expected[key], ++names;
        }
        for (const auto& [key, count] : expected) REQUIRE(count >= 1);
    }
    CHECK(names > 500);
}
