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

/// Whether `at` opens a clause of `head`: its start, or after a comma, a
/// colon, a semicolon, a dash (-, – or —) or a joining "and", "but" or
/// "so", with hedges between ("…, but maybe just elaborate on …").
[[nodiscard]] constexpr bool opens_clause(std::string_view head, std::size_t at) {
    constexpr auto letter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '\''; };
    constexpr auto word_is = [](std::string_view w, std::string_view lower) {
        if (w.size() != lower.size()) return false;
        for (std::size_t i = 0; i < w.size(); ++i)
            if ((w[i] | 0x20) != lower[i]) return false;
        return true;
    };
    for (int words = 0;; ++words) {
        while (at > 0 && head[at - 1] == ' ') --at;
        if (at == 0) return true;
        const char c = head[at - 1];
        if (c == ',' || c == ':' || c == ';' || c == '-') return true;
        if (at >= 3 && head[at - 3] == '\xE2' && head[at - 2] == '\x80' && (c == '\x93' || c == '\x94')) return true;
        std::size_t from = at;
        while (from > 0 && letter(head[from - 1])) --from;
        const std::string_view w = head.substr(from, at - from);
        if (w.empty() || words == 3) return false;
        if (word_is(w, "and") || word_is(w, "but") || word_is(w, "so")) return true;
        if (!word_is(w, "just") && !word_is(w, "maybe") && !word_is(w, "perhaps") && !word_is(w, "also")) return false;
        at = from;
    }
}

/// Whether an interrogative cue of English stands where it counts in `head`
/// (see after_connectives): near its start or where a clause opens. `at` is where
/// the cue's first occurrence in `head` begins. A cue that opens with a
/// wh-word (`wh`: "how much", "what are", "why") asks only where it opens a
/// clause: inside one it starts a reported or relative clause ("I think it
/// shows how much …").
[[nodiscard]] constexpr bool cue_counts(std::string_view head, std::size_t at, bool wh = false) {
    return (!wh && at < 40) || opens_clause(head, at);
}

/// Whether an interrogative cue opens with a wh-word (how, what, why, when,
/// where, which).
[[nodiscard]] constexpr bool opens_with_wh_word(std::string_view cue) {
    for (std::string_view w : {"how", "what", "why", "when", "where", "which"})
        if (cue.substr(0, w.size()) == w && (cue.size() == w.size() || cue[w.size()] == ' ' || cue[w.size()] == '\''))
            return true;
    return false;
}

} // namespace ect::qa
