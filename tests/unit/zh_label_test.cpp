#include "layout/zh_label.hpp"

#include <catch2/catch.hpp>

using ect::layout::parse_zh_label;
using ect::layout::zh_label;

TEST_CASE("a firm, the analyst word and a Latin name make a label", "[zh_label]") {
    zh_label l;
    const std::string_view line = "高盛分析師Marcus Bell:恭喜管理層取得強勁的業績。";
    REQUIRE(parse_zh_label(line, l));
    CHECK(l.firm == "高盛");
    CHECK(l.title == "分析師");
    CHECK(l.name == "Marcus Bell");
    CHECK(line.substr(l.body).substr(0, 6) == "恭喜");
}

TEST_CASE("Simplified script and a full-width colon are the same label", "[zh_label]") {
    zh_label l;
    REQUIRE(parse_zh_label("瑞银集团分析师Ethan Zhao：我的问题是关于新品的。", l));
    CHECK(l.firm == "瑞银集团");
    CHECK(l.title == "分析师");
    CHECK(l.name == "Ethan Zhao");
}

TEST_CASE("a bare Han name with a known surname is a label", "[zh_label]") {
    zh_label l;
    REQUIRE(parse_zh_label("程一笑:目前,新业务的客户既包括", l));
    CHECK(l.name == "程一笑");
    CHECK(l.firm.empty());
    REQUIRE(parse_zh_label("\xE3\x80\x80程一笑：我們會繼續投入", l)); // ideographic-space indent
    CHECK(l.name == "程一笑");
}

TEST_CASE("a name with its Latin form in parentheses keeps both", "[zh_label]") {
    zh_label l;
    REQUIRE(parse_zh_label("摩根士丹利分析师梁伟亮(Eddie Leung)：请问", l));
    CHECK(l.name == "梁伟亮");
    CHECK(l.alias == "Eddie Leung");
}

TEST_CASE("lines that merely contain a colon are not labels", "[zh_label]") {
    zh_label l;
    CHECK_FALSE(parse_zh_label("詳見:藍汀食品第二季度營收12億元 經調淨利潤2億元", l));
    CHECK_FALSE(parse_zh_label("藍汀食品今日發佈了2026年第二季度財報:營收為12億元,同比增長9%。", l));
    CHECK_FALSE(parse_zh_label("以下即為本次電話會議分析師問答環節主要內容:", l));
    CHECK_FALSE(parse_zh_label("沒有冒號的一行", l));
}
