// Motley Fool transcript pages (fool.com) as text, in two generations:
//   older: "Prepared Remarks:" / "Questions & Answers:" headings, speakers on
//   their own line as "Name--Title" or "Name--Firm -- Analyst", "Operator"
//   alone, "Call participants:" list at the end, site chrome after it;
//   newer: summary blocks (TAKEAWAYS, RISKS, SUMMARY, INDUSTRY GLOSSARY) of
//   "Term: definition" lines, a "CALL PARTICIPANTS" list written either way
//   round ("Chief Executive Officer — Name"), and turns as "Name:Text" with
//   no space after the colon.
// Scraped copies start with a ====-ruled header (Company:/Ticker:/URL:) and
// repeat the section names as page navigation before the text: both are
// boilerplate, as is the "Duration:" line.
#include "data/title_table.hpp"
#include "dialects/en_closing.hpp"
#include "dialects/en_web.hpp"
#include "text/icu_tools.hpp"
#include "text/utf8.hpp"

#include <algorithm>
#include <optional>
#include <vector>

namespace ect::dialects {

namespace {

using layout::heading;
using segment::marker;

std::string_view bare(std::string_view s) {
    s = text::trim(s);
    while (!s.empty() && (s.back() == ':' || s.back() == '*')) s.remove_suffix(1);
    while (!s.empty() && (s.front() == '#' || s.front() == '*')) s.remove_prefix(1);
    return text::trim(s);
}

// Summary blocks of the newer pages: their "Term: definition" lines are
// neither speakers nor speech.
bool is_summary_heading(std::string_view s) {
    s = bare(s);
    // A table of views: a braced list of literals is measured on every call.
    static constexpr std::string_view headings[] = {"takeaways", "key takeaways", "risks",       "summary",
                                                    "industry glossary", "glossary", "key terms", "definitions",
                                                    "date",      "call summary"};
    for (const std::string_view h : headings)
        if (text::iequals(s, h)) return true;
    return false;
}

bool is_transcript_start(std::string_view s) {
    if (s.size() < 26) return false; // shorter than "conference call transcript"
    s = bare(s);
    return text::iequals(s, "full conference call transcript") || text::iequals(s, "conference call transcript");
}

bool is_scraper_field(std::string_view s) {
    s = text::trim(s);
    static constexpr std::string_view fields[] = {"Company:", "Ticker:",  "Quarter:",   "Source:",
                                                  "URL:",     "Scraped:", "Characters:"};
    for (const std::string_view f : fields)
        if (s.substr(0, f.size()) == f) return true;
    return text::iequals(s, "Earnings Call Transcript");
}

// "Duration: 0 minutes" after the last turn. A bracketed "[Operator
// signoff]" stands for the operator's words and stays the turn's text.
bool is_note(std::string_view s) { return text::istarts_with(text::trim(s), "Duration:"); }

// The Stock Advisor advertisement printed inside the text, from "10 stocks
// we like better than Kestrel" to "*Stock Advisor returns as of …": the
// line that ends it, when line `i` opens one.
constexpr std::size_t max_ad_lines = 16;

std::optional<std::size_t> advertisement_end(const layout::document& doc, std::size_t i) {
    const std::string_view s = doc.trimmed(i);
    const auto digits =
        static_cast<std::size_t>(std::find_if(s.begin(), s.end(), [](char c) { return c < '0' || c > '9'; }) - s.begin());
    if (digits == 0 || !text::istarts_with(s.substr(digits), " stocks we like better than")) return std::nullopt;
    for (std::size_t j = i + 1; j < doc.size() && j <= i + max_ad_lines; ++j)
        if (text::istarts_with(doc.trimmed(j), "*Stock Advisor returns as of")) return j;
    return std::nullopt;
}

// "Name:Text": the newer pages glue the speech to the colon.
bool glued_label(const layout::document& doc, std::size_t i, std::string_view line) {
    if (!doc.inline_label_at(i)) return false;
    const std::size_t colon = line.find(':');
    return colon + 1 < line.size() && line[colon + 1] != ' ';
}

// The lines holding "--", in order. One pass over the text, for both bytes
// at once: a search per line, or for each hyphen, would stop at every
// hyphen of every line ("year-over-year", "Name - Title").
std::vector<std::size_t> double_dash_lines(const layout::document& doc) {
    std::vector<std::size_t> out;
    const std::string_view t = doc.text;
    const auto& ls = doc.lines.lines();
    std::size_t i = 0;
    for (std::size_t at = layout::find_ignoring_case(t, "--"); at != std::string_view::npos;
         at = layout::find_ignoring_case(t, "--", at)) {
        while (i + 1 < ls.size() && ls[i].next <= at) ++i;
        out.push_back(i);
        at = std::max<std::size_t>(ls[i].next, at + 2);
    }
    return out;
}

int score(const layout::document& doc) {
    // A line naming the site counts once, however often it names it; both
    // names hold "fool", so the text is searched once.
    int points = 0;
    for (std::size_t i : doc.lines_with("fool"))
        if (text::ifind(doc.line(i), "fool.com") != std::string_view::npos ||
            text::ifind(doc.line(i), "Motley Fool") != std::string_view::npos)
            points += 20;
    // The section headings open with P or Q; the transcript's heading with
    // F or C, or with its decoration (# *).
    doc.for_lines_with_edges("PQFC#*", {}, [&](std::size_t i) {
        const std::string_view s = doc.trimmed(i);
        if (en::is_phrase(s, "Prepared Remarks:") || en::is_phrase(s, "Questions & Answers:") ||
            en::is_phrase(s, "Questions and Answers:"))
            points += 30;
        // Past 31 bytes only decoration (# * before, : * after) can leave the phrase.
        const bool decorated = s.front() == '#' || s.front() == '*' || s.back() == ':' || s.back() == '*';
        if ((s.size() <= 31 || decorated) && is_transcript_start(s)) points += 20;
    });
    // Every part of the score only grows and it is capped at 100: past it
    // nothing more needs counting.
    int dashed = 0, glued = 0;
    if (points < 100)
        for (const std::size_t i : double_dash_lines(doc)) {
            const std::string_view s = doc.trimmed(i);
            if (const std::size_t dd = s.find("--"); dd != std::string_view::npos && s.find(" -- ") != dd - 1) {
                const layout::label_line* l = doc.label_line_at(i);
                if (l && !l->parts.empty()) ++dashed;
            }
        }
    // Glued labels count only for a page that shows itself otherwise.
    for (std::size_t i = 0; points > 0 && points < 100 && glued < 4 && i < doc.size(); ++i) {
        const std::string_view s = doc.trimmed(i);
        if (!s.empty() && glued_label(doc, i, s)) ++glued;
    }
    return std::min(100, points + std::min(dashed, 4) * 5 + (points > 0 ? std::min(glued, 4) * 5 : 0));
}

// A bullet before a list entry: "- ", "* ", "• ".
std::string_view unbullet(std::string_view s) {
    static constexpr std::string_view bullets[] = {"- ", "* ", "\xE2\x80\xA2 "};
    for (const std::string_view b : bullets)
        if (s.substr(0, b.size()) == b) return text::trim(s.substr(b.size()));
    return s;
}

// A job title, whole or in its parts ("Executive Vice President, Chief
// Financial Officer, and Treasurer", "Chair and CEO").
bool reads_as_title(std::string_view s) {
    const auto& titles = data::title_table::builtin();
    if (titles.find(s)) return true;
    static constexpr std::string_view joins[] = {", and ", ", ", " and ", " & ", "/"};
    bool found = false;
    data::for_each_title_part(s, joins, [&](std::string_view part) { found = found || titles.find(part) != nullptr; });
    return found;
}

// An entry of the newer pages' CALL PARTICIPANTS list, written either way
// round: "Chief Executive Officer — Jane Doe" or "- Jane Doe — CEO". The
// side the title table knows is the title; else a person's name beside
// other words is the name. The older pages' list glues its dashes to the
// words ("Name--Title", "Name--Firm -- Analyst"): none of these.
std::optional<segment::speaker> participant_entry(std::string_view line) {
    const std::string_view s = unbullet(text::trim(line));
    for (std::size_t dd = s.find("--"); dd != std::string_view::npos; dd = s.find("--", dd + 2))
        if ((dd > 0 && s[dd - 1] != ' ') || (dd + 2 < s.size() && s[dd + 2] != ' ')) return std::nullopt;
    // The separator: an em or en dash, or "--" or a hyphen between spaces.
    std::size_t at = std::string_view::npos, width = 0;
    static constexpr std::string_view separators[] = {" \xE2\x80\x94 ", " \xE2\x80\x93 ", " -- ", " - "};
    for (const std::string_view sep : separators) {
        at = s.find(sep);
        if (at != std::string_view::npos) {
            width = sep.size();
            break;
        }
    }
    if (at == std::string_view::npos) return std::nullopt;
    const std::string_view left = text::trim(s.substr(0, at)), right = text::trim(s.substr(at + width));
    if (left.empty() || right.empty() || left.size() > 120 || right.size() > 120) return std::nullopt;
    const bool left_name = layout::is_person_name(left), right_name = layout::is_person_name(right);
    std::string_view name, title;
    if (right_name && (reads_as_title(left) || !left_name)) name = right, title = left;
    else if (left_name && (reads_as_title(right) || !right_name)) name = left, title = right;
    else return std::nullopt;
    const bool analyst = text::ifind(title, "analyst") != std::string_view::npos;
    return segment::speaker{name, title, {}, {}, analyst ? role::analyst : role::executive};
}

void read_participants(const layout::document& doc, std::vector<heading>& heads, segment::draft& d,
                       std::vector<marker>& markers) {
    for (std::size_t i = 0; i < doc.size(); ++i) {
        if (heads[i] != heading::participants && heads[i] != heading::company_roster) continue;
        bool found = false;
        for (std::size_t j = i + 1; j < doc.size(); ++j) {
            if (doc.trimmed(j).empty()) continue;
            const auto who = participant_entry(doc.line(j));
            if (!who) break;
            d.roster.push_back({*who, doc.span_of(j)});
            markers.push_back({j, marker::kind::skip, section_kind::preamble, {}, {}, 0, std::nullopt});
            found = true;
        }
        if (found) { // read here, not by read_rosters
            heads[i] = heading::none;
            markers.push_back({i, marker::kind::skip, section_kind::preamble, {}, {}, 0, std::nullopt});
        }
    }
}

void read(const layout::document& doc, segment::draft& d) {
    d.dialect = "motley-fool";
    d.language = text::detect_language(doc.text);
    auto heads = en::headings_of(doc);
    std::vector<marker> markers;
    auto boilerplate = [&](std::size_t i) {
        heads[i] = heading::none;
        markers.push_back({i, marker::kind::skip, section_kind::preamble, {}, {}, 0, skip_kind::boilerplate});
    };
    // Page navigation: a heading repeated further down is the page's menu.
    for (std::size_t i = 0; i < doc.size(); ++i) {
        if (heads[i] == heading::none) continue;
        for (std::size_t j = i + 1; j < doc.size(); ++j)
            if (heads[j] == heads[i]) {
                boilerplate(i);
                break;
            }
    }
    bool summary = false, glued_layout = false;
    for (std::size_t i = 0; i < doc.size(); ++i) {
        const std::string_view s = doc.line(i);
        if (text::is_blank(s) || doc.is_furniture(i)) continue;
        if (i < 20 && is_scraper_field(s)) boilerplate(i);
        else if (is_note(s)) boilerplate(i);
        else if (const auto ad = advertisement_end(doc, i)) {
            for (std::size_t k = i; k <= *ad; ++k)
                if (!doc.trimmed(k).empty()) boilerplate(k);
            i = *ad;
        }
        else if (is_summary_heading(s)) summary = true, boilerplate(i);
        else if (is_transcript_start(s) || heads[i] != heading::none) summary = false, glued_layout |= is_transcript_start(s);
        else if (summary) boilerplate(i);
    }
    read_participants(doc, heads, d, markers);
    en::read_rosters(doc, heads, d, markers);
    en::mark_sections(doc, heads, markers);
    // The newer pages give each turn its own "Name:Text" line once the
    // summary blocks are behind: a name said once is a speaker too.
    en::label_rules rules;
    rules.every_inline = glued_layout;
    const bool any = en::mark_labels(doc, d, markers, rules);
    // Site chrome after the closing participant list.
    std::size_t last_label = 0, last_roster = 0;
    for (const marker& m : markers) {
        if (m.what == marker::kind::label) last_label = std::max(last_label, m.line);
        if (m.what == marker::kind::skip && !m.skip_as) last_roster = std::max(last_roster, m.line);
    }
    if (last_roster > last_label) {
        std::vector<bool> taken(doc.size(), false);
        for (const marker& m : markers) taken[m.line] = true;
        for (std::size_t i = last_roster + 1; i < doc.size(); ++i)
            if (!taken[i] && !doc.trimmed(i).empty() && !doc.is_furniture(i)) boilerplate(i);
    }
    segment::assemble(doc, std::move(markers), d);
    en::mark_closing(doc, d);
    en::mark_signoff(doc, d);
    if (!any) d.notes.push_back({severity::warning, "no-speaker-labels", 0, "no speaker lines found"});
}

} // namespace

const dialect motley_fool{"motley-fool", score, read, 100};

} // namespace ect::dialects
