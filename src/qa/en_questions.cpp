#include "qa/en_questions.hpp"

#include "data/cue_table.hpp"
#include "qa/qa.hpp"
#include "text/icu_tools.hpp"
#include "text/utf8.hpp"

#include <string>

namespace ect::qa {

namespace {

bool word_char(char c) { return text::is_ascii_alpha(static_cast<unsigned char>(c)) || (c >= '0' && c <= '9'); }

// The cue of `kind` that `s` starts with as whole words ("on" opens "on
// capital" but not "one"), or an empty view.
std::string_view leading_cue(std::string_view s, std::string_view kind) {
    for (std::string_view cue : data::cues(kind)) {
        if (!text::istarts_with(s, cue)) continue;
        if (s.size() == cue.size() || !word_char(cue.back()) || !word_char(s[cue.size()])) return s.substr(0, cue.size());
    }
    return {};
}

bool has_cue(std::string_view s, std::string_view kind) { return data::contains_cue(s, kind); }

// Leading punctuation a transcript puts before speech: dashes of an
// interrupted start, ellipses, quotes.
std::string_view skip_punct(std::string_view s) {
    for (;;) {
        s = text::trim(s);
        if (!s.empty() && (s.front() == '-' || s.front() == ',' || s.front() == '.' || s.front() == '"' || s.front() == '(')) {
            s.remove_prefix(1);
            continue;
        }
        bool cut = false;
        for (std::string_view p : {"\xE2\x80\x94", "\xE2\x80\x93", "\xE2\x80\xA6", "\xE2\x80\x9C"}) // — – … “
            if (s.substr(0, p.size()) == p) s.remove_prefix(p.size()), cut = true;
        if (!cut) return s;
    }
}

// "Nadia, …", "Owen, Priya, …": a capitalised word and a comma address
// someone and say nothing about the question.
std::size_t vocative(std::string_view s) {
    if (s.empty() || !text::is_ascii_upper(static_cast<unsigned char>(s.front()))) return 0;
    std::size_t i = 1;
    while (i < s.size() && (text::is_ascii_alpha(static_cast<unsigned char>(s[i])) || s[i] == '\'' || s[i] == '-')) ++i;
    return i < s.size() && s[i] == ',' && i <= 20 ? i + 1 : 0;
}

// "Second question …", "Last one on …", "First, …" enumerate questions;
// "Last quarter …" and "Another good quarter" do not.
bool ordinal(std::string_view s) {
    const std::string_view o = leading_cue(s, "question-ordinal-en");
    if (o.empty()) return false;
    const std::string_view rest = s.substr(o.size());
    if (!rest.empty() && (rest.front() == ',' || rest.front() == ':')) return true;
    return !leading_cue(text::trim(rest), "question-ordinal-tail-en").empty();
}

struct span_of_sentence {
    byte_span span;
    sentence_role role;
    bool opens, enumerates;
};

} // namespace

sentence_role classify_sentence(std::string_view sentence, bool& opens, bool& enumerates) {
    opens = enumerates = false;
    // A sentence naming its topic as a question ("the second question is on
    // …", "a follow-up on …") opens one wherever the phrase stands; without
    // a question mark it only announces what is asked next.
    const bool announces = has_cue(sentence, "question-topic-en");
    bool asking = is_question(sentence) && (!announces || sentence.find('?') != std::string_view::npos);
    bool after_and = false, courtesy = !asking && has_cue(sentence, "question-courtesy-anywhere-en");
    std::string_view head = skip_punct(sentence);
    for (int layer = 0; layer < 10 && !head.empty(); ++layer) {
        // "Maybe you can expand on …": a request once the hedges are off.
        if (!leading_cue(head, "question-request-en").empty()) asking = true, courtesy = false;
        if (!leading_cue(head, "question-enum-en").empty() || ordinal(head)) {
            opens = enumerates = true;
            break;
        }
        // "And -- or have you …": an alternative to what was just asked.
        if (!leading_cue(head, "question-alternative-en").empty()) {
            after_and = false;
            break;
        }
        if (!leading_cue(head, "question-opener-en").empty()) {
            opens = true;
            break;
        }
        if (!asking && !leading_cue(head, "question-courtesy-en").empty()) {
            courtesy = true;
            break;
        }
        std::string_view filler = leading_cue(head, "question-filler-en");
        if (!filler.empty()) {
            if (text::iequals(filler, "and")) after_and = true;
            head = skip_punct(head.substr(filler.size()));
            continue;
        }
        if (const std::size_t v = vocative(head)) {
            head = skip_punct(head.substr(v));
            continue;
        }
        break;
    }
    if (announces) opens = true, courtesy = false;
    if (courtesy && !asking) return opens = enumerates = false, sentence_role::courtesy;
    if (after_and && asking) opens = true;
    if (asking) return sentence_role::asking;
    return opens ? sentence_role::opener : sentence_role::context;
}

std::vector<byte_span> english_questions(std::string_view text, text::sentence_splitter& sentences) {
    // Same length as the text, so offsets carry over: single line breaks
    // become spaces (wrapped lines), blank lines stay paragraph breaks.
    std::string flat(text);
    for (std::size_t i = 0; i < flat.size(); ++i) {
        if (flat[i] != '\n' && flat[i] != '\r') continue;
        const bool paragraph = (i + 1 < flat.size() && (flat[i + 1] == '\n' || flat[i + 1] == '\r')) ||
                               (i > 0 && (text[i - 1] == '\n' || text[i - 1] == '\r'));
        if (!paragraph) flat[i] = ' ';
    }
    std::vector<span_of_sentence> ss;
    for (const byte_span& b : sentences.split(flat)) {
        bool opens = false, enumerates = false;
        const sentence_role r = classify_sentence(std::string_view(flat).substr(b.begin, b.size()), opens, enumerates);
        ss.push_back({b, r, opens, enumerates});
    }

    std::vector<byte_span> out;
    struct block {
        std::size_t begin = 0, end = 0, sentences = 0;
        bool open = false, asked = false, announced = false, enumerated = false, marked = false, restated = false;
    } cur, last;
    auto emit = [&] {
        if (cur.open && (cur.asked || cur.announced)) {
            out.push_back({cur.begin, cur.end});
            last = cur;
        }
        cur = block{};
    };
    for (const span_of_sentence& s : ss) {
        if (s.role == sentence_role::courtesy) continue;
        const bool asking = s.role == sentence_role::asking;
        if (cur.open) {
            // A new topic once the current one has been asked; the next
            // enumerated item after an announced one ("A, … And B, …"), but
            // not the first ("Question is for Dana. First, …" is one); an
            // opener replaces mere context.
            if ((cur.asked && s.opens) ||
                (!cur.asked && cur.announced && s.enumerates && cur.enumerated))
                emit();
            else if (!cur.asked && !cur.announced && s.opens)
                cur = block{};
        }
        if (!cur.open) {
            cur.open = true;
            cur.begin = s.span.begin;
            cur.announced = s.opens;
            const std::string_view said = std::string_view(flat).substr(s.span.begin, s.span.size());
            cur.marked = s.enumerates || text::istarts_with(said, "and");
        }
        cur.end = s.span.end;
        cur.asked = cur.asked || asking;
        cur.enumerated = cur.enumerated || s.enumerates;
        cur.restated = asking && flat.substr(s.span.begin, s.span.size()).find('?') == std::string::npos;
        ++cur.sentences;
    }
    // "… ? I'm just curious on the drivers.": a last unmarked
    // sentence without a question mark restates the question before it.
    if (cur.open && !out.empty() && cur.sentences == 1 && cur.restated && !cur.marked && out.back().end == last.end)
        out.back().end = cur.end, cur = block{};
    emit();
    return out;
}

} // namespace ect::qa
