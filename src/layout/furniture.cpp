// Page furniture of PDF text: what a page adds around the speech. PDF
// extraction puts a form feed between pages, so running headers and footers
// are the short lines that recur right after or before page breaks.
#include "layout/document.hpp"
#include "layout/x3_primitives.hpp"
#include "text/huge_pages.hpp"
#include "text/short_hash.hpp"
#include "text/utf8.hpp"

#include <algorithm>
#include <bit>
#include <cstdint>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

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

constexpr std::string_view reserved = "all rights reserved";

bool is_copyright(std::string_view s, bool says_reserved) {
    return text::istarts_with(s, "copyright") || text::istarts_with(s, "\xC2\xA9") || says_reserved;
}

// Offsets in `text` where "all rights reserved" starts, in any case, in
// order: found in one pass over the text, many bytes at a time, not line
// by line.
std::vector<std::size_t> reserved_at(std::string_view text) {
    std::vector<std::size_t> out;
    for (std::size_t at = find_ignoring_case(text, reserved); at != std::string_view::npos;
         at = find_ignoring_case(text, reserved, at + 1))
        out.push_back(at);
    return out;
}

// The line with digits folded, so "Page 3" and "Page 4" compare equal;
// written at `out`, which has room for `s`. Returns its length.
// The first ASCII digit of `s` from `k` on, eight bytes at a time; the
// size of `s` when there is none.
std::size_t next_digit(std::string_view s, std::size_t k) noexcept {
    if constexpr (std::endian::native == std::endian::little) {
        // A flag (bit 7) on each byte from '0' to '9', for ASCII bytes only.
        constexpr std::uint64_t ones = 0x0101010101010101ull, high = 0x8080808080808080ull;
        for (; k + 8 <= s.size(); k += 8) {
            std::uint64_t x;
            std::memcpy(&x, s.data() + k, 8);
            const std::uint64_t y = x & ~high;
            const std::uint64_t digits = (y + ones * (0x80 - '0')) & ~(y + ones * (0x80 - '9' - 1)) & ~x & high;
            if (digits != 0) return k + static_cast<std::size_t>(std::countr_zero(digits)) / 8;
        }
    }
    while (k < s.size() && !(s[k] >= '0' && s[k] <= '9')) ++k;
    return k;
}

std::size_t shape_of(std::string_view s, char* out) {
    auto is_digit = [](char c) { return c >= '0' && c <= '9'; };
    char* at = out;
    for (std::size_t k = 0; k < s.size();) {
        // A run without digits is copied whole.
        const std::size_t end = next_digit(s, k);
        std::memcpy(at, s.data() + k, end - k);
        at += end - k;
        if (end == s.size()) break;
        // A run of digits is one '#', none after a '#'.
        if (at == out || at[-1] != '#') *at++ = '#';
        for (k = end; k < s.size() && is_digit(s[k]);) ++k;
    }
    return static_cast<std::size_t>(at - out);
}

constexpr std::size_t edge_lines = 4;         // lines at each page edge that can be furniture
constexpr std::size_t max_furniture_bytes = 160;

} // namespace

std::vector<std::optional<skip_kind>> find_furniture(const text::line_index& lines) {
    const std::size_t n = lines.size();
    std::vector<std::optional<skip_kind>> out;
    text::assign_huge(out, n, std::optional<skip_kind>{});
    const std::string_view text = lines.text();
    std::vector<std::size_t> page_starts{0};
    const std::vector<std::size_t> notices = reserved_at(text);
    std::size_t next_notice = 0;
    for (std::size_t i = 0; i < n; ++i) {
        // "\n\f" between pages leaves an empty line ended by the form feed:
        // the page break is seen before blank lines are passed over.
        const auto& l = lines.lines()[i];
        if (l.next > l.end && text[l.end] == '\f' && i + 1 < n) page_starts.push_back(i + 1);
        // The notice lies inside the line: it holds no line end.
        while (next_notice < notices.size() && notices[next_notice] < l.begin) ++next_notice;
        const bool says_reserved = next_notice < notices.size() && notices[next_notice] + reserved.size() <= l.end;
        // Page numbers start with a digit, a dash or "page", rules with their
        // mark, copyright lines with "copyright" or the sign: a line opening
        // with any other letter (most lines) is none of them.
        const std::string_view raw = lines.view(i);
        if (!raw.empty() && !says_reserved && text::is_ascii_alpha(static_cast<unsigned char>(raw[0])) &&
            (raw[0] | 0x20) != 'p' && (raw[0] | 0x20) != 'c')
            continue;
        const std::string_view s = text::trim(raw);
        if (s.empty()) continue;
        if (matches_all(s, page_number)) out[i] = skip_kind::page_number;
        else if (matches_all(s, rule)) out[i] = skip_kind::rule;
        else if (s.size() < 300 && is_copyright(s, says_reserved)) out[i] = skip_kind::page_footer;
    }
    if (page_starts.size() < 3) return out; // no pages, no running headers

    // Collect the short lines at the edges of every page, by shape.
    struct seen { std::size_t pages = 0; std::size_t last_page = SIZE_MAX; };
    // The shapes live in one buffer, room made for the most the edges can
    // take; only what is written is read. They are counted in an
    // open-addressed table of at least twice as many slots as there can be
    // shapes: a document has a few thousand edge lines, and a node allocated
    // for each (as std::unordered_map does) cost more than the rest of the
    // pass.
    const std::size_t most = page_starts.size() * 2 * edge_lines;
    const auto arena = std::make_unique_for_overwrite<char[]>(most * max_furniture_bytes);
    std::size_t used = 0;
    struct slot { std::string_view shape; seen count; };
    const std::size_t slots = std::bit_ceil(most * 2);
    std::vector<slot> table(slots);
    auto counter_of = [&](std::string_view shape) -> seen& {
        for (std::size_t k = text::short_hash(shape) & (slots - 1);; k = (k + 1) & (slots - 1)) {
            slot& e = table[k];
            if (e.shape.data() == nullptr) e.shape = shape; // a free slot: the shape is new
            if (e.shape == shape) return e.count;
        }
    };
    std::vector<std::pair<std::size_t, const seen*>> candidates;
    candidates.reserve(most);
    auto visit_edge = [&](std::size_t page, std::size_t from, std::size_t to, bool forward) {
        std::size_t taken = 0;
        for (std::size_t k = 0; k < to - from && taken < edge_lines; ++k) {
            const std::size_t i = forward ? from + k : to - 1 - k;
            const std::string_view s = text::trim(lines.view(i));
            if (s.empty()) continue;
            ++taken;
            if (s.size() > max_furniture_bytes) break;
            const std::size_t len = shape_of(s, arena.get() + used);
            seen& e = counter_of(std::string_view(arena.get() + used, len));
            used += len;
            if (e.last_page != page) ++e.pages, e.last_page = page;
            candidates.emplace_back(i, &e);
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
        if (shape->pages >= needed) out[i] = skip_kind::page_header;
    }
    return out;
}

document::document(std::string_view t) : text(t), lines(t), furniture(find_furniture(lines)), line_count_(lines.size()) {}

} // namespace ect::layout
