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
// input, so one that runs across page furniture (or a two-column layout's
// interruptions) keeps its first piece when that asks, else the largest.
void english_turn(const detail::transcript_data& t, turn& u, std::string_view said, const std::vector<byte_span>& parts,
                  text::sentence_splitter& sentences) {
    std::vector<std::size_t> starts; // offset of each piece in u.text
    std::size_t at = 0;
    for (const byte_span& p : parts) starts.push_back(at), at += p.size() + 1;
    auto piece_of = [&](std::size_t pos) {
        std::size_t k = 0;
        while (k + 1 < starts.size() && starts[k + 1] <= pos) ++k;
        return k;
    };
    std::size_t best_piece = 0;
    for (const byte_span& q : english_questions(said, sentences)) {
        std::size_t k = piece_of(q.begin), best = 0, bb = 0, be = 0;
        for (; k < parts.size() && starts[k] < q.end; ++k) {
            const std::size_t b = std::max(q.begin, starts[k]), e = std::min(q.end, starts[k] + parts[k].size());
            if (e > b && e - b > best) best = e - b, bb = b, be = e, best_piece = k;
            // The opening words identify a question: keep them when they
            // ask already, not when the first piece only sets the scene.
            if (best >= 32 && is_question(said.substr(bb, be - bb))) break;
        }
        if (best == 0) continue;
        k = best_piece;
        const byte_span abs{parts[k].begin + (bb - starts[k]), parts[k].begin + (be - starts[k])};
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
            english_turn(t, u, u.text, parts, sentences);
            continue;
        }
        // Bilingual exports (AlphaMemo) give each utterance in English, then
        // in Chinese: the translation repeats the questions, so only the
        // English lines count.
        std::size_t latin_lines = 0, han_lines = 0;
        for (std::size_t pos = 0; pos < u.text.size();) {
            const std::size_t nl = std::min(u.text.find('\n', pos), u.text.size());
            const std::string_view line = text::trim(u.text.substr(pos, nl - pos));
            if (!line.empty()) ++(has_han(line) ? han_lines : latin_lines);
            pos = nl + 1;
        }
        const bool bilingual = latin_lines >= 1 && han_lines >= 1 && latin_lines * 2 >= han_lines &&
                               han_lines * 2 >= latin_lines;
        if (bilingual) {
            // The English lines as they stand, the Chinese ones blanked:
            // offsets stay those of the turn's text.
            std::string english(u.text);
            for (std::size_t pos = 0; pos < english.size();) {
                const std::size_t nl = std::min(english.find('\n', pos), english.size());
                if (has_han(std::string_view(english).substr(pos, nl - pos)))
                    std::fill(english.begin() + static_cast<std::ptrdiff_t>(pos), english.begin() + static_cast<std::ptrdiff_t>(nl), ' ');
                pos = nl + 1;
            }
            english_turn(t, u, english, parts, sentences);
            continue;
        }
        for (const byte_span& piece : parts) {
            const std::string_view s = all.substr(piece.begin, piece.size());
            for (const byte_span& b : sentences.split(s)) {
                const std::string_view sentence = s.substr(b.begin, b.size());
                if (bilingual && has_han(sentence)) continue;
                if (!is_question(sentence)) continue;
                const byte_span abs{piece.begin + b.begin, piece.begin + b.end};
                u.questions.push_back({all.substr(abs.begin, abs.size()), abs});
            }
        }
    }
}

} // namespace ect::qa
