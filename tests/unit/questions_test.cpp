#include "qa/qa.hpp"

#include <catch2/catch.hpp>

using ect::qa::is_question;

TEST_CASE("Chinese interrogative cues make a question", "[questions]") {
    CHECK(is_question("能否請管理層為我們介紹一下,目前的主要使用場景是什麼?"));
    CHECK(is_question("请问管理层如何看待明年的定价"));
    CHECK(is_question("毛利率提升的主要原因是什么？"));
    CHECK_FALSE(is_question("恭喜管理層本季度取得非常強勁的業績。"));
    CHECK_FALSE(is_question("我的問題是關於可靈AI的。"));
}

TEST_CASE("English questions: a question mark or an asking phrase", "[questions]") {
    CHECK(is_question("How large is the backlog now?"));
    CHECK(is_question("Could you talk about what drove the gross margin improvement."));
    CHECK(is_question("And then, Tim, maybe could you talk a little bit about the replacement cycle."));
    CHECK_FALSE(is_question("Congratulations on the quarter."));
    CHECK_FALSE(is_question("Thanks for taking my question."));
}
