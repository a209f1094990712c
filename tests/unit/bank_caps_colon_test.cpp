// Inline-label bank transcripts on fixtures of our own
// (tests/fixtures/bank-caps-colon): Citi's "UPPERCASE NAME: text" and
// HSBC's "Name, Title-or-Firm: text".
#include "support.hpp"

#include <ect/ect.hpp>

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>

namespace {

const ect::transcript& citi() { return ect_test::cached_fixture("bank-caps-colon/citi_like.txt"); }
const ect::transcript& hsbc() { return ect_test::cached_fixture("bank-caps-colon/hsbc_like.txt"); }

// In this file a missing person is a null pointer, not a failed REQUIRE.
constexpr auto& person = ect_test::find_person;

} // namespace

using ect_test::count_skipped;
using ect_test::speaker;

TEST_CASE("caps colon: capital labels take the roster's and the introduction's spelling", "[bank-caps-colon]") {
    const auto& t = citi();
    CHECK(t.dialect() == "bank-caps-colon");
    REQUIRE(t.turns().size() == 12);
    CHECK(t.turns()[1].label == "PRIYA CASTELLANO");
    CHECK(speaker(t, t.turns()[1]) == "Priya Castellano");
    const auto* priya = person(t, "Priya Castellano");
    REQUIRE(priya);
    CHECK(priya->role == ect::role::executive);
    CHECK(priya->title == "Head of Larkspur Investor Relations");
    // The analyst's firm is only in the operator's introduction.
    CHECK(speaker(t, t.turns()[4]) == "Henrik Moore");
    const auto* henrik = person(t, "Henrik Moore");
    REQUIRE(henrik);
    CHECK(henrik->role == ect::role::analyst);
    CHECK(henrik->firm.name == "Quayside Securities");
    CHECK(std::find(henrik->aliases.begin(), henrik->aliases.end(), "HENRIK MOORE") != henrik->aliases.end());
}

TEST_CASE("caps colon: the running header splits a turn into pieces", "[bank-caps-colon]") {
    const auto& t = citi();
    const auto& u = t.turns()[2];
    CHECK(speaker(t, u) == "Dana Whitfield");
    REQUIRE(u.pieces.size() == 2);
    CHECK(u.text == "Thank you, Priya. Deposits grew again this quarter and our card business\n"
                    "kept its momentum through September.");
    CHECK(count_skipped(t, ect::skip_kind::page_header) == 9); // three lines on each of three pages
    CHECK(count_skipped(t, ect::skip_kind::page_footer) == 3);
    // "T R A N S C R I P T" is furniture, not the heading TRANSCRIPT.
    CHECK(t.sections().size() == 4);
}

TEST_CASE("caps colon: a label whose name was lost goes to the analyst introduced", "[bank-caps-colon]") {
    const auto& t = citi();
    const auto& u = t.turns()[7];
    CHECK(u.label == ":");
    CHECK(u.text == "Thanks. Is the dividend safe?");
    CHECK(speaker(t, u) == "Rafe Dunmore");
    CHECK(u.role == ect::role::analyst);
    const auto* rafe = person(t, "Rafe Dunmore");
    REQUIRE(rafe);
    CHECK(rafe->firm.name == "Kestrel Partners");
}

TEST_CASE("caps colon: tabs after the colons read as spaces do", "[bank-caps-colon]") {
    std::string tabbed = ect_test::read_fixture("bank-caps-colon/citi_like.txt");
    for (std::size_t at = tabbed.find(": "); at != std::string::npos; at = tabbed.find(": ", at + 1)) tabbed[at + 1] = '\t';
    const ect::transcript t = ect::parse(tabbed);
    const auto& spaced = citi();
    REQUIRE(t.turns().size() == spaced.turns().size());
    for (std::size_t k = 0; k < t.turns().size(); ++k) {
        CHECK(speaker(t, t.turns()[k]) == speaker(spaced, spaced.turns()[k]));
        CHECK(t.turns()[k].text == spaced.turns()[k].text);
    }
}

TEST_CASE("caps colon: sections, closing, trailer and exchanges", "[bank-caps-colon]") {
    const auto& t = citi();
    CHECK(t.turns()[2].section == ect::section_kind::presentation);
    CHECK(t.turns()[3].section == ect::section_kind::qa);
    CHECK(t.turns()[9].section == ect::section_kind::closing);
    CHECK(t.turns()[11].text == "This concludes Larkspur's Third Quarter 2023 Earnings Call. You may now disconnect.");
    CHECK(count_skipped(t, ect::skip_kind::boilerplate) == 2);
    REQUIRE(t.exchanges().size() == 2);
    CHECK(t.exchanges()[0].question_turns == std::vector<std::size_t>{4});
    CHECK(t.exchanges()[0].answer_turns == std::vector<std::size_t>{5});
    CHECK(t.exchanges()[1].question_turns == std::vector<std::size_t>{7});
    CHECK(t.exchanges()[1].answer_turns == std::vector<std::size_t>{8});
}

TEST_CASE("name-comma labels: titles for the company, firms for the analysts", "[bank-caps-colon]") {
    const auto& t = hsbc();
    CHECK(t.dialect() == "bank-caps-colon");
    REQUIRE(t.turns().size() == 11);
    CHECK(t.turns()[1].label == "Dana Whitfield, Group Chief Executive");
    const auto* dana = person(t, "Dana Whitfield");
    REQUIRE(dana);
    CHECK(dana->role == ect::role::executive);
    CHECK(dana->title == "Group Chief Executive");
    CHECK(dana->firm.empty());
    const auto* henrik = person(t, "Henrik Moore");
    REQUIRE(henrik);
    CHECK(henrik->role == ect::role::analyst);
    CHECK(henrik->firm.name == "Quayside Securities");
    CHECK(henrik->turns == 2);
}

TEST_CASE("name-comma labels: the Q&A starts at the operator's hand-over", "[bank-caps-colon]") {
    const auto& t = hsbc();
    CHECK(t.turns()[2].section == ect::section_kind::presentation);
    CHECK(t.turns()[3].section == ect::section_kind::qa);
    CHECK(t.turns()[3].role == ect::role::operator_);
    REQUIRE(t.exchanges().size() == 2);
    CHECK(t.exchanges()[0].question_turns == std::vector<std::size_t>{4, 6});
    CHECK(t.exchanges()[0].answer_turns == std::vector<std::size_t>{5, 7});
    CHECK(t.exchanges()[1].question_turns == std::vector<std::size_t>{9});
    CHECK(t.exchanges()[1].answer_turns == std::vector<std::size_t>{10});
}

TEST_CASE("caps colon: a name wrapped in the operator's introduction is one line", "[bank-caps-colon]") {
    const ect::transcript t = ect::parse(
        "QUESTION AND ANSWER\n"
        "OPERATOR: Our next question will come from Owen\n"
        "Marsh with Ridgeway\nPartners. Your line is open.\n"
        "OWEN MARSH: Hi. Is the buyback pace sustainable?\n"
        "LENA HART: Yes.\n"
        "OPERATOR: Our next question will come from Dana Ross with Larchmont Securities.\n"
        "DANA ROSS: What about deposits?\n"
        "LENA HART: Stable.\n");
    const auto* owen = person(t, "Owen Marsh");
    REQUIRE(owen);
    CHECK(owen->firm.name == "Ridgeway Partners");
    CHECK(owen->role == ect::role::analyst);
}

TEST_CASE("name-comma labels: a label in capitals wrapped over two lines is one label", "[bank-caps-colon]") {
    const ect::transcript t = ect::parse(
        "Tidewater Banking Group plc\nInterim Results 2025\n"
        "OPERATOR: Good morning and welcome to the call.\n"
        "INGRID SOLBERG-NAVARRO, GROUP CHIEF EXECUTIVE: Thank you. Profit rose.\n"
        "I'll now hand over to Mateus.\n"
        "MATEUS R. COSTA, GROUP CHIEF FINANCIAL\n"
        "OFFICER: Thank you, Ingrid. Net interest income was $12bn.\n"
        "OPERATOR: The first question comes from Ravi Shah of Larchmont Securities.\n"
        "RAVI SHAH, LARCHMONT SECURITIES: What is driving deposits?\n"
        "MATEUS R. COSTA, GROUP CHIEF FINANCIAL\n"
        "OFFICER: Mostly volumes.\n");
    CHECK(t.dialect() == "bank-caps-colon");
    REQUIRE(t.turns().size() == 6);
    CHECK(speaker(t, 2) == "MATEUS R. COSTA");
    CHECK(t.turns()[2].text == "Thank you, Ingrid. Net interest income was $12bn.");
    CHECK(t.turns()[1].text == "Thank you. Profit rose.\nI'll now hand over to Mateus.");
    CHECK(speaker(t, 5) == "MATEUS R. COSTA");
    CHECK(t.turns()[5].text == "Mostly volumes.");
    CHECK(person(t, "OFFICER") == nullptr);
    const auto* mateus = person(t, "MATEUS R. COSTA");
    REQUIRE(mateus);
    CHECK(mateus->title == "GROUP CHIEF FINANCIAL OFFICER");
    CHECK(mateus->role == ect::role::executive);
}

TEST_CASE("caps colon: a forward-looking statements notice after the last turn is boilerplate", "[bank-caps-colon]") {
    const std::string header = "Kestrel Bank plc 1Q 2025 Results \xE2\x80\x93 Investor and Analyst Call ";
    const std::string doc = "Kestrel Bank plc\n1Q 2025 Results\nOPERATOR: Welcome to the Kestrel Bank 1Q 2025 Results call.\n"
                            "NORA QUILL, GROUP CHIEF EXECUTIVE: Thank you. Profit before tax was $9.1bn.\n" +
                            header + "1\n\fOPERATOR: Our first question comes from Ian Holt of Brightwater. Please go ahead.\n"
                                     "IAN HOLT, BRIGHTWATER: What is your rate assumption?\n"
                                     "NORA QUILL, GROUP CHIEF EXECUTIVE: Around 3%. Thank you all for joining us today.\n" +
                            header + "2\n\fForward-looking statements\nThis transcript may contain forward-looking statements.\n" +
                            header + "3\n";
    const ect::transcript t = ect::parse(doc);
    REQUIRE(!t.turns().empty());
    CHECK(t.turns().back().text == "Around 3%. Thank you all for joining us today.");
    CHECK(ect_test::skipped_as(t, ect::skip_kind::boilerplate, "Forward-looking statements"));
}
