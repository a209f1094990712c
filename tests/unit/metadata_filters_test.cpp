// The first-byte tests of the metadata scan must let date_at and period_at
// run wherever they would match: day-first dates with ordinal suffixes and
// spaces, month names in any case, numbers that are not dates.
#include "attribute/metadata.hpp"
#include "fast_paths_support.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

TEST_CASE("may_start_date lets every day-first date through", "[metadata]") {
    const std::vector<std::string> alphabet = {
        "1", "2", "3", "0", "12", "31", " ", "  ", "st", "nd", "rd", "th", "ST", "Th", "April", "APR", "aug", "Sept",
        "june", "Jul", "Mar", "may", "MAY", "Nov", "dec", "Oct", "Feb", "Jan", ",", ".", "-", "/", "年", "月", "日",
        "号", "x", "a", "percent", "million"};
    std::size_t dates = 0, rejected = 0;
    for (const std::string& s : ect_test::random_strings(alphabet, 60000, 8, 17))
        for (std::size_t pos = 0; pos < s.size(); ++pos) {
            const std::string_view rest = std::string_view(s).substr(pos);
            if (ect::attribute::date_at(rest).length) {
                ++dates;
                REQUIRE(ect::attribute::may_start_date(rest));
            } else if (!ect::attribute::may_start_date(rest)) {
                ++rejected;
            }
        }
    CHECK(dates > 20);
    CHECK(rejected > 1000);
    // Every combination of the parts of a day-first date, and near misses.
    std::size_t formed = 0;
    for (std::string day : {"1", "9", "12", "31", "123", "2024"})
        for (std::string suffix : {"", "st", "nd", "rd", "th", "ST", "x"})
            for (std::string spaces : {"", " ", "   ", "-"})
                for (std::string month : {"April", "APR", "aug", "Sept", "may", "Jan", "DECEMBER", "x", "percent", "月20日"})
                    for (std::string year : {" 2024", ", 2024", ",2024", " 24", ""}) {
                        const std::string s = day + suffix + spaces + month + year;
                        if (ect::attribute::date_at(s).length) {
                            ++formed;
                            REQUIRE(ect::attribute::may_start_date(s));
                        }
                    }
    CHECK(formed > 100);
    // Numbers before words that are no month: not worth a parse.
    CHECK_FALSE(ect::attribute::may_start_date("18 analysts"));
    CHECK_FALSE(ect::attribute::may_start_date("3 percent"));
    CHECK(ect::attribute::may_start_date("12th  April, 2024"));
    CHECK(ect::attribute::may_start_date("8月20日"));
}

TEST_CASE("a day, month and year joined by dashes is a date", "[metadata]") {
    // FactSet CallStreet's page header: "Q3 2023 Earnings Call 25-Oct-2023".
    const auto d = ect::attribute::date_at("25-Oct-2023");
    CHECK(d.length == 11);
    CHECK(d.year == 2023);
    CHECK(d.month == 10);
    CHECK(d.day == 25);
    CHECK(ect::attribute::may_start_date("25-Oct-2023"));
    CHECK(ect::attribute::date_at("7-Jun-2024 call").length == 10);
    CHECK(ect::attribute::date_at("25-10-2023").length == 0);
}
