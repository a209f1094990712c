// Chinese layouts on fixtures of our own (tests/fixtures/zh/): A-share IR
// records, write-ups in their other label styles, AlphaMemo bilingual
// exports; each also as Simplified, Big5, GB18030 and UTF-16 bytes.
#include "support.hpp"
#include "text/icu_tools.hpp"
#include "zh_convert.hpp"

#include <ect/ect.hpp>

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

namespace {

std::string fixture(const char* name) {
    const std::string text = zh_convert::read_file(ect_test::fixture_path(std::string("zh/") + name));
    REQUIRE(!text.empty());
    return text;
}

const ect::participant& speaker(const ect::transcript& t, std::size_t turn) {
    REQUIRE(turn < t.turns().size());
    REQUIRE(t.turns()[turn].participant);
    return t.participants()[*t.turns()[turn].participant];
}

bool has_title(const ect::participant& p, std::string_view canonical) {
    return std::find(p.titles.begin(), p.titles.end(), canonical) != p.titles.end();
}

bool has_diagnostic(const ect::transcript& t, std::string_view code) {
    return std::any_of(t.diagnostics().begin(), t.diagnostics().end(), [&](auto& d) { return d.code == code; });
}

std::vector<std::pair<std::size_t, std::size_t>> pairs(const ect::transcript& t) {
    std::vector<std::pair<std::size_t, std::size_t>> out;
    for (const auto& e : t.exchanges())
        for (auto q : e.question_turns)
            for (auto a : e.answer_turns) out.emplace_back(q, a);
    return out;
}

} // namespace

TEST_CASE("an A-share IR record: side markers, titled answers, investors without a firm", "[zh][ir-record]") {
    const ect::transcript t = ect::parse(fixture("ir_record_qingshan.txt"));
    CHECK(t.dialect() == "zh-ir-record");
    CHECK(t.metadata().company);
    if (t.metadata().company) CHECK(t.metadata().company->name == "青杉材料");
    REQUIRE(t.turns().size() == 8);
    for (std::size_t i = 0; i < 8; ++i) {
        CHECK(t.turns()[i].section == ect::section_kind::qa);
        CHECK(t.turns()[i].role == (i % 2 == 0 ? ect::role::analyst : ect::role::executive));
    }
    // 问：/问题2：/1、问:/4、… — one unnamed investor, no firm.
    for (std::size_t i : {0u, 2u, 4u, 6u}) {
        CHECK(speaker(t, i).name == "投资者");
        CHECK(speaker(t, i).latin == "Investor");
        CHECK(speaker(t, i).firm.empty());
        CHECK(t.turns()[i].questions.size() == 1);
    }
    CHECK(t.turns()[0].label == "问");
    CHECK(t.turns()[0].text == "请问公司一季度毛利率下降的原因是什么？");
    CHECK(t.turns()[2].label == "问题2");
    CHECK(t.turns()[4].label == "1、问");
    CHECK(t.turns()[4].text == "公司有没有回购股份的计划？");
    CHECK(t.turns()[6].text == "请问公司海外订单占比是多少？");
    // 答（财务总监）→ the CFO the form lists; 回答者：董事长 → the chairman;
    // 董秘： → the board secretary; a bare 答： → the company.
    CHECK(speaker(t, 1).name == "柏嘉树");
    CHECK(has_title(speaker(t, 1), "CFO"));
    CHECK(speaker(t, 1).latin == "Bai Jiashu");
    CHECK(speaker(t, 3).name == "贺明远");
    CHECK(has_title(speaker(t, 3), "chairman"));
    CHECK(t.turns()[3].text == "您好！新产线预计今年三季度投产。\n\xE3\x80\x80\xE3\x80\x80产能爬坡需要一个季度左右。");
    CHECK(speaker(t, 5).name == "詹雨桐");
    CHECK(has_title(speaker(t, 5), "board secretary"));
    CHECK(speaker(t, 7).name == "公司");
    CHECK(speaker(t, 7).role == ect::role::executive);
    // The form's closing rows are not part of the last answer.
    CHECK(t.turns()[7].text == "您好，海外订单占比约百分之十五。谢谢！");
    CHECK(pairs(t) == std::vector<std::pair<std::size_t, std::size_t>>{{0, 1}, {2, 3}, {4, 5}, {6, 7}});
    CHECK_FALSE(has_diagnostic(t, "needs-review"));
}

TEST_CASE("a briefing announcement with 提问者/回答者 field lines", "[zh][ir-record]") {
    const ect::transcript t = ect::parse(fixture("ir_record_qa_fields.txt"));
    CHECK(t.dialect() == "zh-ir-record");
    REQUIRE(t.turns().size() == 4);
    CHECK(speaker(t, 0).role == ect::role::analyst);
    CHECK(speaker(t, 0).firm.empty());
    CHECK(t.turns()[0].text == "贵公司储能业务的订单情况如何？");
    CHECK(speaker(t, 1).name == "庞若溪");
    CHECK(has_title(speaker(t, 1), "general manager"));
    CHECK(t.turns()[1].text == "您好！储能业务订单同比增长较快，具体请关注公司定期报告。");
    CHECK(speaker(t, 3).name == "凌晓东");
    CHECK(has_title(speaker(t, 3), "CFO"));
    CHECK(t.exchanges().size() == 2);
}

TEST_CASE("a record out of step is flagged for review", "[zh][ir-record]") {
    const ect::transcript t = ect::parse("青杉材料投资者关系活动记录表\n"
                                         "问：公司的产能利用率如何？\n"
                                         "答：产能利用率保持高位。\n"
                                         "答：另外新产线正在调试。\n"
                                         "问：明年是否扩产？\n");
    CHECK(t.dialect() == "zh-ir-record");
    CHECK(t.turns().size() == 4);
    CHECK(has_diagnostic(t, "needs-review"));
}

TEST_CASE("an IR record's numbered questions pair with the answer after them, 答： or not", "[zh][ir-record]") {
    for (const bool traditional : {false, true}) {
        INFO((traditional ? "Traditional" : "Simplified"));
        std::string text = fixture("ir_record_numbered.txt");
        if (traditional) text = zh_convert::to_fullwidth_punctuation(zh_convert::transform(text, "Hans-Hant"));
        const ect::transcript t = ect::parse(text);
        CHECK(t.dialect() == "zh-ir-record");
        // 1、…？ / 2. …？ / 问题三：…？ / 4．…?, each answered: by 答： or by the bare line after it.
        REQUIRE(t.turns().size() == 8);
        for (std::size_t i = 0; i < 8; ++i) {
            INFO(i);
            CHECK(t.turns()[i].role == (i % 2 == 0 ? ect::role::analyst : ect::role::executive));
            CHECK(t.turns()[i].questions.size() == (i % 2 == 0 ? 1u : 0u));
        }
        CHECK(pairs(t) == std::vector<std::pair<std::size_t, std::size_t>>{{0, 1}, {2, 3}, {4, 5}, {6, 7}});
        CHECK_FALSE(has_diagnostic(t, "needs-review"));
        if (!traditional) {
            CHECK(t.turns()[0].text == "公司今年的毛利率如何？");
            CHECK(t.turns()[2].text == "海外市场的拓展进展怎么样？");
            CHECK(t.turns()[3].text == "海外收入占比逐步提高，东南亚工厂预计下半年投产。");
            CHECK(t.turns()[3].label.empty());
            CHECK(t.turns()[7].text == "目前产能利用率约百分之八十五，后续会随订单逐步提升。");
        }
    }
    // The answer on the question's line: 1.…？答:… / 问题二：…？回复：… / …？ 答（董秘）：…
    for (const bool traditional : {false, true}) {
        std::string text = "禾川智造投资者关系活动记录表\n"
                           "1.关税对公司有什么影响？答:美国收入占比很低。\n"
                           "问题二：经营情况如何？回复：经营正常。\n"
                           "问题三：分红比例呢？ 答（董秘）：维持不变。\n";
        if (traditional) text = zh_convert::to_fullwidth_punctuation(zh_convert::transform(text, "Hans-Hant"));
        INFO(text);
        const ect::transcript t = ect::parse(text);
        CHECK(t.dialect() == "zh-ir-record");
        REQUIRE(t.turns().size() == 6);
        for (std::size_t i = 0; i < 6; ++i)
            CHECK(t.turns()[i].role == (i % 2 == 0 ? ect::role::analyst : ect::role::executive));
        CHECK(pairs(t) == std::vector<std::pair<std::size_t, std::size_t>>{{0, 1}, {2, 3}, {4, 5}});
        if (!traditional) {
            CHECK(t.turns()[0].text == "关税对公司有什么影响？");
            CHECK(t.turns()[1].text == "美国收入占比很低。");
            CHECK(t.turns()[2].text == "经营情况如何？");
            CHECK(t.turns()[3].label == "回复");
            CHECK(t.turns()[4].text == "分红比例呢？");
            CHECK(t.turns()[5].text == "维持不变。");
        }
    }
    // Without a heading or the form's rows, a numbered line asking waits for
    // a marker, and a question running on over lines is one question.
    const ect::transcript notes = ect::parse("问：公司今年的毛利率如何？\n"
                                             "另外，海外订单占比是多少？\n"
                                             "答：毛利率稳定，海外占比约一成。\n");
    REQUIRE(notes.turns().size() == 2);
    CHECK(notes.turns()[0].text == "公司今年的毛利率如何？\n另外，海外订单占比是多少？");
}

TEST_CASE("an IR record's visitor and receiver rows name participants and head no turn", "[zh][ir-record]") {
    auto find = [](const ect::transcript& t, std::string_view latin) -> const ect::participant* {
        for (const auto& p : t.participants())
            if (p.latin == latin) return &p;
        return nullptr;
    };
    struct expected {
        const char* latin;
        ect::role role;
        const char* firm;  // canonical, "" for none
        const char* title; // canonical, "" for none
    };
    const std::vector<std::pair<const char*, std::vector<expected>>> files{
        {"ir_record_numbered.txt",
         {{"Qi Yuanhang", ect::role::analyst, "CITIC Securities", ""},
          {"Yu Wanqing", ect::role::analyst, "CITIC Securities", ""},
          {"Teng Jiayan", ect::role::analyst, "E Fund Management", ""},
          {"Cen Yuan", ect::role::analyst, "", ""},
          {"Zhong Chengze", ect::role::executive, "", "chairman"},
          {"Luan Shuya", ect::role::executive, "", "board secretary"}}},
        // Values on the lines after the row's label: 机构：姓名，姓名 / 南方基金史博文
        // / Latin names / 董事长：顾承远 (which heads no turn).
        {"ir_record_rows.txt",
         {{"Han Zimo", ect::role::analyst, "Huatai Securities", ""},
          {"Yao Qingyue", ect::role::analyst, "Huatai Securities", ""},
          {"Shi Bowen", ect::role::analyst, "China Southern Asset Management", ""},
          {"Marley Quinn", ect::role::analyst, "CLSA", ""},
          {"Shao Yifan", ect::role::analyst, "Harvest Fund Management", ""},
          {"Gu Chengyuan", ect::role::executive, "", "chairman"},
          {"Mai Zhiqing", ect::role::executive, "", "CFO"}}},
    };
    for (const auto& [name, people] : files)
        for (const bool traditional : {false, true}) {
            INFO(name << (traditional ? " Traditional" : " Simplified"));
            std::string text = fixture(name);
            if (traditional) text = zh_convert::to_fullwidth_punctuation(zh_convert::transform(text, "Hans-Hant"));
            const ect::transcript t = ect::parse(text);
            CHECK(t.dialect() == "zh-ir-record");
            for (const expected& e : people) {
                INFO(e.latin);
                const ect::participant* p = find(t, e.latin);
                REQUIRE(p);
                CHECK(p->role == e.role);
                CHECK(p->firm.canonical == e.firm);
                if (*e.title) CHECK(has_title(*p, e.title));
                CHECK(p->turns == 0);
            }
            // Only the questions and answers are turns.
            for (const auto& u : t.turns()) {
                REQUIRE(u.participant);
                const auto& who = t.participants()[*u.participant];
                CHECK((who.latin == "Investor" || who.latin == "Company"));
            }
            CHECK(t.turns().size() == (std::string_view(name) == "ir_record_rows.txt" ? 4u : 8u));
        }
    // The form as a markdown table: the rows are cells after a bar.
    for (const bool traditional : {false, true}) {
        std::string text = "澄湖股份投资者关系活动记录表\n"
                           "| 参与单位名称及人员姓名 | 中信证券 祁远航、郁晚晴；易方达基金 滕嘉言 |\n"
                           "| 上市公司接待人员姓名 | 董事会秘书 栾书雅 |\n"
                           "| 投资者关系活动主要内容介绍 | 主要交流问题如下 |\n"
                           "1、公司今年的毛利率如何？\n"
                           "公司毛利率稳中有升。\n";
        if (traditional) text = zh_convert::to_fullwidth_punctuation(zh_convert::transform(text, "Hans-Hant"));
        INFO(text);
        const ect::transcript t = ect::parse(text);
        for (const char* latin : {"Qi Yuanhang", "Yu Wanqing", "Teng Jiayan", "Luan Shuya"}) {
            INFO(latin);
            const ect::participant* p = find(t, latin);
            REQUIRE(p);
            CHECK(p->turns == 0);
            CHECK(p->role == (std::string_view(latin) == "Luan Shuya" ? ect::role::executive : ect::role::analyst));
        }
        CHECK(find(t, "Teng Jiayan")->firm.canonical == "E Fund Management");
        CHECK(t.turns().size() == 2);
    }
    // A row that names nobody gives nobody.
    const ect::transcript online = ect::parse(fixture("ir_record_qingshan.txt"));
    CHECK(std::none_of(online.participants().begin(), online.participants().end(),
                       [](auto& p) { return p.role == ect::role::analyst && p.name != "投资者"; }));
}

TEST_CASE("news metadata: the company before its ticker, a year's or half year's results, a quarter after its year",
          "[zh][news][metadata]") {
    struct expected {
        const char* text;
        const char* company; // "" for none
        const char* ticker;
        int year;
        int quarter; // 0 for none
        const char* date;
    };
    const expected cases[] = {
        {"星河云科技（09876.HK）于3月20日公布2024年全年业绩。首席执行官张一鸣表示，公司全年收入增长20%。", "星河云科技",
         "09876.HK", 2024, 0, "2025-03-20"},
        {"8月28日晚间，澄湖股份(688912.SH)披露2024年上半年业绩。董事长顾承远表示，上半年订单饱满。", "澄湖股份",
         "688912.SH", 2024, 0, "2024-08-28"},
        {"澄湖环境科技股份有限公司（股票代码：600912）今日召开2024年度业绩说明会。董事长顾承远表示，订单饱满。",
         "澄湖环境科技股份有限公司", "600912", 2024, 0, ""},
        {"2024年，星河云科技第三季度营收同比增长12%。首席执行官张一鸣表示，第四季度将继续增长。", "", "", 2024, 3, ""},
        {"星河云科技2025年中期业绩已于8月26日发布。首席执行官张一鸣表示，中期收入稳定。", "", "", 2025, 0, "2025-08-26"},
        {"星河云科技(NASDAQ: XHYT)公布2025财年第二季度财报。首席执行官张一鸣表示，营收增长。", "星河云科技", "XHYT",
         2025, 2, ""},
        {"星河云科技（09876.HK/XHYT.US）公布2025年第一季度业绩。首席执行官张一鸣表示，营收增长。", "星河云科技",
         "09876.HK", 2025, 1, ""},
        {"星河云科技2024Q3业绩：首席执行官张一鸣表示，营收增长。", "", "", 2024, 3, ""},
        {"澄湖股份(688912.SH)发布2025年三季报。董事长顾承远表示，订单饱满。", "澄湖股份", "688912.SH", 2025, 3, ""},
        // Not a ticker: a year in brackets; not a quarter: 四季.
        {"星河云科技（2024）四季如春。首席执行官张一鸣表示，营收增长。", "", "", 0, 0, ""},
    };
    ect::text::script_folder fold;
    for (const expected& e : cases)
        for (const bool traditional : {false, true}) {
            std::string text = e.text;
            if (traditional) text = zh_convert::to_fullwidth_punctuation(zh_convert::transform(text, "Hans-Hant"));
            INFO(text);
            const ect::transcript t = ect::parse(text);
            const auto& m = t.metadata();
            if (*e.company) {
                REQUIRE(m.company);
                CHECK(fold.fold(m.company->name) == e.company);
                CHECK(m.company->ticker == e.ticker);
            } else {
                CHECK((!m.company || m.company->name.find("年") == std::string_view::npos));
                CHECK((!m.company || m.company->ticker.empty()));
            }
            if (e.year) {
                REQUIRE(m.period);
                CHECK(m.period->fiscal_year == e.year);
                CHECK(m.period->fiscal_quarter == (e.quarter ? std::optional<int>(e.quarter) : std::nullopt));
            } else {
                CHECK(!m.period);
            }
            if (*e.date) CHECK(m.date == e.date);
        }
    const ect::transcript f = ect::parse(fixture("news_full_year.txt"));
    REQUIRE(f.metadata().company);
    CHECK(f.metadata().company->name == "星河云科技");
    CHECK(f.metadata().date == "2025-03-20");
}

TEST_CASE("news: a report by 他 or 她 is the statement of the person named before it", "[zh][news]") {
    for (const bool traditional : {false, true}) {
        INFO((traditional ? "Traditional" : "Simplified"));
        std::string text = fixture("news_full_year.txt");
        if (traditional) text = zh_convert::to_fullwidth_punctuation(zh_convert::transform(text, "Hans-Hant"));
        const ect::transcript t = ect::parse(text);
        CHECK(t.kind() == ect::document_kind::news);
        std::vector<std::pair<std::string, std::string>> got;
        for (const auto& st : t.statements())
            got.emplace_back(t.participants()[st.participant].latin, std::string(st.text.substr(0, 6)));
        // 张一鸣表示 … 他指出 (same paragraph) … 他还透露 (the next one); 金晔称 … 她强调.
        // The last 他表示 follows a paragraph naming only 金晔, whom 她 named: nobody's.
        const std::vector<std::pair<std::string, std::string>> expected{
            {"Zhang Yiming", "公司"}, {"Zhang Yiming", "明年"}, {"Zhang Yiming", "公司"},
            {"Jin Ye", "毛利"},       {"Jin Ye", "公司"}};
        CHECK(got == expected);
        if (!traditional) {
            REQUIRE(t.statements().size() == 5);
            CHECK(t.statements()[0].text == "公司全年收入同比增长20%，海外业务贡献了一半的增量。");
            CHECK(t.statements()[1].cue == "指出");
            CHECK(t.statements()[1].text == "明年将继续加大研发投入。");
            CHECK(t.statements()[2].text == "公司计划在东南亚新建两座数据中心。");
        }
    }
    // 他们 and 其他 are nobody.
    const ect::transcript t = ect::parse("星河云科技发布第三季度财报。首席执行官张一鸣出席了电话会议。\n"
                                         "张一鸣表示，公司明年收入将增长20%。\n"
                                         "他们表示，渠道库存健康。\n"
                                         "其他高管指出，费用率会下降。\n");
    REQUIRE(t.statements().size() == 1);
    CHECK(t.statements()[0].text == "公司明年收入将增长20%。");
}

TEST_CASE("a write-up's analyst asking without question marks still has each of the questions", "[zh][writeup][questions]") {
    for (const bool traditional : {false, true}) {
        INFO((traditional ? "Traditional" : "Simplified"));
        std::string text = fixture("writeup_no_marks.txt");
        if (traditional) text = zh_convert::to_fullwidth_punctuation(zh_convert::transform(text, "Hans-Hant"));
        const ect::transcript t = ect::parse(text);
        CHECK(t.dialect() == "zh-writeup");
        REQUIRE(t.turns().size() == 5);
        ect::text::script_folder fold;
        auto questions = [&](std::size_t turn) {
            std::vector<std::string> out;
            for (const auto& q : t.turns()[turn].questions) out.push_back(fold.fold(q.text));
            return out;
        };
        // 第一个问题是关于…，第二个问题是…: one sentence, two questions; the
        // count (我有两个问题) and the congratulations are none.
        CHECK(questions(0) == std::vector<std::string>{"第一个问题是关于海外仓的扩张节奏", "第二个问题是关于四季度的运价走势。"});
        // 想请教一下…。另外…。谢谢。: the second opens with 另外; thanks are none.
        CHECK(questions(3) == std::vector<std::string>{"想请教一下管理层对明年资本开支的规划。",
                                                       "另外,公司在东南亚的网点布局会不会加快。"});
        CHECK(pairs(t) == std::vector<std::pair<std::size_t, std::size_t>>{{0, 1}, {0, 2}, {3, 4}});
    }
    // An announced question takes the sentences after it up to the one that
    // asks; 另外 before any question is no question of its own; 首先恭喜 is none.
    const ect::transcript t = ect::parse("云帆物流首席执行官邓明航出席了电话会议。\n"
                                         "以下为分析师问答环节主要内容：\n"
                                         "高盛分析师Ada Marsh：首先恭喜公司。另外我们注意到运价回落。"
                                         "第一个问题关于海外仓。今年新增多少个？最后一个问题是关于分红\n"
                                         "邓明航：今年新增三个，分红比例不变。\n");
    REQUIRE(t.turns().size() == 2);
    std::vector<std::string_view> got;
    for (const auto& q : t.turns()[0].questions) got.push_back(q.text);
    CHECK(got == std::vector<std::string_view>{"第一个问题关于海外仓。今年新增多少个？", "最后一个问题是关于分红"});
    // 首先…，其次… and 第一是…，第二是…; 第二季度 enumerates nothing.
    for (const char* asked : {"首先，关于海外仓的扩张节奏，其次，关于第二季度的运价走势。",
                              "第一是关于海外仓的扩张节奏，第二是关于第二季度的运价走势。"}) {
        INFO(asked);
        const ect::transcript r = ect::parse(std::string("云帆物流首席执行官邓明航出席了电话会议。\n"
                                                         "以下为分析师问答环节主要内容：\n"
                                                         "高盛分析师Ada Marsh：") +
                                             asked + "\n邓明航：海外仓明年继续扩张，运价持平。\n");
        REQUIRE(r.turns().size() == 2);
        CHECK(r.turns()[0].questions.size() == 2);
    }
}

TEST_CASE("write-up labels: operator, role|title name, stock quotes, (title), folded firms", "[zh][writeup]") {
    const ect::transcript t = ect::parse(fixture("writeup_wechat.txt"));
    CHECK(t.dialect() == "zh-writeup");
    REQUIRE(t.turns().size() == 9);
    CHECK(speaker(t, 0).name == "会议助手");
    CHECK(speaker(t, 0).role == ect::role::operator_);
    // 主持人|投资者关系主管方若琳(Ruolin Fang)
    CHECK(speaker(t, 1).name == "方若琳");
    CHECK(speaker(t, 1).latin == "Ruolin Fang");
    CHECK(has_title(speaker(t, 1), "head of investor relations"));
    CHECK(speaker(t, 1).role == ect::role::executive);
    // 摩根士丹利(MS)分析师梁志航(Kevin Leung)
    CHECK(speaker(t, 2).name == "梁志航");
    CHECK(speaker(t, 2).latin == "Kevin Leung");
    CHECK(speaker(t, 2).role == ect::role::analyst);
    CHECK(speaker(t, 2).firm.canonical == "Morgan Stanley");
    CHECK(t.turns()[2].questions.size() == 1);
    // 钱立衡(CEO) is the executive of the preamble, not a Latin alias.
    CHECK(speaker(t, 3).name == "钱立衡");
    CHECK(speaker(t, 3).latin == "Qian Liheng");
    CHECK(has_title(speaker(t, 3), "CEO"));
    CHECK(t.turns()[4].text == "补充一点，折旧压力可控。\n\xE3\x80\x80\xE3\x80\x80我们会持续优化成本结构。");
    // 瑞銀集團 and 瑞银集团: one analyst, one firm.
    CHECK(t.turns()[5].participant == t.turns()[7].participant);
    CHECK(speaker(t, 5).firm.canonical == "UBS");
    CHECK(speaker(t, 8).name == "孔书宁"); // a label indented with NBSP
    CHECK(pairs(t) == std::vector<std::pair<std::size_t, std::size_t>>{{2, 3}, {2, 4}, {5, 6}, {5, 8}, {7, 6}, {7, 8}});
}

TEST_CASE("call notes with Q:/A:, 问题: and 分析师:/管理层: labels", "[zh][writeup]") {
    const ect::transcript t = ect::parse(fixture("writeup_notes.txt"));
    CHECK(t.dialect() == "zh-writeup");
    REQUIRE(t.turns().size() == 6);
    for (std::size_t i = 0; i < 6; ++i) {
        CHECK(speaker(t, i).name == (i % 2 == 0 ? "分析师" : "管理层"));
        CHECK(speaker(t, i).role == (i % 2 == 0 ? ect::role::analyst : ect::role::executive));
    }
    CHECK(speaker(t, 0).latin == "Analyst");
    CHECK(speaker(t, 1).latin == "Management");
    CHECK(t.turns()[2].text == "海外授权的进展如何？");
    CHECK(t.exchanges().size() == 3);
}

TEST_CASE("a name the document links to its other form is one participant", "[zh][names]") {
    const ect::transcript t = ect::parse("新岭科技财报电话会议问答环节主要内容：\n"
                                         "高盛分析师Ada Marsh：请问明年的利润率目标是多少？\n"
                                         "Cheng Yixiao (程一笑)：我们的目标是继续提升。\n"
                                         "高盛分析师Ada Marsh：另外库存情况如何？\n"
                                         "程一笑：库存水平健康。\n");
    REQUIRE(t.turns().size() == 4);
    CHECK(t.turns()[1].participant == t.turns()[3].participant);
    CHECK(speaker(t, 3).latin == "Cheng Yixiao");
    // Compound surnames stay whole; transliterated Western names are kept.
    const ect::transcript u = ect::parse("问答环节主要内容：\n"
                                         "高盛分析师Ada Marsh：请问明年的利润率目标是多少？\n"
                                         "欧阳明远：我们的目标是继续提升。\n"
                                         "高盛分析师Ada Marsh：另外库存情况如何？\n"
                                         "欧阳明远：库存水平健康。\n"
                                         "瑞银分析师Ben Hale：海外呢？\n"
                                         "萨蒙·卡特：海外增长较快。\n"
                                         "瑞银分析师Ben Hale：谢谢。还有别的吗？\n"
                                         "萨蒙·卡特：没有了。\n");
    REQUIRE(u.turns().size() == 8);
    CHECK(speaker(u, 1).latin == "Ouyang Mingyuan");
    CHECK(speaker(u, 5).name == "萨蒙·卡特");
}

TEST_CASE("a bare name heads a turn when it recurs or another label gives it, and once and unknown it is text",
          "[zh][writeup]") {
    const ect::transcript t = ect::parse("问答环节主要内容：\n"
                                         "高盛分析师Ada Marsh：请问明年的利润率目标是多少？\n"
                                         "欧阳明远：我们的目标是继续提升。\n"
                                         "王强：这句只出现一次。\n"
                                         "高盛分析师Ada Marsh：另外库存情况如何？\n"
                                         "欧阳明远：库存水平健康。\n"
                                         "Cheng Yixiao (程一笑)：补充一句。\n"
                                         "程一笑：再补充一句。\n");
    REQUIRE(t.turns().size() == 6);
    // 欧阳明远 labels two turns; 王强 appears once, unknown, and stays in the turn before it.
    CHECK(speaker(t, 1).name == "欧阳明远");
    CHECK(t.turns()[1].participant == t.turns()[3].participant);
    CHECK(t.turns()[1].text.find("王强：这句只出现一次。") != std::string_view::npos);
    // 程一笑 is known as the other form the label before gives.
    CHECK(t.turns()[4].participant == t.turns()[5].participant);
    CHECK(speaker(t, 5).latin == "Cheng Yixiao");
}

TEST_CASE("AlphaMemo bilingual export: one turn per block, roles from who asks", "[zh][alphamemo]") {
    const ect::transcript t = ect::parse(fixture("alphamemo_bilingual.txt"));
    CHECK(t.dialect() == "alphamemo-bilingual");
    CHECK(t.metadata().company);
    REQUIRE(t.turns().size() == 7);
    CHECK(t.turns()[0].text.substr(0, 18) == "Welcome, everyone.");
    CHECK(t.turns()[0].text.find("歡迎各位") != std::string_view::npos);
    CHECK(t.turns()[1].text.find("Gross margin was 38%.") != std::string_view::npos);
    CHECK(t.turns()[0].section == ect::section_kind::presentation);
    CHECK(t.turns()[2].section == ect::section_kind::qa);
    CHECK(t.turns()[6].section == ect::section_kind::closing);
    // The host shares the company's label but asks: the asking side, no firm.
    CHECK(speaker(t, 2).name == "Kevin Hsu");
    CHECK(speaker(t, 2).role == ect::role::analyst);
    CHECK(speaker(t, 2).firm.empty());
    CHECK(speaker(t, 3).name == "Mei Lin");
    CHECK(speaker(t, 3).role == ect::role::executive);
    CHECK(has_title(speaker(t, 3), "investor relations"));
    CHECK(speaker(t, 4).name == "Oscar Tan");
    CHECK(speaker(t, 4).role == ect::role::analyst);
    CHECK(speaker(t, 4).firm.name == "Pine Ridge Securities");
    CHECK(pairs(t) == std::vector<std::pair<std::size_t, std::size_t>>{{2, 3}, {4, 5}});
}

TEST_CASE("AlphaMemo bilingual export: a byte-order mark or CRLF line ends keep the title's company", "[zh][alphamemo]") {
    const std::string lf = fixture("alphamemo_bilingual.txt");
    std::string crlf;
    for (char c : lf) {
        if (c == '\n') crlf += '\r';
        crlf += c;
    }
    for (const std::string& input : {"\xEF\xBB\xBF" + lf, crlf}) {
        const ect::transcript t = ect::parse(input);
        CHECK(t.dialect() == "alphamemo-bilingual");
        REQUIRE(t.metadata().company);
        CHECK(t.metadata().company->name == "鴻川電子");
        CHECK(t.turns().size() == 7);
    }
}

TEST_CASE("AlphaMemo bilingual export: a header with no text before the next heads no turn", "[zh][alphamemo]") {
    // The first header's next line is the second header: the second block's
    // header must not become the first block's text.
    const ect::transcript t = ect::parse("## Transcript\n"
                                         "**Ada Wu - Lakeside, CFO**\n"
                                         "**Ben Roe - Lakeside, CEO**\n"
                                         "(00:00:05) Revenue grew 4%.\n"
                                         "(00:00:05) 營收成長 4%。\n"
                                         "**Ada Wu - Lakeside, CFO**\n"
                                         "(00:00:20) Margins held.\n");
    REQUIRE(t.dialect() == "alphamemo-bilingual");
    REQUIRE(t.turns().size() == 2);
    CHECK(speaker(t, 0).name == "Ben Roe");
    CHECK(t.turns()[0].text == "Revenue grew 4%.\n(00:00:05) 營收成長 4%。");
    CHECK(t.turns()[0].label == "Ben Roe - Lakeside, CEO");
    CHECK(speaker(t, 1).name == "Ada Wu");
    CHECK(t.turns()[1].text == "Margins held.");
}

TEST_CASE("every Chinese fixture reads the same as Simplified, Big5, GB18030 and UTF-16", "[zh][conversion]") {
    ect::parser parser;
    ect::text::script_folder fold;
    auto signature = [&](const ect::transcript& t) {
        std::vector<std::string> out;
        for (const auto& turn : t.turns()) {
            std::string s = std::string(ect::to_string(turn.role)) + "|" + std::string(ect::to_string(turn.section));
            if (turn.participant) {
                const auto& p = t.participants()[*turn.participant];
                s.append("|").append(p.latin).append("|").append(p.firm.canonical);
            }
            s.append("|").append(fold.fold(turn.text));
            out.push_back(std::move(s));
        }
        return out;
    };
    for (const char* name : {"ir_record_qingshan.txt", "ir_record_qa_fields.txt", "ir_record_numbered.txt",
                             "ir_record_rows.txt", "writeup_wechat.txt", "writeup_notes.txt", "writeup_no_marks.txt"}) {
        INFO(name);
        const std::string text = fixture(name);
        const ect::transcript base = parser.parse(text);
        const auto expected = signature(base);
        REQUIRE(!expected.empty());
        const std::string traditional = zh_convert::transform(text, "Hans-Hant");
        struct variant {
            const char* what;
            std::string bytes;
            const char* encoding;
        };
        const std::vector<variant> variants{
            {"Traditional", traditional, "UTF-8"},
            {"full-width punctuation", zh_convert::to_fullwidth_punctuation(text), "UTF-8"},
            {"GB18030", zh_convert::encode(text, "GB18030"), "GB18030"},
            // Big5 has no NBSP: an indent in Big5 is a plain space.
            {"Big5", zh_convert::encode(zh_convert::replace_nbsp(traditional), "Big5"), "Big5"},
            {"UTF-16", zh_convert::encode(text, "UTF-16"), "UTF-16"},
        };
        for (const variant& v : variants) {
            INFO(v.what);
            const ect::transcript t = parser.parse(v.bytes);
            CHECK(std::string(t.source().encoding).rfind(v.encoding, 0) == 0);
            CHECK(t.dialect() == base.dialect());
            CHECK(signature(t) == expected);
        }
    }
}

TEST_CASE("bytes no encoding explains get a diagnostic naming the guess", "[zh][decode]") {
    std::string bytes = zh_convert::encode("投资者关系活动记录表：问：产能如何？答：保持稳定。", "GB18030");
    // Damage it beyond repair: stray bytes no Chinese encoding uses.
    for (std::size_t i = 0; i < bytes.size(); i += 3) bytes[i] = static_cast<char>(0xFF);
    const ect::transcript t = ect::parse(bytes);
    const auto it = std::find_if(t.diagnostics().begin(), t.diagnostics().end(),
                                 [](auto& d) { return d.code == "invalid-utf8" || d.code == "invalid-encoding"; });
    REQUIRE(it != t.diagnostics().end());
    CHECK(it->message.find("looked like") != std::string::npos);
}

TEST_CASE("an executive of two characters named before 出席 heads the turns of that name", "[zh][writeup]") {
    const ect::transcript t = ect::parse("公司董事长兼首席执行官张一鸣，首席财务官金晔出席了电话会议。\n"
                                         "以下为问答环节主要内容：\n"
                                         "高盛分析师Ada Marsh：请问明年的收入指引是多少？\n"
                                         "张一鸣：我们预计明年收入增长20%左右。\n"
                                         "金晔：补充一下，利润率会继续提升。\n");
    REQUIRE(t.turns().size() == 3);
    CHECK(speaker(t, 2).name == "金晔");
    CHECK(speaker(t, 2).latin == "Jin Ye");
    CHECK(has_title(speaker(t, 2), "CFO"));
    CHECK(t.participants().size() == 3);
}

TEST_CASE("news: a reporting verb inside 说明会 or before 感谢 reports nothing", "[zh][news]") {
    const ect::transcript t = ect::parse("宏晶半導體今日召開法說會，董事長林建宏、財務長黃怡君出席。\n"
                                         "林建宏在法說會上指出，第三季營收將季增5%至8%。\n"
                                         "黃怡君出席法人說明會。\n"
                                         "黃怡君對分析師的長期支持表示感謝。\n"
                                         "黃怡君表示，毛利率將維持穩定。\n");
    CHECK(t.kind() == ect::document_kind::news);
    REQUIRE(t.statements().size() == 2);
    CHECK(t.statements()[0].cue == "指出");
    CHECK(t.statements()[0].text == "第三季營收將季增5%至8%。");
    CHECK(t.statements()[1].cue == "表示");
    CHECK(t.statements()[1].text == "毛利率將維持穩定。");
}

TEST_CASE("titles joined by 暨 are each the person's title", "[zh][ir-record]") {
    const ect::transcript t = ect::parse("宏晶半導體今日舉行法人說明會，由董事長暨總經理林建宏、財務長黃怡君出席。\n"
                                         "問：第三季營收展望？\n"
                                         "答：預估季增5%至8%。\n");
    const auto& people = t.participants();
    const auto it = std::find_if(people.begin(), people.end(), [](auto& p) { return p.name == "林建宏"; });
    REQUIRE(it != people.end());
    CHECK(has_title(*it, "chairman"));
    CHECK(has_title(*it, "general manager"));
    // A record's answers by the joined title name the person the form lists.
    const ect::transcript r = ect::parse("青杉材料投资者关系活动记录表\n"
                                         "上市公司接待人员姓名\n"
                                         "董事长暨总经理 郑海涛\n"
                                         "问：公司毛利率同比下降的原因是什么？\n"
                                         "答（董事长暨总经理）：主要是部分产品年度降价。\n"
                                         "问：明年呢？\n"
                                         "董事长暨总经理：继续投入。\n");
    REQUIRE(r.turns().size() == 4);
    CHECK(speaker(r, 1).name == "郑海涛");
    CHECK(speaker(r, 3).name == "郑海涛");
    CHECK(r.turns()[3].text == "继续投入。");
}

TEST_CASE("an executive label with a title chain, a company, a title in brackets or 先生 heads a turn",
          "[zh][writeup]") {
    const std::pair<const char*, const char*> labels[] = {
        {"公司CEO 李思远", "CEO"},          {"公司首席执行官李思远", "CEO"}, {"董事长兼CEO李思远", "CEO"},
        {"李思远(首席执行官)", "CEO"},       {"李思远（首席财务官）", "CFO"}, {"李思远先生", ""},
    };
    for (const auto& [label, title] : labels) {
        INFO(label);
        const ect::transcript t = ect::parse(std::string("公司董事长兼首席执行官张一鸣等高管出席了电话会议。\n"
                                                         "以下为问答环节主要内容：\n"
                                                         "高盛分析师Ada Marsh：请问明年的收入指引是多少？\n"
                                                         "张一鸣：我们预计明年收入增长20%左右。\n") +
                                             label + "：补充一下，利润率会继续提升。\n");
        REQUIRE(t.turns().size() == 3);
        CHECK(speaker(t, 2).name == "李思远");
        CHECK(speaker(t, 2).role == ect::role::executive);
        if (*title) CHECK(has_title(speaker(t, 2), title));
        CHECK(t.turns()[2].text == "补充一下，利润率会继续提升。");
    }
}

TEST_CASE("an executive's Latin form from the preamble is the same person as its label", "[zh][writeup]") {
    const ect::transcript t = ect::parse("星河云科技副总裁周明(Eric Zhou)等高管出席了电话会议。\n"
                                         "以下为问答环节主要内容：\n"
                                         "高盛分析师Ada Marsh：请问海外业务的进展如何？\n"
                                         "Eric Zhou：海外业务进展顺利。\n");
    REQUIRE(t.turns().size() == 2);
    CHECK(t.participants().size() == 2);
    CHECK(speaker(t, 1).name == "周明");
    CHECK(speaker(t, 1).latin == "Eric Zhou");
    CHECK(has_title(speaker(t, 1), "vice president"));
}

TEST_CASE("a label of the shorter reading settles where a preamble's name ends", "[zh][writeup]") {
    const ect::transcript t = ect::parse("公司董事长兼首席执行官张一鸣，首席财务官金晔率队出席了电话会议。\n"
                                         "以下为问答环节主要内容：\n"
                                         "高盛分析师Ada Marsh：请问明年的收入指引是多少？\n"
                                         "张一鸣：我们预计明年收入增长20%左右。\n"
                                         "金晔：补充一下，利润率会继续提升。\n");
    REQUIRE(t.turns().size() == 3);
    CHECK(speaker(t, 2).name == "金晔");
    CHECK(has_title(speaker(t, 2), "CFO"));
    CHECK(speaker(t, 1).name == "张一鸣");
    CHECK(t.participants().size() == 3);
}

TEST_CASE("news: a later report by the two-character name settles where a name ends", "[zh][news]") {
    const ect::transcript t = ect::parse("星河云科技发布第三季度财报。首席执行官张一鸣、首席财务官金晔率队出席了电话会议。\n"
                                         "金晔表示，公司明年收入将增长20%。\n"
                                         "张一鸣指出，利润率也会继续提升。\n");
    CHECK(t.kind() == ect::document_kind::news);
    REQUIRE(t.statements().size() == 2);
    CHECK(t.statements()[0].text == "公司明年收入将增长20%。");
    CHECK(t.statements()[1].text == "利润率也会继续提升。");
    const auto& people = t.participants();
    CHECK(std::any_of(people.begin(), people.end(), [](auto& p) { return p.name == "金晔"; }));
    CHECK(std::none_of(people.begin(), people.end(), [](auto& p) { return p.name == "金晔率"; }));
}

TEST_CASE("news: a quotation in 「」 『』 or half-width marks is a direct statement as in “”", "[zh][news]") {
    for (const auto& [open, close] : std::vector<std::pair<std::string, std::string>>{
             {"“", "”"}, {"「", "」"}, {"『", "』"}, {"\"", "\""}}) {
        INFO(open);
        const std::string text = "蓝河科技（09999.HK）今日发布2025年第二季度业绩。\n\n"
                                 "蓝河科技首席执行官张一鸣表示，公司季度收入同比增长20%，海外业务贡献了一半的增量。\n\n" +
                                 open + "公司将继续加大研发投入，推动业务增长。" + close + "张一鸣补充道。\n\n"
                                 "财务总监金晔称，毛利率提升至45%。\n";
        const ect::transcript t = ect::parse(text);
        CHECK(t.kind() == ect::document_kind::news);
        REQUIRE(t.statements().size() == 3);
        const ect::statement& quoted = t.statements()[1];
        CHECK(t.participants()[quoted.participant].name == "张一鸣");
        CHECK(quoted.direct);
        CHECK(quoted.cue == "补充道");
        CHECK(quoted.text == "公司将继续加大研发投入，推动业务增长。");
        CHECK(t.statements()[0].text == "公司季度收入同比增长20%，海外业务贡献了一半的增量。");
    }
}
