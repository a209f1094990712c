#pragma once
// The pieces of the person-name grammar of speaker labels that the label
// parser (en_label.cpp) and the tests of its quicker paths share: initials,
// particles, suffixes, the phonetic-spelling mark, and the words that open
// prose rather than a name.

#include "layout/x3_primitives.hpp"

#include <string_view>

namespace ect::layout::name_rules {

namespace x3 = boost::spirit::x3;

// Initials: "D.", "A.M.", "J"
// A bare initial is not the start of "O'Hara" or "D'Amico".
inline const auto initials = +(x3p::upper_letter >> x3::lit('.')) |
                             (x3p::upper_letter >> !(x3p::name_letter | x3::char_("'-") | x3::lit("\xE2\x80\x99")));
inline const auto particle = x3::lit("de la") | x3::lit("van der") | x3::lit("van den") | x3::lit("de") |
                             x3::lit("da") | x3::lit("di") | x3::lit("del") | x3::lit("van") | x3::lit("von") |
                             x3::lit("le") | x3::lit("la") | x3::lit("bin") | x3::lit("al") | x3::lit("dos") |
                             x3::lit("du") | x3::lit("der");
inline const auto suffix = x3::lit("Jr.") | x3::lit("Jr") | x3::lit("Sr.") | x3::lit("III") | x3::lit("II") | x3::lit("IV");
inline const auto ph = x3::lit("(ph)") | x3::lit("(PH)") | x3::lit("(sp)") | x3::lit("(spelled phonetically)");
// A space, or the no-break space of text copied from web pages.
inline const auto gap = +(x3::lit(' ') | x3::lit("\xC2\xA0"));

// Words that start a sentence rather than a name, so "Thank you: …" or
// "Revenue: …" are not labels. Names are checked against rosters later;
// these only keep obvious prose out.
inline constexpr std::string_view prose_words[] = {
    "Thank", "Thanks", "Yes", "No", "Okay", "OK", "So", "And", "But", "The", "This", "That", "We", "I",
    "Our", "Please", "Note", "Question", "Answer", "Revenue", "Source", "Date", "Time", "Call", "Page",
    "Good", "Hello", "Hi", "Well", "Now", "Next", "First", "Second", "Also", "Slide", "Company", "Ticker",
    "Quarter", "URL", "Scraped", "Title", "Total", "Net", "Key", "In", "For", "On", "As", "At", "To", "Of"};

} // namespace ect::layout::name_rules
