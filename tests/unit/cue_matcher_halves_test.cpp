// A long text is scanned as two halves read at once (cue_matcher::scan):
// it must report what a reading from the first byte reports, in the same
// order of where the occurrences end.
#include "data/cue_matcher.hpp"
#include "data/cue_table.hpp"
#include "fast_paths_support.hpp"
#include "text/utf8.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <tuple>
#include <vector>

namespace {

using hit = std::tuple<std::size_t, std::size_t, std::size_t>; // end, cue, begin

// Every occurrence of every cue, by brute force, sorted by end then cue.
std::vector<hit> every_occurrence(std::string_view s, const std::vector<std::string_view>& cues, bool ignore_case) {
    std::vector<hit> out;
    for (std::size_t c = 0; c < cues.size(); ++c)
        for (std::size_t b = 0; b + cues[c].size() <= s.size(); ++b) {
            const std::string_view at = s.substr(b, cues[c].size());
            if (ignore_case ? ect::text::iequals(at, cues[c]) : at == cues[c]) out.emplace_back(b + cues[c].size(), c, b);
        }
    std::sort(out.begin(), out.end());
    return out;
}

// What scan reports, checked to come in order of end, then sorted as above.
std::vector<hit> scanned(const ect::data::cue_matcher& m, std::string_view s) {
    std::vector<hit> out;
    m.scan(s, [&](std::size_t cue, std::size_t begin) {
        const std::size_t end = begin + m.length(cue);
        CHECK((out.empty() || std::get<0>(out.back()) <= end));
        out.emplace_back(end, cue, begin);
        return false;
    });
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace

TEST_CASE("a long text scanned in two halves gives every occurrence once", "[cues]") {
    const std::vector<std::string_view> cues = {"ab", "b", "abc", "BC", "cab"};
    const ect::data::cue_matcher m(cues, true);
    // Occurrences on both sides of the middle and across it, for several lengths.
    std::string s;
    for (int k = 0; k < 40; ++k) {
        s += (k % 3 == 0) ? "xAbCab" : (k % 3 == 1) ? "zzcab" : "bbq";
        CHECK(scanned(m, s) == every_occurrence(s, cues, true));
    }
}

TEST_CASE("a scan with more endings than the halves keep falls back to reading from the start", "[cues]") {
    const std::vector<std::string_view> cues = {"?", "??"};
    const ect::data::cue_matcher m(cues, false);
    const std::string s(300, '?');
    const auto all = scanned(m, s);
    CHECK(all.size() == 300 + 299);
    CHECK(all == every_occurrence(s, cues, false));
}

TEST_CASE("the question lexicons scan paragraphs of real lines as the brute force does", "[cues]") {
    std::vector<std::string_view> cues;
    for (std::string_view kind : {"question-en", "question-topic-en", "question-courtesy-anywhere-en"}) {
        const auto& list = ect::data::cues(kind);
        cues.insert(cues.end(), list.begin(), list.end());
    }
    const ect::data::cue_matcher m(cues, true);
    const auto& lines = ect_test::fixture_lines();
    REQUIRE(lines.size() > 100);
    std::size_t checked = 0;
    for (std::size_t i = 0; i + 4 < lines.size(); i += 5) {
        std::string paragraph;
        for (std::size_t k = i; k < i + 5; ++k) paragraph += lines[k] + " ";
        CHECK(scanned(m, paragraph) == every_occurrence(paragraph, cues, true));
        ++checked;
    }
    CHECK(checked > 20);
}
