#include "layout/zh_label.hpp"
#include "layout/zh_qa_label.hpp"

#include <catch2/catch.hpp>

using ect::layout::parse_zh_numbered_question;
using ect::layout::parse_zh_qa_label;
using ect::layout::zh_qa_label;
using kind = zh_qa_label::kind;

TEST_CASE("question and answer markers of records and notes", "[zh_qa_label]") {
    zh_qa_label l;
    std::string_view line = "问：请问产能如何？";
    REQUIRE(parse_zh_qa_label(line, l));
    CHECK(l.what == kind::question);
    CHECK(line.substr(l.body) == "请问产能如何？");

    line = "问题2：新产线何时投产？";
    REQUIRE(parse_zh_qa_label(line, l));
    CHECK(l.what == kind::question);
    CHECK(l.marker == "问题");
    CHECK(line.substr(l.body) == "新产线何时投产？");

    line = "1、问:公司有回购计划吗？";
    REQUIRE(parse_zh_qa_label(line, l));
    CHECK(l.what == kind::question);
    CHECK(line.substr(l.body) == "公司有回购计划吗？");

    REQUIRE(parse_zh_qa_label("问题一：经营情况？", l));
    CHECK(l.what == kind::question);
    REQUIRE(parse_zh_qa_label("Q1: 毛利率展望？", l));
    CHECK(l.what == kind::question);
    REQUIRE(parse_zh_qa_label("\xE3\x80\x80\xE3\x80\x80回复：正常。", l)); // U+3000 indent
    CHECK(l.what == kind::answer);
    REQUIRE(parse_zh_qa_label("\xC2\xA0" "A：会逐步提升。", l)); // NBSP indent
    CHECK(l.what == kind::answer);

    line = "答（董秘）：您好！";
    REQUIRE(parse_zh_qa_label(line, l));
    CHECK(l.what == kind::answer);
    CHECK(l.who == "董秘");
    CHECK(line.substr(l.body) == "您好！");
}

TEST_CASE("提问者 and 回答者 field lines name the next speaker", "[zh_qa_label]") {
    zh_qa_label l;
    REQUIRE(parse_zh_qa_label("提问者：张先生", l));
    CHECK(l.what == kind::questioner);
    CHECK(l.who == "张先生");
    REQUIRE(parse_zh_qa_label("回答者：董事会秘书 李明", l));
    CHECK(l.what == kind::answerer);
    CHECK(l.who == "董事会秘书 李明");
    // A question in the value is no field line.
    CHECK_FALSE(parse_zh_qa_label("提问者：请问公司今年的分红比例会提高吗？", l));
}

TEST_CASE("lines that only look like markers", "[zh_qa_label]") {
    zh_qa_label l;
    CHECK_FALSE(parse_zh_qa_label("Apple: revenue grew", l));
    CHECK_FALSE(parse_zh_qa_label("A股：市场表现", l));
    CHECK_FALSE(parse_zh_qa_label("Q&A环节", l));
    CHECK_FALSE(parse_zh_qa_label("a: lower-case is prose", l));
    CHECK_FALSE(parse_zh_qa_label("9:00-10:00 业绩说明会", l));
    CHECK_FALSE(parse_zh_qa_label("问答环节", l));
    CHECK_FALSE(parse_zh_numbered_question("①收入如何？", l));
    CHECK_FALSE(parse_zh_numbered_question("1、公司经营情况", l));
    REQUIRE(parse_zh_numbered_question("2.海外订单占比是多少？", l));
    CHECK(l.body == 2);
}

TEST_CASE("write-up labels with a position, a role bar, a quote or a side", "[zh_label]") {
    using ect::layout::parse_zh_label;
    using ect::layout::parse_zh_side_label;
    ect::layout::zh_label l;
    REQUIRE(parse_zh_label("主持人|投资者关系主管刘丽娣(Lidia Liu)：谢谢。", l));
    CHECK(l.side == "主持人");
    CHECK(l.position == "投资者关系主管");
    CHECK(l.name == "刘丽娣");
    CHECK(l.alias == "Lidia Liu");
    REQUIRE(parse_zh_label("吴泳铭(CEO)：谢谢。", l));
    CHECK(l.name == "吴泳铭");
    CHECK(l.position == "CEO");
    CHECK(l.alias.empty());
    REQUIRE(parse_zh_label("摩根士丹利(MS)分析师梁伟亮(Eddie Leung)：请问", l));
    CHECK(l.firm == "摩根士丹利");
    CHECK(l.title == "分析师");
    CHECK(l.alias == "Eddie Leung");
    REQUIRE(parse_zh_label("会议助手：女士们先生们", l));
    CHECK(l.operator_word);
    REQUIRE(parse_zh_label("Cheng Yixiao (程一笑)：我们", l));
    CHECK(l.name == "Cheng Yixiao");
    CHECK(l.alias == "程一笑");
    REQUIRE(parse_zh_side_label("管理层：预计保持稳定。", l));
    CHECK(l.name == "管理层");
    CHECK_FALSE(ect::layout::is_asking_side(l.side));
    REQUIRE(parse_zh_side_label("Q：毛利率展望？", l));
    CHECK(ect::layout::is_asking_side(l.side));
    CHECK_FALSE(parse_zh_side_label("他表示：公司将继续投入。", l));
}

TEST_CASE("every marker form passes the first-bytes test that runs before the markers are compared", "[zh_qa_label]") {
    // One line per written form, Simplified, Traditional, full-width and
    // bracketed: a form the test rejected would never be compared.
    for (const char* line : {"投资者提问：何时？", "投資者提問：何時？", "投资者问：何时？", "公司回复：已完成。",
                             "公司回覆：已完成。", "公司答复：已完成。", "公司回答：已完成。", "公司回應：已完成。",
                             "公司回应：已完成。", "问题：何时？", "問題：何時？", "提问：何时？", "提問：何時？",
                             "回答：是。", "回复：是。", "回覆：是。", "答复：是。", "答覆：是。", "答案：是。",
                             "问：何时？", "問：何時？", "答：是。", "Q：何时？", "A：是。", "Ｑ：何时？", "Ａ：是。",
                             "【问】何时？", "【答】是。", "【問】何時？", "1、问：何时？", "（2）答：是。", "三、问：何时？",
                             "(十二)答：是。", "两、问：何时？"}) {
        zh_qa_label l;
        INFO(line);
        CHECK(parse_zh_qa_label(line, l));
    }
    for (const char* field : {"提问者：张先生", "提問者：張先生", "回答者：李明"}) {
        zh_qa_label l;
        INFO(field);
        CHECK(parse_zh_qa_label(field, l));
    }
}

TEST_CASE("回復, the Traditional form of 回复, marks an answer", "[zh_qa_label]") {
    zh_qa_label l;
    for (std::string_view line : {"回復：經營正常。", "公司回復：經營正常。"}) {
        INFO(line);
        REQUIRE(parse_zh_qa_label(line, l));
        CHECK(l.what == kind::answer);
        CHECK(line.substr(l.body) == "經營正常。");
    }
}
