// The pieces shared by the bank investor-relations dialects (dialects/bank_ir.hpp).
#include "dialects/bank_ir.hpp"
#include "layout/en_headings.hpp"

#include <catch2/catch.hpp>

using namespace ect;

TEST_CASE("letter-spaced headings with single spaces are still headings", "[bank-ir]") {
    // TD's PDF text keeps one space between letters and none between words.
    CHECK(layout::classify_heading("C O R P O R A T E P A R T I C I P A N T S") == layout::heading::company_roster);
    CHECK(layout::classify_heading("C O N F E R E N C E C A L L P A R T I C I P A N T S") ==
          layout::heading::analyst_roster);
    CHECK(layout::classify_heading("P R E S E N T A T I O N") == layout::heading::presentation);
    CHECK(layout::classify_heading("Q U E S T I O N A N D A N S W E R") == layout::heading::qa);
    CHECK(layout::classify_heading("D I S C L A I M E R") == layout::heading::none);
}

TEST_CASE("a Q&A heading may name who asks and who answers", "[bank-ir]") {
    // UBS: "Analyst Q&A (CEO and CFO)" opens the questions.
    CHECK(layout::classify_heading("Analyst Q&A") == layout::heading::qa);
    CHECK(layout::classify_heading("Analyst Q&A (CEO and CFO)") == layout::heading::qa);
    CHECK(layout::classify_heading("Analysts Q&A session") == layout::heading::qa);
    CHECK(layout::classify_heading("Q&A (Group CFO)") == layout::heading::qa);
    CHECK(layout::classify_heading("Analysts") == layout::heading::analyst_roster);
    // Only a section heading loses its parenthesis.
    CHECK(layout::classify_heading("Executives (continued)") == layout::heading::none);
    CHECK(layout::classify_heading("Analyst (Acme Securities)") == layout::heading::none);
}

TEST_CASE("affiliations after a name: firm, title, both", "[bank-ir]") {
    segment::speaker a;
    dialects::bank::read_affiliation("Larchmont Securities", a);
    CHECK(a.firm == "Larchmont Securities");
    CHECK(a.title.empty());
    CHECK(a.role == role::analyst);

    segment::speaker b;
    dialects::bank::read_affiliation("Harbor Ridge Bancorp, Chair and CEO", b);
    CHECK(b.firm == "Harbor Ridge Bancorp");
    CHECK(b.title == "Chair and CEO");
    CHECK(b.role == role::executive);

    segment::speaker c;
    dialects::bank::read_affiliation("Northgate Capital Markets – Analyst", c);
    CHECK(c.firm == "Northgate Capital Markets");
    CHECK(c.role == role::analyst);

    segment::speaker d;
    dialects::bank::read_affiliation("Group Head, Canadian Personal Banking", d);
    CHECK(d.title == "Group Head, Canadian Personal Banking");
    CHECK(d.firm.empty());
}

TEST_CASE("a comma inside a firm's name does not end the firm", "[bank-ir]") {
    // The firm table knows where the firm ends.
    segment::speaker a;
    dialects::bank::read_affiliation("Keefe, Bruyette & Woods", a);
    CHECK(a.firm == "Keefe, Bruyette & Woods");
    CHECK(a.title.empty());
    CHECK(a.role == role::analyst);

    segment::speaker b;
    dialects::bank::read_affiliation("Keefe, Bruyette & Woods, Research Analyst", b);
    CHECK(b.firm == "Keefe, Bruyette & Woods");
    CHECK(b.title == "Research Analyst");
    CHECK(b.role == role::analyst);

    // Unknown to it, a firm still: nothing after the comma is a title.
    segment::speaker c;
    dialects::bank::read_affiliation("Hartwell, Crane & Lowry", c);
    CHECK(c.firm == "Hartwell, Crane & Lowry");
    CHECK(c.title.empty());
    CHECK(c.role == role::analyst);
}

TEST_CASE("a firm's legal form may close an affiliation", "[bank-ir]") {
    CHECK(dialects::bank::is_affiliation("Larchmont & Co. International plc"));
    CHECK(dialects::bank::is_affiliation("Ridgeway Inc."));
    CHECK(dialects::bank::is_affiliation("Tessaro Securities plc"));
    CHECK(dialects::bank::is_affiliation("Banca Orsini S.p.A."));
    // Any other full stop still ends a sentence.
    CHECK_FALSE(dialects::bank::is_affiliation("Thanks for the Question."));
    CHECK_FALSE(dialects::bank::is_affiliation("Good morning plc and thanks"));
}

TEST_CASE("prose after a comma is no affiliation", "[bank-ir]") {
    CHECK(dialects::bank::is_affiliation("Goldman Sachs"));
    CHECK(dialects::bank::is_affiliation("Keefe, Bruyette & Woods"));
    CHECK(dialects::bank::is_affiliation("President and CEO, Maple Shore America's Most Convenient Bank"));
    CHECK_FALSE(dialects::bank::is_affiliation("they're only working it out. And so they watch the rules:"));
    CHECK_FALSE(dialects::bank::is_affiliation("Group Head, Canadian Personal Banking; Ada Moore, Group Head"));
    // A one-word name or a firm is no speaker label.
    CHECK_FALSE(dialects::bank::is_label_name("Greta"));
    CHECK_FALSE(dialects::bank::is_label_name("Chief Financial Officer"));
    CHECK(dialects::bank::is_label_name("R.S. Subramaniam"));
}

TEST_CASE("spaced dashes separate label parts, hyphens do not", "[bank-ir]") {
    const std::string_view s = "Jean-Marc Roux – Firm – Title";
    const auto [dash, after] = dialects::bank::find_dash(s);
    REQUIRE(dash != std::string_view::npos);
    CHECK(s.substr(0, dash) == "Jean-Marc Roux");
    CHECK(s.substr(after, 4) == "Firm");
    CHECK(dialects::bank::find_dash("Jean-Marc Roux").first == std::string_view::npos);
}
