// The per-line caches and fast searches of layout::document, the line index
// and the dialect choice, checked against the plain way of getting the same
// answer: parsing each line again, searching line by line, scanning byte by
// byte, scoring every dialect.
#include "fast_paths_support.hpp"
#include "support.hpp"

#include "dialects/dialect.hpp"
#include "layout/document.hpp"
#include "text/decode.hpp"
#include "text/icu_tools.hpp"
#include "text/lines.hpp"
#include "text/utf8.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>
#include <string>
#include <vector>

namespace {


// Every fixture and, when present, every file of the shared corpus, decoded.
const std::vector<std::string>& texts() { return ect_test::decoded_texts(); }

// The line ends of text::line_index, found one byte at a time.
std::vector<ect::text::line> reference_lines(std::string_view t) {
    std::vector<ect::text::line> out;
    std::size_t begin = 0, pos = 0;
    auto push = [&](std::size_t end, std::size_t next) {
        out.push_back({static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(end), static_cast<std::uint32_t>(next)});
        begin = next;
    };
    while (pos < t.size()) {
        if (t[pos] == '\n' || t[pos] == '\f') {
            push(pos, pos + 1);
            pos += 1;
        } else if (t[pos] == '\r') {
            const std::size_t next = pos + 1 < t.size() && t[pos + 1] == '\n' ? pos + 2 : pos + 1;
            push(pos, next);
            pos = next;
        } else if (t.substr(pos, 3) == "\xE2\x80\xA8" || t.substr(pos, 3) == "\xE2\x80\xA9") {
            push(pos, pos + 3);
            pos += 3;
        } else {
            ++pos;
        }
    }
    if (begin < t.size() || out.empty()) push(t.size(), t.size());
    return out;
}

} // namespace

TEST_CASE("the per-line trim, label and heading caches agree with working on each line", "[layout][document]") {
    REQUIRE(!texts().empty());
    std::size_t inline_labels = 0, label_lines = 0, headings = 0;
    for (const std::string& t : texts()) {
        const ect::layout::document doc(t);
        // Twice: the first asks parse and fill the cache, the second read it.
        for (int round = 0; round < 2; ++round)
            for (std::size_t i = 0; i < doc.size(); ++i) {
                const std::string_view line = doc.line(i);
                REQUIRE(doc.trimmed(i) == ect::text::trim(line));
                REQUIRE(doc.trimmed(i).data() == ect::text::trim(line).data());
                ect::layout::inline_label il;
                const bool has_inline = ect::layout::parse_inline_label(line, il);
                const ect::layout::inline_label* cached = doc.inline_label_at(i);
                REQUIRE(has_inline == (cached != nullptr));
                if (cached) {
                    CHECK(cached->name == il.name);
                    CHECK(cached->qualifier == il.qualifier);
                    CHECK(cached->body == il.body);
                    inline_labels += round == 0;
                }
                ect::layout::label_line ll;
                const bool has_line = ect::layout::parse_label_line(line, ll);
                const ect::layout::label_line* line_cached = doc.label_line_at(i);
                REQUIRE(has_line == (line_cached != nullptr));
                if (line_cached) {
                    CHECK(line_cached->name == ll.name);
                    CHECK(line_cached->parts == ll.parts);
                    CHECK(line_cached->separator == ll.separator);
                    label_lines += round == 0;
                }
                const ect::layout::heading h = ect::layout::classify_heading(line);
                CHECK(doc.heading_at(i) == h);
                headings += round == 0 && h != ect::layout::heading::none;
            }
    }
    // The fixtures hold labels of both kinds and headings: the checks above ran on some.
    CHECK(inline_labels > 50);
    CHECK(label_lines > 50);
    CHECK(headings > 20);
}

TEST_CASE("non_blank_lines counts the lines text::is_blank calls not blank", "[layout][document]") {
    REQUIRE(!texts().empty());
    for (const std::string& t : texts()) {
        const ect::layout::document doc(t);
        std::size_t expected = 0;
        for (std::size_t i = 0; i < doc.size(); ++i) expected += !ect::text::is_blank(doc.line(i));
        CHECK(doc.non_blank_lines() == expected);
    }
    const ect::layout::document doc("a\n \n\t\n\xE3\x80\x80\nb c\n\n");
    CHECK(doc.non_blank_lines() == 2); // a full-width space alone is blank
}

TEST_CASE("inline_label_lines lists the lines parse_inline_label reads a label in", "[layout][document]") {
    std::size_t listed = 0;
    for (const std::string& t : texts()) {
        std::vector<std::uint32_t> expected;
        const ect::layout::document doc(t);
        for (std::size_t i = 0; i < doc.size(); ++i) {
            ect::layout::inline_label l;
            if (ect::layout::parse_inline_label(doc.line(i), l)) expected.push_back(static_cast<std::uint32_t>(i));
        }
        // Asked first, and asked after some lines were asked one by one.
        CHECK(doc.inline_label_lines() == expected);
        const ect::layout::document asked(t);
        for (std::size_t i = 0; i < asked.size(); i += 3) (void)asked.inline_label_at(i);
        CHECK(asked.inline_label_lines() == expected);
        CHECK(asked.inline_label_lines() == expected); // kept, not listed twice
        listed += expected.size();
    }
    CHECK(listed > 50);
}

TEST_CASE("lines_with lists the lines text::ifind finds the needle in", "[layout][document]") {
    for (const std::string& t : texts()) {
        const ect::layout::document doc(t);
        for (std::string_view needle : {"fool.com", "Motley Fool", "streetevents", "Research Division", "moderator",
                                        "the", "q", "ALL RIGHTS RESERVED", "Thank you"}) {
            std::vector<std::size_t> expected;
            for (std::size_t i = 0; i < doc.size(); ++i)
                if (ect::text::ifind(doc.line(i), needle) != std::string_view::npos) expected.push_back(i);
            CHECK(doc.lines_with(needle) == expected);
        }
    }
}

namespace {
// The lines for_lines_with_edges should visit, found by looking at each line.
std::vector<std::size_t> lines_with_edges_by_hand(const ect::layout::document& doc, std::string_view first,
                                                  std::string_view last) {
    auto holds = [](std::string_view bytes, char c) {
        for (const char b : bytes)
            if (b == c || (ect::text::is_ascii_alpha(static_cast<unsigned char>(c)) && (b | 0x20) == (c | 0x20)))
                return true;
        return false;
    };
    std::vector<std::size_t> out;
    for (std::size_t i = 0; i < doc.size(); ++i) {
        const std::string_view s = ect::text::trim(doc.line(i));
        if (!s.empty() && (holds(first, s.front()) || holds(last, s.back()))) out.push_back(i);
    }
    return out;
}

std::vector<std::size_t> visited(const ect::layout::document& doc, std::string_view first, std::string_view last) {
    std::vector<std::size_t> out;
    doc.for_lines_with_edges(first, last, [&](std::size_t i) { out.push_back(i); });
    std::sort(out.begin(), out.end());
    return out;
}
} // namespace

TEST_CASE("for_lines_with_edges visits each line with those edges once", "[layout][document]") {
    SECTION("a text of our own") {
        const std::string t = "  Question and Answer\n\nquestion?\n  \t\nAnalyst - Firm }\nQ - Ann Lee {BIO 1}\n"
                              "\xEF\xBC\x88note\xEF\xBC\x89\n# Heading\n[1]\n";
        const ect::layout::document doc(t);
        // Q and q are one group; a line opening with Q and ending in '}' is visited once.
        CHECK(visited(doc, "Q", "}") == std::vector<std::size_t>{0, 2, 4, 5});
        CHECK(visited(doc, "qQq", {}) == std::vector<std::size_t>{0, 2, 5});
        CHECK(visited(doc, "\xEF#", {}) == std::vector<std::size_t>{6, 7});
        CHECK(visited(doc, {}, "]?") == std::vector<std::size_t>{2, 8});
        CHECK(visited(doc, " \t", " \t").empty()); // blank lines are never visited
        CHECK(visited(doc, {}, {}).empty());
    }
    SECTION("every fixture and corpus file") {
        const std::pair<std::string_view, std::string_view> sets[] = {
            {"*(\xEF#", {}}, {"QACO", "}"}, {"EACQ", {}}, {"mds", {}}, {"MQ", "QA"}, {{}, "]"}, {"PQFC#*", {}}, {"t", "."}};
        for (const std::string& t : texts()) {
            const ect::layout::document doc(t);
            for (const auto& [first, last] : sets) REQUIRE(visited(doc, first, last) == lines_with_edges_by_hand(doc, first, last));
        }
    }
}

TEST_CASE("find_ignoring_case finds what text::ifind finds, at every offset", "[layout][document]") {
    std::mt19937 rng(5);
    const std::string alphabet = "aAbB .-\n\xE2\x80\x99";
    for (int round = 0; round < 300; ++round) {
        std::string hay;
        const std::size_t n = rng() % 80;
        for (std::size_t k = 0; k < n; ++k) hay.push_back(alphabet[rng() % alphabet.size()]);
        for (std::string_view needle : {"ab", "aB.", "b", "a a", "ba-b", "AAAA", "b\n"})
            for (std::size_t from = 0; from <= hay.size() + 1; ++from)
                REQUIRE(ect::layout::find_ignoring_case(hay, needle, from) == ect::text::ifind(hay, needle, from));
    }
    // A match whose last byte ends the text, after blocks of sixteen.
    const std::string long_hay = std::string(40, 'x') + "Research DIVISION";
    CHECK(ect::layout::find_ignoring_case(long_hay, "research division") == 40);
    CHECK(ect::layout::find_ignoring_case(long_hay, "research divisions") == std::string_view::npos);
}

TEST_CASE("the line index ends lines where a byte-by-byte scan does", "[text][lines]") {
    std::mt19937 rng(7);
    const std::vector<std::string> pieces = {"a", "bc", " ", "\n", "\r", "\r\n", "\f", "\xE2\x80\xA8", "\xE2\x80\xA9",
                                             "\xE2\x80\x99", "\xE2", "\xC3\xA9", "0123456789abcdef"};
    // Up to a few hundred bytes: the blocks of sixteen and of thirty-two, and
    // line ends at and across their edges.
    for (int round = 0; round < 4000; ++round) {
        std::string t;
        const std::size_t n = rng() % 120;
        for (std::size_t k = 0; k < n; ++k) t += pieces[rng() % pieces.size()];
        const ect::text::line_index index(t);
        const auto expected = reference_lines(t);
        REQUIRE(index.size() == expected.size());
        for (std::size_t i = 0; i < expected.size(); ++i) {
            REQUIRE(index.lines()[i].begin == expected[i].begin);
            REQUIRE(index.lines()[i].end == expected[i].end);
            REQUIRE(index.lines()[i].next == expected[i].next);
        }
    }
    for (const std::string& t : texts()) {
        const ect::text::line_index index(t);
        const auto expected = reference_lines(t);
        REQUIRE(index.size() == expected.size());
        for (std::size_t i = 0; i < expected.size(); ++i) REQUIRE(index.lines()[i].end == expected[i].end);
    }
}

TEST_CASE("choose picks the dialect that scoring every dialect picks", "[dialects]") {
    for (const std::string& t : texts()) {
        const ect::layout::document doc(t);
        if (ect::text::is_blank(doc.text) || doc.text.size() > (std::size_t{256} << 10)) continue;
        // The first strictly best, the fallback when nothing scores.
        const ect::dialects::dialect* best = &ect::dialects::all().back();
        int best_score = 0;
        for (const auto& d : ect::dialects::all()) {
            const int s = d.score(doc);
            CHECK(s <= d.max_score);
            if (s > best_score) best = &d, best_score = s;
        }
        CHECK(ect::dialects::choose(doc).name == best->name);
    }
}

TEST_CASE("a rights notice anywhere in a short line makes it a page footer", "[layout][furniture]") {
    const std::string text = "Opening words of the call\n"
                             "Kestrel Pumps Ltd. ALL Rights Reserved.\n"
                             "all rights reserve is not the notice\n"
                             "Copyright 2024 Kestrel\n"
                             "\f12\n"
                             "Some text, All rights reserved\n";
    const ect::layout::document doc(text);
    REQUIRE(doc.size() == 7);
    CHECK(!doc.furniture[0]);
    CHECK(doc.furniture[1] == ect::skip_kind::page_footer);
    CHECK(!doc.furniture[2]);
    CHECK(doc.furniture[3] == ect::skip_kind::page_footer);
    CHECK(doc.furniture[5] == ect::skip_kind::page_number);
    CHECK(doc.furniture[6] == ect::skip_kind::page_footer);
}

TEST_CASE("a line opening with a letter is furniture only when it opens with page or copyright", "[layout][furniture]") {
    const std::string text = "Page 4 of 9\n"
                             "PAGE 5\n"
                             "Pages 4 and 5 of the deck\n"
                             "Pricing 12\n"
                             "COPYRIGHT 2024 Kestrel Pumps\n"
                             "Customers 2024\n"
                             "Capex 12\n";
    const ect::layout::document doc(text);
    REQUIRE(doc.size() == 7);
    CHECK(doc.furniture[0] == ect::skip_kind::page_number);
    CHECK(doc.furniture[1] == ect::skip_kind::page_number);
    CHECK(!doc.furniture[2]);
    CHECK(!doc.furniture[3]);
    CHECK(doc.furniture[4] == ect::skip_kind::page_footer);
    CHECK(!doc.furniture[5]);
    CHECK(!doc.furniture[6]);
}

TEST_CASE("a rule is five rule marks or more with spaces between whether one mark repeats or several mix", "[layout][furniture]") {
    const std::string text = std::string(226, '.') + "\n"
                             ". . . . .\n"
                             "....\n"
                             "-----x\n"
                             "=-=-=-=\n"
                             "*****\n"
                             "~~~~~ ~~~~~\n"
                             "..... and text\n";
    const ect::layout::document doc(text);
    REQUIRE(doc.size() == 8);
    CHECK(doc.furniture[0] == ect::skip_kind::rule);
    CHECK(doc.furniture[1] == ect::skip_kind::rule);
    CHECK(!doc.furniture[2]);
    CHECK(!doc.furniture[3]);
    CHECK(doc.furniture[4] == ect::skip_kind::rule);
    CHECK(doc.furniture[5] == ect::skip_kind::rule);
    CHECK(doc.furniture[6] == ect::skip_kind::rule);
    CHECK(!doc.furniture[7]);
}

namespace {

// The lines of `text` that find_furniture calls running headers.
std::vector<std::string> running_headers(const std::string& text) {
    const ect::layout::document doc(text);
    std::vector<std::string> out;
    for (std::size_t i = 0; i < doc.size(); ++i)
        if (doc.furniture[i] == ect::skip_kind::page_header) out.emplace_back(doc.trimmed(i));
    return out;
}

} // namespace

TEST_CASE("without form feeds the page numbers and copyright lines tell the pages", "[layout][furniture]") {
    // FactSet CallStreet text without its form feeds: the header block under
    // each page number and copyright line recurs, digits aside.
    const std::string text = "Q2 2024 Earnings Call\n"
                             "1\n"
                             "Copyright (c) 2001-2024 Cardinal Wire, LLC\n"
                             "1-800-555-0100 www.example.com\n"
                             "Harrow Mills (HRW) Corrected Transcript\n"
                             "Q2 2024 Earnings Call 24-Jul-2024\n"
                             "Operator: Good morning and welcome.\n"
                             "Thanks.\n"
                             "........................................\n"
                             "2\n"
                             "Copyright (c) 2001-2024 Cardinal Wire, LLC\n"
                             "1-800-555-0100 www.example.com\n"
                             "Harrow Mills (HRW) Corrected Transcript\n"
                             "Q2 2024 Earnings Call 24-Jul-2024\n"
                             "margins held up. We thank you.\n"
                             "Thanks.\n"
                             "........................................\n"
                             "3\n"
                             "Copyright (c) 2001-2024 Cardinal Wire, LLC\n"
                             "1-800-555-0101 www.example.com\n"
                             "Harrow Mills (HRW) Corrected Transcript\n"
                             "Q2 2024 Earnings Call 24-Jul-2024\n"
                             "Disclaimer\n";
    const std::vector<std::string> expected = {"1-800-555-0100 www.example.com", "Harrow Mills (HRW) Corrected Transcript",
                                               "Q2 2024 Earnings Call 24-Jul-2024"};
    std::vector<std::string> all;
    for (int page = 0; page < 3; ++page) all.insert(all.end(), expected.begin(), expected.end());
    all[6] = "1-800-555-0101 www.example.com";
    // "Thanks." ends two pages, but a rule closes its turn: it is speech.
    CHECK(running_headers(text) == all);
}

TEST_CASE("a short line inside a header block above the page number is furniture", "[layout][furniture]") {
    // Bloomberg: the header fields open the text and every later page, with
    // "FINAL" between them and the page number.
    const std::string fields = "Company Name: Kestrel Pumps Inc\nCompany Ticker: KPI US Equity\nDate: 2024-05-02\n";
    const std::string text = fields + "\nQ1 2024 Earnings Call\n\nOperator\n\nGood morning.\n\n" + fields +
                             "FINAL\n\nPage 2 of 2\n\nand welcome.\n";
    const std::vector<std::string> expected = {"Company Name: Kestrel Pumps Inc", "Company Ticker: KPI US Equity",
                                               "Date: 2024-05-02",
                                               "Company Name: Kestrel Pumps Inc", "Company Ticker: KPI US Equity",
                                               "Date: 2024-05-02",
                                               "FINAL"};
    CHECK(running_headers(text) == expected);
}

TEST_CASE("a speaker label recurring at page edges is no running header", "[layout][furniture]") {
    // "Operator" opens two pages and "Mara Vance" stands near the foot of
    // both; each is followed by what the speaker says.
    const std::string text = "Harrow Mills plc\nQ3 results\n\n"
                             "\fOperator\nGood morning and welcome to the call.\nMara Vance\nThank you. Sales rose.\n\n"
                             "\fOperator\nThe first question comes from Ian Holt.\nMara Vance\nFlat.\n\n"
                             "\fHarrow Mills plc\nQ3 results\nend of the call\n";
    CHECK(running_headers(text) == std::vector<std::string>{"Harrow Mills plc", "Q3 results", "Harrow Mills plc", "Q3 results"});
    // A label's firm or title line that recurs with it stays with it too.
    const std::string firm_lines = "Harrow Mills plc\n\n"
                                   "\fIan Holt\nBrightwater Capital, Research Division\nA question on costs.\n"
                                   "\fHarrow Mills plc\nIan Holt\nBrightwater Capital, Research Division\nAnother on capex.\n"
                                   "\fHarrow Mills plc\nthe end\n";
    CHECK(running_headers(firm_lines) == std::vector<std::string>{"Harrow Mills plc", "Harrow Mills plc", "Harrow Mills plc"});
}

TEST_CASE("headings are found through decoration and letter spacing, not in text", "[layout][headings]") {
    using ect::layout::classify_heading;
    using ect::layout::heading;
    CHECK(classify_heading("**Prepared Remarks:**") == heading::presentation);
    CHECK(classify_heading("### Q&A") == heading::qa);
    CHECK(classify_heading("  Question-and-Answer Session  ") == heading::qa);
    CHECK(classify_heading("Q U E S T I O N  A N D  A N S W E R") == heading::qa);
    CHECK(classify_heading("C O R P O R A T E  P A R T I C I P A N T S") == heading::company_roster);
    CHECK(classify_heading("Conference Call Participants\t") == heading::analyst_roster);
    CHECK(classify_heading("Q&A 2024") == heading::none);
    CHECK(classify_heading("Presentation, as shown") == heading::none);
    CHECK(classify_heading("Management's Presentation") == heading::none);
}

TEST_CASE("the language count reads letters in ASCII runs as it reads them one by one", "[text][language]") {
    // Ten Han characters weigh as forty letters: forty letters are not more.
    const std::string han = "业绩说明会业绩说明会";
    // Letters among the bytes next to them in ASCII (@ [ ` {), in runs of
    // eight and more so that the fast path counts them.
    const std::string forty = "@[`{abcdefghij@[`{KLMNOPQRST@[`{uvwxyzABCD@[`{EFGHIJKLMN@[`{";
    CHECK(ect::text::detect_language(han + forty) == "zh-Hans");
    CHECK(ect::text::detect_language(han + forty + "x") == "en");
    CHECK(ect::text::detect_language(forty + "Z" + han) == "en");
}
