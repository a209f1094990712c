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

TEST_CASE("motley fool: the 2025 pages' summary blocks are no turns and their article text is boilerplate", "[motley-fool]") {
    const auto t = load("takeaways_2025.txt");
    CHECK(t.dialect() == "motley-fool");
    REQUIRE(t.turns().size() == 11);
    CHECK(speaker(t, t.turns()[0]) == "Operator");
    CHECK(t.turns()[0].text.substr(0, 14) == "Good afternoon");
    CHECK(speaker(t, t.turns()[5]) == "Marcus Leland");
    CHECK(t.turns()[5].role == ect::role::analyst);
    for (const auto& p : t.participants())
        for (std::string_view term : {"Revenue", "Gross Margin", "Guidance", "Sensor Fusion", "Design Win", "Backlog"})
            CHECK(p.name != term);
    CHECK(skipped_at(t, "Gross Margin: 61.2%"));
    CHECK(skipped_at(t, "Backlog -- $1.1 billion"));
    CHECK(skipped_at(t, "Quillon Devices reported record"));
    CHECK(skipped_at(t, "Design Win: A customer"));
    CHECK(skipped_at(t, "Helena Marsh noted that"));
}

TEST_CASE("motley fool: the 2025 participants list, title first and bulleted, gives titles and roles", "[motley-fool]") {
    const auto t = load("takeaways_2025.txt");
    const auto& helena = ect_test::person(t, "Helena Marsh");
    CHECK(helena.title == "Chief Executive Officer");
    CHECK(helena.role == ect::role::executive);
    CHECK(ect_test::person(t, "Priya Anand").title == "Vice President, Investor Relations");
    CHECK(ect_test::person(t, "Tobias Renwick").title == "Chief Financial Officer");
    for (const auto& p : t.participants()) {
        CHECK(p.name != "Chief Executive Officer");
        CHECK(p.name != "Dr. Helena Marsh");
    }
    // The list's people are the speakers of the turns.
    CHECK(t.participants().size() == 6);
}

TEST_CASE("motley fool: the 2025 participants list, name first, and a speaker called Dr.", "[motley-fool]") {
    const auto t = load("participants_name_first_2025.txt");
    CHECK(t.dialect() == "motley-fool");
    REQUIRE(t.turns().size() == 8);
    CHECK(ect_test::person(t, "Rowan Pike").title == "CEO");
    CHECK(ect_test::person(t, "Felix Norberg").title == "Investor Relations");
    const auto& imelda = ect_test::person(t, "Imelda Shaw");
    CHECK(imelda.title == "Chief Financial Officer");
    CHECK(imelda.role == ect::role::executive);
    const auto& u = t.turns()[3];
    CHECK(u.label == "Dr. Imelda Shaw");
    CHECK(speaker(t, u) == "Imelda Shaw");
    CHECK(u.text == "Net sales were $1.02 billion and operating margin was 12.5%.");
    CHECK(t.turns()[2].text == "Thanks, Felix. Volumes recovered across our mills.");
}
