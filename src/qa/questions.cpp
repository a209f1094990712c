#include "data/cue_table.hpp"
#include "qa/en_questions.hpp"
#include "qa/qa.hpp"
#include "text/utf8.hpp"

#include <algorithm>

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

// The turn's text is its pieces joined by line breaks; a question found in
// it maps back to the input piece by piece. A question is one span of the
// input, so one that runs across page furniture ends where its first piece
// does: its start is what identifies it.
void english_turn(const detail::transcript_data& t, turn& u, const std::vector<byte_span>& parts,
                  text::sentence_splitter& sentences) {
    std::vector<std::size_t> starts; // offset of each piece in u.text
    std::size_t at = 0;
    for (const byte_span& p : parts) starts.push_back(at), at += p.size() + 1;
    auto piece_of = [&](std::size_t pos) {
        std::size_t k = 0;
        while (k + 1 < starts.size() && starts[k + 1] <= pos) ++k;
        return k;
    };
    for (const byte_span& q : english_questions(u.text, sentences)) {
        const std::size_t k = piece_of(q.begin);
        const std::size_t end = std::min(q.end, starts[k] + parts[k].size());
        const byte_span abs{parts[k].begin + (q.begin - starts[k]), parts[k].begin + (end - starts[k])};
        u.questions.push_back({std::string_view(t.text).substr(abs.begin, abs.size()), abs});
    }
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
        if (!has_han(u.text)) {
            english_turn(t, u, parts, sentences);
            continue;
        }
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
