#pragma once
// Custom Boost.Spirit X3 primitives over UTF-8 bytes: the grammars match
// Chinese characters and non-ASCII punctuation as code points while the
// input stays a plain `const char*` range.

#include "text/utf8.hpp"

#include <boost/spirit/home/x3.hpp>

namespace ect::layout::x3p {

namespace x3 = boost::spirit::x3;

/// One code point satisfying `Pred`; no attribute.
template <class Pred>
struct code_point_parser : x3::parser<code_point_parser<Pred>> {
    using attribute_type = x3::unused_type;
    static bool const has_attribute = false;
    Pred pred;
    constexpr explicit code_point_parser(Pred p) : pred(p) {}

    template <class It, class Ctx, class RCtx, class Attr>
    bool parse(It& first, It const& last, Ctx const&, RCtx&, Attr&) const {
        if (first == last) return false;
        const std::string_view rest(&*first, static_cast<std::size_t>(last - first));
        std::size_t pos = 0;
        const char32_t cp = text::next_code_point(rest, pos);
        if (!pred(cp)) return false;
        first += static_cast<std::ptrdiff_t>(pos);
        return true;
    }
};

struct is_han_fn {
    constexpr bool operator()(char32_t c) const noexcept { return text::is_han(c); }
};
struct is_space_fn {
    constexpr bool operator()(char32_t c) const noexcept { return text::is_space(c) && c != '\n' && c != '\r'; }
};
/// A letter of a Latin-script name, accented letters included.
struct is_name_letter_fn {
    constexpr bool operator()(char32_t c) const noexcept {
        return text::is_ascii_alpha(c) || (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7);
    }
};
struct is_upper_letter_fn {
    constexpr bool operator()(char32_t c) const noexcept {
        return text::is_ascii_upper(c) || (c >= 0xC0 && c <= 0xDE && c != 0xD7);
    }
};
/// Any code point but a line end.
struct is_not_eol_fn {
    constexpr bool operator()(char32_t c) const noexcept { return c != '\n' && c != '\r'; }
};

inline constexpr code_point_parser<is_han_fn> han{is_han_fn{}};
inline constexpr code_point_parser<is_space_fn> space{is_space_fn{}};
inline constexpr code_point_parser<is_name_letter_fn> name_letter{is_name_letter_fn{}};
inline constexpr code_point_parser<is_upper_letter_fn> upper_letter{is_upper_letter_fn{}};
inline constexpr code_point_parser<is_not_eol_fn> any_char{is_not_eol_fn{}};

/// Colons as transcripts write them: ASCII, full-width, small and ratio forms.
inline const auto colon = x3::lit(':') | x3::lit("\xEF\xBC\x9A") | x3::lit("\xEF\xB9\x95") | x3::lit("\xE2\x88\xB6");
/// Opening and closing parentheses, half and full width.
inline const auto open_paren = x3::lit('(') | x3::lit("\xEF\xBC\x88");
inline const auto close_paren = x3::lit(')') | x3::lit("\xEF\xBC\x89");
/// Dashes used between a name and a title: hyphen, en and em dash.
inline const auto dash = x3::lit("--") | x3::lit('-') | x3::lit("\xE2\x80\x93") | x3::lit("\xE2\x80\x94");

/// Run `p` over all of `s`; true when it matches the whole string.
template <class P>
bool matches_all(std::string_view s, P const& p) {
    const char* first = s.data();
    const char* const last = s.data() + s.size();
    return x3::parse(first, last, p) && first == last;
}

/// Run `p` on a prefix of `s`; the number of bytes it took, or npos.
template <class P>
std::size_t match_prefix(std::string_view s, P const& p) {
    const char* first = s.data();
    const char* const last = s.data() + s.size();
    if (!x3::parse(first, last, p)) return std::string_view::npos;
    return static_cast<std::size_t>(first - s.data());
}

} // namespace ect::layout::x3p
