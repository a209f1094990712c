#pragma once
// The rule sources of ICU's rule-based transliterators, read from ICU's
// data. Asking ICU's registry for a transliterator by name first builds the
// registry itself (about 15 ms per process); compiling the rules directly,
// or reading them into a table, skips that.

#include <optional>
#include <string>

namespace ect::text {

struct transliterator_rules {
    std::u16string rules;
    bool reverse = false; // the rules are written for the other direction
};

/// The rules ICU keeps for transliterator `id` ("Hant-Hans",
/// "Han-Latin/Names"), following one alias; none when ICU has no such rules.
[[nodiscard]] std::optional<transliterator_rules> icu_rules(const char* id);

} // namespace ect::text
