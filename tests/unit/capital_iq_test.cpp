// S&P Capital IQ layout on a fixture of our own (tests/fixtures/capital-iq).
#include "support.hpp"

#include <ect/ect.hpp>

#include <catch2/catch.hpp>

#include <string>

namespace {

const ect::transcript& ciq() { return ect_test::cached_fixture("capital-iq/sample.txt"); }

} // namespace

using ect_test::speaker;

TEST_CASE("capital iq: two-line roster entries give titles and firms", "[capital-iq]") {
    const auto& t = ciq();
    CHECK(t.dialect() == "capital-iq");
    bool cfo = false, analyst = false;
    for (const auto& p : t.participants()) {
        if (p.name == "Ravi Thornquist") cfo = p.title == "Executive VP & CFO" && p.role == ect::role::executive;
        if (p.name == "Lucinda Farrow") analyst = p.firm.name == "Kestrel Ridge Capital" && p.role == ect::role::analyst;
    }
    CHECK(cfo);
    CHECK(analyst);
}

TEST_CASE("capital iq: a turn opens with the name and its title or firm line", "[capital-iq]") {
    const auto& t = ciq();
    REQUIRE(t.turns().size() == 11);
    const auto& ir = t.turns()[1];
    CHECK(speaker(t, ir) == "Greta Villanueva");
    CHECK(ir.label == "Greta Villanueva\nHead of Investor Relations");
    CHECK(ir.text == "Thank you, operator. With me today are Odile Marchetti and Ravi Thornquist.");
    CHECK(ir.section == ect::section_kind::presentation);
    const auto& q = t.turns()[4];
    CHECK(speaker(t, q) == "Bastian Okoro");
    CHECK(q.role == ect::role::analyst);
    CHECK(q.section == ect::section_kind::qa);
    CHECK(t.turns()[3].role == ect::role::operator_);
}

TEST_CASE("capital iq: an unidentified analyst asks without a firm line", "[capital-iq]") {
    const auto& t = ciq();
    const auto& u = t.turns()[8];
    CHECK(speaker(t, u) == "Unidentified Analyst");
    CHECK(u.role == ect::role::analyst);
    CHECK(u.text.substr(0, 20) == "This is Piet on for ");
    REQUIRE(t.exchanges().size() == 2);
    CHECK(t.exchanges()[0].answer_turns == std::vector<std::size_t>{5, 6});
    CHECK(t.turns()[10].section == ect::section_kind::closing);
}

TEST_CASE("capital iq: unknown analysts and executives stand alone, with no title line", "[capital-iq]") {
    const ect::transcript t = ect::parse("Call Participants\nEXECUTIVES\nCatherine M. Delacroix-Hale\nChairwoman & CEO\n"
                                         "ANALYSTS\nMeredith L. Sung\nD.A. Davidson & Co., Research Division\nUnknown Analyst\n\n"
                                         "Question and Answer\nOperator\nOur next question comes from Hovde Group.\n"
                                         "Unknown Analyst\nHow large is the securities restructuring?\n"
                                         "Unknown Executive\nAbout $400 million.\n"
                                         "Catherine M. Delacroix-Hale\nChairwoman & CEO\nYes, of available-for-sale securities.\n");
    CHECK(t.dialect() == "capital-iq");
    REQUIRE(t.turns().size() == 4);
    CHECK(speaker(t, t.turns()[1]) == "Unknown Analyst");
    CHECK(t.turns()[1].role == ect::role::analyst);
    CHECK(t.turns()[1].text == "How large is the securities restructuring?");
    CHECK(speaker(t, t.turns()[2]) == "Unknown Executive");
    CHECK(t.turns()[2].role == ect::role::executive);
    CHECK(t.turns()[2].text == "About $400 million.");
}

TEST_CASE("capital iq: page footers and headers and the closing notice stay out of the turns", "[capital-iq]") {
    // The text layer keeps no form feeds: the copyright line marks each page.
    auto page = [](int n) {
        return "\nCopyright (c) 2023 Example Market Intelligence. All Rights reserved.\nexample.com/intelligence " +
               std::to_string(n) + "\nKESTREL PUMPS INC. FQ2 2023 EARNINGS CALL | AUG 08, 2023\n\n";
    };
    const std::string doc = "Kestrel Pumps Inc.\nFQ2 2023 Earnings Call Transcripts\n\nCall Participants\nEXECUTIVES\n"
                            "Nora Quill\nChief Executive Officer\nANALYSTS\nIan Holt\nBrightwater Capital, Research Division\n\n"
                            "Question and Answer\nOperator\nOur first question comes from Ian Holt with Brightwater Capital.\n"
                            "Ian Holt\nBrightwater Capital, Research Division\nWhen do you expect the first" +
                            page(4) + "pricing decision?\nNora Quill\nChief Executive Officer\nEarly next year." + page(5) +
                            "These materials have been prepared solely for information purposes based upon information\n"
                            "generally available to the public.\n";
    const ect::transcript t = ect::parse(doc);
    CHECK(t.dialect() == "capital-iq");
    REQUIRE(t.turns().size() == 3);
    CHECK(t.turns()[1].text == "When do you expect the first\npricing decision?");
    CHECK(speaker(t, t.turns()[2]) == "Nora Quill");
    CHECK(t.turns()[2].text == "Early next year.");
    CHECK(ect_test::skipped_as(t, ect::skip_kind::page_header, "example.com/intelligence 4"));
    CHECK(ect_test::skipped_as(t, ect::skip_kind::page_header, "KESTREL PUMPS INC. FQ2 2023 EARNINGS CALL | AUG 08, 2023"));
    CHECK(ect_test::skipped_as(t, ect::skip_kind::boilerplate, "generally available to the public."));
}
