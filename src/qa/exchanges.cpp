#include "qa/qa.hpp"

#include <algorithm>

namespace ect::qa {

void build_exchanges(detail::transcript_data& t) {
    t.exchanges.clear();
    std::optional<exchange> open;
    auto close = [&] {
        if (open) {
            open->index = t.exchanges.size();
            t.exchanges.push_back(std::move(*open));
        }
        open.reset();
    };
    // One asker in the whole Q&A (a host interviewing an executive, or a
    // record whose questioners are all "the investor"): each question after
    // an answer is a new exchange, not a follow-up.
    std::optional<std::size_t> sole_asker;
    bool many_askers = false;
    for (const turn& u : t.turns)
        if (u.section == section_kind::qa && u.role == role::analyst && u.participant) {
            if (sole_asker && *sole_asker != *u.participant) many_askers = true;
            sole_asker = u.participant;
        }
    const bool interview = sole_asker && !many_askers;
    // The operator between two turns of the analyst whose slot is open, before
    // any answer, speaks to the line ("Yes, you are audible, sir."): the
    // slot goes on.
    auto aside = [&](std::size_t i) {
        if (!open || !open->answer_turns.empty() || i + 1 >= t.turns.size()) return false;
        const turn& next = t.turns[i + 1];
        return next.section == section_kind::qa && next.role == role::analyst && next.participant == open->asker;
    };
    for (const turn& u : t.turns) {
        if (u.section != section_kind::qa) {
            close();
            continue;
        }
        switch (u.role) {
        case role::analyst:
            if (open && u.participant && open->asker == *u.participant &&
                !(interview && !open->answer_turns.empty())) {
                open->question_turns.push_back(u.index);
            } else if (u.participant) {
                close();
                open = exchange{0, *u.participant, {}, {}};
                // Room for the usual slot (a question and a follow-up, a few
                // answers) in one allocation each, not one per growth step.
                open->question_turns.reserve(2);
                open->answer_turns.reserve(4);
                open->question_turns.push_back(u.index);
            }
            break;
        case role::executive:
            if (open) open->answer_turns.push_back(u.index);
            break;
        case role::operator_:
            if (!aside(u.index)) close();
            break;
        case role::unknown:
            break;
        }
    }
    close();
}

void link_statements(const segment::draft& d, detail::transcript_data& t) {
    t.statements.clear();
    for (const auto& s : d.statements) {
        const auto it = std::find_if(t.participants.begin(), t.participants.end(),
                                     [&](const participant& p) { return p.name == s.name; });
        if (it == t.participants.end()) continue;
        t.statements.push_back({it->id, s.cue, s.direct, std::string_view(t.text).substr(s.span.begin, s.span.size()),
                                s.span});
    }
}

} // namespace ect::qa
