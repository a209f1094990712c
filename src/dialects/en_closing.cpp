#include "dialects/en_closing.hpp"

#include "layout/document.hpp"
#include "text/utf8.hpp"

#include <algorithm>
#include <utility>
#include <vector>

namespace ect::dialects::en {

namespace {

bool has_any(std::string_view s, std::initializer_list<std::string_view> cues) {
    return std::any_of(cues.begin(), cues.end(),
                       [&](std::string_view c) { return layout::find_ignoring_case(s, c) != std::string_view::npos; });
}

// Cues that each hold one word, the anchor, and where in the cue it stands.
struct anchored_cues {
    std::string_view anchor;
    std::vector<std::pair<std::string_view, std::size_t>> cues;

    anchored_cues(std::string_view a, std::initializer_list<std::string_view> list) : anchor(a) {
        for (std::string_view cue : list) cues.emplace_back(cue, text::ifind(cue, a));
    }

    // Whether any cue is in `s`: the text is searched for the anchor alone,
    // and the cues are compared where it stands.
    [[nodiscard]] bool any_in(std::string_view s) const {
        for (std::size_t at = layout::find_ignoring_case(s, anchor); at != std::string_view::npos;
             at = layout::find_ignoring_case(s, anchor, at + 1))
            for (const auto& [cue, lead] : cues) {
                if (at < lead || s.size() - (at - lead) < cue.size()) continue;
                const std::string_view here = s.substr(at - lead, cue.size());
                // The first letters first: most cues differ there.
                if ((here[0] | 0x20) == (cue[0] | 0x20) && text::iequals(here, cue)) return true;
            }
        return false;
    }
};

bool ends_questions(std::string_view s) {
    static const anchored_cues question{
        "question",
        {"no further question", "no more question", "no other question", "not have any further question",
         "not have any more question", "concludes the question", "concludes our question", "conclude the question",
         "end of the question", "end of our question", "concludes today's question", "no questions at this time",
         // Indian concall moderators: "That was the last question for the day."
         "was the last question"}};
    static const anchored_cues qa{"q&a", {"concludes the q&a", "concludes our q&a"}};
    return question.any_in(s) || qa.any_in(s);
}

bool introduces_questioner(std::string_view s) {
    // Every cue below but one holds "question".
    if (layout::find_ignoring_case(s, "question") == std::string_view::npos)
        return layout::find_ignoring_case(s, "from the line of") != std::string_view::npos;
    return has_any(s, {"next question", "question comes from", "question is from", "question will come from",
                       "question is coming from", "from the line of", "follow-up question from", "question from"});
}

std::string_view text_of(const layout::document& doc, const segment::turn_draft& t) {
    if (t.pieces.empty()) return {};
    return doc.text.substr(t.pieces.front().begin, t.pieces.back().end - t.pieces.front().begin);
}

} // namespace

std::optional<std::size_t> find_closing(const layout::document& doc, const segment::draft& d) {
    std::optional<std::size_t> found;
    for (std::size_t t = 0; t < d.turns.size(); ++t) {
        const auto& turn = d.turns[t];
        if (turn.section != section_kind::qa || turn.who.role != role::operator_) continue;
        const std::string_view said = text_of(doc, turn);
        // A questioner introduced after "no further questions" (a late
        // re-queue) means the Q&A went on.
        if (found && introduces_questioner(said)) found.reset();
        if (!found && ends_questions(said)) found = t;
    }
    return found;
}

void mark_closing(const layout::document& doc, segment::draft& d) {
    if (std::any_of(d.sections.begin(), d.sections.end(), [](const section& s) { return s.kind == section_kind::closing; }))
        return;
    const auto start = find_closing(doc, d);
    if (!start) return;
    const auto& first = d.turns[*start];
    const std::size_t at = first.label.empty() ? first.pieces.front().begin : first.label.begin;
    for (std::size_t t = *start; t < d.turns.size(); ++t)
        if (d.turns[t].section == section_kind::qa) d.turns[t].section = section_kind::closing;
    split_sections_at(d, at);
}

void split_sections_at(segment::draft& d, std::size_t at) {
    std::vector<section> out;
    for (const section& s : d.sections) {
        if (s.kind == section_kind::qa && s.span.begin < at && at < s.span.end) {
            out.push_back({section_kind::qa, {s.span.begin, at}});
            out.push_back({section_kind::closing, {at, s.span.end}});
        } else if (s.kind == section_kind::qa && s.span.begin >= at) {
            out.push_back({section_kind::closing, s.span});
        } else {
            out.push_back(s);
        }
    }
    // Neighbouring closing sections are one.
    d.sections.clear();
    for (const section& s : out) {
        if (!d.sections.empty() && d.sections.back().kind == s.kind && d.sections.back().span.end == s.span.begin)
            d.sections.back().span.end = s.span.end;
        else
            d.sections.push_back(s);
    }
}

} // namespace ect::dialects::en
