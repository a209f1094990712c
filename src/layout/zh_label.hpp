#pragma once
// Speaker labels of Chinese write-ups and records:
//   高盛分析師Marcus Bell:…   瑞银集团分析师Ethan Zhao：…   程一笑:…
//   摩根士丹利(MS)分析师梁伟亮(Eddie Leung)：…
// A label is a short, name-like prefix ended by a colon; a line that merely
// contains a colon (詳見:…, …財報:營收為…) is not one.

#include <string_view>

namespace ect::layout {

struct zh_label {
    std::string_view firm;  ///< text before the role word, e.g. "高盛", may be empty
    std::string_view title; ///< the role word, e.g. "分析師", may be empty
    std::string_view name;  ///< the person, e.g. "Marcus Bell", "程一笑"
    std::string_view alias; ///< a Latin form given in parentheses, e.g. "Eddie Leung"
    /// A job title given with the name: 投资者关系主管刘丽娣, 吴泳铭(CEO),
    /// 首席财务官 孔书宁 — never the analyst word (that is `title`).
    std::string_view position;
    /// A role word before a bar: 主持人|投资者关系主管刘丽娣 → 主持人.
    std::string_view side;
    /// True for the operator's words used as a label: 会议助手, 主持人, 接线员.
    bool operator_word = false;
    /// True when the name was written with a courtesy title (张三先生), which
    /// only a person's name takes.
    bool honorific = false;
    std::size_t body = 0;   ///< offset in the line of the text after the colon
};

/// Recognise a label at the start of `line` (leading white space allowed).
/// A bare Han name (no role word) is accepted only when it starts with a
/// known Chinese surname; callers may still require the name to be known.
[[nodiscard]] bool parse_zh_label(std::string_view line, zh_label& out);

/// A label naming a side instead of a person, as call notes write them:
/// 分析师：… / 管理层：… / Q：… / A：… / 问题：… / 答：…  `name` and `side`
/// are set to 分析师 (the asking side) or 管理层 (the answering side),
/// `alias` to "Analyst" or "Management".
[[nodiscard]] bool parse_zh_side_label(std::string_view line, zh_label& out);

/// True when `side` (as parse_zh_side_label sets it) is the asking side.
[[nodiscard]] bool is_asking_side(std::string_view side);

/// The operator's words used as labels: 会议助手, 主持人, 接线员 (and the
/// Traditional forms).
[[nodiscard]] bool is_zh_operator_word(std::string_view s);

/// A Han personal name of 2–4 characters starting with a known surname.
[[nodiscard]] bool is_han_person_name(std::string_view s);

/// The known surname that `name` starts with (compound surnames first), or
/// an empty view.
[[nodiscard]] std::string_view han_surname(std::string_view name);

} // namespace ect::layout
