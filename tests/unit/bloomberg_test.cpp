// Bloomberg layout on a fixture of our own (tests/fixtures/bloomberg).
#include "support.hpp"

#include <ect/ect.hpp>

#include <catch2/catch.hpp>

#include <string>

namespace {

const ect::transcript& bbg() { return ect_test::cached_fixture("bloomberg/sample.txt"); }

} // namespace

using ect_test::speaker;

TEST_CASE("bloomberg: participant lists give titles, firms and roles", "[bloomberg]") {
    const auto& t = bbg();
    CHECK(t.dialect() == "bloomberg");
    bool ceo = false, analyst = false;
    for (const auto& p : t.participants()) {
        if (p.name == "Odile Marchetti") ceo = p.title == "Chief Executive Officer" && p.role == ect::role::executive;
        if (p.name == "Bastian Okoro") analyst = p.firm.name == "Pemberton Hale Securities" && p.role == ect::role::analyst;
    }
    CHECK(ceo);
    CHECK(analyst);
}

TEST_CASE("bloomberg: BIO-tagged lines and Q/A markers open turns", "[bloomberg]") {
    const auto& t = bbg();
    REQUIRE(t.turns().size() == 12);
    CHECK(speaker(t, t.turns()[1]) == "Greta Villanueva");
    CHECK(t.turns()[1].section == ect::section_kind::presentation);
    CHECK(t.turns()[4].label == "Q - Bastian Okoro {BIO 16620048 <GO>}");
    CHECK(speaker(t, t.turns()[4]) == "Bastian Okoro");
    CHECK(t.turns()[4].text == "Congrats on the quarter. How much of the growth came from new customers?");
    CHECK(t.turns()[5].role == ect::role::executive);
    CHECK(t.turns()[3].role == ect::role::operator_);
    CHECK(t.turns()[11].section == ect::section_kind::closing);
}

TEST_CASE("bloomberg: a follow-up stays in the analyst's exchange", "[bloomberg]") {
    const auto& t = bbg();
    REQUIRE(t.exchanges().size() == 2);
    CHECK(t.exchanges()[0].question_turns == std::vector<std::size_t>{4, 6});
    CHECK(t.exchanges()[0].answer_turns == std::vector<std::size_t>{5, 7});
}

TEST_CASE("bloomberg: \"Name, Analyst\" gives a title, not a firm", "[bloomberg]") {
    const ect::transcript t = ect::parse("Company Participants\n\n* Amara Nwosu-Field, President and Chief Executive Officer\n\n"
                                         "Other Participants\n\n* Jonathan Ng, Analyst\n* Rebecca Sinclair, Analyst, Harbor Peak Capital\n\n"
                                         "Questions And Answers\n\nOperator\n\nOur first question comes from Jonathan Ng.\n\n"
                                         "Q - Jonathan Ng {BIO 18945512 <GO>}\n\nWhat share of free cash flow are you targeting?\n\n"
                                         "A - Amara Nwosu-Field {BIO 19822451 <GO>}\n\nAbout half.\n\n"
                                         "Q - Rebecca Sinclair {BIO 20331234 <GO>}\n\nAnd the capital budget?\n\n"
                                         "A - Amara Nwosu-Field {BIO 19822451 <GO>}\n\nRoughly flat.\n");
    CHECK(t.dialect() == "bloomberg");
    const auto* jonathan = ect_test::find_person(t, "Jonathan Ng");
    REQUIRE(jonathan);
    CHECK(jonathan->title == "Analyst");
    CHECK(jonathan->firm.name.empty());
    CHECK(jonathan->role == ect::role::analyst);
    const auto* rebecca = ect_test::find_person(t, "Rebecca Sinclair");
    REQUIRE(rebecca);
    CHECK(rebecca->turns == 1);
    CHECK(rebecca->firm.name == "Harbor Peak Capital");
    REQUIRE(t.turns().size() == 5);
    CHECK(speaker(t, t.turns()[3]) == "Rebecca Sinclair");
    CHECK(t.turns()[3].text == "And the capital budget?");
}

TEST_CASE("bloomberg: the page header block and the closing notice stay out of the turns", "[bloomberg]") {
    const std::string fields = "Company Name: Kestrel Pumps Inc\nCompany Ticker: KPI US Equity\nDate: 2024-05-02\n";
    const std::string doc = fields + "\nQ1 2024 Earnings Call\n\nQuestions And Answers\n\nOperator\n\n"
                                     "Our first question comes from Ian Holt.\n\nQ - Ian Holt {BIO 1234567 <GO>}\n\n"
                                     "How much of the growth was\n\n" +
                            fields + "FINAL\n\nPage 2 of 2\n\nprice?\n\nA - Nora Quill {BIO 7654321 <GO>}\n\nAbout half.\n\n"
                                     "This transcript may not be 100 percent accurate and may contain misspellings.\n"
                                     "All rights reserved. Any reproduction is expressly prohibited.\n";
    const ect::transcript t = ect::parse(doc);
    CHECK(t.dialect() == "bloomberg");
    REQUIRE(t.turns().size() == 3);
    CHECK(t.turns()[1].text == "How much of the growth was\nprice?");
    CHECK(t.turns()[2].text == "About half.");
    CHECK(ect_test::skipped_as(t, ect::skip_kind::page_header, "FINAL"));
    CHECK(ect_test::skipped_as(t, ect::skip_kind::boilerplate,
                               "This transcript may not be 100 percent accurate and may contain misspellings."));
}
