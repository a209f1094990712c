#pragma once
// English questions inside one analyst turn. An analyst rarely asks one bare
// sentence: a question opens with a clause that names its topic ("And then on
// capital, …", "Second question is on card fees.", "I was hoping you
// could speak to …"), may carry context sentences, and is asked by one or
// more interrogative sentences about that topic. A question here is that
// whole run; the next opener ("And …?", "Secondly", "Another one on …")
// starts the next one, and pleasantries belong to none.

#include <ect/types.hpp>

#include <span>
#include <string_view>
#include <vector>

namespace ect::text {
class sentence_splitter;
}

namespace ect::qa {

/// The questions of an English analyst turn, as spans of `text` (the turn's
/// text). Line breaks inside `text` are treated as spaces: PDF text wraps
/// sentences across lines.
[[nodiscard]] std::vector<byte_span> english_questions(std::string_view text, text::sentence_splitter& sentences);

/// The same, for a caller that has tested `text` for Han characters already
/// (`may_hold_han` false: it has none).
[[nodiscard]] std::vector<byte_span> english_questions(std::string_view text, text::sentence_splitter& sentences,
                                                       bool may_hold_han);

/// The same into `out` (cleared first), for a caller that reuses its buffer
/// from turn to turn.
void english_questions(std::string_view text, text::sentence_splitter& sentences, bool may_hold_han,
                       std::vector<byte_span>& out);

/// How a sentence stands in an analyst turn (exposed for tests).
enum class sentence_role : unsigned char {
    courtesy, ///< thanks, greetings, "I have a follow-up": part of no question
    count,    ///< how many questions follow, and nothing more: "Two, please.",
              ///< "One more, if I may.": part of no question, but the next starts anew
    context,  ///< a statement that sets up a question
    opener,   ///< opens a topic without asking yet: "Second question is on capital."
    asking,   ///< asks something
};

/// The role of one sentence; `opens` tells whether it starts a new topic
/// (an enumerator, "And …", "On X, …", "I wanted to ask …").
[[nodiscard]] sentence_role classify_sentence(std::string_view sentence, bool& opens, bool& enumerates);

/// Builds the automaton of clause openers now rather than on first use.
void build_lead_automaton();

/// The cue kinds that automaton reads, all in one.
[[nodiscard]] std::span<const std::string_view> lead_cue_kinds();

} // namespace ect::qa
