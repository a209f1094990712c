#include "layout/zh_attendees.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using ect::layout::parse_zh_attendees;

namespace {

// "name@firm" for each attendee, for compact comparisons.
std::vector<std::string> read(std::string_view value) {
    std::vector<std::string> out;
    for (const auto& a : parse_zh_attendees(value)) out.push_back(std::string(a.name) + "@" + std::string(a.firm));
    return out;
}

} // namespace

TEST_CASE("a visitor row: firm, a space, names, and groups after ；", "[zh_attendees]") {
    CHECK(read("中信证券 祁远航、郁晚晴；易方达基金 滕嘉言；北辰资本 岑予安") ==
          std::vector<std::string>{"祁远航@中信证券", "郁晚晴@中信证券", "滕嘉言@易方达基金", "岑予安@北辰资本"});
    // Traditional, full-width and ASCII separators, U+3000 as the space.
    CHECK(read("中信證券\xE3\x80\x80祁遠航，郁晚晴; 易方達基金 滕嘉言") ==
          std::vector<std::string>{"祁遠航@中信證券", "郁晚晴@中信證券", "滕嘉言@易方達基金"});
}

TEST_CASE("a visitor row: a colon after the firm, a name written on, Latin names, 等", "[zh_attendees]") {
    CHECK(read("华泰证券：韩子墨，姚清越") == std::vector<std::string>{"韩子墨@华泰证券", "姚清越@华泰证券"});
    CHECK(read("南方基金史博文、华泰证券姚清越") == std::vector<std::string>{"史博文@南方基金", "姚清越@华泰证券"});
    CHECK(read("CLSA Marley Quinn；嘉实基金 邵一帆等") ==
          std::vector<std::string>{"Marley Quinn@CLSA", "邵一帆@嘉实基金"});
}

TEST_CASE("a visitor row that names nobody gives nobody", "[zh_attendees]") {
    CHECK(read("通过网络参与本次业绩说明会的投资者").empty());
    CHECK(read("线上投资者").empty());
    CHECK(read("").empty());
}
