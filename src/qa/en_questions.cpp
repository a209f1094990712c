#include "qa/en_questions.hpp"

#include "data/cue_matcher.hpp"
#include "data/cue_table.hpp"
#include "qa/qa.hpp"
#include "qa/sentence_cues.hpp"
#include "text/icu_tools.hpp"
#include "text/utf8.hpp"

#include <array>
#include <cstdint>
#include <string>

namespace ect::qa {

namespace {

bool word_char(char c) { return text::is_ascii_alpha(static_cast<unsigned char>(c)) || (c >= '0' && c <= '9'); }

// The cue kinds tested at the start of a clause, compiled into one
// automaton so that one walk over the clause answers for all of them.
enum lead_kind : unsigned char {
    lead_request,
    lead_enumerator,
    lead_ordinal,
    lead_alternative,
    lead_opener,
    lead_count,
    lead_courtesy,
    lead_filler,
    lead_kinds
};

// The cue kind of each lead_kind, in that order.
constexpr std::array<std::string_view, lead_kinds> lead_kind_names = {
    "question-request-en", "question-enum-en",  "question-ordinal-en",  "question-alternative-en",
    "question-opener-en",  "question-count-en", "question-courtesy-en", "question-filler-en"};

struct lead_cues {
    std::vector<std::string_view> all;
    std::array<std::size_t, lead_kinds + 1> from{}; // cues of kind k: all[from[k], from[k + 1])
    data::cue_matcher matcher;
    const data::cue_matcher& ordinal_tail = data::cue_matcher_of("question-ordinal-tail-en");
    const data::cue_matcher& count_tail = data::cue_matcher_of("question-count-tail-en");
    const data::cue_matcher& anaphor = data::cue_matcher_of("question-anaphor-en");
    const data::cue_matcher& clause_start = data::cue_matcher_of("question-clause-start-en");

    lead_cues() : matcher(collect(), true) {}

    lead_kind kind_of(std::size_t cue) const {
        unsigned k = 0;
        while (cue >= from[k + 1]) ++k;
        return static_cast<lead_kind>(k);
    }

private:
    const std::vector<std::string_view>& collect() {
        for (unsigned k = 0; k < lead_kinds; ++k) {
            from[k] = all.size();
            const auto& list = data::cues(lead_kind_names[k]);
            all.insert(all.end(), list.begin(), list.end());
        }
        from[lead_kinds] = all.size();
        return all;
    }
};

const lead_cues& leads() {
    static const lead_cues k;
    return k;
}

// Whether a cue of `len` bytes at the start of `s` ends a word ("on" opens
// "on capital" but not "one"). The cue's last byte is s[len - 1] up to
// case, which word_char ignores.
bool whole_words(std::string_view s, std::size_t len) {
    return s.size() == len || len == 0 || !word_char(s[len - 1]) || !word_char(s[len]);
}

// For each kind, the length of the longest cue `s` starts with as whole
// words; 0 when none.
std::array<std::size_t, lead_kinds> leading_cues(const lead_cues& l, std::string_view s) {
    std::array<std::size_t, lead_kinds> best{};
    l.matcher.prefixes(s, [&](std::size_t cue, std::size_t len) {
        if (whole_words(s, len)) best[l.kind_of(cue)] = len; // longer cues come later
    });
    return best;
}

// The longest cue of `cues` that `s` starts with as whole words, or an empty view.
std::string_view leading_cue(std::string_view s, const data::cue_matcher& cues) {
    const std::size_t n = cues.longest_prefix(s, [&](std::size_t len) { return whole_words(s, len); });
    return n == data::cue_matcher::none ? std::string_view{} : s.substr(0, n);
}

// Leading punctuation a transcript puts before speech: dashes of an
// interrupted start, ellipses, quotes.
std::string_view skip_punct(std::string_view s) {
    for (;;) {
        s = text::trim(s);
        if (s.empty()) return s;
        if (s.front() == '-' || s.front() == ',' || s.front() == '.' || s.front() == '"' || s.front() == '(') {
            s.remove_prefix(1);
            continue;
        }
        // The marks below all open with the byte E2; most sentences open
        // with a letter.
        if (static_cast<unsigned char>(s.front()) != 0xE2) return s;
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
// "Last quarter …" and "Another good quarter" do not. `ordinal_length`:
// the leading question-ordinal-en cue of `s`.
bool ordinal(const lead_cues& l, std::string_view s, std::size_t ordinal_length) {
    if (ordinal_length == 0) return false;
    const std::string_view rest = s.substr(ordinal_length);
    if (!rest.empty() && (rest.front() == ',' || rest.front() == ':')) return true;
    return !leading_cue(text::trim(rest), l.ordinal_tail).empty();
}

// "Two questions, first on costs." names a topic after its count; "Two
// questions from me." and "A couple of quick ones, if I may." do not.
// `count_length`: the leading question-count-en cue of `s`.
bool names_topic(const lead_cues& l, std::string_view s, std::size_t count_length) {
    std::string_view rest = s.substr(count_length);
    for (;;) {
        while (!rest.empty() && !word_char(rest.front())) rest.remove_prefix(1);
        const std::string_view tail = leading_cue(rest, l.count_tail);
        if (tail.empty()) return !rest.empty();
        rest.remove_prefix(tail.size());
    }
}

// Whether one of the first five words of `rest` points back to what was just
// asked: "share that?", "more on that number", "how big is it?"; not the
// "that" that joins a clause ("confirm that the margin …").
bool points_back(const lead_cues& l, std::string_view rest) {
    auto next_word = [](std::string_view& r) {
        while (!r.empty() && (word_char(r.front()) || r.front() == '\'')) r.remove_prefix(1);
        while (!r.empty() && !word_char(r.front())) r.remove_prefix(1);
    };
    while (!rest.empty() && !word_char(rest.front())) rest.remove_prefix(1);
    for (int words = 0; words < 5 && !rest.empty(); ++words, next_word(rest)) {
        const std::string_view cue = leading_cue(rest, l.anaphor);
        if (cue.empty()) continue;
        if (!text::iequals(cue, "that")) return true;
        std::string_view after = rest;
        next_word(after);
        if (leading_cue(after, l.clause_start).empty()) return true;
    }
    return false;
}

bool has_word(std::string_view s) {
    for (char c : s)
        if (word_char(c)) return true;
    return false;
}

struct span_of_sentence {
    byte_span span;
    sentence_role role;
    bool opens, enumerates;
};

} // namespace

namespace {

// classify_sentence; `may_hold_han` as for read_cues.
sentence_role classify(std::string_view sentence, bool may_hold_han, bool& opens, bool& enumerates) {
    opens = enumerates = false;
    // A sentence naming its topic as a question ("the second question is on
    // …", "a follow-up on …") opens one wherever the phrase stands; without
    // a question mark it only announces what is asked next.
    const sentence_cues cues = read_cues(sentence, may_hold_han);
    if (cues.checks_line) return sentence_role::courtesy;
    const bool announces = cues.announces;
    bool asking = cues.asks && (!announces || sentence.find('?') != std::string_view::npos);
    bool after_and = false, courtesy = !asking && cues.courtesy;
    std::string_view head = skip_punct(sentence);
    const lead_cues& l = leads();
    for (int layer = 0; layer < 10 && !head.empty(); ++layer) {
        const std::array<std::size_t, lead_kinds> cue = leading_cues(l, head);
        // "Maybe you can expand on …": a request once the hedges are off.
        if (cue[lead_request]) asking = true, courtesy = false;
        if (cue[lead_enumerator] || ordinal(l, head, cue[lead_ordinal])) {
            // "Two, please." counts rather than enumerates: no topic follows.
            if (!names_topic(l, head, cue[lead_enumerator] ? cue[lead_enumerator] : cue[lead_ordinal]))
                return opens = enumerates = false, sentence_role::count;
            opens = enumerates = true;
            break;
        }
        // "And -- or have you …": an alternative to what was just asked.
        if (cue[lead_alternative]) {
            after_and = false;
            break;
        }
        // "On the other hand, …" is a filler that starts like the opener "on".
        if (cue[lead_opener] && cue[lead_opener] >= cue[lead_filler]) {
            // "Can you share that?" goes on with what was just asked.
            opens = !points_back(l, head.substr(cue[lead_opener]));
            break;
        }
        if (cue[lead_count]) {
            // A count alone announces, question mark or not: "Could I ask
            // two, please?" asks leave to ask.
            if (!names_topic(l, head, cue[lead_count])) return opens = enumerates = false, sentence_role::count;
            opens = true;
            break;
        }
        // "Hello?" alone asks nothing of the company.
        if (cue[lead_courtesy] && (!asking || !has_word(head.substr(cue[lead_courtesy])))) {
            courtesy = true, asking = false;
            break;
        }
        if (cue[lead_filler]) {
            const std::string_view word = head.substr(0, cue[lead_filler]);
            if (text::iequals(word, "and")) after_and = true;
            head = skip_punct(head.substr(word.size()));
            continue;
        }
        if (const std::size_t v = vocative(head)) {
            head = skip_punct(head.substr(v));
            continue;
        }
        break;
    }
    if (announces) opens = true, courtesy = false;
    // A pleasantry keeps `enumerates`: "And then, secondly, thank you for
    // the disclosure." still moves on to the next question.
    if (courtesy && !asking) return opens = false, sentence_role::courtesy;
    if (after_and && asking) opens = true;
    if (asking) return sentence_role::asking;
    return opens ? sentence_role::opener : sentence_role::context;
}

} // namespace

sentence_role classify_sentence(std::string_view sentence, bool& opens, bool& enumerates) {
    return classify(sentence, true, opens, enumerates);
}

void build_lead_automaton() { (void)leads(); }

std::span<const std::string_view> lead_cue_kinds() { return lead_kind_names; }

std::vector<byte_span> english_questions(std::string_view text, text::sentence_splitter& sentences) {
    return english_questions(text, sentences, text::has_han(text));
}

std::vector<byte_span> english_questions(std::string_view text, text::sentence_splitter& sentences,
                                         bool may_hold_han) {
    std::vector<byte_span> out;
    english_questions(text, sentences, may_hold_han, out);
    return out;
}

namespace {

bool questions_in_lf_text(std::string_view text, text::sentence_splitter& sentences, bool may_hold_han,
                          std::vector<byte_span>& out);

} // namespace

namespace {

bool is_blank_byte(char c) { return c == ' ' || c == '\t'; }

} // namespace

void english_questions(std::string_view text, text::sentence_splitter& sentences, bool may_hold_han,
                       std::vector<byte_span>& out) {
    if (text.find('\r') == std::string_view::npos && questions_in_lf_text(text, sentences, may_hold_han, out)) return;
    // CRLF, a lone CR, or blanks at the end or start of a line (PDF text
    // keeps the spaces before its line breaks). The cue tables spell one
    // space between words, so "I just \r\n want to understand" must read as
    // "I just want to understand": the questions are found in a copy with
    // every line end a bare LF (CRLF and CR made LF, the blanks around it
    // dropped) and their spans mapped back to `text`.
    thread_local std::string lf;
    thread_local std::vector<std::uint32_t> at; // byte of `text` for each byte of `lf`, and its end
    lf.clear(), at.clear();
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') continue;
        if (c == '\n' || c == '\r') {
            while (!lf.empty() && is_blank_byte(lf.back())) lf.pop_back(), at.pop_back();
            lf.push_back('\n');
            at.push_back(static_cast<std::uint32_t>(i));
            while (i + 1 < text.size() && is_blank_byte(text[i + 1])) ++i;
            continue;
        }
        lf.push_back(c);
        at.push_back(static_cast<std::uint32_t>(i));
    }
    at.push_back(static_cast<std::uint32_t>(text.size()));
    questions_in_lf_text(lf, sentences, may_hold_han, out);
    for (byte_span& q : out) q = {at[q.begin], q.end == 0 ? at[0] : at[q.end - 1] + 1};
}

namespace {

// The questions of `text`, whose line ends are bare LFs; false, with
// nothing found, where a line end has a blank beside it.
bool questions_in_lf_text(std::string_view text, text::sentence_splitter& sentences, bool may_hold_han,
                          std::vector<byte_span>& out) {
    out.clear();
    // Same length as the text, so offsets carry over: single line breaks
    // become spaces (wrapped lines), blank lines stay paragraph breaks.
    // The buffers live on between calls: a parse reads hundreds of turns.
    thread_local std::string flat;
    thread_local std::vector<span_of_sentence> ss;
    thread_local std::vector<byte_span> spans;
    flat.assign(text);
    for (std::size_t i = text.find('\n'); i != std::string_view::npos; i = text.find('\n', i + 1)) {
        if ((i > 0 && is_blank_byte(text[i - 1])) || (i + 1 < text.size() && is_blank_byte(text[i + 1]))) return false;
        const bool paragraph = (i + 1 < flat.size() && flat[i + 1] == '\n') || (i > 0 && text[i - 1] == '\n');
        if (!paragraph) flat[i] = ' ';
    }
    ss.clear();
    sentences.split(flat, spans);
    for (const byte_span& b : spans) {
        bool opens = false, enumerates = false;
        const sentence_role r =
            classify(std::string_view(flat).substr(b.begin, b.size()), may_hold_han, opens, enumerates);
        ss.push_back({b, r, opens, enumerates});
    }

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
        if (s.role == sentence_role::courtesy) {
            // An enumerated pleasantry after a question starts the next
            // one, which is a question only once it asks.
            if (!s.enumerates || !cur.open || !cur.asked) continue;
            emit();
            cur.open = true;
            cur.begin = s.span.begin, cur.end = s.span.end;
            cur.enumerated = cur.marked = true;
            ++cur.sentences;
            continue;
        }
        // A count ends the question asked before it; the next starts after it.
        if (s.role == sentence_role::count) {
            if (cur.open && cur.asked) emit();
            continue;
        }
        const bool asking = s.role == sentence_role::asking;
        if (cur.open) {
            // A new topic once the current one has been asked; the next
            // enumerated item after an announced one ("A, … And B, …"), but
            // not the first ("Question is for Dana. First, …" is one). The
            // context before a first opener sets up its question and stays
            // in it ("So it's essentially risk and control. And if you
            // bucketed into that, is it fair …?").
            if ((cur.asked && s.opens) ||
                (!cur.asked && cur.announced && s.enumerates && cur.enumerated))
                emit();
            else if (!cur.asked && s.opens)
                cur.announced = true;
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
        cur.restated = asking && std::string_view(flat).substr(s.span.begin, s.span.size()).find('?') == std::string::npos;
        ++cur.sentences;
    }
    // "… ? I'm just curious on the drivers.": a last unmarked
    // sentence without a question mark restates the question before it.
    if (cur.open && !out.empty() && cur.sentences == 1 && cur.restated && !cur.marked && out.back().end == last.end)
        out.back().end = cur.end, cur = block{};
    emit();
    return true;
}

} // namespace

} // namespace ect::qa
