// The cheap tests that let the dialects pass over most lines before a parse
// or a table lookup, checked against the full answer on every fixture line:
// a filter may only reject what the full test rejects too.
#include "fast_paths_support.hpp"
#include "support.hpp"

#include "dialects/bank_ir.hpp"
#include "dialects/dialect.hpp"
#include "dialects/concall_roster.hpp"
#include "layout/document.hpp"
#include "layout/en_headings.hpp"
#include "layout/en_label.hpp"
#include "text/decode.hpp"
#include "text/utf8.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <initializer_list>
#include <iterator>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace {

using ect::layout::heading;

// Every fixture and, when present, every file of the shared corpus, decoded.
const std::vector<std::string>& texts() { return ect_test::decoded_texts(); }

// The lines of texts().
const std::vector<std::string>& lines() {
    static const std::vector<std::string> all = [] {
        std::vector<std::string> out;
        for (const std::string& t : texts()) {
            const ect::layout::document doc(t);
            for (std::size_t i = 0; i < doc.size(); ++i) out.emplace_back(doc.line(i));
        }
        return out;
    }();
    return all;
}

// honorific_length as it reads without its two-letter test.
std::size_t honorific_length_reference(std::string_view s) {
    for (std::string_view h : {"mr. ", "ms. ", "mrs. ", "dr. ", "mr ", "ms ", "mrs ", "dr ", "shri ", "smt. "})
        if (ect::text::istarts_with(s, h)) return h.size() + ect::text::trim_left_bytes(s.substr(h.size()));
    return 0;
}

std::string upper(std::string s) {
    for (char& c : s)
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 32);
    return s;
}

// "conference call participants" → "C O N F E R E N C E  C A L L  P A R T I C I P A N T S"
std::string letter_spaced(std::string_view s) {
    std::string out;
    for (char c : s) {
        if (!out.empty()) out += ' ';
        if (c != ' ') out += static_cast<char>(c >= 'a' && c <= 'z' ? c - 32 : c);
    }
    return out;
}

} // namespace

TEST_CASE("every heading phrase is classified, whatever its case and decoration", "[layout][headings][prefilter]") {
    const std::pair<const char*, heading> phrases[] = {
        {"question and answer session", heading::qa},
        {"questions and answers", heading::qa},
        {"question-and-answer section", heading::qa},
        {"questions & answers period", heading::qa},
        {"q&a", heading::qa},
        {"q&a transcript", heading::qa},
        {"q & a session", heading::qa},
        {"questions from analysts", heading::qa},
        {"prepared remarks", heading::presentation},
        {"presentation", heading::presentation},
        {"management discussion section", heading::presentation},
        {"management presentation", heading::presentation},
        {"opening remarks", heading::presentation},
        {"transcript", heading::presentation},
        {"closing remarks", heading::closing},
        {"concluding remarks", heading::closing},
        {"closing comments", heading::closing},
        {"corporate participants", heading::company_roster},
        {"company participants", heading::company_roster},
        {"executives", heading::company_roster},
        {"company representatives", heading::company_roster},
        {"management", heading::company_roster},
        {"speakers", heading::company_roster},
        {"company speakers", heading::company_roster},
        {"host", heading::company_roster},
        {"presenters", heading::company_roster},
        {"conference call participants", heading::analyst_roster},
        {"conference call participiants", heading::analyst_roster},
        {"analysts", heading::analyst_roster},
        {"other participants", heading::analyst_roster},
        {"call participants from the investment community", heading::analyst_roster},
        {"call participants", heading::participants},
        {"participants", heading::participants},
    };
    for (const auto& [phrase, kind] : phrases) {
        std::string title(phrase);
        title[0] = static_cast<char>(title[0] - 32);
        for (const std::string& line : {std::string(phrase), upper(phrase), title, "### " + title, "**" + title + ":**",
                                        "  " + upper(phrase) + ":"}) {
            INFO(line);
            CHECK(ect::layout::classify_heading(line) == kind);
            CHECK(ect::layout::may_be_heading(ect::text::trim(line)));
        }
        // Letter-spaced, as long as the spacing leaves a heading's length.
        if (const std::string spaced = letter_spaced(phrase); std::string_view(phrase).size() > 6 && spaced.size() <= 90) {
            INFO(spaced);
            CHECK(ect::layout::classify_heading(spaced) == kind);
            CHECK(ect::layout::may_be_heading(spaced));
        }
    }
    CHECK(ect::layout::classify_heading("Cathy Marsh") == heading::none);
    CHECK_FALSE(ect::layout::may_be_heading("Thank you, everyone."));
}

TEST_CASE("may_be_heading rejects no line that classify_heading takes", "[layout][headings][prefilter]") {
    std::size_t rejected = 0, headings = 0;
    for (const std::string& line : lines()) {
        const heading h = ect::layout::classify_heading(line);
        headings += h != heading::none;
        if (ect::layout::may_be_heading(ect::text::trim(line))) continue;
        ++rejected;
        INFO(line);
        CHECK(h == heading::none);
    }
    // The filter does reject most lines, and the fixtures hold headings.
    CHECK(rejected > 1000);
    CHECK(headings > 20);
}

TEST_CASE("a line whose first byte opens no name is no person's name", "[layout][label][prefilter]") {
    std::size_t closed = 0;
    for (const std::string& line : lines()) {
        const std::string_view t = ect::text::trim(line);
        if (t.empty() || ect::layout::may_open_name(t.front())) continue;
        ++closed;
        INFO(line);
        CHECK_FALSE(ect::layout::is_person_name(t));
    }
    CHECK(closed > 100);
    CHECK(ect::layout::may_open_name('T'));
    CHECK(ect::layout::may_open_name('d')); // "de la Cruz"
    CHECK_FALSE(ect::layout::may_open_name('t'));
}

TEST_CASE("honorific_length agrees with the full list of honorifics", "[dialects][concall][prefilter]") {
    std::size_t found = 0, words = 0;
    auto check = [&](std::string_view s) {
        ++words;
        const std::size_t expected = honorific_length_reference(s);
        found += expected != 0;
        INFO(std::string(s.substr(0, 40)));
        CHECK(ect::dialects::india::honorific_length(s) == expected);
    };
    for (std::string_view s : {"Mr. Raj Shah", "MS Kavya", "mrs. Iyer", "Dr Rao", "Shri Anand", "Smt. Devi", "Mr", "M",
                               "", "Ms.", "Drew Smith", "Smith", "mrsx"})
        check(s);
    for (const std::string& line : lines())
        for (std::size_t at = 0; at < line.size(); ++at)
            if (at == 0 || line[at - 1] == ' ') check(std::string_view(line).substr(at));
    CHECK(found > 6);
    CHECK(words > 10000);
}

TEST_CASE("is_label_name with the document's memo answers as without it", "[dialects][bank][prefilter]") {
    std::size_t names = 0;
    for (const std::string& t : texts()) {
        const ect::layout::document doc(t);
        // Twice: the second round answers from the memo.
        for (int round = 0; round < 2; ++round)
            for (std::size_t i = 0; i < doc.size(); ++i) {
                const std::string_view s = doc.trimmed(i);
                const std::size_t comma = s.find(", ");
                for (std::string_view part : {s, s.substr(0, comma == std::string_view::npos ? s.size() : comma)}) {
                    const bool expected = ect::dialects::bank::is_label_name(part);
                    names += expected && round == 0;
                    INFO(std::string(part));
                    CHECK(ect::dialects::bank::is_label_name(doc, part) == expected);
                }
            }
    }
    CHECK(names > 100);
    // A view from elsewhere is judged without the memo.
    const ect::layout::document doc("Jane Doe\nhello\n");
    const std::string elsewhere = "Chief Financial Officer";
    CHECK_FALSE(ect::dialects::bank::is_label_name(doc, elsewhere));
    CHECK(ect::dialects::bank::is_label_name(doc, doc.trimmed(0)));
}

TEST_CASE("the closing cues are found as text::ifind finds them", "[layout][find][prefilter]") {
    for (const std::string& t : texts())
        for (std::string_view cue : {"that’s all our questions", "no further question", "for your attention",
                                     "conclude the call", "question comes from", "from the line of"}) {
            INFO(std::string(cue));
            CHECK(ect::layout::find_ignoring_case(t, cue) == ect::text::ifind(t, cue));
        }
}

TEST_CASE("a Chinese layout is scored on a head written in Chinese, not on an English call naming a firm in Han",
          "[dialects][zh][prefilter]") {
    using ect::dialects::reads_as_chinese;
    CHECK_FALSE(reads_as_chinese("Operator: Welcome to the Microsoft (微软) fiscal year 2024 call.\n"));
    CHECK_FALSE(reads_as_chinese("No Han here at all, only ASCII and a full stop。"));
    CHECK(reads_as_chinese("以下即为本次电话会议分析师问答环节主要内容：\n"));
    CHECK(reads_as_chinese("高盛分析師Lincoln Kong:請問明年的利潤率如何?")); // short: 15 of 73 bytes
    CHECK(reads_as_chinese("程一笑:是的。"));
    CHECK_FALSE(reads_as_chinese(""));
    // Every Chinese fixture of ours starts in Chinese.
    for (const char* dir : {"zh", "zh-writeup"})
        for (const auto& f : std::filesystem::directory_iterator(ect_test::fixture_path(dir))) {
            std::ifstream in(f.path(), std::ios::binary);
            const std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
            CHECK(reads_as_chinese(std::string_view(text).substr(0, 4096)));
        }
}
