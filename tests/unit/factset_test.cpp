// FactSet CallStreet layout on a fixture of our own (tests/fixtures/factset).
#include "dialects/factset_block.hpp"
#include "support.hpp"

#include <ect/ect.hpp>

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>

namespace {

const ect::transcript& sample() { return ect_test::cached_fixture("factset/sample.txt"); }

// In this file a missing person is a null pointer, not a failed REQUIRE.
constexpr auto& person = ect_test::find_person;

} // namespace

using ect_test::skipped_as;
using ect_test::speaker;

TEST_CASE("FactSet: speaker blocks open turns and the dialect is recognised", "[factset]") {
    const auto& t = sample();
    CHECK(t.dialect() == "factset");
    REQUIRE(t.turns().size() == 11);
    const std::string_view who[] = {"Operator",       "Omar Lindqvist",  "Operator",          "Henrik Moore",
                                    "Omar Lindqvist", "Dana K. Whitfield", "Operator",        "Rafe O’Dunmore",
                                    "Dana K. Whitfield", "Operator",      "Dana K. Whitfield"};
    for (std::size_t k = 0; k < 11; ++k) CHECK(speaker(t, t.turns()[k]) == who[k]);
    CHECK(t.turns()[3].label == "Henrik Moore\nAnalyst, Quayside Securities, Inc. Q");
    CHECK(t.turns()[3].text == "Good morning. Omar, how should we think about expenses next year?");
    CHECK(t.turns()[0].text.substr(0, 12) == "Good morning");
}

TEST_CASE("FactSet: role letters, titles and firms of the title line", "[factset]") {
    const auto& t = sample();
    const auto* moore = person(t, "Henrik Moore");
    REQUIRE(moore);
    CHECK(moore->role == ect::role::analyst);
    CHECK(moore->firm.name == "Quayside Securities, Inc.");
    CHECK(moore->title == "Analyst");
    const auto* omar = person(t, "Omar Lindqvist");
    REQUIRE(omar);
    CHECK(omar->role == ect::role::executive);
    CHECK(omar->title == "Chief Financial Officer");
    CHECK(omar->firm.name == "Larkspur Financial Corp.");
    CHECK(t.turns()[0].role == ect::role::operator_);
}

TEST_CASE("FactSet: a glued name and title line is split at the name", "[factset]") {
    const auto& t = sample();
    const auto& u = t.turns()[5];
    CHECK(u.label == "Dana K. WhitfieldChief Executive Officer, Larkspur Financial Corp. A");
    CHECK(speaker(t, u) == "Dana K. Whitfield");
    CHECK(u.role == ect::role::executive);
    CHECK(u.text == "And we keep investing in branches.");
}

TEST_CASE("FactSet: a speaker block repeated over a page break is furniture, not a turn", "[factset]") {
    const auto& t = sample();
    const auto& u = t.turns()[1];
    REQUIRE(u.pieces.size() == 2);
    CHECK(u.text == "Thank you. Revenue grew 6% on higher deposit fees and\nstronger card volumes. Expenses were flat.");
    CHECK(t.slice(u.pieces[1]) == "stronger card volumes. Expenses were flat.");
    CHECK(skipped_as(t, ect::skip_kind::page_header, "Omar Lindqvist"));
    CHECK(skipped_as(t, ect::skip_kind::page_header, "Chief Financial Officer, Larkspur Financial Corp."));
    CHECK(skipped_as(t, ect::skip_kind::page_number, "3"));
}

TEST_CASE("FactSet: sections, closing and the trailing disclaimer", "[factset]") {
    const auto& t = sample();
    std::vector<ect::section_kind> kinds;
    for (const auto& s : t.sections()) kinds.push_back(s.kind);
    CHECK(kinds == std::vector<ect::section_kind>{ect::section_kind::preamble, ect::section_kind::presentation,
                                                  ect::section_kind::qa, ect::section_kind::closing});
    CHECK(t.turns()[1].section == ect::section_kind::presentation);
    CHECK(t.turns()[2].section == ect::section_kind::qa);
    CHECK(t.turns()[9].section == ect::section_kind::closing);
    CHECK(t.turns()[10].text == "Thank you all.");
    CHECK(skipped_as(t, ect::skip_kind::boilerplate, "Disclaimer"));
    CHECK(t.turns()[10].text.find("reliable") == std::string_view::npos);
}

TEST_CASE("FactSet: the roster of name and title line pairs", "[factset]") {
    const auto& t = sample();
    const auto* dana = person(t, "Dana K. Whitfield");
    REQUIRE(dana);
    CHECK(dana->role == ect::role::executive);
    CHECK(dana->title == "Chief Executive Officer");
    CHECK(person(t, "Chief Executive Officer") == nullptr);
    const auto* rafe = person(t, "Rafe O’Dunmore");
    REQUIRE(rafe);
    CHECK(rafe->role == ect::role::analyst);
    CHECK(rafe->firm.name == "Kestrel Partners LLC");
}

TEST_CASE("FactSet: one exchange per analyst slot", "[factset]") {
    const auto& t = sample();
    REQUIRE(t.exchanges().size() == 2);
    CHECK(t.exchanges()[0].question_turns == std::vector<std::size_t>{3});
    CHECK(t.exchanges()[0].answer_turns == std::vector<std::size_t>{4, 5});
    CHECK(t.exchanges()[1].question_turns == std::vector<std::size_t>{7});
    CHECK(t.exchanges()[1].answer_turns == std::vector<std::size_t>{8});
}

TEST_CASE("FactSet: the title line's role letter and corporate suffixes", "[factset]") {
    using ect::dialects::callstreet::parse_title_line;
    ect::segment::speaker who;
    REQUIRE(parse_title_line("Analyst, Northgate Securities, Inc. Q", who));
    CHECK(who.role == ect::role::analyst);
    CHECK(who.title == "Analyst");
    CHECK(who.firm == "Northgate Securities, Inc.");
    REQUIRE(parse_title_line("Head of Investor Relations, Treasurer, Larkspur Financial Corp. A", who));
    CHECK(who.role == ect::role::executive);
    CHECK(who.title == "Head of Investor Relations, Treasurer");
    CHECK(who.firm == "Larkspur Financial Corp.");
    REQUIRE(parse_title_line("Chief Financial Officer, Larkspur Financial Corp.", who));
    CHECK(who.role == ect::role::unknown);
    CHECK_FALSE(parse_title_line("Dana Whitfield", who));
    CHECK_FALSE(parse_title_line("Revenue grew nicely", who));
}

TEST_CASE("FactSet: a letter-spaced section heading still opens the Q&A", "[factset]") {
    const std::string rule(100, '.');
    const std::string doc = "MANAGEMENT DISCUSSION SECTION\n" + rule +
                            "\nOperator: Welcome to the call. Please go ahead.\n" + rule +
                            "\nDana Whitfield\nChief Executive Officer, Larkspur Financial Corp.\nWe had a good quarter.\n" +
                            rule + "\nQ U E S T I O N  A N D  A N S W E R  S E C T I O N\n" +
                            "Operator: Our first question comes from Henrik Moore with Quayside Securities.\n" + rule +
                            "\nHenrik Moore\nAnalyst, Quayside Securities Q\nHow are margins?\n" + rule +
                            "\nDana Whitfield\nChief Executive Officer, Larkspur Financial Corp. A\nStable.\n";
    const ect::transcript t = ect::parse(doc);
    CHECK(t.dialect() == "factset");
    REQUIRE(t.turns().size() == 5);
    CHECK(t.turns()[1].section == ect::section_kind::presentation);
    CHECK(t.turns()[2].section == ect::section_kind::qa);
    CHECK(t.turns()[3].role == ect::role::analyst);
    REQUIRE(t.exchanges().size() == 1);
    CHECK(t.exchanges()[0].answer_turns == std::vector<std::size_t>{4});
}

TEST_CASE("FactSet: a role letter on a line of its own", "[factset]") {
    const std::string rule(100, '.');
    const std::string doc = "QUESTION AND ANSWER SECTION\n" +
                            std::string("Operator: Our first question comes from Henrik Moore with Quayside Securities.\n") +
                            rule + "\nHenrik Moore\nAnalyst, Quayside Securities\nQ\nHow are margins?\n" + rule +
                            "\nDana Whitfield\nChief Executive Officer, Larkspur Financial Corp.\nA\nStable.\n";
    const ect::transcript t = ect::parse(doc);
    CHECK(t.dialect() == "factset");
    REQUIRE(t.turns().size() == 3);
    CHECK(t.turns()[1].role == ect::role::analyst);
    CHECK(t.turns()[1].text == "How are margins?");
    CHECK(t.turns()[2].role == ect::role::executive);
    CHECK(t.turns()[2].text == "Stable.");
}

TEST_CASE("FactSet: text without form feeds loses its page blocks, and a speaker after one opens a turn",
          "[factset]") {
    const std::string rule(100, '.');
    // The block each page of CallStreet's PDF prints, text layers without
    // form feeds keep it between the pages.
    auto page = [](int n) {
        return std::to_string(n) + "\nCopyright (c) 2001-2024 Example CallStreet, LLC\n1-800-555-0100 www.example.com\n"
                                   "Larkspur Financial Holdings, Inc. (LKF) Corrected Transcript\nQ2 2024 Earnings Call 24-Jul-2024\n";
    };
    const std::string doc =
        "QUESTION AND ANSWER SECTION\nOperator: Our first question comes from Henrik Moore with Quayside Securities.\n" +
        rule + "\nHenrik Moore\nAnalyst, Quayside Securities Q\nHow are deposit costs trending, and where do they\n" +
        page(2) + "peak?\n" + rule + "\n" + page(3) +
        "Dana Whitfield\nChief Executive Officer, Larkspur Financial Corp. A\nThey should peak this quarter.\n" + rule +
        "\nOperator: That concludes our call.\n" + rule + "\n" + page(4) +
        "Disclaimer\nThe information herein is based on sources we believe to be reliable.\n";
    const ect::transcript t = ect::parse(doc);
    CHECK(t.dialect() == "factset");
    REQUIRE(t.turns().size() == 4);
    CHECK(t.turns()[1].text == "How are deposit costs trending, and where do they\npeak?");
    CHECK(speaker(t, 2) == "Dana Whitfield");
    CHECK(t.turns()[2].text == "They should peak this quarter.");
    CHECK(t.turns()[3].text == "That concludes our call.");
    CHECK(skipped_as(t, ect::skip_kind::page_header, "Larkspur Financial Holdings, Inc. (LKF) Corrected Transcript"));
    CHECK(skipped_as(t, ect::skip_kind::boilerplate, "Disclaimer"));
}

TEST_CASE("FactSet: the cover is preamble, not a speaker block", "[factset]") {
    const std::string rule(100, '.');
    const std::string doc = "CORRECTED TRANSCRIPT\nLarkspur Financial Holdings, Inc. (LKF)\nQ2 2024 Earnings Call\n24-Jul-2024\n"
                            "CORPORATE PARTICIPANTS\nDana Whitfield\nChief Executive Officer, Larkspur Financial Corp.\n" +
                            rule + "\nMANAGEMENT DISCUSSION SECTION\n" + rule +
                            "\nOperator: Welcome to the call. Please go ahead.\n" + rule +
                            "\nDana Whitfield\nChief Executive Officer, Larkspur Financial Corp.\nWe had a good quarter.\n";
    const ect::transcript t = ect::parse(doc);
    CHECK(t.dialect() == "factset");
    REQUIRE(t.turns().size() == 2);
    CHECK(speaker(t, 0) == "Operator");
    CHECK(speaker(t, 1) == "Dana Whitfield");
    CHECK(person(t, "CORRECTED TRANSCRIPT") == nullptr);
}

TEST_CASE("FactSet: an older transcript's <Q - Name> and <A - Name> open turns with the role they mark", "[factset]") {
    const auto t = ect_test::load_fixture("factset/qa_markers_2009.txt");
    CHECK(t.dialect() == "factset");
    REQUIRE(t.turns().size() == 16);
    const std::string_view who[] = {"Operator",     "Marion Castell", "Arthur Quimby", "Noel Brandt",
                                    "Operator",     "Stella Okafor",  "Arthur Quimby", "Noel Brandt",
                                    "Stella Okafor", "Arthur Quimby", "Operator",      "Jasper Lindgren",
                                    "Noel Brandt",  "Operator",       "Arthur Quimby", "Operator"};
    for (std::size_t k = 0; k < 16; ++k) CHECK(speaker(t, t.turns()[k]) == who[k]);
    const auto& q = t.turns()[5];
    CHECK(q.label == "<Q - Stella Okafor>");
    CHECK(q.role == ect::role::analyst);
    CHECK(q.section == ect::section_kind::qa);
    CHECK(q.text == "Thanks. Can you talk about pricing on the contract business? And how much did fuel add?");
    CHECK(t.turns()[6].role == ect::role::executive);
    CHECK(t.turns()[6].text == "Pricing was stable. Noel can speak to fuel.");
    REQUIRE(t.exchanges().size() == 2);
    CHECK(t.exchanges()[0].question_turns == std::vector<std::size_t>{5, 8});
}

TEST_CASE("FactSet: an older transcript's one-line roster entries give titles and firms", "[factset]") {
    const auto t = ect_test::load_fixture("factset/qa_markers_2009.txt");
    const auto* stella = person(t, "Stella Okafor");
    REQUIRE(stella);
    CHECK(stella->role == ect::role::analyst);
    CHECK(stella->title == "Analyst");
    CHECK(stella->firm.name == "Ridgeway Securities LLC");
    const auto* arthur = person(t, "Arthur Quimby");
    REQUIRE(arthur);
    CHECK(arthur->role == ect::role::executive);
    CHECK(arthur->title == "Chairman & Chief Executive Officer");
    CHECK(arthur->firm.name == "Fenwick Logistics Corp.");
    CHECK_FALSE(person(t, "Dr. Arthur Quimby"));
    // The prepared remarks open with "Name, Title" lines.
    CHECK(t.turns()[1].label == "Marion Castell, Vice President-Investor Relations");
    CHECK(t.turns()[1].section == ect::section_kind::presentation);
    CHECK(t.participants().size() == 6);
}

TEST_CASE("FactSet: a text of two pages drops the running header that repeats its cover", "[factset]") {
    // One page break: the header on the second page shows once, but its
    // words are the cover's, on other lines.
    const auto t = ect_test::load_fixture("factset/two_pages.txt");
    CHECK(t.dialect() == "factset");
    REQUIRE(t.turns().size() >= 2);
    CHECK(speaker(t, 1) == "Cyrus Bellamy");
    CHECK(t.turns()[1].text ==
          "Thank you. Freight revenue rose 4% on higher volumes in the northern corridor, and our\n"
          "yields held steady through the quarter.");
    CHECK(skipped_as(t, ect::skip_kind::page_header, "Thornbury Logistics, Inc. (TBLX) Corrected Transcript"));
    CHECK(skipped_as(t, ect::skip_kind::page_header, "Q3 2023 Earnings Call 25-Oct-2023"));
    // The cover itself stays the preamble's.
    CHECK_FALSE(skipped_as(t, ect::skip_kind::page_header, "Thornbury Logistics, Inc. (TBLX)"));
    // Speech at the top of the second page that uses words of its own, or
    // too few of the cover's to be a title, is kept.
    const std::string rule(100, '.');
    const std::string doc = "CORRECTED TRANSCRIPT\nThornbury Logistics, Inc. (TBLX)\nQ3 2023 Earnings Call\n25-Oct-2023\n"
                            "MANAGEMENT DISCUSSION SECTION\n" + rule +
                            "\nOperator: Welcome to the call. Please go ahead.\n" + rule +
                            "\nCyrus Bellamy\nChief Financial Officer, Thornbury Logistics, Inc.\nWe had a good quarter.\n"
                            "1\nCopyright (c) 2001-2023 Example Transcripts, LLC\n"
                            "Thornbury Logistics grew in Q3 2023 on new contracts.\nEarnings Call.\n" + rule + "\n";
    const ect::transcript kept = ect::parse(doc);
    REQUIRE(kept.turns().size() == 2);
    CHECK(kept.turns()[1].text == "We had a good quarter.\nThornbury Logistics grew in Q3 2023 on new contracts.\nEarnings Call.");
}

TEST_CASE("FactSet: a short line above a rule at the foot of a page is speech", "[factset]") {
    // The rule closing the turn recurs at page edges as headers do, but
    // the line above it is the operator's, not a header glued to one.
    const auto t = ect_test::load_fixture("factset/two_pages.txt");
    REQUIRE(t.turns().size() == 6);
    CHECK(speaker(t, 5) == "Operator");
    CHECK(t.turns()[5].text == "That concludes today's call.");
    CHECK(t.turns()[3].text == "Good morning. How much of the volume growth came from new customers?");
}

TEST_CASE("FactSet: a lone form feed is the page break of a text without page numbers", "[factset]") {
    // No page number or copyright line tells the pages: the one form feed
    // does, and the header after it repeats the cover's lines.
    const std::string rule(100, '.');
    const std::string doc = "CORRECTED TRANSCRIPT\nThornbury Logistics, Inc. (TBLX)\nQ3 2023 Earnings Call\n25-Oct-2023\n"
                            "MANAGEMENT DISCUSSION SECTION\n" + rule +
                            "\nOperator: Welcome to the call. Please go ahead.\n" + rule +
                            "\nCyrus Bellamy\nChief Financial Officer, Thornbury Logistics, Inc.\nFreight revenue rose 4% and our\n"
                            "\f\nThornbury Logistics, Inc. (TBLX)\nCorrected Transcript\nQ3 2023 Earnings Call\n25-Oct-2023\n"
                            "yields held steady.\n" + rule + "\nOperator: That concludes the call.\n";
    const ect::transcript t = ect::parse(doc);
    REQUIRE(t.turns().size() == 3);
    CHECK(t.turns()[1].text == "Freight revenue rose 4% and our\nyields held steady.");
    CHECK(skipped_as(t, ect::skip_kind::page_header, "Corrected Transcript"));
    CHECK(t.turns()[2].text == "That concludes the call.");
}
