// AlphaMemo.ai bilingual exports (Taiwan calls):
//   # 公司_日期, a "## Memo" of topic bullets citing [(hh:mm:ss) Speaker],
//   "## Transcript" with "### Presentation" / "### Q&A",
//   speaker blocks headed **Name - Company, Title**, each utterance given
//   twice: "(hh:mm:ss) English" then "(hh:mm:ss) 中文".
// One turn per speaker block, both language lines in it; the text starts
// after the first timestamp.
//
// The headers come from automatic diarisation and every speaker often gets
// the host company's name and title (an IR moderator interviewing the IR
// manager is labelled "MediaTek, Investor Relation" like her). So roles are
// taken from what people do in the Q&A — who asks, who answers — unless the
// header names another firm or says "Analyst".
#include "dialects/dialect.hpp"
#include "layout/x3_primitives.hpp"
#include "segment/assemble.hpp"
#include "text/icu_tools.hpp"
#include "text/utf8.hpp"

#include <algorithm>
#include <map>

namespace ect::dialects {

namespace {

namespace x3 = boost::spirit::x3;
using namespace layout::x3p;
using segment::marker;

const auto ascii_digit = code_point_parser{[](char32_t c) { return c >= '0' && c <= '9'; }};
const auto digits = x3::repeat(1, 2)[ascii_digit];
// "(00:05:27) " — the timestamp every utterance line opens with.
const auto timestamp = open_paren >> digits >> ':' >> digits >> -(':' >> digits) >> close_paren >> *space;

struct header {
    std::string_view name, company, title;
};

// **Name - Company, Title**   **Name - Company**   **Operator**
bool parse_header(std::string_view line, header& out) {
    const std::string_view s = text::trim(line);
    if (s.size() < 5 || s.substr(0, 2) != "**" || s.substr(s.size() - 2) != "**") return false;
    const std::string_view inner = text::trim(s.substr(2, s.size() - 4));
    if (inner.empty() || inner.find("**") != std::string_view::npos) return false;
    // Banners and disclaimers are bold too; a header is short and has no
    // sentence punctuation.
    if (text::count_code_points(inner) > 120 || inner.find("\xEF\xBC\x9A") != std::string_view::npos ||
        inner.find("\xE3\x80\x82") != std::string_view::npos || inner.find(':') != std::string_view::npos)
        return false;
    header h;
    const std::size_t dash_at = inner.find(" - ");
    h.name = text::trim(inner.substr(0, dash_at));
    if (dash_at != std::string_view::npos) {
        const std::string_view rest = text::trim(inner.substr(dash_at + 3));
        const std::size_t comma = rest.rfind(", ");
        h.company = text::trim(rest.substr(0, comma));
        if (comma != std::string_view::npos) h.title = text::trim(rest.substr(comma + 2));
    }
    if (h.name.empty() || text::count_code_points(h.name) > 40) return false;
    out = h;
    return true;
}

std::size_t timestamp_length(std::string_view line) {
    const std::size_t lead = text::trim_left_bytes(line);
    const std::size_t n = match_prefix(line.substr(lead), timestamp);
    return n == std::string_view::npos ? n : lead + n;
}

std::string_view heading_of(std::string_view line) {
    const std::string_view s = text::trim(line);
    if (s.substr(0, 1) != "#") return {};
    const std::size_t hashes = s.find_first_not_of('#');
    if (hashes == std::string_view::npos) return {};
    return text::trim(s.substr(hashes));
}

std::optional<section_kind> section_of(std::string_view heading) {
    if (text::iequals(heading, "Presentation") || heading == "簡報" || heading == "简报")
        return section_kind::presentation;
    if (text::iequals(heading, "Q&A") || text::iequals(heading, "Q & A") || heading == "問答" || heading == "问答")
        return section_kind::qa;
    return std::nullopt;
}

int score(const layout::document& doc) {
    int headers = 0, stamped = 0;
    bool transcript = false;
    // Each kind of line has its own first byte: a header opens with "**", a
    // timestamp with a parenthesis, half or full width (0xEF of U+FF08), a
    // heading with '#'. Other lines are none of them.
    doc.for_lines_with_edges("*(\xEF#", {}, [&](std::size_t i) {
        const std::string_view s = doc.trimmed(i);
        if (s[0] == '*') {
            header h;
            headers += parse_header(s, h) ? 1 : 0;
        } else if (s[0] == '(' || s[0] == '\xEF') stamped += timestamp_length(doc.line(i)) != std::string_view::npos ? 1 : 0;
        else if (s[0] == '#' && text::iequals(heading_of(s), "Transcript")) transcript = true;
    });
    if (headers < 2 || stamped < headers) return 0;
    return std::min(100, 40 + headers * 5 + (transcript ? 30 : 0));
}

bool asks(std::string_view s) {
    return s.find('?') != std::string_view::npos || s.find("\xEF\xBC\x9F") != std::string_view::npos;
}

struct block {
    std::size_t header_line = 0, first_line = 0, end_line = 0;
    header who;
    section_kind section = section_kind::presentation;
    bool asks = false;
};

void read(const layout::document& doc, segment::draft& d) {
    d.dialect = "alphamemo-bilingual";
    d.language = text::detect_language(doc.text);

    // The transcript part: after "## Transcript" when there is one, so the
    // memo's citations are never read as turns.
    std::size_t start = 0;
    for (std::size_t i = 0; i < doc.size(); ++i)
        if (text::iequals(heading_of(doc.line(i)), "Transcript")) {
            start = i + 1;
            break;
        }

    std::vector<marker> markers;
    std::vector<block> blocks;
    section_kind section = section_kind::presentation;
    for (std::size_t i = start; i < doc.size(); ++i) {
        const std::string_view line = doc.line(i);
        if (auto k = section_of(heading_of(line))) {
            section = *k;
            markers.push_back({i, marker::kind::heading, *k, {}, {}, 0, std::nullopt});
            if (!blocks.empty() && !blocks.back().end_line) blocks.back().end_line = i;
            continue;
        }
        header h;
        if (!parse_header(line, h)) continue;
        if (!blocks.empty() && !blocks.back().end_line) blocks.back().end_line = i;
        block b;
        b.header_line = i;
        b.who = h;
        b.section = section;
        b.first_line = i;
        for (std::size_t j = i + 1; j < doc.size(); ++j)
            if (!doc.trimmed(j).empty()) {
                b.first_line = j;
                break;
            }
        blocks.push_back(b);
    }
    if (!blocks.empty() && !blocks.back().end_line) blocks.back().end_line = doc.size();
    // A header followed at once by the next header or heading heads no text:
    // its first line is the next block's, not its own.
    for (block& b : blocks)
        if (b.first_line >= b.end_line) b.first_line = b.header_line;

    // The English line of each utterance comes first; a question mark in any
    // of a block's lines makes it an asking block.
    for (block& b : blocks)
        for (std::size_t j = b.first_line; j < b.end_line && j < doc.size(); ++j)
            if (asks(doc.line(j))) b.asks = true;

    // The host company: the one most headers name.
    std::map<std::string_view, int> companies;
    for (const block& b : blocks)
        if (!b.who.company.empty()) ++companies[b.who.company];
    std::string_view host;
    int most = 0;
    for (auto& [c, n] : companies)
        if (n > most) host = c, most = n;

    // Who asks in the Q&A: at least half of their blocks ask something (a
    // host's thanks and sign-off ask nothing).
    std::map<std::string_view, std::pair<int, int>> qa; // name → (blocks, asking)
    for (const block& b : blocks)
        if (b.section == section_kind::qa) {
            auto& [n, a] = qa[b.who.name];
            ++n;
            a += b.asks;
        }
    auto role_of = [&](const header& h) {
        if (text::iequals(h.name, "Operator") || h.name == "主持人" || h.name == "會議助手" || h.name == "会议助手")
            return role::operator_;
        if (text::ifind(h.title, "analyst") != std::string_view::npos || h.title.find("分析") != std::string_view::npos)
            return role::analyst;
        if (!h.company.empty() && h.company != host) return role::analyst;
        const auto it = qa.find(h.name);
        if (it != qa.end() && it->second.second > 0 && it->second.second * 2 >= it->second.first) return role::analyst;
        return role::executive;
    };

    // The host's last word after the last answer, asking nothing, is the
    // closing.
    std::optional<std::size_t> closing;
    if (blocks.size() >= 2) {
        const block& last = blocks.back();
        if (last.section == section_kind::qa && !last.asks && role_of(last.who) == role::analyst)
            closing = blocks.size() - 1;
    }

    for (std::size_t k = 0; k < blocks.size(); ++k) {
        const block& b = blocks[k];
        const role r = role_of(b.who);
        if (closing && *closing == k)
            markers.push_back({b.header_line, marker::kind::heading, section_kind::closing, {}, {}, 0, std::nullopt});
        else
            markers.push_back({b.header_line, marker::kind::skip, section_kind::qa, {}, {}, 0, std::nullopt});
        if (b.first_line == b.header_line) continue;
        // An asker labelled with the host company is the diarisation's
        // artefact: no firm, and the host's title is not theirs.
        segment::speaker who{b.who.name, b.who.title, b.who.company, {}, r};
        if (r != role::executive && b.who.company == host) who.firm = {}, who.title = {};
        if (r == role::executive) who.firm = {};
        const std::string_view first = doc.line(b.first_line);
        const std::size_t stamp = timestamp_length(first);
        const std::size_t base = doc.span_of(b.first_line).begin;
        const byte_span header_span = doc.span_of(b.header_line);
        const std::string_view header_text = doc.line(b.header_line);
        const std::size_t lead = text::trim_left_bytes(header_text) + 2;
        const std::size_t trail = text::trim_right_bytes(header_text) + 2;
        marker m;
        m.line = b.first_line;
        m.what = marker::kind::label;
        m.who = who;
        m.label = {header_span.begin + lead, header_span.end - trail};
        m.body = base + (stamp == std::string_view::npos ? 0 : stamp);
        markers.push_back(m);
    }
    segment::assemble(doc, std::move(markers), d);
}

} // namespace

const dialect alphamemo_bilingual{"alphamemo-bilingual", score, read, 100};

} // namespace ect::dialects
