// Refinitiv StreetEvents layout on a fixture of our own (tests/fixtures/refinitiv).
#include "support.hpp"

#include <ect/ect.hpp>

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>

namespace {

const ect::transcript& sample() { return ect_test::cached_fixture("refinitiv/bellwether_q3.txt"); }

// In this file a missing person is a null pointer, not a failed REQUIRE.
constexpr auto& person = ect_test::find_person;

} // namespace

using ect_test::speaker;

TEST_CASE("Refinitiv: numbered turn headers open turns", "[refinitiv]") {
    const auto& t = sample();
    CHECK(t.dialect() == "refinitiv");
    REQUIRE(t.turns().size() == 11);
    CHECK(t.turns()[0].label == "Operator   [1]");
    CHECK(t.turns()[0].role == ect::role::operator_);
    CHECK(speaker(t, t.turns()[1]) == "Priya Castellano");
    CHECK(t.turns()[1].text == "Thank you. With me today are Dana Whitfield and Omar Lindqvist.");
    CHECK(t.turns()[2].text == "Thanks, Priya. Orders grew 14% this quarter.\n\n Our warehouse line shipped ahead of plan.");
    CHECK(speaker(t, t.turns()[5]) == "Omar Lindqvist");
}

TEST_CASE("Refinitiv: rosters, the misspelt PARTICIPIANTS heading included", "[refinitiv]") {
    const auto& t = sample();
    const auto* dana = person(t, "Dana K. Whitfield");
    REQUIRE(dana);
    CHECK(dana->role == ect::role::executive);
    CHECK(dana->title == "CEO & Director");
    CHECK(dana->firm.name == "Bellwether Robotics Inc.");
    const auto* celia = person(t, "Celia Ostrander");
    REQUIRE(celia);
    CHECK(celia->role == ect::role::analyst);
    CHECK(celia->firm.name == "Quayside Capital Markets");
    CHECK(celia->turns == 0);
    const auto* henrik = person(t, "Henrik Moore");
    REQUIRE(henrik);
    CHECK(henrik->role == ect::role::analyst);
    CHECK(henrik->firm.name == "Larchmont Securities, LLC, Research Division");
}

TEST_CASE("Refinitiv: a (ph) marker stays in the label but not in the name", "[refinitiv]") {
    const auto& t = sample();
    const auto& u = t.turns()[7];
    CHECK(u.label == "Rafe Dunmore (ph),  Kestrel Partners - Analyst   [8]");
    CHECK(speaker(t, u) == "Rafe Dunmore");
    CHECK(u.role == ect::role::analyst);
    const auto* rafe = person(t, "Rafe Dunmore");
    REQUIRE(rafe);
    CHECK(rafe->firm.name == "Kestrel Partners");
}

TEST_CASE("Refinitiv: sections, rules and the trailing definitions", "[refinitiv]") {
    const auto& t = sample();
    CHECK(t.turns()[3].section == ect::section_kind::presentation);
    CHECK(t.turns()[4].section == ect::section_kind::qa);
    CHECK(t.turns()[9].section == ect::section_kind::closing);
    CHECK(t.turns()[10].text == "Thank you all for joining us.");
    const auto boiler = std::count_if(t.skipped().begin(), t.skipped().end(),
                                      [](const ect::skipped& s) { return s.kind == ect::skip_kind::boilerplate; });
    CHECK(boiler == 4); // Definitions, its text, Disclaimer, its text
    const auto rules = std::count_if(t.skipped().begin(), t.skipped().end(),
                                     [](const ect::skipped& s) { return s.kind == ect::skip_kind::rule; });
    CHECK(rules >= 30);
}

TEST_CASE("Refinitiv: exchanges follow the analyst slots", "[refinitiv]") {
    const auto& t = sample();
    REQUIRE(t.exchanges().size() == 2);
    CHECK(t.exchanges()[0].question_turns == std::vector<std::size_t>{4});
    CHECK(t.exchanges()[0].answer_turns == std::vector<std::size_t>{5});
    CHECK(t.exchanges()[1].question_turns == std::vector<std::size_t>{7});
    CHECK(t.exchanges()[1].answer_turns == std::vector<std::size_t>{8});
}

TEST_CASE("Refinitiv: header lines between rules without a turn number", "[refinitiv]") {
    const std::string rule(80, '-');
    const std::string doc = "THOMSON REUTERS STREETEVENTS EDITED TRANSCRIPT\n" + rule + "\nQUESTIONS AND ANSWERS\n" + rule +
                            "\nOperator\n" + rule + "\n Our first question comes from Henrik Moore with Quayside.\n" + rule +
                            "\nUnidentified Analyst\n" + rule + "\n How are margins?\n" + rule +
                            "\nDana Whitfield,  Bellwether Robotics Inc. - CEO\n" + rule + "\n Stable.\n";
    const ect::transcript t = ect::parse(doc);
    CHECK(t.dialect() == "refinitiv");
    REQUIRE(t.turns().size() == 3);
    CHECK(t.turns()[0].role == ect::role::operator_);
    CHECK(t.turns()[1].role == ect::role::analyst);
    CHECK(t.turns()[1].text == "How are margins?");
    CHECK(speaker(t, t.turns()[2]) == "Dana Whitfield");
    CHECK(t.turns()[2].role == ect::role::executive);
    CHECK(t.turns()[2].section == ect::section_kind::qa);
}

namespace {

// Turn headers with their rules; `number` empty for an export without the
// running numbers.
std::string header(std::string_view who, std::string_view number) {
    const std::string rule(80, '-');
    return rule + "\n" + std::string(who) + (number.empty() ? "" : "   [" + std::string(number) + "]") + "\n" + rule + "\n";
}

} // namespace

TEST_CASE("Refinitiv: a one-paragraph turn between two headers' rules is text, not a header", "[refinitiv]") {
    // A short answer sits between the rule closing its header and the rule
    // opening the next: "Sure, Dan." reads like "Name, Firm".
    for (const bool numbered : {true, false}) {
        const std::string doc = "THOMSON REUTERS STREETEVENTS EDITED TRANSCRIPT\nQUESTIONS AND ANSWERS\n" +
                                header("Daniel R. Whitfield,  Goldman Sachs Group Inc., Research Division - VP", numbered ? "1" : "") +
                                " Great, thanks. Just on pricing, what did you achieve in January?\n\n" +
                                header("Peter J. Lindqvist,  Halvorsen Maritime Corp - President & CEO", numbered ? "2" : "") +
                                " Sure, Dan. Pricing was up about 4%.\n\n" + header("Operator", numbered ? "3" : "") +
                                " Our next question comes from Laura Chen.\n";
        const ect::transcript t = ect::parse(doc);
        INFO("numbered: " << numbered);
        CHECK(t.dialect() == "refinitiv");
        REQUIRE(t.turns().size() == 3);
        CHECK(speaker(t, t.turns()[0]) == "Daniel R. Whitfield");
        CHECK(t.turns()[0].text == "Great, thanks. Just on pricing, what did you achieve in January?");
        CHECK(speaker(t, t.turns()[1]) == "Peter J. Lindqvist");
        CHECK(t.turns()[1].text == "Sure, Dan. Pricing was up about 4%.");
        CHECK(t.turns()[2].role == ect::role::operator_);
        CHECK_FALSE(person(t, "Great"));
        CHECK_FALSE(person(t, "Sure"));
    }
}

TEST_CASE("Refinitiv: without a roster, a research division makes an analyst and an officer's title an executive", "[refinitiv]") {
    const std::string doc = "QUESTIONS AND ANSWERS\n" +
                            header("Daniel R. Whitfield,  Goldman Sachs Group Inc., Research Division - VP", "1") +
                            " What did pricing do in January?\n\n" +
                            header("Peter J. Lindqvist,  Halvorsen Maritime Corp - President & CEO", "2") +
                            " It was up about 4%.\n";
    const ect::transcript t = ect::parse(doc);
    const auto* daniel = person(t, "Daniel R. Whitfield");
    const auto* peter = person(t, "Peter J. Lindqvist");
    REQUIRE(daniel);
    REQUIRE(peter);
    // "VP" alone would make an officer; the research division says broker.
    CHECK(daniel->role == ect::role::analyst);
    // Neither "President & CEO" as a whole nor its position says so; its parts do.
    CHECK(peter->role == ect::role::executive);
    REQUIRE(t.exchanges().size() == 1);
    CHECK(t.exchanges()[0].answer_turns == std::vector<std::size_t>{1});
}
