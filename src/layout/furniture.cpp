// Page furniture of PDF text: what a page adds around the speech. PDF
// extraction puts a form feed between pages, so running headers and footers
// are the short lines that recur right after or before page breaks.
#include "layout/document.hpp"
#include "layout/x3_primitives.hpp"
#include "text/utf8.hpp"

#include <string>
#include <unordered_map>

namespace ect::layout {

namespace {

namespace x3 = boost::spirit::x3;
using namespace x3p;

const auto ws = *x3::lit(' ');
// "12", "- 12 -", "Page 3 of 22", "Page 3", "3 | Page", "3/22"
const auto page_number = ws >> ((x3::no_case[x3::lit("page")] >> ws >> x3::uint_ >> -(ws >> x3::no_case[x3::lit("of")] >> ws >> x3::uint_)) |
                                 (x3::lit('-') >> ws >> x3::uint_ >> ws >> x3::lit('-')) |
                                 (x3::uint_ >> ws >> x3::lit('|') >> ws >> x3::no_case[x3::lit("page")]) |
                                 (x3::uint_ >> ws >> x3::lit('/') >> ws >> x3::uint_) |
                                 x3::repeat(1, 4)[x3::char_('0', '9')]) >>
                         ws;
// A rule: five or more dots, dashes, equals signs, underscores or stars.
// (A dash inside a char_ set would make a range, so it is a literal of its own.)
const auto rule_char = x3::char_(".=_*~") | x3::lit('-') | x3::lit("\xE2\x80\xA6") | x3::lit("\xC2\xB7") | x3::lit("\xE2\x80\x94") |
                       x3::lit("\xE2\x94\x80");
const auto rule = ws >> x3::repeat(5, x3::inf)[rule_char >> ws];

bool is_copyright(std::string_view s) {
    return text::istarts_with(s, "copyright") || text::istarts_with(s, "\xC2\xA9") ||
           text::ifind(s, "all rights reserved") != std::string_view::npos;
}

// The line with digits folded, so "Page 3" and "Page 4" compare equal.
std::string shape_of(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (char c : s) {
        if (c >= '0' && c <= '9') {
            if (out.empty() || out.back() != '#') out.push_back('#');
        } else {
            out.push_back(c);
        }
    }
    return out;
}

constexpr std::size_t edge_lines = 4;         // lines at each page edge that can be furniture
constexpr std::size_t max_furniture_bytes = 160;

} // namespace

std::vector<std::optional<skip_kind>> find_furniture(const text::line_index& lines) {
    const std::size_t n = lines.size();
    std::vector<std::optional<skip_kind>> out(n);
    const std::string_view text = lines.text();
    std::vector<std::size_t> page_starts{0};
    for (std::size_t i = 0; i < n; ++i) {
        // "\n\f" between pages leaves an empty line ended by the form feed:
        // the page break is seen before blank lines are passed over.
        const auto& l = lines.lines()[i];
        if (l.next > l.end && text[l.end] == '\f' && i + 1 < n) page_starts.push_back(i + 1);
        const std::string_view s = text::trim(lines.view(i));
        if (s.empty()) continue;
        if (matches_all(s, page_number)) out[i] = skip_kind::page_number;
        else if (matches_all(s, rule)) out[i] = skip_kind::rule;
        else if (s.size() < 300 && is_copyright(s)) out[i] = skip_kind::page_footer;
    }
    if (page_starts.size() < 3) return out; // no pages, no running headers

    // Collect the short lines at the edges of every page, by shape.
    struct seen { std::size_t pages = 0; std::size_t last_page = SIZE_MAX; };
    std::unordered_map<std::string, seen> shapes;
    std::vector<std::pair<std::size_t, std::string>> candidates;
    auto visit_edge = [&](std::size_t page, std::size_t from, std::size_t to, bool forward) {
        std::size_t taken = 0;
        for (std::size_t k = 0; k < to - from && taken < edge_lines; ++k) {
            const std::size_t i = forward ? from + k : to - 1 - k;
            const std::string_view s = text::trim(lines.view(i));
            if (s.empty()) continue;
            ++taken;
            if (s.size() > max_furniture_bytes) break;
            std::string shape = shape_of(s);
            seen& e = shapes[shape];
            if (e.last_page != page) ++e.pages, e.last_page = page;
            candidates.emplace_back(i, std::move(shape));
        }
    };
    for (std::size_t p = 0; p < page_starts.size(); ++p) {
        const std::size_t from = page_starts[p];
        const std::size_t to = p + 1 < page_starts.size() ? page_starts[p + 1] : n;
        if (from >= to) continue;
        visit_edge(p, from, to, true);
        visit_edge(p, from, to, false);
    }
    const std::size_t needed = std::max<std::size_t>(2, page_starts.size() / 3);
    for (const auto& [i, shape] : candidates) {
        if (out[i]) continue;
        if (shapes[shape].pages >= needed) out[i] = skip_kind::page_header;
    }
    return out;
}

document::document(std::string_view t) : text(t), lines(t), furniture(find_furniture(lines)) {}

} // namespace ect::layout
