#pragma once
// Speaker labels of English transcripts, shared by every provider layout:
//   person names          Tim Cook · Timothy D. Cook · A.M. Holloway · DANA ROSS · TimCook
//   inline labels         Operator: … · DANA ROSS: … · Anne-Sophie Béranger: … · Name (Firm): …
//   label lines           Name - Title · Name -- Title · Name – Firm – Title · Name, Firm

#include <boost/container/small_vector.hpp>

#include <cstdint>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace ect::layout {

/// The whole of `s` is a person's name in Latin script: 1 to 6 words, each
/// capitalised (or all capitals), initials, particles (de, van, von, bin),
/// suffixes (Jr., III) and an inline `(ph)` marker allowed, and an
/// honorific before it ("Dr. Lisa Su", text/honorific.hpp).
[[nodiscard]] bool is_person_name(std::string_view s);

/// Whether a person's name can open with the byte `c`: a capital (A-Z, or
/// the lead byte 0xC3 of U+00C0-U+00DE), a "(ph)" mark or a particle (de,
/// van, le, bin, al …). is_person_name is false for any text that does not.
/// Most lines of speech fail this first test (particles: de, da, di, del,
/// du, dos, der, van, von, le, la, bin, al).
[[nodiscard]] inline bool may_open_name(char c) noexcept {
    return (c >= 'A' && c <= 'Z') || c == '\xC3' || c == '(' || c == 'd' || c == 'v' || c == 'l' || c == 'b' || c == 'a';
}

/// False when no text that opens `s` and ends before one of the bytes that
/// can close a name in a label (':', '(', ',', '-', or 0xE2 of a dash) is a
/// person's name, nor `s` itself: a word of plain ASCII after a space that
/// may_open_name refuses comes before them all. Lines of speech fail this
/// within a few words, before any parse.
[[nodiscard]] bool name_may_end_at_mark(std::string_view s) noexcept;

/// is_operator_name without the byte tests it makes inline: the whole of
/// `s`, trimmed, is one of the operator's words.
[[nodiscard]] bool is_operator_word(std::string_view s);

/// The role an unnamed speaker's placeholder gives.
enum class unnamed_role : std::uint8_t { none, analyst, executive, unknown };

/// Whether the whole of `s`, trimmed, stands for a speaker the transcript
/// could not name, and in which role: "Unidentified Analyst" (analyst),
/// "Unknown Executive", "Unidentified Company Representative",
/// "Unidentified Corporate Participant" (executive), "Unknown speaker",
/// "Unidentified Participant" (unknown); none for anything else.
[[nodiscard]] unnamed_role unnamed_speaker(std::string_view s);

/// The whole of `s` names the operator or moderator of the call.
[[nodiscard]] inline bool is_operator_name(std::string_view s) {
    // From "host" to "conference operator", white space around it allowed:
    // what is shorter, or opens with a visible ASCII byte other than o, m,
    // c or h (either case), is none.
    if (s.size() < 4) return false;
    const char c = static_cast<char>(s.front() | 0x20);
    const auto first = static_cast<unsigned char>(s.front());
    if (first > 0x20 && first < 0x80 && c != 'o' && c != 'm' && c != 'c' && c != 'h') return false;
    return is_operator_word(s);
}

struct inline_label {
    std::string_view name;      ///< "Operator", "DANA ROSS", "Jon Peace"
    std::string_view qualifier; ///< "(Firm)" content or ", Title" content; may be empty
    std::size_t body = 0;       ///< offset in the line after the colon and spaces
};

/// `Name: text` at the start of `line`, where Name is a person or operator
/// name, optionally followed by `(Firm)` or `, Title-or-Firm`.
[[nodiscard]] bool parse_inline_label(std::string_view line, inline_label& out);

/// parse_inline_label for the lines of one text, each label's answer kept by
/// what stands before its colon: a call repeats the same few labels on
/// every turn, and that text alone decides the name and qualifier. The
/// views it keeps point into the lines it was given; they must outlive it.
class inline_label_memo {
public:
    [[nodiscard]] bool parse(std::string_view line, inline_label& out);

private:
    // Offsets in the line after its leading white space.
    struct answer {
        bool found = false;
        std::uint8_t name_at = 0, name_size = 0, qualifier_at = 0, qualifier_size = 0;
    };
    std::unordered_map<std::string_view, answer> by_text_;
};

struct label_line {
    std::string_view name;
    /// What follows the name, split at the separators: at most three, kept
    /// in place (the document keeps a label line for every line that is one).
    boost::container::small_vector<std::string_view, 3> parts;
    char separator = 0;                  ///< '-' for dashes, ',' for a comma, 0 for a bare name
};

/// A whole line that is a speaker label: a bare name, or a name followed by
/// dash- or comma-separated title and firm parts.
[[nodiscard]] bool parse_label_line(std::string_view line, label_line& out);

} // namespace ect::layout
