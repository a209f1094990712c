// FMP-style "Full Name: text" lines on a fixture of our own
// (tests/fixtures/colon): no headings, roles from the flow of the call.
#include "support.hpp"

#include <ect/ect.hpp>

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>

namespace {

const ect::transcript& fmp() { return ect_test::cached_fixture("colon/sample.md"); }

} // namespace

using ect_test::speaker;

TEST_CASE("colon lines: one turn per line after the markdown header", "[colon]") {
    const auto& t = fmp();
    CHECK(t.dialect() == "colon");
    REQUIRE(t.turns().size() == 12);
    CHECK(t.sections()[0].kind == ect::section_kind::preamble);
    CHECK(speaker(t, t.turns()[2]) == "Odile Marchetti");
    const auto& odile = t.participants()[*t.turns()[2].participant];
    CHECK(std::find(odile.aliases.begin(), odile.aliases.end(), "Odile C. Marchetti") != odile.aliases.end());
    CHECK(t.turns()[2].text.substr(0, 14) == "Thanks, Greta.");
}

TEST_CASE("colon lines: the Q&A starts where the operator opens the floor", "[colon]") {
    const auto& t = fmp();
    CHECK(t.turns()[3].section == ect::section_kind::presentation);
    CHECK(t.turns()[4].section == ect::section_kind::qa);
    CHECK(t.turns()[10].section == ect::section_kind::closing);
    CHECK(t.turns()[11].section == ect::section_kind::closing);
}

TEST_CASE("colon lines: introduced questioners are analysts of the introduced firm, presenters executives", "[colon]") {
    const auto& t = fmp();
    const auto& q = t.turns()[5];
    CHECK(speaker(t, q) == "Bastian J. Okoro");
    CHECK(q.role == ect::role::analyst);
    CHECK(t.participants()[*q.participant].firm.name == "Pemberton Hale Securities");
    // Answers the first analyst; spoke in the prepared remarks.
    CHECK(t.turns()[6].role == ect::role::executive);
    CHECK(t.participants()[*t.turns()[6].participant].firm.empty());
    CHECK(t.turns()[9].role == ect::role::executive);
    REQUIRE(t.exchanges().size() == 2);
    CHECK(t.exchanges()[1].question_turns == std::vector<std::size_t>{8});
    CHECK(t.exchanges()[1].answer_turns == std::vector<std::size_t>{9});
}

TEST_CASE("colon lines: the roll call as the call opens names executives and their titles", "[colon]") {
    const auto& t = fmp();
    bool host = false, ceo = false, silent = false;
    for (const auto& p : t.participants()) {
        if (p.name == "Greta Villanueva") host = p.title == "Head of Investor Relations";
        if (p.name == "Odile Marchetti") ceo = p.title == "Chief Executive Officer" && p.role == ect::role::executive;
        if (p.name == "Henrik Soll") silent = p.turns == 0 && p.title == "Chief Operating Officer";
    }
    CHECK(host);
    CHECK(ceo);
    CHECK(silent);
}

TEST_CASE("colon lines: markdown breaks after the first turn neither end a header nor join a turn", "[colon]") {
    const std::string turns =
        "Operator: Good morning and welcome to the Ridgeback Software first quarter call.\n\n"
        "Ulrich Baumgartner: Thanks. Revenue grew 24%.\n\n---\n\n"
        "Operator: Our first question comes from Grace Park with Morgan Stanley.\n\n"
        "Grace Park: Are you seeing longer federal sales cycles?\n\n"
        "Ulrich Baumgartner: Some deals pushed. Hans, anything to add?\n\n"
        "Hans Olafsson: Only that the pipeline is up 30%.\n\n";
    const ect::transcript t = ect::parse(turns + "---\n\nThis transcript was prepared from an audio recording.\n");
    CHECK(t.dialect() == "colon");
    REQUIRE(t.turns().size() == 6);
    CHECK(speaker(t, t.turns()[0]) == "Operator");
    CHECK(t.turns()[1].text == "Thanks. Revenue grew 24%.");
    // The footer after the last break is not the last turn's.
    CHECK(t.turns()[5].text == "Only that the pipeline is up 30%.");
    CHECK(ect_test::skipped_as(t, ect::skip_kind::boilerplate, "This transcript was prepared from an audio recording."));
    CHECK(ect_test::count_skipped(t, ect::skip_kind::rule) == 2);
}

TEST_CASE("colon lines: labels in markdown bold", "[colon]") {
    const ect::transcript t = ect::parse("# Ridgeback Software Q1 2025 Earnings Call\n\n---\n\n"
                                         "**Operator:** Good morning. I'll hand over to Anneliese Voss.\n\n"
                                         "**Anneliese Voss**: Thanks. Utilization was 70%.\n\n"
                                         "**Operator:** Our first question comes from Theo Lambrakis with Wells Fargo.\n\n"
                                         "**Theo Lambrakis**: What is the contracted utilization at start-up?\n\n"
                                         "**Anneliese Voss**: About 70%, Theo.\n");
    CHECK(t.dialect() == "colon");
    REQUIRE(t.turns().size() == 5);
    CHECK(speaker(t, t.turns()[1]) == "Anneliese Voss");
    CHECK(t.turns()[1].text == "Thanks. Utilization was 70%.");
    CHECK(speaker(t, t.turns()[3]) == "Theo Lambrakis");
    CHECK(t.turns()[3].role == ect::role::analyst);
    CHECK(t.turns()[3].section == ect::section_kind::qa);
}

TEST_CASE("colon lines: a no-break space between a label's names reads as a space", "[colon]") {
    // Text copied from a web page keeps &nbsp; where the page had one.
    const std::string spaced = ect_test::read_fixture("colon/sample.md");
    std::string nbsp;
    std::size_t labels = 0;
    for (std::size_t at = 0; at < spaced.size();) {
        const std::size_t end = std::min(spaced.find('\n', at), spaced.size());
        std::string line = spaced.substr(at, end - at);
        const std::size_t colon = line.find(": "), space = line.find(' ');
        if (colon != std::string::npos && space < colon && line[0] >= 'A' && line[0] <= 'Z')
            line = line.substr(0, space) + "\xC2\xA0" + line.substr(space + 1), ++labels;
        nbsp += line;
        if (end < spaced.size()) nbsp += '\n';
        at = end + 1;
    }
    REQUIRE(labels >= 6);
    const ect::transcript t = ect::parse(nbsp);
    const auto& s = fmp();
    REQUIRE(t.turns().size() == s.turns().size());
    for (std::size_t k = 0; k < t.turns().size(); ++k) {
        std::string name(speaker(t, k));
        if (const std::size_t at = name.find("\xC2\xA0"); at != std::string::npos)
            name = name.substr(0, at) + " " + name.substr(at + 2);
        CHECK(name == speaker(s, k));
        CHECK(t.turns()[k].role == s.turns()[k].role);
        CHECK(t.turns()[k].text == s.turns()[k].text);
    }
}
