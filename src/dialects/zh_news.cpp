// Chinese news articles about a call: no turns, but what the executives are
// reported to have said:
//   程一笑表示,… / 程一笑在电话会议中称,… / 如程一笑所言,…
//   “…”程一笑补充道。 (a direct quotation)
// The people are those the article names with a title in apposition
// (联合创始人、董事长兼CEO程一笑); a company or a report as subject
// (财报显示, 快手在财报中强调) is no person and gives no statement.
#include "data/cue_table.hpp"
#include "dialects/dialect.hpp"
#include "layout/zh_apposition.hpp"
#include "layout/zh_label.hpp"
#include "segment/assemble.hpp"
#include "text/icu_tools.hpp"
#include "text/utf8.hpp"

#include <algorithm>

namespace ect::dialects {

namespace {

// Longest gap between a name and its reporting verb: "在财报后的电话会议上".
constexpr std::size_t max_gap_code_points = 16;

bool is_clause_break(char32_t c) {
    return c == U'，' || c == ',' || c == U'。' || c == U'；' || c == ';' || c == U'！' || c == U'？' || c == '\n';
}

// The appositions of the whole text, found once for score and read.
struct appositions {
    std::vector<layout::apposition> all;
};

const std::vector<layout::apposition>& appositions_of(const layout::document& doc) {
    return doc.derived<appositions>([&] { return appositions{layout::find_zh_appositions(doc.text)}; }).all;
}

// After `name` at `pos`: an optional short adverbial, then a reporting cue.
// Returns the cue and where the reported text starts.
// Where a word that holds the reporting cue at `pos` but reports nothing
// ends (在法說會上, 出席说明会, 表示感谢), or 0. Such a word starts at the cue
// or at `before`, the code point before it (npos when there is none).
std::size_t past_non_report(std::string_view s, std::size_t before, std::size_t pos) {
    for (const std::size_t start : {pos, before}) {
        if (start == std::string_view::npos) continue;
        const std::string_view word = data::cue_at(s.substr(start), "report-not-zh");
        if (start + word.size() > pos) return start + word.size();
    }
    return 0;
}

std::pair<std::string_view, std::size_t> cue_after(std::string_view s, std::size_t pos) {
    std::size_t cps = 0;
    std::size_t before = std::string_view::npos;
    while (pos < s.size() && cps <= max_gap_code_points) {
        const std::string_view cue = data::cue_at(s.substr(pos), "report-zh");
        if (!cue.empty()) {
            if (const std::size_t past = past_non_report(s, before, pos)) {
                cps += text::count_code_points(s.substr(pos, past - pos));
                before = std::string_view::npos;
                pos = past;
                continue;
            }
            std::size_t start = pos + cue.size();
            // Skip the punctuation that introduces the reported text.
            while (start < s.size()) {
                std::size_t next = start;
                const char32_t c = text::next_code_point(s, next);
                if (c != U'，' && c != ',' && c != U'：' && c != ':' && !text::is_space(c)) break;
                start = next;
            }
            return {cue, start};
        }
        before = pos;
        const char32_t c = text::next_code_point(s, pos);
        if (is_clause_break(c)) break;
        ++cps;
    }
    return {{}, 0};
}

// 首席执行官张三率队出席 reads as 张三率 when nothing marks where the name
// ends; when that form is met nowhere else and the two-character one reports
// (张三表示), the text has settled it for the shorter name.
std::string_view confirmed_name(std::string_view s, std::string_view name) {
    if (text::count_code_points(name) < 3) return name;
    std::size_t shorter = name.size();
    text::prev_code_point(name, shorter);
    const std::string_view prefix = name.substr(0, shorter);
    if (layout::han_surname(prefix).empty()) return name;
    // A name met again is whole; the search stops at the second mention.
    const std::size_t only = s.find(name);
    if (only == std::string_view::npos || s.find(name, only + name.size()) != std::string_view::npos) return name;
    for (std::size_t at = s.find(prefix); at != std::string_view::npos; at = s.find(prefix, at + prefix.size()))
        if (at != only && !cue_after(s, at + prefix.size()).first.empty()) return prefix;
    return name;
}

// Each name of `found` once, with the name the text settles on for it: a
// scan of the text per name, not per apposition.
using settled_names = std::vector<std::pair<std::string_view, std::string_view>>;

settled_names settle(std::string_view s, const std::vector<layout::apposition>& found) {
    settled_names out;
    for (const layout::apposition& a : found)
        if (std::none_of(out.begin(), out.end(), [&](auto& n) { return n.first == a.name; }))
            out.emplace_back(a.name, confirmed_name(s, a.name));
    return out;
}

std::string_view settled(const settled_names& names, std::string_view found) {
    return std::find_if(names.begin(), names.end(), [&](auto& n) { return n.first == found; })->second;
}

std::vector<std::string_view> people(const settled_names& settled) {
    std::vector<std::string_view> names;
    for (const auto& [found, name] : settled)
        if (std::find(names.begin(), names.end(), name) == names.end()) names.push_back(name);
    return names;
}

std::size_t paragraph_end(std::string_view s, std::size_t pos) {
    const std::size_t nl = s.find('\n', pos);
    return nl == std::string_view::npos ? s.size() : nl;
}

std::size_t trimmed_end(std::string_view s, std::size_t begin, std::size_t end) {
    return end - text::trim_right_bytes(s.substr(begin, end - begin));
}

// A statement and where its subject (the name or pronoun) stands.
struct found_statement {
    segment::statement_draft statement;
    std::size_t subject;
};

std::size_t paragraph_start(std::string_view s, std::size_t pos) {
    const std::size_t nl = pos == 0 ? std::string_view::npos : s.rfind('\n', pos - 1);
    return nl == std::string_view::npos ? 0 : nl + 1;
}

// Where the sentence holding `pos` starts (after 。！？ or a line break), or
// with `clauses` the clause (after ，；too).
std::size_t sentence_start(std::string_view s, std::size_t pos, bool clauses) {
    std::size_t at = pos;
    while (at > 0) {
        std::size_t p = at;
        const char32_t c = text::prev_code_point(s, p);
        if (c == U'。' || c == U'！' || c == U'？' || c == '!' || c == '?' || c == '\n' ||
            (clauses && (c == U'，' || c == ',' || c == U'；' || c == ';')))
            break;
        at = p;
    }
    return at + text::trim_left_bytes(s.substr(at, pos - at));
}

// A name where it stands in the text.
struct mention {
    std::size_t at;
    std::string_view name;
};

// 他指出，… / 她强调，… — a pronoun reporting, at the start of a clause: the
// person named last before it in this paragraph or the one before, whose
// pronoun (once a report has shown it) is this one. 他们 and 其他 are no
// person; a person another pronoun was used for is passed over.
void pronoun_statements(std::string_view s, std::vector<mention> mentions, std::vector<found_statement>& found) {
    if (mentions.empty()) return;
    std::sort(mentions.begin(), mentions.end(), [](auto& a, auto& b) { return a.at < b.at; });
    std::vector<std::size_t> at_all;
    for (std::string_view pronoun : {"他", "她"})
        for (std::size_t at = text::find_bytes(s, pronoun); at != std::string_view::npos;
             at = text::find_bytes(s, pronoun, at + 3))
            at_all.push_back(at);
    std::sort(at_all.begin(), at_all.end());
    std::vector<std::pair<std::string_view, std::string_view>> known; // name → pronoun
    for (const std::size_t at : at_all) {
        const std::string_view pronoun = s.substr(at, 3);
        const std::string_view next = s.substr(at + 3, 3);
        if (next == "们" || next == "們" || next == "人") continue;
        if (sentence_start(s, at, true) != at) continue; // 其他, 利他: not a clause's subject
        const auto [cue, start] = cue_after(s, at + 3);
        if (cue.empty() || start >= s.size()) continue;
        // Its person: the last one named in this paragraph or the one before.
        const std::size_t here = paragraph_start(s, at);
        const std::size_t from = here == 0 ? 0 : paragraph_start(s, here - 1);
        std::string_view who;
        for (auto m = std::lower_bound(mentions.begin(), mentions.end(), at, [](auto& x, std::size_t p) { return x.at < p; });
             m != mentions.begin();) {
            --m;
            if (m->at < from) break;
            const auto k = std::find_if(known.begin(), known.end(), [&](auto& p) { return p.first == m->name; });
            if (k != known.end() && k->second != pronoun) continue;
            who = m->name;
            break;
        }
        if (who.empty()) continue;
        if (std::none_of(known.begin(), known.end(), [&](auto& p) { return p.first == who; })) known.emplace_back(who, pronoun);
        const std::size_t end = trimmed_end(s, start, paragraph_end(s, start));
        if (end > start) found.push_back({{who, cue, false, {start, end}}, at});
    }
}

// The quotation marks a report is quoted in: “…” in mainland text, 「…」
// and 『…』 in Traditional, "…" where it was typed half-width.
struct quote_marks {
    std::string_view open, close;
};
constexpr quote_marks quotes[] = {
    {"\xE2\x80\x9C", "\xE2\x80\x9D"}, {"\xE3\x80\x8C", "\xE3\x80\x8D"}, {"\xE3\x80\x8E", "\xE3\x80\x8F"}, {"\"", "\""}};

// The quotation whose closing mark ends just before `at`, if one does.
const quote_marks* closing_quote_before(std::string_view s, std::size_t at) {
    for (const quote_marks& q : quotes)
        if (at >= q.close.size() && s.substr(at - q.close.size(), q.close.size()) == q.close) return &q;
    return nullptr;
}

// The size of the opening mark just before a quotation's text at `begin`.
std::size_t opening_quote_size(std::string_view s, std::size_t begin) {
    for (const quote_marks& q : quotes)
        if (begin >= q.open.size() && s.substr(begin - q.open.size(), q.open.size()) == q.open) return q.open.size();
    return 0;
}

void find_statements(std::string_view s, const std::vector<std::string_view>& names, segment::draft& d) {
    // Each name's places, found once for the reports after names and for
    // the pronouns that refer back to them; memmem, as string_view's find
    // stops at every byte that opens the name, and in Chinese text most
    // characters open alike.
    std::vector<mention> mentions;
    for (std::string_view name : names)
        for (std::size_t at = text::find_bytes(s, name); at != std::string_view::npos;
             at = text::find_bytes(s, name, at + name.size()))
            mentions.push_back({at, name});
    std::vector<found_statement> found;
    for (const auto& [at, name] : mentions) {
        const std::size_t after = at + name.size();
        // Direct quotation before the name: “…”程一笑补充道
        if (const quote_marks* q = closing_quote_before(s, at)) {
            const auto [cue, unused] = cue_after(s, after);
            const std::size_t close = at - q->close.size();
            const std::size_t open = close == 0 ? std::string_view::npos : s.rfind(q->open, close - 1);
            if (!cue.empty() && open != std::string_view::npos) {
                const std::size_t b = open + q->open.size();
                found.push_back({{name, cue, true, {b, trimmed_end(s, b, close)}}, at});
                continue;
            }
        }
        // 如程一笑所言,… : the cue follows directly
        const auto [cue, start] = cue_after(s, after);
        if (cue.empty() || start >= s.size()) continue;
        const std::size_t end = trimmed_end(s, start, paragraph_end(s, start));
        if (end <= start) continue;
        found.push_back({{name, cue, false, {start, end}}, at});
    }
    pronoun_statements(s, std::move(mentions), found);
    std::sort(found.begin(), found.end(), [](const auto& a, const auto& b) { return a.statement.span.begin < b.statement.span.begin; });
    // A report runs to the end of its paragraph or to the sentence (else the
    // clause) where the next report of the paragraph starts.
    for (std::size_t i = 0; i + 1 < found.size(); ++i) {
        byte_span& span = found[i].statement.span;
        const found_statement& next = found[i + 1];
        if (found[i].statement.direct) continue;
        const std::size_t quoted_from = next.statement.span.begin -
                                        (next.statement.direct ? opening_quote_size(s, next.statement.span.begin) : 0);
        const std::size_t from = std::min(next.subject, quoted_from);
        if (from >= span.end) continue;
        std::size_t cut = sentence_start(s, from, false);
        if (cut <= span.begin) cut = sentence_start(s, from, true);
        if (cut <= span.begin) continue;
        const std::size_t end = trimmed_end(s, span.begin, cut);
        // A clause cut leaves its comma behind: 张三表示，甲，李四补充称，乙
        std::size_t e = end;
        for (std::string_view comma : {"，", ",", "；", ";"})
            if (e - span.begin > comma.size() && s.substr(e - comma.size(), comma.size()) == comma) e -= comma.size();
        if (e > span.begin) span.end = trimmed_end(s, span.begin, e);
    }
    for (found_statement& f : found) d.statements.push_back(f.statement);
}

int score(const layout::document& doc) {
    const std::string_view head = doc.text.substr(0, 1 << 15);
    if (!reads_as_chinese(head)) return 0;
    // A head that is the whole text shares its appositions with read().
    std::vector<layout::apposition> head_only;
    const std::vector<layout::apposition>& found =
        head.size() == doc.text.size() ? appositions_of(doc) : (head_only = layout::find_zh_appositions(head));
    segment::draft probe;
    find_statements(head, people(settle(head, found)), probe);
    return std::min<int>(60, static_cast<int>(probe.statements.size()) * 10);
}

void read(const layout::document& doc, segment::draft& d) {
    d.dialect = "zh-news";
    d.kind = document_kind::news;
    d.language = text::detect_language(doc.text);
    const settled_names names = settle(doc.text, appositions_of(doc));
    for (const layout::apposition& a : appositions_of(doc))
        d.roster.push_back({{settled(names, a.name), a.title, {}, a.alias, role::executive}, a.span});
    find_statements(doc.text, people(names), d);
    segment::assemble(doc, {}, d);
}

} // namespace

const dialect zh_news{"zh-news", score, read, 60};

} // namespace ect::dialects
