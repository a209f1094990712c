// A-share investor-relations records (投资者关系活动记录表) and results-
// briefing write-ups (业绩说明会召开情况的公告): a form of rows
// (证券代码, 投资者关系活动类别 with a checkbox line, 参与单位名称及人员姓名,
// 上市公司接待人员姓名, 投资者关系活动主要内容介绍 …) whose content cell holds
// the Q&A as side markers rather than names:
//   问：… / 答：…   问题1：… / 回答：…   1、问:…   1、…？ then 答：…
//   提问者：… / 回答者：…   答（董秘）：…   董事长张伟：…
// Questioners are investors, usually unnamed and with no firm; answers come
// from the executives the form lists as receiving the investors, found by
// the title the answer gives (董秘, 财务总监 …).
#include "data/cue_table.hpp"
#include "data/title_table.hpp"
#include "dialects/dialect.hpp"
#include "layout/zh_apposition.hpp"
#include "layout/zh_attendees.hpp"
#include "layout/zh_label.hpp"
#include "layout/zh_qa_label.hpp"
#include "segment/assemble.hpp"
#include "text/icu_tools.hpp"
#include "text/utf8.hpp"

#include <algorithm>

namespace ect::dialects {

namespace {

using segment::marker;
using qa_kind = layout::zh_qa_label::kind;

// The unnamed sides of a record.
constexpr std::string_view investor = "投资者";
constexpr std::string_view company_side = "公司";

constexpr std::size_t max_heading_code_points = 40;
constexpr std::size_t max_title_label_code_points = 16;

// 董秘：…  董事长张伟：…  财务总监 王芳：…  — a title, optionally a name, a colon.
bool parse_title_label(std::string_view line, segment::speaker& who, std::size_t& body) {
    const std::size_t lead = text::trim_left_bytes(line);
    const std::string_view rest = line.substr(lead);
    std::size_t colon = std::string_view::npos, colon_len = 0;
    for (std::string_view c : {":", "：", "﹕"}) {
        const std::size_t at = rest.find(c);
        if (at != std::string_view::npos && at < colon) colon = at, colon_len = c.size();
    }
    if (colon == std::string_view::npos || colon == 0) return false;
    const std::string_view prefix = text::trim(rest.substr(0, colon));
    if (!text::at_most_code_points(prefix, max_title_label_code_points)) return false;
    const auto& titles = data::title_table::builtin();
    auto [entry, len] = titles.find_prefix(prefix);
    if (!entry) return false;
    // 董事、副总经理、董事会秘书熊奕 — a chain of titles.
    std::size_t end = len;
    for (;;) {
        std::size_t next = end;
        if (next >= prefix.size()) break;
        const char32_t c = text::next_code_point(prefix, next);
        if (c != U'、' && c != U'兼' && c != U'暨' && c != U'及') break;
        auto [more, more_len] = titles.find_prefix(prefix.substr(next));
        if (!more) break;
        end = next + more_len;
    }
    const std::string_view name = text::trim(prefix.substr(end));
    if (!name.empty() && !layout::is_han_person_name(name)) return false;
    who = {name, prefix.substr(0, end), {}, {}, role::executive};
    body = lead + colon + colon_len;
    body += text::trim_left_bytes(line.substr(body));
    return true;
}

// The rows of the form that name people: the visitors (参与单位名称及人员
// 姓名) and the company's receivers (上市公司接待人员姓名). A row's value runs
// from its label over the lines up to the next row's label (ir-row-zh), the
// Q&A or a blank line after it; no line of it heads a turn, as 董事会秘书：赵六
// there names a receiver and says nothing.
enum class row : unsigned char { none, visitors, receivers };

constexpr std::size_t max_row_lines = 24;

// A line of the form without the cell bar a table converted to markdown
// opens it with (| 参与单位名称及人员姓名 | 中信证券 张三 |).
std::string_view cell_text(std::string_view s) {
    while (!s.empty() && s.front() == '|') s = text::trim(s.substr(1));
    return s;
}

std::vector<row> people_rows(const layout::document& doc, std::size_t until) {
    std::vector<row> rows;
    for (std::size_t i = 0; i < until && i < doc.size(); ++i) {
        const std::string_view s = cell_text(doc.trimmed(i));
        if (s.empty()) continue;
        layout::zh_qa_label q;
        if (layout::parse_zh_qa_label(s, q)) break; // the Q&A has started
        row kind = row::none;
        if (!data::cue_at(s, "ir-attendee-zh").empty()) kind = row::visitors;
        else if (!data::cue_at(s, "ir-row-zh").empty() && data::contains_cue(s.substr(0, 40), "ir-reception-zh"))
            kind = row::receivers;
        if (kind == row::none) continue;
        if (rows.size() < doc.size()) rows.resize(doc.size(), row::none);
        rows[i] = kind;
        for (std::size_t j = i + 1; j < until && j < doc.size() && j <= i + max_row_lines; ++j) {
            const std::string_view v = cell_text(doc.trimmed(j));
            if (v.empty() || !data::cue_at(v, "ir-row-zh").empty() || !data::cue_at(v, "ir-attendee-zh").empty() ||
                layout::parse_zh_qa_label(v, q) || data::contains_cue(v.substr(0, 40), "ir-form-zh"))
                break;
            rows[j] = kind;
            i = j;
        }
    }
    return rows;
}

row row_of(const std::vector<row>& rows, std::size_t i) { return i < rows.size() ? rows[i] : row::none; }

// The receiving executives: a title chain before each name.
std::vector<layout::apposition> reception(const layout::document& doc, std::size_t until, const std::vector<row>& rows) {
    std::vector<layout::apposition> out;
    for (std::size_t i = 0; i < until && i < doc.size(); ++i) {
        const std::string_view line = doc.line(i);
        if (row_of(rows, i) == row::receivers) {
            const std::size_t before = out.size();
            for (auto& a : layout::find_zh_appositions(line)) out.push_back(a);
            // 董事长：顾承远 — a title, a colon, the name.
            segment::speaker who;
            std::size_t body = 0;
            if (out.size() == before && parse_title_label(line, who, body) && who.name.empty()) {
                const std::string_view name = text::trim(line.substr(body));
                if (!layout::is_han_person_name(name)) continue;
                // The canonical titles as an apposition gives them (views
                // into the title table); name and title stay views of the line.
                const std::string probe = std::string(who.title) + std::string(name);
                for (layout::apposition a : layout::find_zh_appositions(probe))
                    if (a.name == name) {
                        a.name = name, a.title = who.title, a.alias = {};
                        a.span = {static_cast<std::size_t>(who.title.data() - doc.text.data()),
                                  static_cast<std::size_t>(name.data() + name.size() - doc.text.data())};
                        out.push_back(std::move(a));
                        break;
                    }
            }
            continue;
        }
        if (!data::contains_cue(line, "ir-reception-zh")) continue;
        for (auto& a : layout::find_zh_appositions(line)) out.push_back(a);
        // The row's value may sit on the next line of the form.
        if (i + 1 < until && row_of(rows, i + 1) != row::receivers && text::at_most_code_points(text::trim(line), 12))
            for (auto& a : layout::find_zh_appositions(doc.line(i + 1))) out.push_back(a);
    }
    return out;
}

// The visitors: each line of their rows, the row's label left out.
std::vector<layout::attendee> visitors(const layout::document& doc, const std::vector<row>& rows) {
    std::vector<layout::attendee> out;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        if (rows[i] != row::visitors) continue;
        std::string_view s = cell_text(doc.trimmed(i));
        s.remove_prefix(data::cue_at(s, "ir-attendee-zh").size());
        for (const layout::attendee& a : layout::parse_zh_attendees(s))
            if (std::none_of(out.begin(), out.end(), [&](auto& b) { return b.name == a.name; })) out.push_back(a);
    }
    return out;
}

// Fill in the name of an executive an answer names by title only.
void resolve_title(segment::speaker& who, const std::vector<layout::apposition>& people) {
    if (!who.name.empty()) return;
    const auto& titles = data::title_table::builtin();
    const auto* wanted = titles.find(who.title);
    if (!wanted) wanted = titles.find_prefix(who.title).first;
    if (wanted)
        for (const auto& a : people)
            if (std::find(a.titles.begin(), a.titles.end(), wanted->canonical) != a.titles.end()) {
                who.name = a.name;
                return;
            }
    // Nobody listed: the title stands for the person, its English form for
    // the Latin name.
    who.name = who.title;
    if (wanted) who.alias = wanted->canonical;
}

// What a Q/A marker's parenthesis or field value says about the speaker.
segment::speaker speaker_from(std::string_view who, bool asking, const std::vector<layout::apposition>& people) {
    if (who.empty()) {
        return asking ? segment::speaker{investor, {}, {}, "Investor", role::analyst}
                      : segment::speaker{company_side, {}, {}, "Company", role::executive};
    }
    segment::speaker s;
    std::size_t body = 0;
    const std::string probe = std::string(who) + "：";
    if (!asking && parse_title_label(probe, s, body)) {
        // Views into `probe` must not escape: re-point them into `who`.
        const std::size_t title_len = s.title.size();
        const std::size_t name_at = s.name.empty() ? 0 : static_cast<std::size_t>(s.name.data() - probe.data());
        const std::size_t name_len = s.name.size();
        s.title = who.substr(0, title_len);
        s.name = name_len ? who.substr(name_at, name_len) : std::string_view{};
        resolve_title(s, people);
        return s;
    }
    return {who, {}, {}, {}, asking ? role::analyst : role::executive};
}

// Where a label ends: before the colon and the spaces around it.
std::size_t label_end(std::string_view line, std::size_t body) {
    std::size_t end = body;
    while (end > 0) {
        std::size_t p = end;
        const char32_t c = text::prev_code_point(line, p);
        if (!text::is_space(c) && c != ':' && c != 0xFF1A && c != 0xFE55) break;
        end = p;
    }
    return end;
}

struct found {
    std::size_t line;
    bool asking;
    segment::speaker who;
    std::size_t body; // absolute
    byte_span label;
    bool field = false; // 提问者/回答者 line
};

// Whether a question's line ends with its question mark: what follows it
// on the next lines is then no longer the question.
bool ends_asking(std::string_view line) {
    const std::string_view s = text::trim(line);
    if (s.empty()) return false;
    if (s.back() == '?') return true;
    if (s.size() < 3) return false;
    const std::string_view last = s.substr(s.size() - 3);
    return last == "？" || last == "﹖";
}

// An answer marker written on the question's line after its question mark
// (1.…有什么影响？答:…, 问题一：经营情况？回复：正常。): where the marker starts
// in `line`, the marker itself in `q` (its body relative to `line`), or npos.
std::size_t inline_answer(std::string_view line, std::size_t from, layout::zh_qa_label& q) {
    for (std::size_t pos = from; pos < line.size();) {
        const char32_t c = text::next_code_point(line, pos);
        if (c != U'？' && c != '?' && c != U'﹖') continue;
        const std::size_t at = pos + text::trim_left_bytes(line.substr(pos));
        layout::zh_qa_label a;
        if (at < line.size() && layout::parse_zh_qa_label(line.substr(at), a) && a.what == qa_kind::answer) {
            a.body += at;
            q = a;
            return at;
        }
    }
    return std::string_view::npos;
}

// Every Q/A label of the document, in order. `numbered`: a numbered line
// that ends asking (1、…？) is a question from the start, as in a record
// whose Q&A heading or form rows say that questions follow; otherwise only
// once a marker has shown the record's Q&A.
std::vector<found> find_labels(const layout::document& doc, const std::vector<layout::apposition>& people,
                               std::size_t from, bool numbered, const std::vector<row>& rows) {
    std::vector<found> out;
    bool any_qa = numbered;
    for (std::size_t i = from; i < doc.size(); ++i) {
        if (row_of(rows, i) != row::none) continue;
        const std::string_view line = doc.line(i);
        const std::size_t base = doc.span_of(i).begin;
        const std::size_t lead = text::trim_left_bytes(line);
        layout::zh_qa_label q;
        segment::speaker who;
        std::size_t body = 0;
        if (layout::parse_zh_qa_label(line, q)) {
            const bool asking = q.what == qa_kind::question || q.what == qa_kind::questioner;
            const bool field = q.what == qa_kind::questioner || q.what == qa_kind::answerer;
            out.push_back({i, asking, speaker_from(q.who, asking, people), base + (field ? line.size() : q.body),
                           {base + lead, base + label_end(line, field ? line.size() : q.body)}, field});
            any_qa = true;
        } else if (parse_title_label(line, who, body)) {
            resolve_title(who, people);
            out.push_back({i, false, who, base + body, {base + lead, base + label_end(line, body)}, false});
        } else if (layout::zh_qa_label a; any_qa && (layout::parse_zh_numbered_question(line, q) ||
                                                      layout::parse_zh_numbered_question(
                                                          line.substr(0, std::min(line.size(), inline_answer(line, 0, a))), q))) {
            out.push_back({i, true, speaker_from({}, true, people), base + q.body, {base + lead, base + q.body}, false});
        } else {
            continue;
        }
        // 问：…？答：… on one line: the answer starts at its marker.
        if (layout::zh_qa_label a; out.back().asking && !out.back().field) {
            const std::size_t at = inline_answer(line, out.back().body - base, a);
            if (at != std::string_view::npos) {
                out.push_back({i, false, speaker_from(a.who, false, people), base + a.body,
                               {base + at, base + label_end(line, a.body)}, false});
                continue;
            }
        }
        // 1、…？ then the answer with no marker (答：is often left out): a
        // question that ends its line asking, followed by a line that does
        // not ask and is no label, is answered by that line, for the company.
        const found& asked = out.back();
        if (!asked.asking || asked.field || !ends_asking(line)) continue;
        std::size_t j = i + 1;
        while (j < doc.size() && doc.trimmed(j).empty()) ++j;
        if (j >= doc.size() || row_of(rows, j) != row::none) continue;
        const std::string_view next = doc.line(j);
        segment::speaker unused_who;
        std::size_t unused_body = 0;
        if (ends_asking(next) || layout::parse_zh_qa_label(next, q) || parse_title_label(next, unused_who, unused_body) ||
            layout::parse_zh_numbered_question(next, q) || data::contains_cue(doc.trimmed(j).substr(0, 40), "ir-end-zh"))
            continue;
        const std::size_t at = doc.span_of(j).begin + text::trim_left_bytes(next);
        out.push_back({j, false, speaker_from({}, false, people), at, {at, at}, false});
        i = j;
    }
    // A field line followed by a marker of the same side only names that
    // marker's speaker.
    for (std::size_t k = 0; k + 1 < out.size(); ++k) {
        if (!out[k].field || out[k + 1].field || out[k + 1].asking != out[k].asking) continue;
        bool adjacent = true;
        for (std::size_t j = out[k].line + 1; j < out[k + 1].line; ++j)
            if (!doc.trimmed(j).empty()) adjacent = false;
        if (!adjacent) continue;
        const bool generic = out[k + 1].who.name == investor || out[k + 1].who.name == company_side;
        if (generic) out[k + 1].who = out[k].who;
        out[k].body = 0; // marks the field line as a skip
    }
    return out;
}

int score(const layout::document& doc) {
    if (!reads_as_chinese(doc.text.substr(0, 4096))) return 0;
    int cues = 0, questions = 0, answers = 0;
    for (std::size_t i = 0; i < doc.size(); ++i) {
        const std::string_view line = doc.line(i);
        if (i < 60 && data::contains_cue(line, "ir-form-zh")) ++cues;
        layout::zh_qa_label q;
        if (!layout::parse_zh_qa_label(line, q)) continue;
        if (q.what == qa_kind::question || q.what == qa_kind::questioner) {
            ++questions;
            layout::zh_qa_label a;
            if (inline_answer(line, q.body, a) != std::string_view::npos) ++answers;
        } else {
            ++answers;
        }
    }
    // A record whose questions are numbered lines (1、…？) answered with no
    // marker: the form's rows say it is one.
    if (cues > 0 && (questions == 0 || answers == 0)) {
        int numbered = 0;
        for (std::size_t i = 0; i < doc.size(); ++i) {
            layout::zh_qa_label q;
            if (layout::parse_zh_numbered_question(doc.line(i), q)) ++numbered;
        }
        questions += numbered, answers = std::max(answers, numbered);
    }
    if (questions == 0 || answers == 0) return 0;
    // Without the form's rows the markers alone say little: call notes use
    // them too.
    return std::min(100, 10 + std::min(questions, answers) * 5 + cues * 25);
}

void read(const layout::document& doc, segment::draft& d) {
    d.dialect = "zh-ir-record";
    d.language = text::detect_language(doc.text);

    // Where the Q&A starts: a heading that says so, else the first marker.
    std::optional<std::size_t> heading;
    for (std::size_t i = 0; i < doc.size() && !heading; ++i) {
        const std::string_view s = doc.trimmed(i);
        layout::zh_qa_label q;
        if (!s.empty() && text::at_most_code_points(s, max_heading_code_points) && data::contains_cue(s, "ir-qa-heading-zh") &&
            !layout::parse_zh_qa_label(s, q))
            heading = i;
    }
    // A heading or the form's rows say that a numbered line asking is a
    // question; without them it waits for a marker.
    bool form = heading.has_value();
    for (std::size_t i = 0; i < doc.size() && i < 60 && !form; ++i) form = data::contains_cue(doc.line(i), "ir-form-zh");
    const std::vector<row> rows = people_rows(doc, heading ? *heading : doc.size());
    std::vector<found> labels = find_labels(doc, {}, heading ? *heading + 1 : 0, form, rows);
    const std::size_t first = heading ? *heading : labels.empty() ? doc.size() : labels.front().line;
    const std::vector<layout::apposition> people = reception(doc, first, rows);
    labels = find_labels(doc, people, heading ? *heading + 1 : 0, form, rows);
    const byte_span nowhere{doc.span_of(0).begin, doc.span_of(0).begin};
    for (const auto& a : people) d.roster.push_back({{a.name, a.title, {}, {}, role::executive}, nowhere});
    for (const layout::attendee& a : visitors(doc, rows)) d.roster.push_back({{a.name, {}, a.firm, {}, role::analyst}, nowhere});

    std::vector<marker> markers;
    if (heading) markers.push_back({*heading, marker::kind::heading, section_kind::qa, {}, {}, 0, std::nullopt});
    else if (!labels.empty())
        markers.push_back({labels.front().line, marker::kind::heading, section_kind::qa, {}, {}, 0, std::nullopt});
    for (const found& f : labels) {
        if (f.field && f.body == 0) {
            markers.push_back({f.line, marker::kind::skip, section_kind::qa, {}, {}, 0, std::nullopt});
            continue;
        }
        marker m;
        m.line = f.line;
        m.what = marker::kind::label;
        m.who = f.who;
        m.label = f.label;
        m.body = f.body;
        markers.push_back(m);
    }
    for (std::size_t i = first; i < doc.size(); ++i)
        if (data::contains_cue(doc.trimmed(i).substr(0, 40), "ir-end-zh")) {
            markers.push_back({i, marker::kind::end, section_kind::qa, {}, {}, 0, std::nullopt});
            break;
        }
    segment::assemble(doc, std::move(markers), d);

    // Two side-marked answers to one question, or a question nobody
    // answers: the record is out of step somewhere and needs a reader.
    bool pending = false;
    std::size_t answers = 0, last_question = 0;
    for (const auto& t : d.turns) {
        if (t.who.role == role::analyst) {
            if (pending)
                d.notes.push_back({severity::warning, "needs-review", last_question,
                                   "a question of the record has no answer before the next question"});
            pending = true, answers = 0, last_question = t.label.begin;
        } else {
            if (++answers >= 2 && t.who.name == company_side)
                d.notes.push_back({severity::warning, "needs-review", t.label.begin,
                                   "two answers follow one question of the record"});
            pending = false;
        }
    }
    if (pending)
        d.notes.push_back({severity::warning, "needs-review", last_question,
                           "the last question of the record has no answer"});
}

} // namespace

const dialect zh_ir_record{"zh-ir-record", score, read, 100};

} // namespace ect::dialects
