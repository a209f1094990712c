#include "layout/en_label.hpp"
#include "text/honorific.hpp"

#include <catch2/catch.hpp>

using namespace ect::layout;

TEST_CASE("person names in their usual spellings", "[en_label]") {
    CHECK(is_person_name("Tim Cook"));
    CHECK(is_person_name("Timothy D. Cook"));
    CHECK(is_person_name("A.M. Holloway"));
    CHECK(is_person_name("DANA ROSS"));
    CHECK(is_person_name("TimCook"));
    CHECK(is_person_name("Anne-Sophie Béranger"));
    CHECK(is_person_name("Farid Rahim Karimjee"));
    CHECK(is_person_name("Rob Sharps"));
    CHECK_FALSE(is_person_name("Thank you"));
    CHECK_FALSE(is_person_name("the line of"));
    CHECK_FALSE(is_person_name("Revenue was up 18%"));
}

TEST_CASE("a prose word opening a name makes it speech but the same letters opening a name do not", "[layout][label]") {
    using ect::layout::is_person_name;
    for (const char* prose : {"Thank You", "Thanks Everyone", "Yes Sir", "No Problem", "Okay Great", "So Far", "And Then",
                              "The Company", "This Quarter", "That Said", "We Expect", "I Think", "Our Guidance",
                              "Next Question", "Good Morning", "Total Revenue", "Net Income", "Of Course"})
        CHECK_FALSE(is_person_name(prose));
    for (const char* name : {"Thanh Nguyen", "Thea Marsh", "Yesenia Ruiz", "Noor Khan", "Okafor Eze", "Sol Park",
                             "Andre Silva", "Theo Blake", "Thatcher Hale", "Wei Zhang", "Ian Hale", "Oury Diallo",
                             "Nextor Vale", "Goodwin Price", "Totten Hart", "Nettie Cole", "Ofelia Ruiz"})
        CHECK(is_person_name(name));
}

TEST_CASE("inline labels with qualifiers", "[en_label]") {
    inline_label l;
    REQUIRE(parse_inline_label("Operator: Good morning, everyone.", l));
    CHECK(l.name == "Operator");
    REQUIRE(parse_inline_label("DANA ROSS: Hi. Kate, a quick question.", l));
    CHECK(l.name == "DANA ROSS");
    REQUIRE(parse_inline_label("Claire Dumont (JP Morgan): Good morning.", l));
    CHECK(l.name == "Claire Dumont");
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
    REQUIRE(parse_label_line("Owen Marsh--Analyst", l));
    CHECK(l.name == "Owen Marsh");
    REQUIRE(parse_label_line("Dana Whitfield \xE2\x80\x93 Maple Bank Group \xE2\x80\x93 Group President and CEO", l));
    REQUIRE(l.parts.size() == 2);
    CHECK(l.parts[0] == "Maple Bank Group");
    REQUIRE(parse_label_line("Hugo Lambert, Jefferies", l));
    CHECK(l.separator == ',');
    REQUIRE(parse_label_line("Operator", l));
    CHECK(l.parts.empty());
    CHECK_FALSE(parse_label_line("Thanks, Greta and thanks everyone on the line, and welcome to all of you today.", l));
}

TEST_CASE("a label line holds a name and at most three parts", "[en_label]") {
    label_line l;
    REQUIRE(parse_label_line("Dana Whitfield - Maple Bank - Group President - Chief Executive Officer", l));
    CHECK(l.name == "Dana Whitfield");
    REQUIRE(l.parts.size() == 3);
    CHECK(l.parts[0] == "Maple Bank");
    CHECK(l.parts[2] == "Chief Executive Officer");
    CHECK(l.separator == '-');
    // Four separators are a line of text, not a label, however short the pieces.
    CHECK_FALSE(parse_label_line("Dana Whitfield - Maple Bank - Group President - Chief Executive Officer - Retail", l));
    CHECK_FALSE(parse_label_line("Dana Whitfield - A - B - C - D - E", l));
}

TEST_CASE("inline labels in markdown bold, the colon inside or outside the stars", "[en_label]") {
    inline_label l;
    REQUIRE(parse_inline_label("**Theo Lambrakis**: What is the utilization?", l));
    CHECK(l.name == "Theo Lambrakis");
    CHECK(std::string_view("**Theo Lambrakis**: What is the utilization?").substr(l.body) == "What is the utilization?");
    REQUIRE(parse_inline_label("**Operator:** Our next question comes from Mei-Ling Huang.", l));
    CHECK(l.name == "Operator");
    CHECK(std::string_view("**Operator:** Our next question comes from Mei-Ling Huang.").substr(l.body) ==
          "Our next question comes from Mei-Ling Huang.");
    REQUIRE(parse_inline_label("  **Claire Dumont (JP Morgan):** Good morning.", l));
    CHECK(l.name == "Claire Dumont");
    CHECK(l.qualifier == "JP Morgan");
    // Bold that is not a label: emphasis in speech, a field, no colon.
    CHECK_FALSE(parse_inline_label("**Revenue:** $412 million, up 18%.", l));
    CHECK_FALSE(parse_inline_label("**Important** results this quarter.", l));
    CHECK_FALSE(parse_inline_label("**Tim Cook** said: hello", l));
    CHECK_FALSE(parse_inline_label("****: nothing", l));
    // The memo answers the same.
    inline_label_memo memo;
    inline_label m;
    REQUIRE(memo.parse("**Operator:** Thank you.", m));
    CHECK(m.name == "Operator");
    CHECK(m.body == 14);
}

TEST_CASE("placeholders for speakers the transcript could not name, and their roles", "[en_label]") {
    CHECK(unnamed_speaker("Unidentified Analyst") == unnamed_role::analyst);
    CHECK(unnamed_speaker("Unknown Analyst") == unnamed_role::analyst);
    CHECK(unnamed_speaker("Unknown Executive") == unnamed_role::executive);
    CHECK(unnamed_speaker(" Unidentified Company Representative ") == unnamed_role::executive);
    CHECK(unnamed_speaker("Unidentified Corporate Participant") == unnamed_role::executive);
    CHECK(unnamed_speaker("Unknown speaker") == unnamed_role::unknown);
    CHECK(unnamed_speaker("UNIDENTIFIED PARTICIPANT") == unnamed_role::unknown);
    CHECK(unnamed_speaker("Unknown") == unnamed_role::none);
    CHECK(unnamed_speaker("Unknown risks remain") == unnamed_role::none);
    CHECK(unnamed_speaker("Ursula Analyst") == unnamed_role::none);
    // As labels, lowercase words included.
    inline_label l;
    REQUIRE(parse_inline_label("Unknown speaker: Is that strategic?", l));
    CHECK(l.name == "Unknown speaker");
    label_line ll;
    REQUIRE(parse_label_line("Unidentified speaker", ll));
    CHECK(ll.name == "Unidentified speaker");
}

TEST_CASE("an honorific before a name leaves it a name, in labels and label lines", "[en_label]") {
    CHECK(is_person_name("Dr. Lisa Su"));
    CHECK(is_person_name("Dr Lisa Su"));
    CHECK(is_person_name("DR. LISA SU"));
    CHECK(is_person_name("Prof. Ana Ruiz"));
    CHECK_FALSE(is_person_name("Dr. said the revenue grew"));
    inline_label il;
    REQUIRE(parse_inline_label("Dr. Lisa Su: Thank you, operator.", il));
    CHECK(il.name == "Dr. Lisa Su");
    CHECK(il.body == 13);
    label_line l;
    REQUIRE(parse_label_line("Dr. Jane Doe - CEO", l));
    CHECK(l.name == "Dr. Jane Doe");
    REQUIRE(l.parts.size() == 1);
    CHECK(l.parts[0] == "CEO");
    REQUIRE(parse_label_line("Dr. Jane Doe", l));
    CHECK(l.parts.empty());
}

TEST_CASE("an honorific is the title word and its spaces, only before more of the name", "[en_label]") {
    using ect::text::honorific_length;
    CHECK(honorific_length("Dr. Lisa Su") == 4);
    CHECK(honorific_length("Dr Lisa Su") == 3);
    CHECK(honorific_length("Prof.  Ana Ruiz") == 7);
    CHECK(honorific_length("Mrs. Ng") == 5);
    CHECK(honorific_length("Drew Hale") == 0);
    CHECK(honorific_length("Ms Hale") == 0);  // no full stop: a word like any other
    CHECK(honorific_length("Dr. ") == 0);     // nothing after it
    CHECK(ect::text::without_honorific("Dr. Lisa Su") == "Lisa Su");
}
