#include "data/cue_matcher.hpp"
#include "data/cue_table.hpp"
#include "qa/en_questions.hpp"
#include "qa/qa.hpp"
#include "qa/sentence_cues.hpp"
#include "text/utf8.hpp"

#include <algorithm>
#include <array>
#include <bitset>
#include <cstdint>
#include <initializer_list>
#include <span>

namespace ect::qa {

namespace {

bool has_han(std::string_view s) { return text::has_han(s); }

bool word_byte(char c) { return text::is_ascii_alpha(static_cast<unsigned char>(c)) || (c >= '0' && c <= '9'); }

// Whether a cue found at `begin` of `s` starts a word: "one on" is not in
// "someone on". Cues may be stems ("congrat", "appreciate").
bool starts_word(std::string_view s, std::size_t begin) {
    return begin == 0 || !word_byte(s[begin]) || !word_byte(s[begin - 1]);
}

// Whether the `len` bytes there also end one, as an interrogative cue
// must: "could i" is not in "could in-source", nor "when" in "whenever".
// A cue's end that is punctuation ("?") needs no boundary.
bool whole_words_at(std::string_view s, std::size_t begin, std::size_t len) {
    const std::size_t end = begin + len;
    return starts_word(s, begin) && (len == 0 || end >= s.size() || !word_byte(s[end - 1]) || !word_byte(s[end]));
}

// Which cues of a list open with a wh-word (opens_with_wh_word), by index.
std::bitset<data::cue_matcher::max_cues> wh_cues(const std::vector<std::string_view>& cues) {
    std::bitset<data::cue_matcher::max_cues> out;
    for (std::size_t i = 0; i < cues.size(); ++i) out[i] = opens_with_wh_word(cues[i]);
    return out;
}

// English cues count at the start of a sentence or clause ("Could you …",
// "And what …"); a question mark anywhere settles it.
bool english_question(std::string_view s) {
    if (s.find('?') != std::string_view::npos) return true;
    const std::string_view head = after_connectives(s);
    static const data::cue_matcher& cues = data::cue_matcher_of("question-en");
    static const std::bitset<data::cue_matcher::max_cues> wh = wh_cues(data::cues("question-en"));
    // A cue counts where it first occurs as words.
    std::bitset<data::cue_matcher::max_cues> seen;
    return cues.scan(head, [&](std::size_t cue, std::size_t at) {
        if (seen[cue] || !whole_words_at(head, at, cues.length(cue))) return false;
        seen[cue] = true;
        return cue_counts(head, at, wh[cue]);
    });
}

const data::cue_matcher& chinese_cues() {
    static const data::cue_matcher& cues = data::cue_matcher_of("question-zh");
    return cues;
}

// The four English kinds read together, in this order. question-en is
// also read alone (english_question); the other three only here.
constexpr std::string_view english_kind_names[] = {"question-en", "question-topic-en",
                                                   "question-courtesy-anywhere-en", "question-line-check-en"};

struct english_kinds {
    std::vector<std::string_view> all;
    std::size_t topic_from = 0, courtesy_from = 0, line_check_from = 0;
    english_kinds() {
        auto add = [&](std::string_view kind) {
            const auto& list = data::cues(kind);
            all.insert(all.end(), list.begin(), list.end());
        };
        add(english_kind_names[0]);
        topic_from = all.size();
        add(english_kind_names[1]);
        courtesy_from = all.size();
        add(english_kind_names[2]);
        line_check_from = all.size();
        add(english_kind_names[3]);
    }
};

// The four kinds and their automaton, built once per process.
struct english_reader {
    english_kinds kinds;
    data::cue_matcher matcher{kinds.all, true};
    std::bitset<data::cue_matcher::max_cues> wh = wh_cues(kinds.all); // only question-en opens with one
};

const english_reader& reader() {
    static const english_reader r;
    return r;
}

// Whether `s` opens with `lower`, which has no capital letter, up to ASCII
// case (text::istarts_with, inline for the short leads below).
bool opens_with_lowercase(std::string_view s, std::string_view lower) {
    if (s.size() < lower.size()) return false;
    for (std::size_t i = 0; i < lower.size(); ++i) {
        const char c = s[i] >= 'A' && s[i] <= 'Z' ? static_cast<char>(s[i] + 32) : s[i];
        if (c != lower[i]) return false;
    }
    return true;
}

} // namespace

std::string_view after_connectives(std::string_view s) {
    std::string_view head = s;
    // Skip leading connectives: "And then, Tim, maybe could you …"
    static constexpr std::string_view leads[] = {"and then", "and", "so", "but", "just", "maybe", "also", "then",
                                                 "secondly", "second", "first", "lastly", "finally", "okay", "ok"};
    static_assert(std::size(leads) <= 32);
    // The leads are tried in the order above, each at most once; the ones a
    // first letter allows, as bits of that order (most sentences open with
    // no lead's first letter, and a lead that does not fit is never tried).
    static constexpr std::array<std::uint32_t, 26> by_initial = [] {
        std::array<std::uint32_t, 26> bits{};
        for (std::size_t i = 0; i < std::size(leads); ++i) bits[leads[i].front() - 'a'] |= 1u << i;
        return bits;
    }();
    std::uint32_t untried = (std::uint32_t{1} << (std::size(leads) - 1) << 1) - 1;
    while (!head.empty()) {
        const unsigned first = static_cast<unsigned char>(head.front()) | 0x20u;
        if (first < 'a' || first > 'z') break; // no lead opens with it, and `head` stays
        const std::uint32_t fits = by_initial[first - 'a'] & untried;
        if (fits == 0) break;
        const auto i = static_cast<unsigned>(__builtin_ctz(fits));
        untried &= ~((std::uint32_t{2} << i) - 1); // this lead and the ones before it
        const std::string_view lead = leads[i];
        if (head.size() > lead.size() && (head[lead.size()] == ' ' || head[lead.size()] == ',') &&
            opens_with_lowercase(head, lead)) {
            head.remove_prefix(lead.size());
            head = text::trim(head);
            if (!head.empty() && head.front() == ',') head = text::trim(head.substr(1));
        }
    }
    return head;
}

void build_question_automata() {
    (void)reader();
    build_lead_automaton();
}

std::vector<std::string_view> cue_kinds_read_as_lists() { return {"question-next-zh", "question-courtesy-zh"}; }

std::vector<std::string_view> cue_kinds_read_together() {
    const std::span<const std::string_view> leads = lead_cue_kinds();
    std::vector<std::string_view> kinds(leads.begin(), leads.end());
    kinds.insert(kinds.end(), std::begin(english_kind_names) + 1, std::end(english_kind_names));
    return kinds;
}

sentence_cues read_cues(std::string_view sentence, bool may_hold_han) {
    const english_reader& r = reader();
    const english_kinds& kinds = r.kinds;
    const data::cue_matcher& matcher = r.matcher;
    sentence_cues out;
    // The question, as is_question() decides it.
    const std::string_view s = text::trim(sentence);
    bool by_cue = false; // decided by where question-en cues stand in `head`
    std::string_view head;
    if (s.empty()) {
        out.asks = false;
    } else if (may_hold_han && has_han(s)) {
        out.asks = chinese_cues().contains(s);
    } else if (s.find('?') != std::string_view::npos) {
        out.asks = true;
    } else {
        by_cue = true;
        head = after_connectives(s);
    }
    const std::size_t head_begin = by_cue ? static_cast<std::size_t>(head.data() - sentence.data()) : 0;
    const std::size_t head_end = head_begin + head.size();
    std::bitset<data::cue_matcher::max_cues> seen;
    matcher.scan(sentence, [&](std::size_t cue, std::size_t begin) {
        if (cue < kinds.topic_from ? !whole_words_at(sentence, begin, matcher.length(cue)) : !starts_word(sentence, begin))
            return false;
        if (cue >= kinds.line_check_from) {
            out.checks_line = true;
        } else if (cue >= kinds.courtesy_from) {
            out.courtesy = true;
        } else if (cue >= kinds.topic_from) {
            out.announces = true;
        } else if (by_cue && !out.asks && begin >= head_begin && begin + matcher.length(cue) <= head_end &&
                   !seen[cue]) {
            seen[cue] = true;
            out.asks = cue_counts(head, begin - head_begin, r.wh[cue]);
        }
        return out.courtesy && out.announces && (out.asks || !by_cue);
    });
    return out;
}

namespace {

// The turn's text is its pieces joined by line breaks; a question found in
// it maps back to the input piece by piece. A question that runs across
// page furniture (or a two-column layout's interruptions: the name and firm
// of the speaker beside their first lines) is what the turn's text holds,
// furniture left out, and its span runs from its first byte to its last,
// as the turn's does. Where the text searched is not the turn's own
// (bilingual turns: the translation blanked), it keeps the piece where it
// starts when that asks already, else its largest.
void english_turn(const detail::transcript_data& t, turn& u, std::string_view said, std::span<const byte_span> parts,
                  text::sentence_splitter& sentences) {
    thread_local std::vector<std::size_t> starts; // offset of each piece in u.text
    starts.clear();
    std::size_t at = 0;
    for (const byte_span& p : parts) starts.push_back(at), at += p.size() + 1;
    auto piece_of = [&](std::size_t pos) {
        std::size_t k = 0;
        while (k + 1 < starts.size() && starts[k + 1] <= pos) ++k;
        return k;
    };
    auto input_at = [&](std::size_t k, std::size_t pos) { return parts[k].begin + (pos - starts[k]); };
    const bool own_text = said.data() == u.text.data() && said.size() == u.text.size();
    thread_local std::vector<byte_span> found; // the questions as spans of `said`
    english_questions(said, sentences, false, found);
    u.questions.reserve(u.questions.size() + found.size());
    for (const byte_span& q : found) {
        const std::size_t first = piece_of(q.begin);
        const std::size_t last = piece_of(q.end - 1);
        if (first == last || own_text) {
            const std::size_t end = std::min(q.end, starts[last] + parts[last].size());
            const byte_span abs{input_at(first, q.begin), input_at(last, end)};
            const std::string_view text = first == last ? std::string_view(t.text).substr(abs.begin, abs.size())
                                                        : u.text.substr(q.begin, end - q.begin);
            u.questions.push_back({text, abs});
            continue;
        }
        std::size_t best = 0, bb = 0, be = 0, best_piece = 0;
        for (std::size_t k = first; k <= last; ++k) {
            const std::size_t b = std::max(q.begin, starts[k]), e = std::min(q.end, starts[k] + parts[k].size());
            if (e > b && e - b > best) best = e - b, bb = b, be = e, best_piece = k;
            // The opening words identify a question: keep them when they
            // ask already, not when the first piece only sets the scene.
            if (k < last && best >= 32 && is_question(said.substr(bb, be - bb))) break;
        }
        if (best == 0) continue;
        const byte_span abs{input_at(best_piece, bb), input_at(best_piece, be)};
        u.questions.push_back({std::string_view(t.text).substr(abs.begin, abs.size()), abs});
    }
}

// A Chinese analyst turn's questions. Its sentences are cut further where
// a clause opens with a word that enumerates questions (第二个问题…, and,
// once the turn has asked, 另外/此外/最后…), so that a turn asking without
// question marks (第一个问题是关于…，第二个问题是…) still has its questions.
// A sentence that asks is a question; a clause so opened starts one, asked
// or not, and takes the sentences after it up to the first that asks;
// pleasantries (谢谢, 恭喜 …) belong to none.
struct zh_unit {
    byte_span span; // absolute
    std::size_t piece;
    bool asks, enumerates, continues, courtesy;
};

bool is_clause_mark(char32_t c) { return c == U'，' || c == ',' || c == U'；' || c == ';' || c == U'：' || c == ':'; }

// Whether `s` opens with `w`, its first two bytes tested inline (every
// clause of the turn is asked, and most open with some other character).
bool opens_with(std::string_view s, std::string_view w) {
    return s.size() >= w.size() && !w.empty() && s[0] == w[0] && (w.size() == 1 || s[1] == w[1]) &&
           s.substr(0, w.size()) == w;
}

bool opens_with_any(std::string_view s, std::initializer_list<std::string_view> words) {
    for (std::string_view w : words)
        if (opens_with(s, w)) return true;
    return false;
}

// A clause that enumerates questions: 第二个问题, 第三点, 第二是, 第二，(an
// ordinal: 第, a numeral, then 个问题, 个方面, 是, 点 or a comma; 第二季度 is
// none), 首先 (unless it congratulates), or 另一个问题, 最后一个问题,
// 还有一个问题, 下一个问题, 再一个问题. Read by hand rather than by a cue
// automaton: the ordinals are a small grammar, and a table of their
// spellings (Simplified and Traditional, each numeral) cost a Chinese
// process 150k instructions to compile.
bool opens_question(std::string_view s) {
    constexpr std::u32string_view numerals = U"一二三四五六七八九十";
    if (s.size() < 2) return false;
    if (opens_with(s, "第")) {
        std::size_t pos = 3;
        if (pos >= s.size()) return false;
        const char32_t n = text::next_code_point(s, pos);
        if (numerals.find(n) == std::u32string_view::npos && !(n >= '1' && n <= '9')) return false;
        return opens_with_any(s.substr(pos), {"个问题", "個問題", "个方面", "個方面", "个是", "個是", "个就是", "個就是", "是",
                                              "就是", "点", "點", "，", ",", "、"});
    }
    if (opens_with(s, "首先")) return true;
    for (std::string_view lead : {"另", "下", "再", "最后", "最後", "还有", "還有"})
        if (opens_with(s, lead))
            return opens_with_any(s.substr(lead.size()), {"一个问题", "一個問題"});
    return false;
}

// question-next-zh and question-courtesy-zh are short lists read as they
// stand: compiling each into an automaton cost more than every clause of a
// call reads of them.
bool opens_next(std::string_view s) {
    if (s.size() < 2) return false;
    for (std::string_view w : data::cues("question-next-zh"))
        if (opens_with(s, w)) return true;
    return false;
}

bool holds_courtesy(std::string_view s) {
    for (std::string_view w : data::cues("question-courtesy-zh"))
        if (text::find_bytes(s, w) != std::string_view::npos) return true;
    return false;
}

void chinese_turn(const detail::transcript_data& t, turn& u, std::span<const byte_span> parts,
                  text::sentence_splitter& sentences) {
    const std::string_view all = t.text;
    thread_local std::vector<zh_unit> units;
    units.clear();
    auto add = [&](std::size_t piece, std::size_t b, std::size_t e) {
        std::string_view s = all.substr(b, e - b);
        const std::size_t lead = text::trim_left_bytes(s);
        b += lead, s.remove_prefix(lead);
        // A clause cut before the next opener leaves its mark behind.
        while (!s.empty()) {
            std::size_t p = s.size();
            const char32_t c = text::prev_code_point(s, p);
            if (!is_clause_mark(c) && !text::is_space(c)) break;
            s = s.substr(0, p);
        }
        if (s.empty()) return;
        const bool asks = chinese_cues().contains(s);
        units.push_back({{b, b + s.size()}, piece, asks, opens_question(s), opens_next(s), false});
    };
    for (std::size_t k = 0; k < parts.size(); ++k) {
        const byte_span& piece = parts[k];
        const std::string_view s = all.substr(piece.begin, piece.size());
        for (const byte_span& b : sentences.split(s)) {
            const std::string_view sentence = s.substr(b.begin, b.size());
            std::size_t from = 0;
            for (std::size_t pos = 0; pos < sentence.size();) {
                const char32_t c = text::next_code_point(sentence, pos);
                if (!is_clause_mark(c)) continue;
                const std::size_t next = pos + text::trim_left_bytes(sentence.substr(pos));
                const std::string_view rest = sentence.substr(next);
                if (!opens_question(rest) && !opens_next(rest)) continue;
                add(k, piece.begin + b.begin + from, piece.begin + b.begin + pos);
                from = next;
            }
            add(k, piece.begin + b.begin + from, piece.begin + b.end);
        }
    }
    byte_span open{};         // a question opened and not yet asked,
    bool is_open = false;     // when this is set
    std::size_t open_piece = 0;
    auto emit = [&](byte_span q) { u.questions.push_back({all.substr(q.begin, q.size()), q}); };
    auto flush = [&] {
        if (is_open) emit(open);
        is_open = false;
    };
    for (zh_unit& x : units) {
        if (is_open && x.piece != open_piece) flush();
        // Whether it is a pleasantry matters only where it could start or
        // end a question.
        const std::string_view said = all.substr(x.span.begin, x.span.size());
        const bool first = x.enumerates && opens_with(said, "首先"); // 首先恭喜 opens nothing
        if (!x.asks && (!x.enumerates || first) && (x.continues || is_open || first)) x.courtesy = holds_courtesy(said);
        const bool starts = (x.enumerates && !(first && x.courtesy)) ||
                            (x.continues && !x.courtesy && (is_open || !u.questions.empty()));
        if (starts) {
            flush();
            if (x.asks) emit(x.span);
            else open = x.span, is_open = true, open_piece = x.piece;
        } else if (x.asks) {
            emit(is_open ? byte_span{open.begin, x.span.end} : x.span);
            is_open = false;
        } else if (x.courtesy) {
            flush();
        } else if (is_open) {
            open.end = x.span.end;
        }
    }
    flush();
}

} // namespace

bool is_question(std::string_view sentence) {
    const std::string_view s = text::trim(sentence);
    if (s.empty()) return false;
    if (has_han(s)) return chinese_cues().contains(s);
    return english_question(s);
}

void find_questions(detail::transcript_data& t, text::sentence_splitter& sentences) {
    for (turn& u : t.turns) {
        u.questions.clear();
        if (u.role != role::analyst) continue;
        // A turn without pieces is its span.
        const bool whole = u.pieces.empty() && !u.span.empty();
        const std::span<const byte_span> parts = whole ? std::span<const byte_span>(&u.span, 1) : u.pieces;
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
        chinese_turn(t, u, parts, sentences);
    }
}

} // namespace ect::qa
