#pragma once
// Helpers shared by the human-readable writers (text, Markdown, CSV): who
// speaks a turn, how a firm is shown, and short excerpts cut on code point
// boundaries. The JSON writer does not use the display helpers: the contract
// prints the model as is.

#include <ect/transcript.hpp>

#include <algorithm>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace ect::io {

/// The participant with id `id`, or nullptr when absent or out of range (the
/// writers must not crash on a model with a dangling reference).
[[nodiscard]] inline const participant* participant_at(const transcript& t, std::optional<std::size_t> id) noexcept {
    const auto people = t.participants();
    if (!id || *id >= people.size()) return nullptr;
    return &people[*id];
}

/// Name of the speaker of a turn: the participant's name, else the label as
/// written (an unresolved speaker still has a label worth showing).
[[nodiscard]] inline std::string_view speaker_name(const transcript& t, const turn& u) noexcept {
    if (const participant* p = participant_at(t, u.participant); p && !p->name.empty()) return p->name;
    return u.label;
}

/// A firm as a reader knows it: the canonical English name when the table
/// knows the firm, else the name as written.
[[nodiscard]] inline std::string_view firm_display(const firm_ref& f) noexcept {
    return f.canonical.empty() ? f.name : f.canonical;
}

/// Up to `max_cp` code points of `s` on one line: runs of ASCII white space
/// (line breaks included) become one space so an excerpt never breaks the
/// indentation of the dump; "…" marks a cut. The text is valid UTF-8 (the
/// parser validates it), so a cut before a lead byte is a boundary.
[[nodiscard]] inline std::string excerpt(std::string_view s, std::size_t max_cp) {
    std::string out;
    // max_cp * 4 cannot overflow here: max_cp < s.size() on that branch.
    out.reserve(max_cp >= s.size() ? s.size() : std::min(s.size(), max_cp * 4) + 3);
    std::size_t count = 0;
    bool pending_space = false;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
            pending_space = !out.empty();
            continue;
        }
        const bool lead = (c & 0xC0u) != 0x80u;
        if (lead) {
            if (count + (pending_space ? 1 : 0) >= max_cp) {
                out += "…";
                return out;
            }
            if (pending_space) {
                out += ' ';
                ++count;
                pending_space = false;
            }
            ++count;
        }
        out += static_cast<char>(c);
    }
    return out;
}

/// The first sentence of `s` (through its terminator), for turns whose
/// questions were not split out. Latin terminators count only before white
/// space or the end, so "U.S." and "3.5%" do not end a sentence.
[[nodiscard]] inline std::string_view first_sentence(std::string_view s) noexcept {
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        if (c == '.' || c == '?' || c == '!') {
            if (i + 1 == s.size() || s[i + 1] == ' ' || s[i + 1] == '\n' || s[i + 1] == '\r' || s[i + 1] == '\t')
                return s.substr(0, i + 1);
        }
        // Full-width terminators end a sentence wherever they stand.
        if (static_cast<unsigned char>(c) < 0xE0u) continue;
        for (std::string_view stop : {"。", "？", "！"}) {
            if (s.substr(i, stop.size()) == stop) return s.substr(0, i + stop.size());
        }
    }
    return s;
}

/// Sum of the questions over all turns.
[[nodiscard]] inline std::size_t question_count(const transcript& t) noexcept {
    std::size_t n = 0;
    for (const turn& u : t.turns()) n += u.questions.size();
    return n;
}

} // namespace ect::io
