#include "layout/en_label.hpp"

#include <catch2/catch.hpp>

using namespace ect::layout;

TEST_CASE("person names in their usual spellings", "[en_label]") {
    CHECK(is_person_name("Tim Cook"));
    CHECK(is_person_name("Timothy D. Cook"));
    CHECK(is_person_name("A.M. Sacconaghi"));
    CHECK(is_person_name("MIKE MAYO"));
    CHECK(is_person_name("TimCook"));
    CHECK(is_person_name("Jean-Laurent Bonnafé"));
    CHECK(is_person_name("Ebrahim Huseini Poonawala"));
    CHECK(is_person_name("Rob Sharps"));
    CHECK_FALSE(is_person_name("Thank you"));
    CHECK_FALSE(is_person_name("the line of"));
    CHECK_FALSE(is_person_name("Revenue was up 18%"));
}

TEST_CASE("inline labels with qualifiers", "[en_label]") {
    inline_label l;
    REQUIRE(parse_inline_label("Operator: Good morning, everyone.", l));
    CHECK(l.name == "Operator");
    REQUIRE(parse_inline_label("MIKE MAYO: Hi. Jane, a simple question.", l));
    CHECK(l.name == "MIKE MAYO");
    REQUIRE(parse_inline_label("Delphine Lee (JP Morgan): Good morning.", l));
    CHECK(l.name == "Delphine Lee");
    CHECK(l.qualifier == "JP Morgan");
    REQUIRE(parse_inline_label("GEORGES ELHEDERY, GROUP CHIEF EXECUTIVE: Thank you.", l));
    CHECK(l.name == "GEORGES ELHEDERY");
    CHECK(l.qualifier == "GROUP CHIEF EXECUTIVE");
    CHECK_FALSE(parse_inline_label("Revenue: $412 million, up 18%.", l));
    CHECK_FALSE(parse_inline_label("Please note: this call is recorded.", l));
}

TEST_CASE("label lines with dashes and commas", "[en_label]") {
    label_line l;
    REQUIRE(parse_label_line("Tim Cook - Chief Executive Officer", l));
    CHECK(l.name == "Tim Cook");
    REQUIRE(l.parts.size() == 1);
    CHECK(l.parts[0] == "Chief Executive Officer");
    REQUIRE(parse_label_line("Keith Weiss--Analyst", l));
    CHECK(l.name == "Keith Weiss");
    REQUIRE(parse_label_line("Bharat Masrani \xE2\x80\x93 TD Bank Group \xE2\x80\x93 Group President and CEO", l));
    REQUIRE(l.parts.size() == 2);
    CHECK(l.parts[0] == "TD Bank Group");
    REQUIRE(parse_label_line("Jonathan Pierce, Jefferies", l));
    CHECK(l.separator == ',');
    REQUIRE(parse_label_line("Operator", l));
    CHECK(l.parts.empty());
    CHECK_FALSE(parse_label_line("Thanks, Nancy and thanks everyone on the call, and welcome to everyone today.", l));
}
