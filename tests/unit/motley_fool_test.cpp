// Motley Fool layouts on fixtures of our own (tests/fixtures/motley-fool):
// the older "Name--Title" label lines and the newer "Name:Text" pages.
#include "support.hpp"

#include <ect/ect.hpp>

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>

namespace {

ect::transcript load(const char* name) { return ect_test::load_fixture(std::string("motley-fool/") + name); }

bool skipped_at(const ect::transcript& t, std::string_view text) {
    const std::size_t at = t.text().find(text);
    return std::any_of(t.skipped().begin(), t.skipped().end(),
                       [&](const ect::skipped& s) { return s.span.begin <= at && at < s.span.end; });
}

} // namespace

using ect_test::speaker;

TEST_CASE("motley fool: dashed label lines, sections and the analyst's firm", "[motley-fool]") {
    const auto t = load("sample.txt");
    CHECK(t.dialect() == "motley-fool");
    REQUIRE(t.turns().size() == 8);
    CHECK(speaker(t, t.turns()[1]) == "Greta Villanueva");
    CHECK(t.turns()[1].section == ect::section_kind::presentation);
    const auto& q = t.turns()[4];
    CHECK(speaker(t, q) == "Bastian Okoro");
    CHECK(q.role == ect::role::analyst);
    CHECK(q.section == ect::section_kind::qa);
    CHECK(t.participants()[*q.participant].firm.name == "Pemberton Hale Securities");
    CHECK(t.turns()[6].section == ect::section_kind::closing);
    CHECK(t.turns()[7].text == "[Operator signoff]");
}

TEST_CASE("motley fool: scraper header, page navigation and site chrome are boilerplate", "[motley-fool]") {
    const auto t = load("sample.txt");
    CHECK(skipped_at(t, "Ticker: LRKR"));
    CHECK(skipped_at(t, "URL: https"));
    CHECK(skipped_at(t, "Questions and Answers\n"));
    CHECK(skipped_at(t, "More LRKR analysis"));
    CHECK(skipped_at(t, "Duration: 0 minutes"));
    // The navigation's "Questions and Answers" does not open the Q&A.
    CHECK(t.turns()[2].section == ect::section_kind::presentation);
}

TEST_CASE("motley fool: glued Name:Text labels, glossary and takeaway lines are not speakers", "[motley-fool]") {
    const auto t = load("glued.txt");
    CHECK(t.dialect() == "motley-fool");
    REQUIRE(t.turns().size() == 6);
    CHECK(speaker(t, t.turns()[0]) == "Odile Marchetti");
    CHECK(t.turns()[0].text == "Orders for our warehouse arms grew faster than we planned this quarter.");
    CHECK(t.turns()[0].role == ect::role::executive);
    CHECK(speaker(t, t.turns()[3]) == "Bastian Okoro");
    CHECK(t.turns()[3].role == ect::role::analyst);
    for (const auto& p : t.participants()) {
        CHECK(p.name != "Cobot Cell");
        CHECK(p.name != "Warehouse Arm Orders");
    }
    CHECK(skipped_at(t, "Cobot Cell: A robot"));
    CHECK(skipped_at(t, "Service Backlog: A record"));
}

TEST_CASE("motley fool: the closing note of the newer pages is boilerplate", "[motley-fool]") {
    const std::string doc = "Kestrel Pumps (KPI) Q2 2025 Earnings Call Transcript\n\nCALL PARTICIPANTS\n\n"
                            "Chief Executive Officer \xE2\x80\x94 Nora Quill\n\nFull Conference Call Transcript\n\n"
                            "Nora Quill: Thanks. Revenue was $742 million.\n\n"
                            "Operator: Our first question comes from Ian Holt with Brightwater.\n\n"
                            "Ian Holt: How much was price?\n\nNora Quill: Mostly mix.\n\n"
                            "Operator: This concludes today's conference.\n\n"
                            "This article is a transcript of this conference call produced for The Motley Fool. There may "
                            "be errors in this transcript.\n\nThe Motley Fool has a disclosure policy.\n";
    const ect::transcript t = ect::parse(doc);
    CHECK(t.dialect() == "motley-fool");
    REQUIRE(!t.turns().empty());
    CHECK(t.turns().back().text == "This concludes today's conference.");
    CHECK(skipped_at(t, "The Motley Fool has a disclosure policy."));
}

TEST_CASE("motley fool: the stock advertisement inside a turn is boilerplate", "[motley-fool]") {
    const std::string doc = "Kestrel Pumps Inc (NASDAQ:KPI)\nQ2 2021 Earnings Call\n\nPrepared Remarks:\n\n"
                            "Nora Quill -- Chief Executive Officer\n\nNet sales rose 41%.\n\n"
                            "10 stocks we like better than Kestrel Pumps\n"
                            "When our analyst team has a stock tip, it can pay to listen.\n\n"
                            "See the 10 stocks\n\n*Stock Advisor returns as of August 1, 2021\n\n"
                            "Freight costs remain elevated.\n\nQuestions & Answers:\n\nOperator\n\n"
                            "Our first question comes from Ian Holt with Brightwater.\n\n"
                            "Ian Holt -- Brightwater -- Analyst\n\nHow much is new customers?\n\n"
                            "Nora Quill -- Chief Executive Officer\n\nAbout 60%.\n";
    const ect::transcript t = ect::parse(doc);
    CHECK(t.dialect() == "motley-fool");
    REQUIRE(!t.turns().empty());
    CHECK(t.turns()[0].text == "Net sales rose 41%.\nFreight costs remain elevated.");
    CHECK(skipped_at(t, "10 stocks we like better than Kestrel Pumps"));
    CHECK(skipped_at(t, "*Stock Advisor returns as of August 1, 2021"));
}
