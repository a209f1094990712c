#pragma once
// What the cue lexicons say about one sentence of an analyst turn, read in
// one pass over it: the interrogative cues (question-en), the cues that
// announce a question's topic (question-topic-en), the pleasantries
// (question-courtesy-anywhere-en) and the checks of the line
// (question-line-check-en) share one automaton.

#include <string_view>

namespace ect::qa {

struct sentence_cues {
    bool asks = false;        ///< is_question(sentence)
    bool announces = false;   ///< holds a question-topic-en cue
    bool courtesy = false;    ///< holds a question-courtesy-anywhere-en cue
    bool checks_line = false; ///< holds a question-line-check-en cue: "Am I audible?" asks nothing
};

/// `may_hold_han`: false when the caller knows the sentence has no Han
/// character (it comes from a text that has none), which spares the test.
[[nodiscard]] sentence_cues read_cues(std::string_view sentence, bool may_hold_han = true);

/// `s` without the connectives an English question may open with ("And
/// then, Tim, maybe could you …" → "Tim, maybe could you …"); a suffix of `s`.
[[nodiscard]] std::string_view after_connectives(std::string_view s);

/// Whether an interrogative cue of English stands where it counts in `head`
/// (see after_connectives): near its start or after a comma. `at` is where
/// the cue's first occurrence in `head` begins.
[[nodiscard]] constexpr bool cue_counts(std::string_view head, std::size_t at) {
    return at < 40 || head[at - 1] == ',' || (at >= 2 && head[at - 2] == ',');
}

} // namespace ect::qa
