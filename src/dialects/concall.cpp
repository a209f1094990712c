// Indian listed-company concall transcripts as filed with NSE/BSE and
// extracted from PDF: a stock-exchange cover letter, a title page with a
// MANAGEMENT/MODERATOR roster, then turns labelled inline at line start
// ("Moderator:", "S. Narayanan:", "Mr. Kunal Bhatia:") whose text is
// hard-wrapped over the following lines, with running headers and "Page N of
// M" between pages. The moderator is the conference operator and introduces
// each analyst: "The next question is from the line of X from Y".
#include "dialects/concall_roster.hpp"
#include "dialects/en_closing.hpp"
#include "dialects/en_common.hpp"
#include "text/icu_tools.hpp"
#include "text/utf8.hpp"

#include <algorithm>
#include <optional>
#include <string>
#include <unordered_map>

namespace ect::dialects {

namespace {

using segment::marker;

struct found_label {
    layout::inline_label label;
    std::size_t colon = 0; ///< offset of the colon in the line
    bool honorific = false;
};

// "Name: text", the name possibly behind an honorific ("Mr. Nikhil Varma:").
std::optional<found_label> label_at(const layout::document& doc, std::size_t i) {
    const std::string_view line = doc.line(i);
    const std::size_t lead = text::trim_left_bytes(line);
    const std::size_t h = india::honorific_length(line.substr(lead));
    found_label f;
    if (lead + h == 0) {
        const layout::inline_label* l = doc.inline_label_at(i);
        if (!l) return std::nullopt;
        f.label = *l;
    } else if (!layout::parse_inline_label(line.substr(lead + h), f.label)) {
        return std::nullopt;
    }
    f.label.body += lead + h;
    f.colon = line.find(':', lead + h);
    f.honorific = h != 0;
    role r{};
    std::size_t body = 0;
    if (india::roster_head(line, r, body)) return std::nullopt; // "MODERATOR: MR. X – FIRM"
    return f;
}

bool is_moderator(const found_label& f) { return text::iequals(f.label.name, "moderator"); }

// "Management: Rohit, value-added products are …": an answer given for the
// company as a whole, under the heading word of the title-page roster.
bool is_management(const found_label& f) {
    return f.label.qualifier.empty() &&
           (text::iequals(f.label.name, "management") || text::iequals(f.label.name, "management team"));
}

// `cue` in `s`, case and all. The search without regard to case (sixteen or
// more bytes at a time) finds every place it can stand; string_view::find
// would stop at every byte that opens the cue (every space, for " FY").
bool contains_exactly(std::string_view s, std::string_view cue) {
    for (std::size_t at = layout::find_ignoring_case(s, cue); at != std::string_view::npos;
         at = layout::find_ignoring_case(s, cue, at + 1))
        if (s.compare(at, cue.size(), cue) == 0) return true;
    return false;
}

// What the first pages of a filing say around the call: the cover letter to
// the exchanges, the "Q2 FY22" period, the "from the line of" introductions.
int concall_cues(std::string_view s) {
    int n = 0;
    for (std::string_view cue : {"from the line of", "stock exchange", "listing department", " FY", "Limited",
                                 "MANAGEMENT:", "concall", "over to you sir", "over to you, sir", "Chorus Call"})
        if (contains_exactly(s, cue)) ++n;
    return n;
}

int score(const layout::document& doc) {
    int moderators = 0;
    // A moderator's label names the moderator: only lines that open with
    // "moderator", or with an honorific ("mr", "ms", "dr", "sh", "sm")
    // before it, are parsed.
    doc.for_lines_with_edges("mds", {}, [&](std::size_t i) {
        std::string_view s = doc.trimmed(i);
        if (s.size() < 9) return;
        if (const std::size_t h = india::honorific_length(s); h != 0) s = s.substr(h);
        if (s.size() < 9 || (s[0] | 0x20) != 'm' || !text::iequals(s.substr(0, 9), "moderator")) return;
        if (auto f = label_at(doc, i); f && is_moderator(*f)) ++moderators;
    });
    if (moderators < 2) return 0;
    const int cues = concall_cues(doc.text.substr(0, 40000));
    return cues == 0 ? 0 : std::min(90, 40 + 10 * cues);
}

// Words of a stock-exchange cover letter: "The Listing Department", "Dear
// Sirs", "Scrip Code", "Yours faithfully", "Company Secretary".
int cover_letter_cues(std::string_view s) {
    int n = 0;
    for (std::string_view cue : {"listing department", "stock exchange", "dear sir", "scrip code", "security code",
                                 "symbol", "company secretary", "yours faithfully", "yours truly", "sub:", "ref:",
                                 "dalal street", "kurla complex", "corporate relation"})
        if (text::ifind(s, cue) != std::string_view::npos) ++n;
    return n;
}

// The cover letter: the pages before the call's first page, each full of
// letter words. Returns the first line after it (0 when there is none).
std::size_t cover_letter_end(const layout::document& doc, std::size_t call_start) {
    std::size_t end = 0, page_begin = 0;
    for (std::size_t i = 0; i < doc.size() && i < call_start; ++i) {
        const auto& l = doc.lines.lines()[i];
        const bool last_of_page = l.next > l.end && doc.text[l.end] == '\f';
        if (!last_of_page) continue;
        const byte_span page{doc.span_of(page_begin).begin, l.end};
        if (cover_letter_cues(doc.text.substr(page.begin, page.size())) < 2) break;
        end = page_begin = i + 1;
    }
    return end;
}

// The cover letter as boilerplate, one span per run of lines between
// furniture (which keeps its own kind).
void skip_cover_letter(const layout::document& doc, std::size_t end, std::vector<skipped>& out) {
    std::optional<byte_span> run;
    auto flush = [&] {
        if (run) out.push_back({skip_kind::boilerplate, *run});
        run.reset();
    };
    for (std::size_t i = 0; i < end; ++i) {
        if (doc.is_furniture(i)) {
            flush();
            continue;
        }
        if (doc.trimmed(i).empty()) continue;
        const byte_span s = doc.span_of(i);
        if (run) run->end = s.end;
        else run = s;
    }
    flush();
}

// An analyst's first label follows the moderator's introduction: the
// surname is in the lines just before.
bool introduced_before(const layout::document& doc, std::size_t i, std::string_view name) {
    const std::size_t space = name.rfind(' ');
    const std::string_view surname = space == std::string_view::npos ? name : name.substr(space + 1);
    if (surname.size() < 3) return false;
    const std::size_t begin = doc.span_of(i).begin;
    const std::size_t from = begin > 400 ? begin - 400 : 0;
    return text::ifind(doc.text.substr(from, begin - from), surname) != std::string_view::npos;
}

// Someone who speaks once (a director answering one question) is still
// labelled "First Last:"; a hard-wrapped line rarely starts that way right
// after a finished sentence. "Order Inflow:" opening a line of prepared
// remarks is told apart by its words, which the text also writes in lower
// case ("order inflow") where a person's name never is.
bool full_name(const layout::document& doc, const found_label& f) {
    const std::string_view name = f.label.name;
    if (name.find(' ') == std::string_view::npos) return false;
    std::size_t from = 0;
    while (from < name.size()) {
        std::size_t to = name.find(' ', from);
        if (to == std::string_view::npos) to = name.size();
        std::string word(" ");
        for (char c : name.substr(from, to - from)) word.push_back(static_cast<char>(text::is_ascii_upper(static_cast<unsigned char>(c)) ? c | 0x20 : c));
        if (word.size() > 3) {
            for (std::size_t at = doc.text.find(word); at != std::string_view::npos; at = doc.text.find(word, at + 1)) {
                const std::size_t after = at + word.size();
                if (after >= doc.text.size() || !text::is_ascii_alpha(static_cast<unsigned char>(doc.text[after]))) return false;
            }
        }
        from = to + 1;
    }
    return true;
}
bool after_sentence(const layout::document& doc, std::size_t i) {
    for (std::size_t j = i; j-- > 0;) {
        if (doc.is_furniture(j)) continue;
        const std::string_view prev = text::trim(doc.line(j));
        if (prev.empty()) continue;
        const char c = prev.back();
        return c == '.' || c == '?' || c == '!';
    }
    return true;
}

void read(const layout::document& doc, segment::draft& d) {
    d.dialect = "concall";
    d.language = text::detect_language(doc.text);

    std::vector<std::optional<found_label>> labels(doc.size());
    std::unordered_map<std::string, int> counts;
    std::optional<std::size_t> start;
    for (std::size_t i = 0; i < doc.size(); ++i) {
        if (doc.is_furniture(i)) continue;
        labels[i] = label_at(doc, i);
        if (!labels[i]) continue;
        ++counts[text::name_key(labels[i]->label.name)];
        if (!start && is_moderator(*labels[i])) start = i;
    }
    // Without a moderator the call starts at the first name used as a label twice.
    for (std::size_t i = 0; i < doc.size() && !start; ++i)
        if (labels[i] && counts[text::name_key(labels[i]->label.name)] >= 2) start = i;
    const std::size_t call_start = start.value_or(doc.size());

    std::vector<marker> markers;
    const std::size_t cover_end = cover_letter_end(doc, call_start);
    india::read_title_roster(doc, cover_end, call_start, d, markers);
    const en::roster_index roster(d);

    const auto heads = en::headings_of(doc);
    for (std::size_t i = cover_end; i < doc.size(); ++i) {
        const layout::heading h = heads[i];
        if (labels[i] || doc.is_furniture(i)) continue;
        if (h == layout::heading::presentation || h == layout::heading::qa || h == layout::heading::closing)
            markers.push_back({i, marker::kind::heading,
                               h == layout::heading::presentation ? section_kind::presentation
                               : h == layout::heading::qa         ? section_kind::qa
                                                                  : section_kind::closing,
                               {}, {}, 0, std::nullopt});
    }
    for (std::size_t i = call_start; i < doc.size(); ++i) {
        if (!labels[i]) continue;
        const found_label& f = *labels[i];
        const bool management = is_management(f);
        const bool known = layout::is_operator_name(f.label.name) || roster.contains(f.label.name) || f.honorific ||
                           !f.label.qualifier.empty() || counts[text::name_key(f.label.name)] >= 2 ||
                           introduced_before(doc, i, f.label.name) || (after_sentence(doc, i) && full_name(doc, f)) ||
                           management;
        if (!known) continue;
        segment::speaker who = en::speaker_of(f.label);
        if (management) who.role = role::executive;
        markers.push_back(en::label_marker(doc, i, who, f.colon, f.label.body));
    }
    segment::assemble(doc, std::move(markers), d);

    // The moderator hands the floor to a host who speaks for the company
    // (its investor-relations head or adviser), even when introduced "from"
    // an advisory firm as analysts are later.
    for (std::size_t t = 0; t + 1 < d.turns.size(); ++t) {
        if (d.turns[t].who.role != role::operator_) continue;
        const segment::turn_draft& host = d.turns[t + 1];
        if (host.section == section_kind::presentation && host.who.role == role::unknown && !host.who.name.empty())
            d.roster.push_back({{host.who.name, {}, {}, {}, role::executive}, host.label});
        break;
    }
    // The host's roll call of the executives opens the call.
    for (std::size_t t = 0; t < d.turns.size() && t < 3; ++t)
        if (!d.turns[t].pieces.empty())
            india::read_roll_call(doc.text, {d.turns[t].pieces.front().begin, d.turns[t].pieces.back().end}, d);
    india::link_roster_to_labels(d);
    en::mark_closing(doc, d);

    skip_cover_letter(doc, cover_end, d.skipped);
    std::stable_sort(d.skipped.begin(), d.skipped.end(),
                     [](const skipped& a, const skipped& b) { return a.span.begin < b.span.begin; });
    if (cover_end > 0)
        d.notes.push_back({severity::note, "cover-letter", 0,
                           "the stock-exchange cover letter before the call is kept out of the turns"});
}

} // namespace

const dialect concall{"concall", score, read, 90};

} // namespace ect::dialects
