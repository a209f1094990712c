// ect::warm_up: the shared tables split among threads, and parses that run
// while they are being built.
#include "core/warm_up.hpp"
#include "data/cue_table.hpp"
#include "qa/qa.hpp"
#include "support.hpp"

#include <ect/ect.hpp>

#include <catch2/catch.hpp>

#include <algorithm>
#include <set>
#include <string>
#include <thread>
#include <vector>

namespace {
std::size_t question_count(const ect::transcript& t) {
    std::size_t n = 0;
    for (const ect::turn& turn : t.turns()) n += turn.questions.size();
    return n;
}
} // namespace

TEST_CASE("the warm-up plan gives each table to exactly one thread, balanced", "[warm_up]") {
    const auto one = ect::detail::warm_up_plan(1);
    REQUIRE(one.size() > 4); // the fixed tables and at least one cue kind
    std::set<std::string> names;
    for (const auto& t : one) {
        CHECK(t.share == 0);
        names.insert(t.name);
    }
    CHECK(names.size() == one.size());
    CHECK(names.count("firms") == 1);
    CHECK(names.count("cues:question-en") == 1);

    for (unsigned shares : {2u, 3u, 5u}) {
        const auto plan = ect::detail::warm_up_plan(shares);
        REQUIRE(plan.size() == one.size());
        std::vector<std::size_t> load(shares, 0);
        std::size_t largest = 0;
        for (const auto& t : plan) {
            REQUIRE(t.share < shares);
            load[t.share] += t.cost;
            largest = std::max(largest, t.cost);
        }
        // Largest first to the least loaded: no thread ends more than one
        // table's cost above another.
        const auto [lo, hi] = std::minmax_element(load.begin(), load.end());
        CHECK(*hi - *lo <= largest);
    }
    CHECK(ect::detail::warm_up_plan(0).size() == one.size()); // taken as one thread
}

TEST_CASE("the common tables are those of an English parse, the Chinese ones left out", "[warm_up]") {
    const auto all = ect::detail::warm_up_plan(1);
    const auto common = ect::detail::warm_up_plan(2, ect::table_set::common);
    std::set<std::string> names;
    for (const auto& t : common) {
        CHECK(t.common);
        CHECK(t.share < 2);
        CHECK_FALSE(t.name.ends_with("-zh"));
        names.insert(t.name);
    }
    for (const char* needed : {"firms", "titles", "question-automata", "cues:question-en", "cues:qa-start-en"})
        CHECK(names.count(needed) == 1);
    for (const char* chinese : {"han-readings", "hant-hans", "appositions", "cues:question-zh", "cues:report-zh"})
        CHECK(names.count(chinese) == 0);
    // Every table is in the full plan, the common ones marked so.
    std::size_t marked = 0;
    for (const auto& t : all) {
        marked += t.common ? 1 : 0;
        CHECK(t.common == (names.count(t.name) == 1));
    }
    CHECK(marked == common.size());
    CHECK(common.size() < all.size());
    // The Chinese set is the rest: every table in exactly one of the two.
    std::set<std::string> chinese;
    for (const auto& t : ect::detail::warm_up_plan(2, ect::table_set::chinese)) {
        CHECK_FALSE(t.common);
        chinese.insert(t.name);
    }
    for (const char* needed : {"han-readings", "hant-hans", "appositions", "cues:question-zh", "cues:report-zh"})
        CHECK(chinese.count(needed) == 1);
    CHECK(chinese.size() + common.size() == all.size());
    for (const auto& t : all) CHECK(chinese.count(t.name) + names.count(t.name) == 1);
}

TEST_CASE("every cue kind is built by the plan, alone or inside the question automata, unless read as a list", "[warm_up]") {
    std::set<std::string> planned;
    for (const auto& t : ect::detail::warm_up_plan(1)) planned.insert(t.name);
    REQUIRE(planned.count("question-automata") == 1);
    const auto together = ect::qa::cue_kinds_read_together();
    CHECK(std::find(together.begin(), together.end(), "question-count-en") != together.end());
    CHECK(std::find(together.begin(), together.end(), "question-topic-en") != together.end());
    // question-en is read alone too, and the tails after an ordinal or a count.
    for (const char* alone : {"question-en", "question-ordinal-tail-en", "question-count-tail-en"})
        CHECK(std::find(together.begin(), together.end(), alone) == together.end());
    // The kinds read as plain lists are never built at all.
    const auto lists = ect::qa::cue_kinds_read_as_lists();
    CHECK(std::find(lists.begin(), lists.end(), "question-next-zh") != lists.end());
    for (const std::string_view kind : ect::data::cue_kinds()) {
        INFO(std::string(kind));
        const bool read_together = std::find(together.begin(), together.end(), kind) != together.end();
        const bool read_as_list = std::find(lists.begin(), lists.end(), kind) != lists.end();
        CHECK(planned.count("cues:" + std::string(kind)) == (read_together || read_as_list ? 0u : 1u));
    }
}

TEST_CASE("parses running while other threads warm up give the usual result", "[warm_up]") {
    // Files of ours, read before any thread starts.
    const std::string call = ect_test::read_fixture("colon/sample.md");
    const std::string zh = ect_test::read_fixture("zh-writeup/lanting_foods_q2.txt");
    std::vector<std::size_t> turns(2), questions(2);
    {
        std::vector<std::jthread> threads;
        threads.emplace_back([] { ect::warm_up(0, 2); });
        threads.emplace_back([] { ect::warm_up(1, 2); });
        threads.emplace_back([&] {
            ect::parser p;
            const auto a = p.parse(call);
            const auto b = p.parse(zh);
            turns = {a.turns().size(), b.turns().size()};
            questions = {question_count(a), question_count(b)};
        });
    }
    ect::warm_up(3, 2); // a share past the last does nothing
    ect::parser p;
    const auto a = p.parse(call);
    const auto b = p.parse(zh);
    CHECK(turns == std::vector<std::size_t>{a.turns().size(), b.turns().size()});
    CHECK(questions == std::vector<std::size_t>{question_count(a), question_count(b)});
    // What the fixtures hold, read by hand: 12 turns and 2 questions; 4 and 2.
    CHECK(turns == std::vector<std::size_t>{12, 4});
    CHECK(questions == std::vector<std::size_t>{2, 2});
}
