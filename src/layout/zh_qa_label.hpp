#pragma once
// Question and answer markers of Chinese records and notes, where the label
// names a side rather than a person:
//   问：… / 答：…   问题1：… / 回答：…   1、问:…   Q：… / A：…   Q1:…
//   投资者提问：…   公司回复：…   答（董秘）：…
//   提问者：张先生 / 回答者：董事会秘书 李明   (field lines naming the next speaker)
//   1、贵公司今年的产能如何？            (a numbered question, no marker)
// Q and A are matched in upper case only: "a:" in prose is no marker.

#include <string_view>

namespace ect::layout {

struct zh_qa_label {
    enum class kind : unsigned char {
        question,   ///< the text after the colon is a question
        answer,     ///< the text after the colon is an answer
        questioner, ///< a field line naming who asks next (`who`)
        answerer,   ///< a field line naming who answers next (`who`)
    };
    kind what = kind::question;
    std::string_view marker; ///< the marker word as written, e.g. "问题", "答", "Q"
    std::string_view who;    ///< a speaker in parentheses, or a field line's value
    std::size_t body = 0;    ///< offset in the line where the text starts
};

/// Recognise a marker at the start of `line` (white space, U+3000 and NBSP
/// indents allowed, an optional list number `1、` `1.` `（1）` before it).
[[nodiscard]] bool parse_zh_qa_label(std::string_view line, zh_qa_label& out);

/// A numbered question without a marker: `1、…？` / `2.…?` with the
/// question mark ending the line. `body` is set past the number.
[[nodiscard]] bool parse_zh_numbered_question(std::string_view line, zh_qa_label& out);

} // namespace ect::layout
