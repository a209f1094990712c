// Shortcuts of the question reader checked against the plain loops they
// replace: after_connectives tries only the leads a first letter allows.
#include "fast_paths_support.hpp"
#include "qa/sentence_cues.hpp"
#include "text/utf8.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

namespace {

// Every lead, in order, each tested once against what is left.
std::string_view slow_after_connectives(std::string_view s) {
    std::string_view head = s;
    static constexpr std::string_view leads[] = {"and then", "and", "so", "but", "just", "maybe", "also", "then",
                                                 "secondly", "second", "first", "lastly", "finally", "okay", "ok"};
    for (std::string_view lead : leads) {
        if (ect::text::istarts_with(head, lead) && head.size() > lead.size() &&
            (head[lead.size()] == ' ' || head[lead.size()] == ',')) {
            head.remove_prefix(lead.size());
            head = ect::text::trim(head);
            if (!head.empty() && head.front() == ',') head = ect::text::trim(head.substr(1));
        }
    }
    return head;
}

void check_same(std::string_view s) {
    const std::string_view fast = ect::qa::after_connectives(s);
    const std::string_view slow = slow_after_connectives(s);
    INFO(std::string(s));
    CHECK(fast.data() == slow.data());
    CHECK(fast.size() == slow.size());
}

} // namespace

TEST_CASE("after_connectives skips the leads the plain loop over all of them skips", "[questions]") {
    for (std::string_view s :
         {"And then, Tim, maybe could you", "and so but just maybe also then secondly second first lastly finally okay ok x",
          "So and then what", "AND THEN, SO, could you", "Then and so", "ok", "ok ", "OK,", "okay, so, just wondering",
          "Second, first, lastly", "secondly, second one", "Firstly, hi", "and", "and ", "and,", " and then", "",
          ",", "Andrew, could you", "Sorry, just", "Finally, Okay Ok now", "but, , and", "also\xC2\xA0 and then x",
          "maybe \xE2\x80\x94 so", "Z and", "\xE5\x92\x8C and"})
        check_same(s);
    // Every line of the fixtures, and every suffix of a few leading words.
    std::size_t checked = 0;
    for (const std::string& line : ect_test::fixture_lines()) {
        check_same(line);
        for (std::size_t at = line.find(' '); at != std::string::npos && at < 40; at = line.find(' ', at + 1))
            check_same(std::string_view(line).substr(at + 1));
        ++checked;
    }
    CHECK(checked > 100);
}
