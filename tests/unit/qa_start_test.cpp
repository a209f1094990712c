// Without a Q&A heading, the Q&A starts at the operator turn of the prepared
// remarks that hands over to questions.
#include <ect/ect.hpp>

#include <catch2/catch.hpp>

#include <string>

namespace {

ect::transcript call_with_operator_saying(const std::string& words) {
    const std::string text = "Operator: Good day, and welcome to the Example Corp third quarter call.\n"
                             "Jane Doe: Thank you. Revenue grew five percent in the quarter.\n"
                             "Operator: Thank you. " + words + "\n"
                             "Tom Analyst: Thanks. What drove the margin this quarter?\n"
                             "Jane Doe: Mostly lower component costs.\n";
    return ect::parser().parse(text);
}

} // namespace

TEST_CASE("each hand-over phrase of the operator opens the Q&A, in any case", "[segment]") {
    for (const char* words :
         {"Our first question comes from Tom Analyst.", "We will now begin the question-and-answer session.",
          "We now move to question and answer.", "We will take questions and answers now.",
          "Welcome to the Q&A session.", "I will open the line.", "Let me open up the lines.",
          "We now open the call for questions.", "I will open the floor.", "Please queue for questions.",
          "Press star, then one.", "Press star one on your keypad.", "To ask, press * and 1.", "Dial *1 now.",
          "Please dial star one.", "Please dial STAR 1.", "We are ready for your questions.",
          // A transcript that starts its Q&A mid-queue: the first hand-over
          // it holds introduces the next questioner.
          "Our next question comes from Tom Analyst with Example Securities.",
          "The next question is from Tom Analyst.", "Tom Analyst, your line is open.",
          "Tom Analyst, your line is now open."}) {
        const ect::transcript t = call_with_operator_saying(words);
        INFO(words);
        REQUIRE(t.turns().size() == 5);
        CHECK(t.turns()[1].section == ect::section_kind::presentation);
        CHECK(t.turns()[2].section == ect::section_kind::qa);
        CHECK(t.turns()[3].section == ect::section_kind::qa);
    }
}

TEST_CASE("an operator turn without a hand-over phrase leaves the remarks going on", "[segment]") {
    const ect::transcript t = call_with_operator_saying("Please go ahead with the next slide.");
    REQUIRE(t.turns().size() == 5);
    CHECK(t.turns()[2].section == ect::section_kind::presentation);
    CHECK(t.turns()[3].section == ect::section_kind::presentation);
}
