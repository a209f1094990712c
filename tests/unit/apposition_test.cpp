#include "layout/zh_apposition.hpp"

#include "data/title_table.hpp"
#include "text/utf8.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>

using ect::layout::find_zh_appositions;

namespace {
bool has(const std::vector<std::string_view>& v, std::string_view s) { return std::find(v.begin(), v.end(), s) != v.end(); }
} // namespace

TEST_CASE("a chain of titles before a name gives the person and the titles", "[apposition]") {
    const auto found = find_zh_appositions("財報發佈后,北風科技聯合創始人、執行董事、首席執行官林海濤,CFO周靜等高管出席了會議。");
    REQUIRE(found.size() == 2);
    CHECK(found[0].name == "林海濤");
    CHECK(found[0].title == "聯合創始人、執行董事、首席執行官");
    CHECK(has(found[0].titles, "CEO"));
    CHECK(has(found[0].titles, "co-founder"));
    CHECK(has(found[0].titles, "executive director"));
    CHECK(found[1].name == "周靜");
    CHECK(has(found[1].titles, "CFO"));
}

TEST_CASE("Simplified text and 兼 joining titles", "[apposition]") {
    const auto found = find_zh_appositions("北风联合创始人、董事长兼CEO林海涛在电话会议上表示,");
    REQUIRE(found.size() == 1);
    CHECK(found[0].name == "林海涛");
    CHECK(has(found[0].titles, "chairman"));
    CHECK(has(found[0].titles, "CEO"));
}

TEST_CASE("a title followed by a verb names nobody", "[apposition]") {
    CHECK(find_zh_appositions("董事长表示,公司将继续投入。").empty());
    CHECK(find_zh_appositions("海外科技大佬白思远点评了视频").empty());
}

TEST_CASE("characters past every title's first character, emoji and rare Han, are passed over", "[apposition]") {
    // U+20BB7 (𠮷) and U+1F4C8 (📈) lie beyond the code points any title
    // key starts with; the title chain after them is still read.
    const auto found = find_zh_appositions("\xF0\xA0\xAE\xB7\xF0\x9F\x93\x88北风董事长兼CEO林海涛表示,");
    REQUIRE(found.size() == 1);
    CHECK(found[0].name == "林海涛");
    CHECK(has(found[0].titles, "CEO"));
    CHECK(find_zh_appositions("\xF4\x8F\xBF\xBF\xF0\x9F\x93\x88").empty());
}

TEST_CASE("every Chinese title of the lexicon is read before a name", "[apposition]") {
    // The index finds a title by growing its key a code point at a time
    // while the key still begins some title: it must never stop early on a
    // title of the table, however long.
    std::size_t tried = 0;
    for (const auto& [alias, canonical] : ect::data::title_table::builtin().aliases()) {
        std::size_t at = 0;
        if (alias.empty() || !ect::text::is_han(ect::text::next_code_point(alias, at))) continue; // Chinese forms only
        const std::string text = "公司" + std::string(alias) + "林海涛表示,";
        const auto found = find_zh_appositions(text);
        INFO(text);
        REQUIRE(found.size() == 1);
        CHECK(found[0].name == "林海涛");
        CHECK(has(found[0].titles, canonical));
        ++tried;
    }
    CHECK(tried > 100);
}

TEST_CASE("a two-character name ends before the verb or courtesy title that follows it", "[apposition]") {
    for (const char* text : {"首席财务官金晔出席了电话会议。", "首席财务官金晔共同出席了会议。",
                             "首席财务官金晔一同出席了会议。", "首席财务官金晔参加了会议。",
                             "首席財務官金曄參加了會議。", "首席财务官金晔女士出席了会议。"}) {
        INFO(text);
        const auto found = find_zh_appositions(text);
        REQUIRE(found.size() == 1);
        CHECK((found[0].name == "金晔" || found[0].name == "金曄"));
    }
    // Three-character names keep their third character.
    const auto found = find_zh_appositions("董事长杨振华先生，董事会秘书林芳女士出席了本次业绩说明会。");
    REQUIRE(found.size() == 2);
    CHECK(found[0].name == "杨振华");
    CHECK(found[1].name == "林芳");
}

TEST_CASE("暨 joins titles as 兼 does", "[apposition]") {
    const auto found = find_zh_appositions("由董事長暨總經理林建宏、財務長黃怡君出席。");
    REQUIRE(found.size() == 2);
    CHECK(found[0].name == "林建宏");
    CHECK(found[0].title == "董事長暨總經理");
    CHECK(has(found[0].titles, "chairman"));
    CHECK(has(found[0].titles, "general manager"));
}

TEST_CASE("a Latin form in brackets after the name is its alias", "[apposition]") {
    const auto found = find_zh_appositions("星河云科技副总裁周明(Eric Zhou)、首席财务官金晔（Amy Jin）等高管出席。");
    REQUIRE(found.size() == 2);
    CHECK(found[0].name == "周明");
    CHECK(found[0].alias == "Eric Zhou");
    CHECK(found[1].name == "金晔");
    CHECK(found[1].alias == "Amy Jin");
    CHECK(find_zh_appositions("副总裁周明(2025年起)出席。")[0].alias.empty());
    CHECK(find_zh_appositions("副总裁周明(CFO)出席。")[0].alias.empty());
}
