#include "qa/en_questions.hpp"
#include "qa/qa.hpp"
#include "support.hpp"
#include "text/icu_tools.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using ect::qa::is_question;

TEST_CASE("Chinese interrogative cues make a question", "[questions]") {
    CHECK(is_question("能否請管理層為我們介紹一下,新產品的主要客戶是哪些?"));
    CHECK(is_question("请问管理层如何看待明年的定价"));
    CHECK(is_question("毛利率提升的主要原因是什么？"));
    CHECK_FALSE(is_question("恭喜管理層取得強勁的業績。"));
    CHECK_FALSE(is_question("我的問題是關於新產品的。"));
}

TEST_CASE("Chinese A-not-A questions and requests ask without a question mark", "[questions]") {
    for (const char* asked : {"公司明年会不会加快扩张。", "東南亞網點的布局能不能再快一些。", "海外订单是不是还会增长。",
                              "想问一下明年的资本开支。", "能否分享一下海外业务的进展。", "请管理层介紹一下新產品。",
                              "谈谈明年的定价策略。", "更新一下回购的进展。"}) {
        INFO(asked);
        CHECK(is_question(asked));
    }
    CHECK_FALSE(is_question("海外业务继续增长。"));
}

TEST_CASE("English questions: a question mark or an asking phrase", "[questions]") {
    CHECK(is_question("How large is the backlog now?"));
    CHECK(is_question("Could you talk about what drove the gross margin improvement."));
    CHECK(is_question("And then, Nadia, maybe could you say a few words about the order cycle."));
    CHECK_FALSE(is_question("Congratulations on the quarter."));
    CHECK_FALSE(is_question("Thanks for taking my question."));
}

TEST_CASE("English questions: an asking cue is whole words and a topic cue starts a word", "[questions]") {
    // "when" inside "whenever", "could i" inside "could invest": no question.
    CHECK_FALSE(is_question("And whenever volumes fall, the margins follow them down."));
    CHECK_FALSE(is_question("They could invest more in the new plant."));
    CHECK(is_question("And when do you expect the new plant to open."));
    // "one on" inside "someone on" names no question's topic.
    bool opens = true, enumerates = true;
    CHECK(ect::qa::classify_sentence("Someone on the board raised leverage.", opens, enumerates) ==
          ect::qa::sentence_role::context);
    CHECK_FALSE(opens);
}

TEST_CASE("English questions: a wh-word asks only where it opens a clause", "[questions]") {
    // Inside a clause it reports or relates: no question.
    CHECK_FALSE(is_question("So I think it shows how much the mix has shifted toward services."));
    CHECK_FALSE(is_question("When you look at the quarter, the margins were flat."));
    CHECK_FALSE(is_question("I would point to the plant, which opened in May and runs at capacity."));
    // At the head of a clause it asks.
    CHECK(is_question("Just any -- what are you seeing in the channel this spring."));
    CHECK(is_question("Setting aside the one-off items in the quarter, how much of the growth is price."));
    CHECK(is_question("Where do you expect the margin to settle."));
}

TEST_CASE("English questions: a request counts after a joining but or so and its hedges", "[questions]") {
    CHECK(is_question("I know the quarterly numbers move around a great deal, but maybe just elaborate on the drivers."));
    CHECK(is_question("Looking at the margin over the last several quarters, I would appreciate your thoughts."));
    CHECK(is_question("There is no reason the payout should not rise from here, just to clarify that."));
    CHECK_FALSE(is_question("I know the quarterly numbers move around a great deal and the drivers are many."));
}

TEST_CASE("English questions: to the extent you can asks", "[questions]") {
    CHECK(is_question("So to the extent you can address the timing of the handover, that would be helpful."));
    CHECK(is_question("To the extent you could quantify the drag, it would help us."));
}

TEST_CASE("English questions: trying to reconcile and a subjectless was wondering ask", "[questions]") {
    CHECK(is_question("Dana, I'm just trying to reconcile the tone of the letter with the buyback."));
    CHECK(is_question("In the slides you named three new markets for the coming year and was just wondering how you rank them."));
}

namespace {

// The questions of an English analyst turn, as text.
std::vector<std::string> questions_of(std::string_view turn) {
    ect::text::sentence_splitter sentences;
    std::vector<std::string> out;
    for (const ect::byte_span& b : ect::qa::english_questions(turn, sentences))
        out.emplace_back(turn.substr(b.begin, b.size()));
    return out;
}

bool starts(const std::string& s, std::string_view prefix) { return s.compare(0, prefix.size(), prefix) == 0; }

} // namespace

TEST_CASE("English turns: pleasantries are no question and a new 'And …?' starts the next", "[questions]") {
    const auto q = questions_of("Thanks for taking my question. How big is the order book in Europe? "
                                "And do you expect pricing to hold next year? Thank you.");
    REQUIRE(q.size() == 2);
    CHECK(q[0] == "How big is the order book in Europe?");
    CHECK(q[1] == "And do you expect pricing to hold next year?");
}

TEST_CASE("English turns: a check of the line asks nothing", "[questions]") {
    CHECK(questions_of("Hello, am I audible?").empty());
    CHECK(questions_of("Can you hear me?").empty());
    const auto q = questions_of("Hi, is my line clear? Okay. What is the order inflow outlook for the year?");
    REQUIRE(q.size() == 1);
    CHECK(q[0] == "What is the order inflow outlook for the year?");
}

TEST_CASE("English turns: a question opens at the sentence that names its topic", "[questions]") {
    const auto q = questions_of("Great quarter. Marta, I wanted to ask about the freight business. "
                                "Volumes looked soft in the spring. What are you seeing in bookings now?");
    REQUIRE(q.size() == 1);
    CHECK(starts(q[0], "Marta, I wanted to ask about the freight business."));
    CHECK(q[0].find("What are you seeing in bookings now?") != std::string::npos);
}

TEST_CASE("English turns: several asking sentences about one topic are one question", "[questions]") {
    const auto q = questions_of("What does the new plant mean for margins? Is that a one-year effect or longer? "
                                "And then on capital, how much do you plan to return?");
    REQUIRE(q.size() == 2);
    CHECK(starts(q[0], "What does the new plant mean"));
    CHECK(q[0].find("Is that a one-year effect") != std::string::npos);
    CHECK(starts(q[1], "And then on capital"));
}

TEST_CASE("English turns: enumerated questions split even without a question mark", "[questions]") {
    const auto q = questions_of("Two questions from me. First, on deposits, the mix shifted again this quarter. "
                                "Can you say where it settles? And the second question is on fees. "
                                "They fell for a third quarter in a row.");
    REQUIRE(q.size() == 2);
    CHECK(starts(q[0], "First, on deposits"));
    CHECK(starts(q[1], "And the second question is on fees."));
}

TEST_CASE("English turns: number two and number three enumerate the next question", "[questions]") {
    const auto q = questions_of("Two questions from me. One, on pricing, the spread came in again. Will it hold into the spring? "
                                "So that is number one. Number two, more broadly on the cost target. "
                                "The run rate is well above the plan, so what closes the gap.");
    REQUIRE(q.size() == 2);
    CHECK(starts(q[0], "One, on pricing"));
    CHECK(starts(q[1], "Number two, more broadly on the cost target."));
}

TEST_CASE("English turns: And if I may opens the next question even without asking", "[questions]") {
    const auto q = questions_of("First, on margins, how much came from mix? And if I may also, the tax rate for "
                                "next year. Thanks.");
    REQUIRE(q.size() == 2);
    CHECK(q[1] == "And if I may also, the tax rate for next year.");
}

TEST_CASE("English turns: an imperative talk to asks and the next And question starts anew", "[questions]") {
    const auto q = questions_of("I know the fee pool is hard to call. But just, maybe talk to the mix of activity "
                                "across the trading desks. And do you feel clients are more engaged now?");
    REQUIRE(q.size() == 2);
    CHECK(starts(q[0], "I know the fee pool"));
    CHECK(q[1] == "And do you feel clients are more engaged now?");
}

TEST_CASE("English turns: an enumerator that thanks in passing starts the next question", "[questions]") {
    auto q = questions_of("How big is the backlog now? And then, secondly, thanks for the new disclosure on fees. "
                          "The mix moved toward advisory. Is that the right mix for the plan?");
    REQUIRE(q.size() == 2);
    CHECK(starts(q[1], "And then, secondly, thanks for the new disclosure on fees."));
    // Thanked and asked nothing more: no second question.
    q = questions_of("How big is the backlog now? And secondly, thanks for the new disclosure on fees.");
    REQUIRE(q.size() == 1);
    CHECK(q[0] == "How big is the backlog now?");
}

TEST_CASE("English turns: an opener that points back to what was asked goes on with that question", "[questions]") {
    auto q = questions_of("How big is the order backlog now? Can you share that by region?");
    REQUIRE(q.size() == 1);
    CHECK(q[0] == "How big is the order backlog now? Can you share that by region?");
    q = questions_of("How big is the order backlog now? Could you give more colour on that?");
    REQUIRE(q.size() == 1);
    // "that" joining a clause points back to nothing.
    q = questions_of("How big is the order backlog now? Can you confirm that the new plant opens in May?");
    REQUIRE(q.size() == 2);
    CHECK(q[1] == "Can you confirm that the new plant opens in May?");
}

TEST_CASE("English turns: a greeting with a question mark asks nothing", "[questions]") {
    const auto q = questions_of("Hello? How large is the order book now?");
    REQUIRE(q.size() == 1);
    CHECK(q[0] == "How large is the order book now?");
}

TEST_CASE("English turns: on the other hand opens no topic", "[questions]") {
    const auto q = questions_of("How would you describe demand? On the other hand, bookings sped up in the quarter. "
                                "So I would love to get your sense of budgets this year.");
    REQUIRE(q.size() == 1);
    CHECK(q[0].find("budgets this year.") != std::string::npos);
}

TEST_CASE("English turns: a count of questions opens the first when it names its topic", "[questions]") {
    // "Two questions, first of all, on …": the count and the topic in one
    // sentence; what follows sets it up and asks it.
    auto q = questions_of("Thanks for taking my questions. Two questions, first of all, on the revenues. "
                          "The target is 32 billion. Can you split it by division? "
                          "And then the second question is on costs. What are the easy wins?");
    REQUIRE(q.size() == 2);
    CHECK(starts(q[0], "Two questions, first of all, on the revenues."));
    CHECK(q[0].find("Can you split it by division?") != std::string::npos);
    CHECK(starts(q[1], "And then the second question is on costs."));
    // A count alone, however it ends, only announces.
    for (const char* announce : {"A couple of questions from me.", "I have two questions as well.",
                                 "Two quick ones, if I may.", "I guess a couple of questions.", "Two questions, if I could.",
                                 "Two, please.", "Two, if I may.", "Could I ask two, please?", "One question, if I may."}) {
        INFO(announce);
        q = questions_of(std::string(announce) + " On deposits, where does the mix settle? And on fees, what next?");
        REQUIRE(q.size() == 2);
        CHECK(starts(q[0], "On deposits"));
    }
}

TEST_CASE("English turns: a count between questions ends the one before and is part of none", "[questions]") {
    const auto q = questions_of("First, on volumes, how much came from promotions? One more, if I may. "
                                "What about marketing spend? Thanks.");
    REQUIRE(q.size() == 2);
    CHECK(q[0] == "First, on volumes, how much came from promotions?");
    CHECK(q[1] == "What about marketing spend?");
    bool opens = true, enumerates = true;
    CHECK(ect::qa::classify_sentence("Two, please.", opens, enumerates) == ect::qa::sentence_role::count);
    CHECK_FALSE(opens);
    CHECK_FALSE(enumerates);
    // An enumerator that goes on to a topic still opens one.
    CHECK(ect::qa::classify_sentence("Two, on costs, what are the easy wins?", opens, enumerates) == ect::qa::sentence_role::asking);
    CHECK(enumerates);
}

TEST_CASE("English turns: the context before a first opener stays with its question", "[questions]") {
    auto q = questions_of("So it's essentially just risk and control. And if you bucketed it that way, is it fair "
                          "to say the spend drives no revenue? Is that fair?");
    REQUIRE(q.size() == 1);
    CHECK(starts(q[0], "So it's essentially just risk and control."));
    CHECK(q[0].find("Is that fair?") != std::string::npos);
    // An opener that asks without a question mark still makes the run a
    // question, its context included.
    q = questions_of("Well, so I know we talked through the securities business already. Could we dig in a "
                     "little bit on the wealth side, because the expense ratio there is higher.");
    REQUIRE(q.size() == 1);
    CHECK(starts(q[0], "Well, so I know"));
}

TEST_CASE("English turns: an alternative and a closing restatement stay with their question", "[questions]") {
    const auto q = questions_of("Is the slowdown in orders about pricing? And -- or is it about timing of projects? "
                                "I'm just curious on the drivers.");
    REQUIRE(q.size() == 1);
    CHECK(q[0].find("I'm just curious on the drivers.") != std::string::npos);
}

TEST_CASE("English turns: wrapped lines are one sentence", "[questions]") {
    const auto q = questions_of("Could you talk about the outlook for\nloan growth in the second half?\nThanks.");
    REQUIRE(q.size() == 1);
    CHECK(q[0] == "Could you talk about the outlook for\nloan growth in the second half?");
}

TEST_CASE("English sentences: roles of sentences in an analyst turn", "[questions]") {
    bool opens = false, enumerates = false;
    using ect::qa::sentence_role;
    CHECK(ect::qa::classify_sentence("Thanks for taking my question.", opens, enumerates) == sentence_role::courtesy);
    CHECK(ect::qa::classify_sentence("And then I have a follow-up.", opens, enumerates) == sentence_role::courtesy);
    CHECK(ect::qa::classify_sentence("Second question is on card fees.", opens, enumerates) == sentence_role::opener);
    CHECK(enumerates);
    CHECK(ect::qa::classify_sentence("Last quarter you guided to flat margins.", opens, enumerates) == sentence_role::context);
    CHECK_FALSE(opens);
    CHECK(ect::qa::classify_sentence("And is the target market mostly new users?", opens, enumerates) == sentence_role::asking);
    CHECK(opens);
}

using ect_test::squeezed;
using ect_test::with_line_ends;

TEST_CASE("English turns: CRLF and blanks at line ends split questions as bare line feeds do", "[questions]") {
    // "number\none": the enumerator is one cue across the wrapped line.
    const std::string lf = "Thanks for the update on the network. I wanted to check on pricing\n"
                           "which has held up well this year. So number\n"
                           "one, just curious why the guidance has not moved.\n"
                           "And then secondly, on hiring, how many engineers do you plan to add?";
    const auto expected = questions_of(lf);
    REQUIRE(expected.size() == 2);
    CHECK(starts(expected[1], "And then secondly"));
    for (std::string_view end : {"\r\n", " \n", "  \r\n", "\r", "\n  "}) {
        const std::string variant = with_line_ends(lf, end);
        INFO(variant);
        const auto q = questions_of(variant);
        REQUIRE(q.size() == expected.size());
        for (std::size_t i = 0; i < q.size(); ++i) {
            CHECK(squeezed(q[i]) == squeezed(expected[i]));
            CHECK(variant.find(q[i]) != std::string::npos); // a span of the turn as given
        }
    }
}
