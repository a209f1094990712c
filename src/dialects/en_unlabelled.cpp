#include "dialects/en_unlabelled.hpp"

#include "layout/document.hpp"
#include "text/utf8.hpp"

#include <algorithm>
#include <initializer_list>

namespace ect::dialects::en {

namespace {

constexpr std::size_t min_words = 300; // a few minutes of speech at least

std::size_t count_words(std::string_view s) {
    std::size_t words = 0;
    bool in_word = false;
    for (char c : s) {
        const bool space = c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f';
        if (!space && !in_word) ++words;
        in_word = !space;
        if (words >= min_words) break;
    }
    return words;
}

bool has_any(std::string_view s, std::initializer_list<std::string_view> cues) {
    return std::any_of(cues.begin(), cues.end(),
                       [&](std::string_view c) { return layout::find_ignoring_case(s, c) != std::string_view::npos; });
}

} // namespace

bool reads_as_call(const layout::document& doc) {
    const std::string_view s = doc.text;
    if (count_words(s) < min_words) return false;
    const bool host = has_any(s, {"operator", "moderator", "ladies and gentlemen", "welcome to", "joining us"});
    const bool thanks = has_any(s, {"thank you", "thanks"});
    const int topics = int{has_any(s, {"conference call", "earnings call", "this call", "today's call", "the call"})} +
                       int{has_any(s, {"quarter", "fiscal year"})} +
                       int{has_any(s, {"question-and-answer", "question and answer", "next question", "your question", "q&a"})};
    return host && thanks && topics >= 2;
}

void mark_paragraphs(const layout::document& doc, const std::vector<bool>& taken,
                     std::vector<segment::marker>& markers) {
    bool in_paragraph = false;
    for (std::size_t i = 0; i < doc.size(); ++i) {
        if (doc.is_furniture(i)) continue;
        const std::string_view line = doc.line(i);
        if (taken[i] || text::is_blank(line)) {
            in_paragraph = false;
            continue;
        }
        if (in_paragraph) continue;
        in_paragraph = true;
        segment::marker m;
        m.line = i;
        m.what = segment::marker::kind::label;
        m.body = doc.span_of(i).begin + text::trim_left_bytes(line);
        m.label = {m.body, m.body}; // no label: the turn starts at its text
        markers.push_back(m);
    }
}

} // namespace ect::dialects::en
