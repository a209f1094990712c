#include "data/cue_table.hpp"
#include "qa/qa.hpp"
#include "text/utf8.hpp"

namespace ect::qa {

namespace {

bool has_han(std::string_view s) { return text::has_han(s); }

// English cues count at the start of a sentence or clause ("Could you …",
// "And what …"); a question mark anywhere settles it.
bool english_question(std::string_view s) {
    if (s.find('?') != std::string_view::npos) return true;
    std::string_view head = s;
    // Skip leading connectives: "And then, Tim, maybe could you …"
    for (std::string_view lead : {"and then", "and", "so", "but", "just", "maybe", "also", "then", "secondly",
                                  "second", "first", "lastly", "finally", "okay", "ok"}) {
        if (text::istarts_with(head, lead) && head.size() > lead.size() &&
            (head[lead.size()] == ' ' || head[lead.size()] == ',')) {
            head.remove_prefix(lead.size());
            head = text::trim(head);
            if (!head.empty() && head.front() == ',') head = text::trim(head.substr(1));
        }
    }
    for (std::string_view cue : data::cues("question-en")) {
        const std::size_t at = text::ifind(head, cue);
        if (at == std::string_view::npos) continue;
        // Cues near the start of the sentence, or after a comma (a clause).
        if (at < 40 || head[at - 1] == ',' || (at >= 2 && head[at - 2] == ',')) return true;
    }
    return false;
}

} // namespace

bool is_question(std::string_view sentence) {
    const std::string_view s = text::trim(sentence);
    if (s.empty()) return false;
    if (has_han(s)) return data::contains_cue(s, "question-zh");
    return english_question(s);
}

void find_questions(detail::transcript_data& t, text::sentence_splitter& sentences) {
    const std::string_view all = t.text;
    for (turn& u : t.turns) {
        u.questions.clear();
        if (u.role != role::analyst) continue;
        std::vector<byte_span> parts = u.pieces;
        if (parts.empty() && !u.span.empty()) parts.push_back(u.span);
        for (const byte_span& piece : parts) {
            const std::string_view s = all.substr(piece.begin, piece.size());
            for (const byte_span& b : sentences.split(s)) {
                const std::string_view sentence = s.substr(b.begin, b.size());
                if (!is_question(sentence)) continue;
                const byte_span abs{piece.begin + b.begin, piece.begin + b.end};
                u.questions.push_back({all.substr(abs.begin, abs.size()), abs});
            }
        }
    }
}

} // namespace ect::qa
