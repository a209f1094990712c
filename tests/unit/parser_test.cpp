// Whole documents through the public API, on fixtures of our own.
#include "support.hpp"

#include <ect/ect.hpp>

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace {

constexpr std::string_view zh_writeup =
    "財經快訊> 正文\n"
    "2026-11-05 20:30\n"
    "北風機器人今日發佈了2026年第三季度財報:營收為41億元。\n"
    "詳見:北風機器人第三季度營收41億元\n"
    "財報發佈后,北風機器人聯合創始人、首席執行官林海濤,CFO周靜等高管出席了電話會議。\n"
    "以下即為本次電話會議分析師問答環節主要內容:\n"
    "高盛分析師Marcus Bell:恭喜管理層取得強勁的業績。請問訂單增長主要來自哪些客戶?明年的定價策略會如何變化?\n"
    "林海濤:我們的訂單主要來自電商和物流客戶。\n"
    "明年我們預計價格會保持穩定。\n"
    "瑞銀集團分析師Felix Wong:毛利率提升的主要原因是什麼?\n"
    "周靜:主要來自零部件成本下降。\n"
    "(持續更新中。。。)";

} // namespace

using ect_test::find_person;

TEST_CASE("a Chinese write-up: sections, labels, firms, questions, exchanges", "[parser]") {
    const ect::transcript t = ect::parse(zh_writeup);
    CHECK(t.kind() == ect::document_kind::transcript);
    CHECK(t.dialect() == "zh-writeup");
    CHECK(t.language() == "zh-Hant");
    REQUIRE(t.turns().size() == 4);
    CHECK(t.turns()[0].label == "高盛分析師Marcus Bell");
    CHECK(t.turns()[0].text.substr(0, 6) == "恭喜");
    CHECK(t.turns()[1].text == "我們的訂單主要來自電商和物流客戶。\n明年我們預計價格會保持穩定。");
    for (const auto& turn : t.turns()) {
        CHECK(turn.section == ect::section_kind::qa);
        if (turn.pieces.empty()) CHECK(t.slice(turn.span) == turn.text);
    }
    CHECK(t.turns()[0].questions.size() == 2);
    CHECK(t.turns()[2].questions.size() == 1);

    const auto* bell = find_person(t, "Marcus Bell");
    REQUIRE(bell);
    CHECK(bell->role == ect::role::analyst);
    CHECK(bell->firm.name == "高盛");
    CHECK(bell->firm.canonical == "Goldman Sachs");
    const auto* wong = find_person(t, "Felix Wong");
    REQUIRE(wong);
    CHECK(wong->firm.canonical == "UBS");
    const auto* lin = find_person(t, "林海濤");
    REQUIRE(lin);
    CHECK(lin->role == ect::role::executive);
    CHECK(lin->latin == "Lin Haitao");
    CHECK(std::find(lin->titles.begin(), lin->titles.end(), "CEO") != lin->titles.end());
    const auto* zhou = find_person(t, "周靜");
    REQUIRE(zhou);
    CHECK(zhou->turns == 1);

    REQUIRE(t.exchanges().size() == 2);
    CHECK(t.exchanges()[0].question_turns == std::vector<std::size_t>{0});
    CHECK(t.exchanges()[0].answer_turns == std::vector<std::size_t>{1});

    REQUIRE(t.sections().size() == 2);
    CHECK(t.sections()[0].kind == ect::section_kind::preamble);
    CHECK(t.sections()[1].kind == ect::section_kind::qa);
    CHECK(t.sections()[1].span.end == t.text().size());
    REQUIRE(t.skipped().size() == 1);
    CHECK(t.skipped()[0].kind == ect::skip_kind::editor_note);

    CHECK(t.metadata().date == "2026-11-05");
    REQUIRE(t.metadata().period);
    CHECK(t.metadata().period->fiscal_year == 2026);
    CHECK(t.metadata().period->fiscal_quarter == 3);
    REQUIRE(t.metadata().company);
    CHECK(t.metadata().company->name == "北風機器人");
}

TEST_CASE("header fields name the company and its ticker", "[parser]") {
    const ect::transcript t = ect::parse("Earnings Call Transcript\n"
                                         "Company: Larkspur Robotics (拉克斯珀)\n"
                                         "Ticker: LRKR\n"
                                         "Quarter: Q3 2026\n\n"
                                         "Operator: Welcome to the call.\n"
                                         "Dana Reyes: Thank you. Revenue grew 12%.\n");
    REQUIRE(t.metadata().company);
    CHECK(t.metadata().company->name == "Larkspur Robotics");
    CHECK(t.metadata().company->ticker == "LRKR");
    // Markdown emphasis around the field.
    const ect::transcript md = ect::parse("# LRKR Q3 2026 Earnings Call\n\n**Company:** LRKR\n\n"
                                          "Operator: Welcome to the call.\nDana Reyes: Thank you.\n");
    REQUIRE(md.metadata().company);
    CHECK(md.metadata().company->name == "LRKR");
    CHECK(md.metadata().company->ticker.empty());
    // A speaker called Company says a sentence, not a name; and a field
    // deep in the text is speech.
    std::string late = "Operator: Welcome to the Larkspur Robotics Q3 2026 call.\n"
                       "Company: thanks, everyone, for joining us today.\n";
    for (int i = 0; i < 40; ++i) late += "Dana Reyes: Revenue grew.\n";
    late += "Company: Other Name\n";
    const ect::transcript speech = ect::parse(late);
    REQUIRE(speech.metadata().company);
    CHECK(speech.metadata().company->name == "Larkspur Robotics");
}

TEST_CASE("title lines name the company, its ticker and the period", "[parser]") {
    // The metadata views the transcript's text: each transcript is kept.
    std::vector<ect::transcript> kept;
    kept.reserve(8);
    const auto metadata_of = [&](std::string_view head) {
        kept.push_back(ect::parse(std::string(head) + "\nOperator: Welcome to the call.\nDana Reyes: Thank you. Revenue grew 12%.\n"));
        return kept.back().metadata();
    };
    // StreetEvents: a Reuters code, then the period, then the company.
    const ect::metadata se = metadata_of("THOMSON REUTERS STREETEVENTS EDITED TRANSCRIPT\n"
                                         "HLXM.N - Q3 2019 Halvorsen Maritime Corp Earnings Call\n");
    REQUIRE(se.company);
    CHECK(se.company->name == "Halvorsen Maritime Corp");
    CHECK(se.company->ticker == "HLXM.N");
    // The period opening the title under a banner: not the banner.
    const ect::metadata banner = metadata_of("THOMSON REUTERS STREETEVENTS EDITED TRANSCRIPT\nQ3 2019 Apple Inc Earnings Call\n");
    REQUIRE(banner.company);
    CHECK(banner.company->name == "Apple Inc");
    // A year's results name no quarter.
    const ect::metadata year = metadata_of("NWPT.L - Full Year 2018 Newport Aggregates PLC Earnings Call\n");
    REQUIRE(year.company);
    CHECK(year.company->name == "Newport Aggregates PLC");
    REQUIRE(year.period);
    CHECK(year.period->fiscal_year == 2018);
    CHECK_FALSE(year.period->fiscal_quarter);
    const ect::metadata interim = metadata_of("Harbourline Bank plc\nInterim Results 2025\n");
    REQUIRE(interim.period);
    CHECK(interim.period->fiscal_year == 2025);
    CHECK_FALSE(interim.period->fiscal_quarter);
    // A quarter named anywhere in the head wins over "full year" guidance.
    const ect::metadata quarter = metadata_of("Operator: Our full year 2025 outlook is unchanged.\nQ2 2025 Larkspur Robotics Earnings Call\n");
    REQUIRE(quarter.period);
    CHECK(quarter.period->fiscal_quarter == 2);
    // S&P Capital IQ: the company line ends with the exchange and ticker;
    // FQ is the fiscal quarter.
    const ect::metadata ciq = metadata_of("Tessaline Therapeutics, Inc. NasdaqGS:TSLN\nFQ2 2023 Earnings Call Transcripts\n");
    REQUIRE(ciq.company);
    CHECK(ciq.company->name == "Tessaline Therapeutics, Inc.");
    CHECK(ciq.company->ticker == "TSLN");
    REQUIRE(ciq.period);
    CHECK(ciq.period->fiscal_year == 2023);
    CHECK(ciq.period->fiscal_quarter == 2);
    // Seeking Alpha: the ticker in parentheses.
    const ect::metadata sa = metadata_of("Halvorsen Marine Systems, Inc. (NYSE:HMS) Q3 2023 Earnings Call Transcript\n");
    REQUIRE(sa.company);
    CHECK(sa.company->name == "Halvorsen Marine Systems, Inc.");
    CHECK(sa.company->ticker == "HMS");
}

TEST_CASE("a Chinese news article gives statements, not turns", "[parser]") {
    const ect::transcript t = ect::parse(
        "11月5日,北风机器人发布2026年第三季度业绩。\n"
        "北风联合创始人、董事长兼CEO林海涛在电话会议上表示,订单增长主要来自物流客户。\n"
        "财报显示,本季度营收41亿元。\n"
        "“我们会继续投入研发。”林海涛补充道。\n");
    CHECK(t.kind() == ect::document_kind::news);
    CHECK(t.turns().empty());
    REQUIRE(t.statements().size() == 2);
    CHECK(t.statements()[0].cue == "表示");
    CHECK(t.statements()[0].text.substr(0, 6) == "订单");
    CHECK_FALSE(t.statements()[0].direct);
    CHECK(t.statements()[1].direct);
    CHECK(t.statements()[1].text == "我们会继续投入研发。");
    CHECK(t.metadata().date == "2026-11-05");
}

TEST_CASE("empty and blank input give a diagnostic, not an exception", "[parser]") {
    const ect::transcript empty = ect::parse("");
    CHECK(empty.kind() == ect::document_kind::unknown);
    REQUIRE_FALSE(empty.diagnostics().empty());
    CHECK(empty.diagnostics()[0].code == "empty-input");
    const ect::transcript blank = ect::parse("  \n\n\t\n");
    REQUIRE_FALSE(blank.diagnostics().empty());
    CHECK(blank.diagnostics()[0].code == "blank-input");
}

TEST_CASE("invalid UTF-8 is reported with line and column", "[parser]") {
    const ect::transcript t = ect::parse("Operator: Welcome.\nJane Doe: Hi \xFF there?\nJane Doe: More?\n");
    const auto& d = t.diagnostics();
    const auto it = std::find_if(d.begin(), d.end(), [](const auto& x) { return x.code == "invalid-utf8"; });
    REQUIRE(it != d.end());
    CHECK(it->line == 2);
    CHECK(it->column == 14);
}

TEST_CASE("a string given to parse is the transcript's text, not a copy of it", "[parser]") {
    std::string call = "Operator: Our first question comes from Dana Price.\nDana Price: How are margins?\n";
    const char* const at = call.data();
    const std::string same = call;
    ect::parser parser;
    const auto t = parser.parse(std::move(call));
    CHECK(t.text().data() == at);
    CHECK(t.text() == same);
    CHECK(t.turns().size() == parser.parse(std::string_view(same)).turns().size());
    // The free function takes the same path; GBK input is converted as a view of it is.
    const std::string gbk = "\xB3\xCC\xD2\xBB\xD0\xA6\xA3\xBA\xC4\xE3\xBA\xC3\xA1\xA3\n"; // 程一笑：你好。
    const auto owned = ect::parse(std::string(gbk));
    const auto viewed = ect::parse(std::string_view(gbk));
    CHECK(owned.text() == viewed.text());
    CHECK(owned.source().encoding == viewed.source().encoding);
}

TEST_CASE("a file parses as its bytes do, whatever their encoding", "[parser]") {
    // parse_file hands its buffer to the decoder (valid UTF-8 is kept, not
    // copied); the result must be what parse() makes of the same bytes.
    const auto path = std::filesystem::temp_directory_path() / "ect_file_bytes_test.txt";
    const std::string utf8 = "Operator: Our first question comes from Dana Price.\nDana Price: How are margins?\n";
    const std::string gbk = "\xB3\xCC\xD2\xBB\xD0\xA6\xA3\xBA\xC4\xE3\xBA\xC3\xA1\xA3\n"; // 程一笑：你好。
    const std::string damaged = "Operator: hello\nDana Price: a \xFF byte\n";
    ect::parser parser;
    for (const std::string& bytes : {utf8, gbk, damaged}) {
        std::ofstream(path, std::ios::binary) << bytes;
        const auto from_file = parser.parse_file(path);
        const auto from_bytes = parser.parse(bytes);
        CHECK(from_file.text() == from_bytes.text());
        CHECK(from_file.source().encoding == from_bytes.source().encoding);
        CHECK(from_file.turns().size() == from_bytes.turns().size());
        CHECK(from_file.diagnostics().size() == from_bytes.diagnostics().size());
    }
    std::filesystem::remove(path);
}
