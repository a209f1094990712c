// The compiled cue lexicons must answer as the cue-by-cue searches they
// replace: contains_cue as ifind/find per cue, cue_at as istarts_with in list
// order, read_cues as is_question and two contains_cue calls.
#include "data/cue_matcher.hpp"
#include "data/cue_table.hpp"
#include "fast_paths_support.hpp"
#include "qa/qa.hpp"
#include "qa/sentence_cues.hpp"
#include "text/icu_tools.hpp"
#include "text/utf8.hpp"

#include <catch2/catch.hpp>

#include <random>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace {

const std::vector<std::string_view> kinds = {
    "qa-opener-zh",         "editor-note-zh",      "report-zh",          "question-zh",
    "question-en",          "question-enum-en",    "question-ordinal-en", "question-ordinal-tail-en",
    "question-request-en",  "question-opener-en",  "question-courtesy-en", "question-courtesy-anywhere-en",
    "question-filler-en",   "question-topic-en",   "question-alternative-en"};

bool english(std::string_view kind) { return kind.size() > 3 && kind.substr(kind.size() - 3) == "-en"; }

bool slow_contains(std::string_view s, std::string_view kind) {
    for (std::string_view cue : ect::data::cues(kind))
        if (english(kind) ? ect::text::ifind(s, cue) != std::string_view::npos : s.find(cue) != std::string_view::npos)
            return true;
    return false;
}

std::string_view slow_cue_at(std::string_view s, std::string_view kind) {
    for (std::string_view cue : ect::data::cues(kind))
        if (english(kind) ? ect::text::istarts_with(s, cue) : s.substr(0, cue.size()) == cue) return s.substr(0, cue.size());
    return {};
}

// Sample lines, plus their tails, so that cues also stand at the start.
std::vector<std::string> samples() {
    std::vector<std::string> out;
    for (const std::string& line : ect_test::fixture_lines()) {
        out.push_back(line);
        std::size_t at = 0;
        for (int k = 0; k < 3 && (at = line.find(' ', at)) != std::string::npos; ++k) out.push_back(line.substr(++at));
    }
    return out;
}

} // namespace

TEST_CASE("an automaton reports every occurrence, overlapping ones too", "[cues]") {
    const ect::data::cue_matcher m({"ab", "b", "abc", "BC"}, true);
    std::set<std::pair<std::size_t, std::size_t>> seen;
    m.scan("xAbCab", [&](std::size_t cue, std::size_t begin) {
        seen.emplace(cue, begin);
        return false;
    });
    CHECK(seen == std::set<std::pair<std::size_t, std::size_t>>{{0, 1}, {1, 2}, {2, 1}, {3, 2}, {0, 4}, {1, 5}});
    CHECK(m.longest_prefix("abcd", [](std::size_t) { return true; }) == 3);
    CHECK(m.longest_prefix("abcd", [](std::size_t n) { return n < 3; }) == 2);
    CHECK(m.longest_prefix("xab", [](std::size_t) { return true; }) == ect::data::cue_matcher::none);
    const ect::data::cue_matcher exact({"Ab"}, false);
    CHECK_FALSE(exact.contains("xab"));
    CHECK(exact.contains("xAb"));
}

TEST_CASE("compiled cues agree with the cue-by-cue search on real lines", "[cues]") {
    const std::vector<std::string> lines = samples();
    REQUIRE(lines.size() > 1000);
    for (std::string_view kind : kinds) {
        REQUIRE_FALSE(ect::data::cues(kind).empty());
        std::size_t contains_wrong = 0, at_wrong = 0;
        for (const std::string& line : lines) {
            contains_wrong += ect::data::contains_cue(line, kind) != slow_contains(line, kind);
            const std::string_view fast = ect::data::cue_at(line, kind), slow = slow_cue_at(line, kind);
            at_wrong += fast.data() != slow.data() || fast.size() != slow.size();
        }
        INFO(kind);
        CHECK(contains_wrong == 0);
        CHECK(at_wrong == 0);
    }
}

TEST_CASE("first occurrences of each cue are those ifind finds", "[cues]") {
    const auto& list = ect::data::cues("question-en");
    const ect::data::cue_matcher m(list, true);
    for (const std::string& line : samples()) {
        std::set<std::pair<std::size_t, std::size_t>> fast, slow;
        m.scan_first(line, [&](std::size_t cue, std::size_t begin) {
            fast.emplace(cue, begin);
            return false;
        });
        for (std::size_t i = 0; i < list.size(); ++i)
            if (const std::size_t at = ect::text::ifind(line, list[i]); at != std::string_view::npos) slow.emplace(i, at);
        REQUIRE(fast == slow);
    }
}

TEST_CASE("one pass over a sentence reads its cues as the separate tests do", "[cues]") {
    ect::text::sentence_splitter sp;
    std::size_t checked = 0;
    for (const std::string& t : ect_test::fixture_texts())
        for (const auto& b : sp.split(t)) {
            const std::string_view s = std::string_view(t).substr(b.begin, b.size());
            const ect::qa::sentence_cues c = ect::qa::read_cues(s);
            REQUIRE(c.asks == ect::qa::is_question(s));
            REQUIRE(c.announces == slow_contains(s, "question-topic-en"));
            REQUIRE(c.courtesy == slow_contains(s, "question-courtesy-anywhere-en"));
            ++checked;
        }
    CHECK(checked > 500);
}

TEST_CASE("no cue is empty", "[cues]") {
    for (std::string_view kind : kinds)
        for (std::string_view cue : ect::data::cues(kind)) CHECK_FALSE(cue.empty());
}

TEST_CASE("a word that reports nothing holds a reporting cue at its start or one character in", "[cues]") {
    // zh-news looks for these words only where a reporting cue matches.
    for (std::string_view word : ect::data::cues("report-not-zh")) {
        INFO(word);
        std::size_t second = 0;
        (void)ect::text::next_code_point(word, second);
        CHECK((!ect::data::cue_at(word, "report-zh").empty() ||
               !ect::data::cue_at(word.substr(second), "report-zh").empty()));
    }
}

TEST_CASE("an automaton too large for 16-bit rows finds what a small one finds", "[cues]") {
    // A thousand cues of ten letters: about 270,000 row entries, past the
    // 16-bit ones; the first fifty alone fit them. Both must report exactly
    // the occurrences a naive search finds, over long and short texts (the
    // two scan paths) and at the start of texts (the prefix walks).
    std::mt19937 random(7);
    auto letters = [&](std::size_t n) {
        std::string s;
        for (std::size_t i = 0; i < n; ++i) s += static_cast<char>('a' + random() % 26);
        return s;
    };
    std::vector<std::string> owned;
    for (int i = 0; i < 1000; ++i) owned.push_back(letters(4 + random() % 7));
    const std::vector<std::string_view> large(owned.begin(), owned.end()), small(large.begin(), large.begin() + 50);
    for (const auto* list : {&large, &small}) {
        const ect::data::cue_matcher m(*list, true);
        for (int t = 0; t < 200; ++t) {
            // Cues planted in filler, the first one at the start.
            std::string text;
            for (int k = 0; k < 1 + t % 12; ++k) text += std::string((*list)[random() % list->size()]) + letters(random() % 40);
            if (t % 3 == 0) text[0] = static_cast<char>(text[0] - 32); // case is ignored
            std::set<std::pair<std::size_t, std::size_t>> fast, slow;
            m.scan(text, [&](std::size_t cue, std::size_t begin) {
                fast.emplace(cue, begin);
                return false;
            });
            std::size_t longest = ect::data::cue_matcher::none;
            for (std::size_t i = 0; i < list->size(); ++i) {
                for (std::size_t at = ect::text::ifind(text, (*list)[i]); at != std::string_view::npos;
                     at = ect::text::ifind(text, (*list)[i], at + 1))
                    slow.emplace(i, at);
                if (ect::text::istarts_with(text, (*list)[i]) && (longest == ect::data::cue_matcher::none || (*list)[i].size() > longest))
                    longest = (*list)[i].size();
            }
            REQUIRE(fast == slow);
            CHECK(m.longest_prefix(text, [](std::size_t) { return true; }) == longest);
        }
    }
}
