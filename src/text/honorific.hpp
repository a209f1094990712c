#pragma once
// Honorifics written before an English name: "Dr. Lisa Su", "Prof. Ana
// Ruiz", "Mr. John Lee". A name is the person's name without them, so
// "Dr. Lisa Su" in a roster and "Lisa Su" over a turn are one person.

#include "text/utf8.hpp"

#include <cstddef>
#include <string_view>

namespace ect::text {

/// Bytes of the honorific that opens `s` and the spaces after it ("Dr. ",
/// "Dr ", "Prof. ", "Mr. ", "Mrs. ", "Ms. ", in any case), 0 when `s`
/// opens with none or nothing follows it.
[[nodiscard]] inline std::size_t honorific_length(std::string_view s) noexcept {
    // Every honorific opens with "dr", "mr", "ms" or "pr": most names and
    // words fail on their first two bytes.
    if (s.size() < 4) return 0;
    const char first = static_cast<char>(s[0] | 0x20), second = static_cast<char>(s[1] | 0x20);
    if (!(second == 'r' && (first == 'd' || first == 'm' || first == 'p')) && !(first == 'm' && second == 's')) return 0;
    // "Dr" alone is one too (British usage); "Mr", "Ms" and "Prof" only
    // with their full stop, as words of their own they are other things.
    static constexpr std::string_view forms[] = {"dr.", "dr", "prof.", "mr.", "mrs.", "ms."};
    for (const std::string_view f : forms) {
        if (s.size() <= f.size() + 1 || s[f.size()] != ' ' || !iequals(s.substr(0, f.size()), f)) continue;
        std::size_t n = f.size();
        while (n < s.size() && s[n] == ' ') ++n;
        return n < s.size() ? n : 0;
    }
    return 0;
}

/// `s` without the honorific that opens it.
[[nodiscard]] inline std::string_view without_honorific(std::string_view s) noexcept {
    return s.substr(honorific_length(s));
}

} // namespace ect::text
