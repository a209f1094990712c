// BNP Paribas-style edited transcripts: name + title lines heading the
// prepared remarks, inline "Name (Firm): text" and "Name: text" in the Q&A,
// on a look-alike fixture of our own.
#include "support.hpp"

#include <ect/ect.hpp>

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>

using ect_test::person;

TEST_CASE("name and title lines, then inline labels with the firm in parentheses", "[bank-ir-paren-firm]") {
    const ect::transcript t = ect_test::load_fixture("bank_ir_paren_firm/sample.txt");
    CHECK(t.dialect() == "bank-ir-paren-firm");
    REQUIRE(t.turns().size() == 10);

    // Prepared remarks: the label is the name line and the title line.
    const ect::turn& first = t.turns()[0];
    CHECK(first.label == "Claire Vautrin\nChief Executive Officer");
    CHECK(first.section == ect::section_kind::presentation);
    // The slide caption "OUTLOOK" is left out of the speech.
    REQUIRE(first.pieces.size() == 2);
    CHECK(first.text == "Good afternoon, ladies and gentlemen. Our revenues rose 4% this quarter.\n"
                        "We confirm our 2031 trajectory.\nI'll now hand over to Henri.");
    CHECK(t.turns()[1].text == "Thanks, Claire. Costs were well controlled.");

    // Q&A: inline labels.
    CHECK(t.turns()[2].label == "Marco Bellini (Morgan Stanley)");
    CHECK(t.turns()[2].section == ect::section_kind::qa);
    CHECK(t.turns()[2].text.starts_with("Good afternoon. What is your view"));
    CHECK(t.turns()[3].label == "Henri Dufresne");
    CHECK(t.turns()[6].role == ect::role::operator_);
    CHECK(t.turns()[9].section == ect::section_kind::closing);

    const auto& marco = person(t, "Marco Bellini");
    CHECK(marco.role == ect::role::analyst);
    CHECK(marco.firm.canonical == "Morgan Stanley");
    CHECK(marco.turns == 2);
    CHECK(person(t, "Ingrid Solberg").firm.name == "Fjordline Securities");
    const auto& claire = person(t, "Claire Vautrin");
    CHECK(claire.role == ect::role::executive);
    CHECK(claire.turns == 3);
    CHECK(person(t, "Henri Dufresne").role == ect::role::executive);

    // The stray "." under the Q&A heading is skipped, not lost.
    CHECK(std::any_of(t.skipped().begin(), t.skipped().end(),
                      [&](const ect::skipped& s) { return s.kind == ect::skip_kind::rule && t.slice(s.span) == "."; }));

    REQUIRE(t.exchanges().size() == 2);
    CHECK(t.exchanges()[0].question_turns == std::vector<std::size_t>{2, 5});
    CHECK(t.exchanges()[0].answer_turns == std::vector<std::size_t>{3, 4});
    CHECK(t.exchanges()[1].question_turns == std::vector<std::size_t>{7});
    CHECK(t.exchanges()[1].answer_turns == std::vector<std::size_t>{8});
}
