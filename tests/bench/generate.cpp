// Synthetic transcripts from our own templates (invented companies and
// people), long enough to show how the parser scales: a roster, an operator
// introducing each analyst, questions, executive answers, and page furniture
// (form feed, running header, page number) every few dozen lines.
#include "generate.hpp"

#include <array>
#include <cstdint>
#include <string>

namespace ect::bench {

namespace {

// A small deterministic generator: the same text on every run.
struct lcg {
    std::uint64_t s = 0x9E3779B97F4A7C15ull;
    std::size_t pick(std::size_t n) {
        s = s * 6364136223846793005ull + 1442695040888963407ull;
        return static_cast<std::size_t>((s >> 33) % n);
    }
};

template <std::size_t N>
const char* any(lcg& r, const std::array<const char*, N>& a) { return a[r.pick(N)]; }

constexpr std::array<const char*, 4> en_execs{"Alice Carter", "Brian Lowe", "Carmen Ortiz", "Derek Nunes"};
constexpr std::array<const char*, 4> en_exec_titles{"Chief Executive Officer", "Chief Financial Officer",
                                                    "President", "Head of Investor Relations"};
constexpr std::array<const char*, 6> en_analysts{"Dana Price", "Evan Brooks", "Fiona Walsh",
                                                 "George Lin", "Hannah Scott", "Ivan Petrov"};
constexpr std::array<const char*, 6> en_firms{"Example Securities", "Harbor Capital Markets", "Summit Research",
                                              "Bluewater Partners", "Northgate Bank", "Meridian Advisors"};
constexpr std::array<const char*, 6> en_questions{
    "Could you talk about the demand you are seeing in the enterprise segment?",
    "How should we think about gross margin for the rest of the year?",
    "Can you give us more color on the pricing environment in Europe?",
    "What drove the working capital build this quarter, and does it reverse?",
    "Are you seeing any change in customer ordering patterns since the summer?",
    "How much of the guidance assumes the new product line ships on time?"};
constexpr std::array<const char*, 8> en_answers{
    "Thanks for the question. We saw steady demand across our regions and the pipeline remains healthy.",
    "On margin, we expect the mix to improve as the new facility ramps through the second half.",
    "Pricing has been stable, and we have not had to give up share to hold it.",
    "Most of the inventory build was planned ahead of the seasonal peak and should unwind next quarter.",
    "We remain disciplined on operating expenses while continuing to invest in research and development.",
    "Customers are taking a little longer to sign, but the size of the commitments has gone up.",
    "Our guidance reflects what we can see today and leaves room for the usual timing differences.",
    "I would add that free cash flow conversion was above our long-term target this quarter."};

constexpr std::array<const char*, 4> zh_execs{"林志远", "周雅文", "陈立新", "赵明"};
constexpr std::array<const char*, 6> zh_analysts{"王嘉明", "李思远", "张晓东", "刘芳", "黄志强", "吴敏"};
constexpr std::array<const char*, 6> zh_firms{"摩根士丹利", "高盛", "中金公司", "花旗", "瑞银", "美银证券"};
constexpr std::array<const char*, 5> zh_questions{
    "感谢管理层。我的问题是关于海外业务的。能否请管理层介绍一下未来的增长策略?",
    "恭喜公司取得强劲的业绩。请问毛利率在下半年会有怎样的变化?",
    "想请教一下广告业务的恢复情况,以及明年的投入节奏如何规划?",
    "关于新产品的商业化进展,管理层能否分享一些具体的数据?",
    "请问公司如何看待行业竞争格局的变化?"};
constexpr std::array<const char*, 6> zh_answers{
    "谢谢你的问题。本季度我们在各个地区都看到了稳定的需求,整体经营情况保持健康。",
    "在毛利率方面,随着新产能逐步释放,我们预计产品结构会持续改善。",
    "我们会继续保持费用纪律,同时加大对研发和技术基础设施的投入。",
    "从用户规模来看,日活跃用户同比增长,用户使用时长也有所提升。",
    "海外市场仍处在投入期,但亏损已经明显收窄,我们对长期前景有信心。",
    "我们会根据市场情况灵活调整节奏,确保投入与回报相匹配。"};

// An executive's answer as calls give them: three to five paragraphs of
// three sentences and up to `more` more each (English about 1.6 KB,
// Chinese about 1.4 KB). Answers of one line would make the text five to ten
// times denser in turns than a real call (English calls average about 1 KB
// a turn, Chinese write-ups 1.5-2 KB), and the scaling figure would measure
// that mix, not size.
template <std::size_t N>
void answer(std::string& out, lcg& r, std::size_t& lines, const std::array<const char*, N>& sentences_of,
            std::size_t more, std::string_view between) {
    const std::size_t paragraphs = 3 + r.pick(3);
    for (std::size_t p = 0; p < paragraphs; ++p) {
        if (p > 0) out += '\n';
        const std::size_t sentences = 3 + r.pick(more + 1);
        for (std::size_t k = 0; k < sentences; ++k) {
            if (k > 0) out += between;
            out += any(r, sentences_of);
        }
    }
    out += '\n';
    lines += paragraphs;
}

void en_answer(std::string& out, lcg& r, std::size_t& lines) { answer(out, r, lines, en_answers, 3, " "); }
void zh_answer(std::string& out, lcg& r, std::size_t& lines) { answer(out, r, lines, zh_answers, 2, ""); }

void english(std::string& out, std::size_t target) {
    lcg r;
    out += "Northwind Robotics Inc. (NWRB) Q3 2025 Earnings Call\nOctober 28, 2025\n";
    out += "Operator: Good day, and welcome to the Northwind Robotics third quarter earnings call. With us today are ";
    for (std::size_t i = 0; i < en_execs.size(); ++i) out += std::string(en_execs[i]) + ", " + en_exec_titles[i] + "; ";
    out += "and the company's investor relations team.\n";
    out += std::string(en_execs[0]) + ": Thank you, operator. ";
    std::size_t lines = 0, page = 1;
    en_answer(out, r, lines);
    while (out.size() < target) {
        const std::size_t a = r.pick(en_analysts.size());
        out += std::string("Operator: Our next question comes from ") + en_analysts[a] + " with " + en_firms[a] +
               ". Your line is open.\n";
        out += std::string(en_analysts[a]) + ": Thanks for taking my question. " + any(r, en_questions) + " " +
               any(r, en_questions) + "\n";
        // One executive answers, half the time a second adds to it; a third
        // of the analysts come back with a follow-up.
        out += std::string(any(r, en_execs)) + ": ";
        en_answer(out, r, lines);
        if (r.pick(2) == 0) {
            out += std::string(any(r, en_execs)) + ": ";
            en_answer(out, r, lines);
        }
        if (r.pick(3) == 0) {
            out += std::string(en_analysts[a]) + ": Thanks. And just a follow-up. " + any(r, en_questions) + "\n";
            out += std::string(any(r, en_execs)) + ": ";
            en_answer(out, r, lines);
        }
        if ((lines += 3) > 60) {
            lines = 0;
            out += "Northwind Robotics Inc. Q3 2025 Earnings Call\nPage " + std::to_string(page++) + "\n\f";
            out += "Northwind Robotics Inc. Q3 2025 Earnings Call\n";
        }
    }
    out += "Operator: This concludes today's conference call. You may now disconnect.\n";
}

void chinese(std::string& out, std::size_t target) {
    lcg r;
    out += "财经快讯 > 正文\n2025-08-21 21:16\n星河科技今日发布了截至6月30日的2025年第二季度财报:营收为120亿元,同比增长9.5%。\n";
    out += std::string("财报发布后,星河科技联合创始人、首席执行官") + zh_execs[0] + ",首席财务官" + zh_execs[1] +
           "等高管出席了随后举行的财报电话会议,解读财报要点,并回答分析师提问。\n";
    out += "以下即为本次电话会议分析师问答环节主要内容:\n";
    std::size_t lines = 0, page = 1;
    while (out.size() < target) {
        const std::size_t a = r.pick(zh_analysts.size());
        out += std::string(zh_firms[a]) + "分析师" + zh_analysts[a] + ":" + any(r, zh_questions) + "\n";
        // One executive answers, half the time the other adds to it.
        out += std::string(zh_execs[r.pick(2)]) + ":";
        zh_answer(out, r, lines);
        if (r.pick(2) == 0) {
            out += std::string(zh_execs[r.pick(2)]) + ":";
            zh_answer(out, r, lines);
        }
        if ((lines += 1) > 60) {
            lines = 0;
            out += "- " + std::to_string(page++) + " -\n\f";
        }
    }
    out += "(完)\n";
}

} // namespace

std::string generate_transcript(std::string_view language, std::size_t bytes) {
    std::string out;
    out.reserve(bytes + 4096);
    if (language == "zh") chinese(out, bytes);
    else english(out, bytes);
    return out;
}

} // namespace ect::bench
