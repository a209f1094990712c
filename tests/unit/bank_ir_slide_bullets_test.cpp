// Deutsche Bank-style transcripts: upper-case name headings over slide
// captions and bullets, and a two-column Q&A whose text layer glues the
// speaker's name to the speech and puts the firm on the next line; on a
// look-alike fixture of our own.
#include "support.hpp"

#include <ect/ect.hpp>

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>

using ect_test::person;
using ect_test::speaker;

TEST_CASE("slide bullets, then names glued to the speech with the firm on the next line", "[bank-ir-slide-bullets]") {
    const ect::transcript t = ect_test::load_fixture("bank_ir_slide_bullets/sample.txt");
    CHECK(t.dialect() == "bank-ir-slide-bullets");
    REQUIRE(t.turns().size() == 9);

    // Prepared remarks: the turn starts at the first bullet's sentence; the
    // slide captions are skipped as editor's notes.
    const ect::turn& first = t.turns()[0];
    CHECK(first.label == "KONRAD ALBRECHT");
    CHECK(speaker(t, 0) == "Konrad Albrecht");
    CHECK(first.section == ect::section_kind::presentation);
    CHECK(first.text == "Thank you, and a warm welcome from me\n- Revenues were 7.1 billion euros, up 4% year on year\n"
                        "- Costs were in line with our guidance\n- With that, let me hand over to Petra");
    CHECK(first.pieces.size() == 2);
    CHECK(speaker(t, 1) == "Petra Lindqvist");
    CHECK(t.turns()[1].text.starts_with("Thank you, Konrad"));
    CHECK(std::count_if(t.skipped().begin(), t.skipped().end(),
                        [](const ect::skipped& s) { return s.kind == ect::skip_kind::editor_note; }) == 3);

    // Q&A: the label is the name alone; "(Morgan Stanley) " is cut out of the text.
    const ect::turn& ask = t.turns()[2];
    CHECK(ask.section == ect::section_kind::qa);
    CHECK(ask.label == "Felix Baumgartner");
    CHECK(ask.text == "Yes, good morning. Thanks for taking my questions. First,\n"
                      "on revenues: how do you think about the second half?\nAnd could you update us on the buyback?");
    CHECK(ask.text.find("(Morgan Stanley)") == std::string_view::npos);
    // Its first question starts on the name's line and goes on beside the
    // firm: the whole question, the firm left out, its span over both lines.
    REQUIRE(ask.questions.size() == 2);
    CHECK(ask.questions[0].text == "First,\non revenues: how do you think about the second half?");
    CHECK(t.slice(ask.questions[0].span) == "First,\n(Morgan Stanley) on revenues: how do you think about the second half?");
    CHECK(ask.questions[1].text == "And could you update us on the buyback?");
    CHECK(t.slice(ask.questions[1].span) == ask.questions[1].text);
    CHECK(t.turns()[3].label == "Konrad Albrecht");
    CHECK(t.turns()[3].text == "Thank you, Felix. We see a solid second half.");
    // A later turn of a known analyst, glued without a firm line.
    CHECK(speaker(t, 5) == "Felix Baumgartner");
    CHECK(t.turns()[5].text == "Great. Thanks very much.");

    const auto& felix = person(t, "Felix Baumgartner");
    CHECK(felix.role == ect::role::analyst);
    CHECK(felix.firm.canonical == "Morgan Stanley");
    CHECK(person(t, "Annika Holm").firm.name == "Kestrel Research");
    CHECK(person(t, "Petra Lindqvist").role == ect::role::executive);
    CHECK(person(t, "Petra Lindqvist").title == "Chief Financial Officer");

    // The disclaimer after the last turn is boilerplate.
    CHECK(t.turns()[8].text == "Okay, thank you.");
    REQUIRE(t.exchanges().size() == 2);
    CHECK(t.exchanges()[0].question_turns == std::vector<std::size_t>{2, 5});
    CHECK(t.exchanges()[0].answer_turns == std::vector<std::size_t>{3, 4});
    CHECK(t.exchanges()[1].question_turns == std::vector<std::size_t>{6, 8});
    CHECK(t.exchanges()[1].answer_turns == std::vector<std::size_t>{7});
}
