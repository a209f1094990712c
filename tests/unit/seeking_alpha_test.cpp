// Seeking Alpha layout on a fixture of our own (tests/fixtures/seeking-alpha).
#include "support.hpp"

#include <ect/ect.hpp>

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>

namespace {

const ect::transcript& sa() { return ect_test::cached_fixture("seeking-alpha/sample.txt"); }

} // namespace

using ect_test::speaker;

TEST_CASE("seeking alpha: recognised, with bare-name turns and rosters", "[seeking-alpha]") {
    const auto& t = sa();
    CHECK(t.dialect() == "seeking-alpha");
    REQUIRE(t.turns().size() == 12);
    CHECK(speaker(t, t.turns()[0]) == "Operator");
    CHECK(t.turns()[0].section == ect::section_kind::presentation);
    CHECK(speaker(t, t.turns()[1]) == "Greta Villanueva");
    CHECK(t.turns()[4].role == ect::role::analyst);
    CHECK(t.turns()[4].section == ect::section_kind::qa);
    CHECK(t.participants()[*t.turns()[4].participant].firm.name == "Pemberton Hale Securities");
}

TEST_CASE("seeking alpha: a speaker line without its space is the roster's person", "[seeking-alpha]") {
    const auto& t = sa();
    const auto& u = t.turns()[2];
    CHECK(u.label == "OdileMarchetti");
    CHECK(speaker(t, u) == "Odile Marchetti");
    CHECK(u.role == ect::role::executive);
}

TEST_CASE("seeking alpha: the host's sign-off under an analyst label is reported and given to the host", "[seeking-alpha]") {
    const auto& t = sa();
    const auto& u = t.turns()[10];
    CHECK(u.label == "Lucinda Farrow");
    CHECK(speaker(t, u) == "Greta Villanueva");
    CHECK(u.role == ect::role::executive);
    CHECK(u.section == ect::section_kind::closing);
    CHECK(t.turns()[11].section == ect::section_kind::closing);
    const auto d = t.diagnostics();
    const auto it = std::find_if(d.begin(), d.end(), [](const ect::diagnostic& x) { return x.code == "label-content-mismatch"; });
    REQUIRE(it != d.end());
    CHECK(it->line == 59);
}

TEST_CASE("seeking alpha: exchanges pair each analyst with the answers", "[seeking-alpha]") {
    const auto& t = sa();
    REQUIRE(t.exchanges().size() == 2);
    CHECK(t.exchanges()[0].question_turns == std::vector<std::size_t>{4});
    CHECK(t.exchanges()[0].answer_turns == std::vector<std::size_t>{5, 6});
    CHECK(t.exchanges()[1].answer_turns == std::vector<std::size_t>{9});
}

TEST_CASE("seeking alpha: a name used once and in no roster is a speaker when the line before announces it", "[seeking-alpha]") {
    const ect::transcript t = ect::parse("Corvallis Bio, Inc. (NASDAQ:CRVB) Q2 2024 Earnings Call Transcript\n\n"
                                         "Company Participants\n\nArjun Venkataraman - President and Chief Executive Officer\n\n"
                                         "Conference Call Participants\n\nRobert Hsu - KBW\n\n"
                                         "Operator\n\nWelcome to the call.\n\nArjun Venkataraman\n\nThanks. Revenue grew 10%.\n\n"
                                         "Question-and-Answer Session\n\nOperator\n\n"
                                         "Our first question comes from Bob Hsu with KBW.\n\nBob Hsu\n\nCan you talk about pricing?\n\n"
                                         "Arjun Venkataraman\n\nPricing has been rational. Dan, anything to add?\n\n"
                                         "Daniel Brooks\n\nOnly that renewals were strong.\n\n"
                                         "Operator\n\nOur next question comes from an unidentified participant.\n\n"
                                         "Unidentified Analyst\n\nWhat is the payout target?\n\n"
                                         "Arjun Venkataraman\n\nAbout 60%.\n\n"
                                         "Dana Whitcombe\n\nThis line names no one above it and stays text.\n");
    CHECK(t.dialect() == "seeking-alpha");
    REQUIRE(t.turns().size() == 9);
    // Introduced by the operator, by surname.
    CHECK(speaker(t, t.turns()[3]) == "Bob Hsu");
    CHECK(t.turns()[3].role == ect::role::analyst);
    // Handed over to by first name, in its short form.
    CHECK(speaker(t, t.turns()[5]) == "Daniel Brooks");
    CHECK(t.turns()[5].role == ect::role::executive);
    CHECK(t.turns()[4].text == "Pricing has been rational. Dan, anything to add?");
    // A placeholder needs no announcement.
    CHECK(speaker(t, t.turns()[7]) == "Unidentified Analyst");
    CHECK(t.turns()[7].role == ect::role::analyst);
    REQUIRE(t.exchanges().size() == 2);
    CHECK(t.exchanges()[1].question_turns == std::vector<std::size_t>{7});
    // Unannounced and used once: not a label.
    CHECK(t.turns()[8].text.find("Dana Whitcombe") != std::string_view::npos);
}

TEST_CASE("seeking alpha: the copyright policy and notice after the last turn are boilerplate", "[seeking-alpha]") {
    const std::string doc = "Kestrel Pumps Inc. (NYSE:KPI) Q4 2012 Earnings Call Transcript\n\nCompany Participants\n\n"
                            "Nora Quill - Chief Executive Officer\n\nConference Call Participants\n\nIan Holt - Brightwater\n\n"
                            "Operator\n\nWelcome.\n\nNora Quill\n\nThank you. It was a solid year.\n\n"
                            "Question-and-Answer Session\n\nOperator\n\nOur first question comes from Ian Holt.\n\n"
                            "Ian Holt\n\nWhat return did you earn?\n\nNora Quill\n\nNine percent.\n\nOperator\n\n"
                            "This concludes the program.\n\n"
                            "Copyright policy: All transcripts on this site are the copyright of the site.\n\n"
                            "THE INFORMATION CONTAINED HERE IS A TEXTUAL REPRESENTATION OF THE CALL.\n";
    const ect::transcript t = ect::parse(doc);
    CHECK(t.dialect() == "seeking-alpha");
    REQUIRE(!t.turns().empty());
    CHECK(t.turns().back().text == "This concludes the program.");
    CHECK(ect_test::skipped_as(t, ect::skip_kind::boilerplate,
                               "THE INFORMATION CONTAINED HERE IS A TEXTUAL REPRESENTATION OF THE CALL."));
}

TEST_CASE("seeking alpha: a 2012-14 page whose analysts carry Capital IQ's firm names is read as Seeking Alpha", "[seeking-alpha]") {
    // Its "Executives" / "Analysts" lists and "Firm, Research Division"
    // firms are Capital IQ's words, in Seeking Alpha's one-line entries.
    const auto t = ect_test::load_fixture("seeking-alpha/roster_2013.txt");
    CHECK(t.dialect() == "seeking-alpha");
    REQUIRE(t.turns().size() == 30);
    CHECK(speaker(t, t.turns()[0]) == "Operator");
    CHECK(t.turns()[0].section == ect::section_kind::presentation);
    CHECK(speaker(t, t.turns()[4]) == "Operator");
    CHECK(t.turns()[4].section == ect::section_kind::qa);
    CHECK(speaker(t, t.turns()[5]) == "Lionel Ferraro");
    CHECK(t.turns()[5].role == ect::role::analyst);
    CHECK(t.turns()[5].text == "Thanks. How many vessels do you expect to deliver next year? And what is the margin on the "
                               "service contracts?");
    CHECK(speaker(t, t.turns()[7]) == "Meredith Hale");
    CHECK(t.turns()[7].label == "Dr. Meredith Hale");
    const auto& hale = ect_test::person(t, "Meredith Hale");
    CHECK(hale.title == "Chief Financial Officer");
    CHECK(hale.role == ect::role::executive);
    CHECK(t.exchanges().size() == 8);
}

TEST_CASE("seeking alpha: lines of a hard-wrapped paragraph are no speaker and no heading", "[seeking-alpha]") {
    // A page printed to PDF and read back as text: paragraphs wrapped at
    // the page width, so a line may open with "Latin America, …" or end a
    // sentence with "questions from analysts."
    const ect::transcript t = ect::parse(
        "Larkspur Robotics, Inc. (NASDAQ:LRKR) Q2 2025 Earnings Conference Call August 7, 2025 5:00 PM ET\n\n"
        "Company Participants\n\nGreta Villanueva - Head of Investor Relations\n\n"
        "Odile Marchetti - Chief Executive Officer\n\n"
        "Conference Call Participants\n\nBastian Okoro - Pemberton Hale Securities\n\n"
        "Operator\n\nGood day, and welcome to the Larkspur Robotics second quarter call. I would now like to turn\n"
        "the call over to Greta Villanueva.\n\n"
        "Greta Villanueva\n\nThank you. With me today is Odile Marchetti. After her remarks we will open the call to\n"
        "questions from analysts.\n\n"
        "Odile Marchetti\n\nThanks, Greta. Orders grew in every region, including the U.S., Western Europe, Japan,\n"
        "Latin America, The Middle East, Central and Eastern Europe, and India.\n\n"
        "Our warehouse arms grew faster than we planned this quarter.\n\n"
        "Question-and-Answer Session\n\n"
        "Operator\n\nOur first question comes from Bastian Okoro with Pemberton Hale Securities.\n\n"
        "Bastian Okoro\n\nHow much of the growth came from new customers?\n\n"
        "Odile Marchetti\n\nMost of it came from customers we already serve.\n\n"
        "Operator\n\nThat concludes today's call.\n");
    CHECK(t.dialect() == "seeking-alpha");
    for (const ect::participant& p : t.participants()) CHECK(p.name != "Latin America");
    REQUIRE(t.turns().size() == 7);
    for (std::size_t k = 0; k < 3; ++k) CHECK(t.turns()[k].section == ect::section_kind::presentation);
    CHECK(t.turns()[2].text.find("Our warehouse arms") != std::string_view::npos);
    CHECK(t.turns()[3].section == ect::section_kind::qa);
    CHECK(speaker(t, 4) == "Bastian Okoro");
}
