// The operator's hand-overs: who is introduced, and from which firm.
#include "attribute/introductions.hpp"

#include <catch2/catch.hpp>

#include <string>

using ect::attribute::find_introductions;

namespace {

// The firm introduced with `name` in `s`, or "-" when none is.
std::string firm_of(std::string_view s, std::string_view name) {
    for (const auto& i : find_introductions(s))
        if (i.name == name) return std::string(i.firm);
    return "-";
}

} // namespace

TEST_CASE("a firm runs over capitalised words and glue to the clause end", "[introductions]") {
    CHECK(firm_of("Our first question comes from the line of Nora Lindqvist with UBS.", "Nora Lindqvist") == "UBS");
    CHECK(firm_of("The next question is from the line of Amit Dayal from Bank of America. Please go ahead.",
                  "Amit Dayal") == "Bank of America");
    CHECK(firm_of("Dan Keller from Ridgeway Partners has our next question.", "Dan Keller") == "Ridgeway Partners");
}

TEST_CASE("a kind of firm written in lowercase stays inside the name", "[introductions]") {
    // Indian concall transcripts type firm names as they are said.
    CHECK(firm_of("The next question is from the line of Rohan Mehta from Tealwood investment Managers. "
                  "Please go ahead.",
                  "Rohan Mehta") == "Tealwood investment Managers");
    // Only inside: not at the end, and not before a word that is no name.
    CHECK(firm_of("The next question is from the line of Rohan Mehta from Tealwood capital. Please go ahead.",
                  "Rohan Mehta") == "Tealwood");
    CHECK(firm_of("Next is Rohan Mehta from Tealwood Capital investment banking desk.", "Rohan Mehta") ==
          "Tealwood Capital");
    // Other lowercase words end the firm, as before.
    CHECK(firm_of("Next is Rohan Mehta from Tealwood Capital please go ahead.", "Rohan Mehta") == "Tealwood Capital");
}

TEST_CASE("initials and legal forms do not end a name or a firm", "[introductions]") {
    CHECK(firm_of("Our next question will come from Dana Ross with J.P. Morgan. Your line is open.", "Dana Ross") ==
          "J.P. Morgan");
    CHECK(firm_of("The next question is from the line of Rohan Mehta from Tealwood Capital Pvt. Ltd. Please go ahead.",
                  "Rohan Mehta") == "Tealwood Capital Pvt. Ltd.");
    CHECK(firm_of("Next is Dana Ross with Larchmont & Co. International plc.", "Dana Ross") ==
          "Larchmont & Co. International");
    CHECK(firm_of("Next is Dana Ross with Larchmont & Co. Please go ahead.", "Dana Ross") == "Larchmont & Co.");
    // A legal form written out ends the sentence with its full stop.
    CHECK(firm_of("Next is Dana Ross with Larchmont Capital Limited. Please go ahead.", "Dana Ross") ==
          "Larchmont Capital Limited");
    // A middle initial stays inside the name.
    CHECK(firm_of("Our first question comes from the line of Owen T. Marsh from Ridgeway. Go ahead.",
                  "Owen T. Marsh") == "Ridgeway");
}

TEST_CASE("the moderator may give the analyst's first name alone", "[introductions]") {
    CHECK(firm_of("The first question is from the line of Amrit from Tealwood Advisors. Please go ahead.", "Amrit") ==
          "Tealwood Advisors");
    // Outside that set phrase one word is no name.
    CHECK(firm_of("We have Tealwood from Ridgeway Partners.", "Tealwood") == "-");
}

TEST_CASE("a name wrapped onto a line indented with a tab is one name", "[introductions]") {
    for (std::string_view wrap : {"\n", "\n  ", "\n\t", "\r\n\t"}) {
        const std::string s = "Thank you. The next question comes from Mr. Rohan" + std::string(wrap) +
                              "Mehta from Tealwood Capital. Please go ahead.";
        INFO(s);
        const auto found = find_introductions(s);
        REQUIRE(found.size() == 1);
        CHECK(found[0].firm == "Tealwood Capital");
        CHECK(found[0].name.substr(0, 5) == "Rohan");
        CHECK(found[0].name.substr(found[0].name.size() - 5) == "Mehta");
    }
}
