#pragma once
// Pieces shared by the English dialects: roster blocks, label acceptance,
// heading markers. A dialect composes these and adds its own few rules.

#include "dialects/dialect.hpp"
#include "layout/en_headings.hpp"
#include "layout/en_label.hpp"
#include "segment/assemble.hpp"
#include "text/utf8.hpp"

#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace ect::dialects::en {

/// text::iequals with its length test inline: the scores compare every line
/// with a few phrases, and nearly every line differs from them in length.
inline bool is_phrase(std::string_view s, std::string_view phrase) {
    return s.size() == phrase.size() && text::iequals(s, phrase);
}

/// Headings of every line, computed once.
std::vector<layout::heading> headings_of(const layout::document& doc);

/// Roster lines under roster headings ("Executives", "CORPORATE
/// PARTICIPANTS", "Call participants:" …) become roster entries and skip
/// markers. A roster block ends at a section heading, or at the first line
/// that is not a roster entry after a blank line.
void read_rosters(const layout::document& doc, const std::vector<layout::heading>& heads, segment::draft& d,
                  std::vector<segment::marker>& markers);

/// A label line is followed by its text: some non-blank line within the
/// next three.
[[nodiscard]] bool followed_by_text(const layout::document& doc, std::size_t i);

/// A name alone on line `i`, used only once, that still heads a turn in a
/// layout of label lines (an investor-relations head who only opens the
/// call, a divisional head with one answer): the line before ends a
/// sentence or is a heading (or, before `first_label`, the title page
/// ends), the next line reads as speech, no word of the name is written in
/// lower case in the text ("Capital Strength" heads a slide) and one is
/// named elsewhere ("Thank you, Sarah").
[[nodiscard]] bool heads_one_turn(const layout::document& doc, std::size_t i, std::size_t first_label);

/// Heading markers for the section headings.
void mark_sections(const layout::document& doc, const std::vector<layout::heading>& heads,
                   std::vector<segment::marker>& markers);

/// A speaker from a label line: "Name - Title", "Name -- Analyst",
/// "Name – Firm – Title", "Name, Firm".
segment::speaker speaker_of(const layout::label_line& l);

/// A speaker from an inline label's qualifier: "(Firm)" or ", Title-or-Firm".
segment::speaker speaker_of(const layout::inline_label& l);

/// Names known from the roster, by name_key.
class roster_index {
public:
    explicit roster_index(const segment::draft& d);
    [[nodiscard]] bool contains(std::string_view name) const;
    /// contains() for a name whose text::name_key is `key`.
    [[nodiscard]] bool contains_key(const std::string& key) const { return keys_.count(key) != 0; }

private:
    std::unordered_map<std::string, int> keys_;
};

/// Labels counted by text::name_key. A call repeats each label on every
/// turn: the key of each spelling is made once and found again by the
/// spelling. The spellings must outlive the tally.
class name_tally {
public:
    /// The name_key of `name` and its count, 0 when first asked.
    std::pair<const std::string, int>& of(std::string_view name) {
        auto [at, fresh] = by_name_.try_emplace(name, nullptr);
        if (fresh) at->second = &*by_key_.try_emplace(text::name_key(name)).first;
        return *at->second;
    }

private:
    // Elements of an unordered_map keep their address as it grows.
    std::unordered_map<std::string, int> by_key_;
    std::unordered_map<std::string_view, std::pair<const std::string, int>*> by_name_;
};

/// A label marker for line `i` with the label ending at `label_end` and the
/// text starting at `body` (offsets relative to the line).
segment::marker label_marker(const layout::document& doc, std::size_t i, const segment::speaker& who,
                             std::size_t label_end, std::size_t body);

} // namespace ect::dialects::en
