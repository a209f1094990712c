// Deutsche Bank transcripts (PDF text):
//   a "Speakers:" roster ("Name, Title"),
//   prepared remarks as an upper-case name heading ("HENRIK VOSS"),
//   "Slide N – title" captions and "- " bullet sentences,
//   a "Questions and Answers" heading, then the Q&A laid out in two columns:
//   the text layer glues the speaker's name to the first words of speech
//   ("Ola Brenner Yes. Two questions from me, …") and puts an analyst's firm at
//   the start of the next line ("(JP Morgan) quick follow-up on …").
// Names come from the roster and from those firm lines; a line starting
// with a known name starts a turn, and the label is the name alone.
#include "dialects/bank_ir.hpp"
#include "text/utf8.hpp"

#include <algorithm>
#include <unordered_map>

namespace ect::dialects {

namespace {

using segment::marker;

std::vector<std::string_view> words_of(std::string_view s) {
    std::vector<std::string_view> out;
    for (std::size_t i = 0; i < s.size();) {
        while (i < s.size() && s[i] == ' ') ++i;
        const std::size_t b = i;
        while (i < s.size() && s[i] != ' ') ++i;
        if (i > b) out.push_back(s.substr(b, i - b));
    }
    return out;
}

// Words that open speech rather than continue a name ("Piers Whitlock Good morning").
bool opens_speech(std::string_view w) {
    static constexpr std::string_view words[] = {"Yes", "Good", "Hi", "Hello", "Morning", "Thanks", "Thank", "So",
                                                 "Okay", "OK", "Great", "Just", "First", "Well", "Sure", "Look",
                                                 "Maybe", "I", "And", "Perfect", "Really", "Right", "One", "The"};
    return std::find(std::begin(words), std::end(words), w) != std::end(words);
}

// "(JP Morgan) shout-out …": the firm in parentheses opening a line.
std::string_view firm_opening(std::string_view line) {
    const std::string_view s = text::trim(line);
    // Most lines fail on their first byte, before any search.
    if (s.empty() || s.front() != '(') return {};
    const std::size_t close = s.substr(0, 61).find(')');
    if (close == std::string_view::npos) return {};
    return text::trim(s.substr(1, close - 1));
}

// The name at the start of a line whose next line opens with a firm: the
// longest run of two to four capitalised words before the speech.
std::string_view glued_name(std::string_view line) {
    const std::vector<std::string_view> ws = words_of(text::trim(line));
    std::string_view best;
    for (std::size_t k = 2; k <= 4 && k < ws.size(); ++k) {
        const std::string_view last = ws[k - 1];
        if (opens_speech(last)) break;
        const std::string_view name(ws[0].data(), static_cast<std::size_t>(last.data() + last.size() - ws[0].data()));
        if (!bank::is_label_name(name)) break;
        best = name;
    }
    return best;
}

bool is_slide_caption(std::string_view line) {
    const std::string_view s = text::trim(line);
    return text::istarts_with(s, "slide ") && s.size() > 6 && s[6] >= '0' && s[6] <= '9';
}

bool is_bullet(std::string_view line) { return text::trim(line).substr(0, 2) == "- "; }

// "HENRIK VOSS": a name in capitals on its own line.
bool is_caps_name(std::string_view line) {
    const std::string_view s = text::trim(line);
    // The letters first: most lines hold a lower-case one.
    return std::none_of(s.begin(), s.end(), [](char c) { return text::is_ascii_lower(static_cast<unsigned char>(c)); }) &&
           bank::is_label_name(s);
}

int score(const layout::document& doc) {
    int captions = 0, glued = 0;
    // Only the lines that open with "Slide" or "(" can count: a caption
    // before a bullet, a firm line after a glued name. Each test trims the
    // line first: the document's trimmed lines are the same.
    doc.for_lines_with_edges("S", {}, [&](std::size_t i) {
        if (i + 1 < doc.size() && is_slide_caption(doc.trimmed(i)) && is_bullet(doc.trimmed(i + 1))) ++captions;
    });
    doc.for_lines_with_edges("(", {}, [&](std::size_t i) {
        if (i > 0 && !firm_opening(doc.trimmed(i)).empty() && !glued_name(doc.trimmed(i - 1)).empty()) ++glued;
    });
    if (glued < 2 && captions < 3) return 0;
    return std::min(60, 10 + std::min(captions, 5) * 4 + glued * 6);
}

struct glued_label {
    std::size_t begin = 0;     ///< where the label starts
    std::size_t firm_line = 0; ///< the line opening with "(Firm)"
};

// Cut the "(Firm) " prefix of the line after a glued label out of the turn's text.
void drop_firm_prefix(const layout::document& doc, const glued_label& g, segment::turn_draft& t) {
    const byte_span line = doc.span_of(g.firm_line);
    const std::string_view s = doc.line(g.firm_line);
    const std::size_t after = doc.span_of(g.firm_line).begin + s.find(')') + 1;
    for (std::size_t k = 0; k < t.pieces.size(); ++k) {
        byte_span& p = t.pieces[k];
        if (!(p.begin < line.begin && line.begin < p.end)) continue;
        const byte_span before{p.begin, doc.span_of(g.firm_line - 1).end - text::trim_right_bytes(doc.line(g.firm_line - 1))};
        std::size_t rest = after;
        while (rest < p.end && (doc.text[rest] == ' ' || doc.text[rest] == '\n' || doc.text[rest] == '\r')) ++rest;
        const std::size_t end = p.end;
        p = before;
        if (rest < end) t.pieces.insert(t.pieces.begin() + static_cast<std::ptrdiff_t>(k) + 1, byte_span{rest, end});
        return;
    }
}

void read(const layout::document& doc, segment::draft& d) {
    d.dialect = "bank-ir-slide-bullets";
    d.language = "en";
    const auto heads = bank::headings_of(doc);
    std::vector<marker> markers;
    bank::read_rosters(doc, heads, d, markers);
    en::mark_sections(doc, heads, markers);
    std::vector<bool> taken(doc.size(), false);
    for (const marker& m : markers) taken[m.line] = true;

    // Names known to head turns: the roster's and those glued to a firm line.
    std::vector<std::string_view> names;
    for (const auto& r : d.roster) names.push_back(r.who.name);
    for (std::size_t i = 0; i + 1 < doc.size(); ++i)
        if (!firm_opening(doc.line(i + 1)).empty())
            if (const std::string_view n = glued_name(doc.line(i)); !n.empty()) names.push_back(n);

    std::vector<glued_label> glued;
    bool in_qa = false;
    for (std::size_t i = 0; i < doc.size(); ++i) {
        if (heads[i] == layout::heading::qa) in_qa = true;
        if (taken[i] || doc.is_furniture(i)) continue;
        const std::string_view line = doc.line(i);
        if (is_slide_caption(line)) {
            markers.push_back({i, marker::kind::skip, section_kind::presentation, {}, {}, 0, skip_kind::editor_note});
            continue;
        }
        if (!in_qa && is_caps_name(line)) {
            // The turn starts at the first bullet; the name heading only closes the turn before.
            std::size_t j = i + 1;
            while (j < doc.size() && (doc.is_furniture(j) || doc.trimmed(j).empty() || is_slide_caption(doc.line(j))))
                ++j;
            if (j >= doc.size()) continue;
            const std::string_view name = text::trim(line);
            const std::size_t lead = text::trim_left_bytes(line);
            markers.push_back({i, marker::kind::skip, section_kind::presentation, {}, {}, 0, std::nullopt});
            const std::string_view body = doc.line(j);
            const std::size_t at = is_bullet(body) ? text::trim_left_bytes(body) + 2 : 0;
            marker m = en::label_marker(doc, j, {name, {}, {}, {}, role::executive}, at, at);
            m.label = {doc.span_of(i).begin + lead, doc.span_of(i).begin + lead + name.size()};
            markers.push_back(m);
            taken[j] = true;
            continue;
        }
        if (!in_qa) continue;
        const std::string_view s = text::trim(line);
        // The first letters first (the case bit aside): most lines open
        // with no name's first letter.
        const auto it = std::find_if(names.begin(), names.end(), [&](std::string_view n) {
            if (!n.empty() && (s.empty() || (s[0] | 0x20) != (n[0] | 0x20))) return false;
            return text::istarts_with(s, n) && (s.size() == n.size() || s[n.size()] == ' ');
        });
        if (it == names.end()) continue;
        const std::size_t lead = text::trim_left_bytes(line);
        segment::speaker who{s.substr(0, it->size()), {}, {}, {}, role::unknown};
        if (i + 1 < doc.size()) {
            if (const std::string_view firm = firm_opening(doc.line(i + 1)); !firm.empty()) {
                who.firm = firm;
                who.role = role::analyst;
                glued.push_back({doc.span_of(i).begin + lead, i + 1});
            }
        }
        std::size_t body = lead + it->size();
        while (body < line.size() && line[body] == ' ') ++body;
        markers.push_back(en::label_marker(doc, i, who, lead + it->size(), body));
    }
    segment::assemble(doc, std::move(markers), d);
    for (const glued_label& g : glued)
        for (auto& t : d.turns)
            if (t.label.begin == g.begin) drop_firm_prefix(doc, g, t);
    bank::mark_closing(doc, d);
}

} // namespace

const dialect bank_ir_slide_bullets{"bank-ir-slide-bullets", score, read, 60};

} // namespace ect::dialects
