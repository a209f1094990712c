#pragma once
// Speaker labels of Chinese write-ups and records:
//   高盛分析師Lincoln Kong:…   瑞银集团分析师Felix Liu：…   程一笑:…
//   摩根士丹利(MS)分析师梁伟亮(Eddie Leung)：…
// A label is a short, name-like prefix ended by a colon; a line that merely
// contains a colon (詳見:…, …財報:營收為…) is not one.

#include <string_view>

namespace ect::layout {

struct zh_label {
    std::string_view firm;  ///< text before the role word, e.g. "高盛", may be empty
    std::string_view title; ///< the role word, e.g. "分析師", may be empty
    std::string_view name;  ///< the person, e.g. "Lincoln Kong", "程一笑"
    std::string_view alias; ///< a Latin form given in parentheses, e.g. "Eddie Leung"
    std::size_t body = 0;   ///< offset in the line of the text after the colon
};

/// Recognise a label at the start of `line` (leading white space allowed).
/// A bare Han name (no role word) is accepted only when it starts with a
/// known Chinese surname; callers may still require the name to be known.
[[nodiscard]] bool parse_zh_label(std::string_view line, zh_label& out);

/// A Han personal name of 2–4 characters starting with a known surname.
[[nodiscard]] bool is_han_person_name(std::string_view s);

/// The known surname that `name` starts with (compound surnames first), or
/// an empty view.
[[nodiscard]] std::string_view han_surname(std::string_view name);

} // namespace ect::layout
