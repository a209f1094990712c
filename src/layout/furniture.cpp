// Page furniture of PDF text: what a page adds around the speech. PDF
// extraction puts a form feed between pages, so running headers and footers
// are the short lines that recur right after or before page breaks.
#include "data/firm_table.hpp"
#include "data/title_table.hpp"
#include "layout/document.hpp"
#include "layout/en_label.hpp"
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
#include <unordered_map>
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

// The common rule, one mark repeated (FactSet closes every turn with a line
// of two hundred dots), told without the grammar: a line of one rule mark
// and spaces, five marks or more. Any other line is left to `rule`.
bool is_repeated_rule(std::string_view s) noexcept {
    if (s.size() < 5) return false;
    const char c = s.front();
    if (c != '.' && c != '=' && c != '_' && c != '*' && c != '~' && c != '-') return false;
    std::size_t marks = 0;
    for (const char b : s) {
        if (b == c) ++marks;
        else if (b != ' ') return false;
    }
    return marks >= 5;
}

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
constexpr std::size_t max_glued_bytes = 40;   // a short line inside a header block ("FINAL")

using kinds = std::vector<std::optional<skip_kind>>;

// A page: lines [from, to).
struct page_span {
    std::size_t from = 0, to = 0;
};

bool marks_page_break(const std::optional<skip_kind>& k) {
    return k == skip_kind::page_number || k == skip_kind::page_footer;
}

std::vector<page_span> pages_between_form_feeds(const std::vector<std::size_t>& starts, std::size_t n) {
    std::vector<page_span> pages;
    for (std::size_t p = 0; p < starts.size(); ++p) pages.push_back({starts[p], p + 1 < starts.size() ? starts[p + 1] : n});
    return pages;
}

// Text layers that drop the form feeds (and copies pasted from a viewer)
// still print the page number or the copyright line at each page break:
// each run of them, blank lines between, is one break.
std::vector<page_span> pages_between_marks(const text::line_index& lines, const kinds& out) {
    std::vector<page_span> pages;
    std::size_t from = 0;
    for (std::size_t i = 0; i < out.size(); ++i) {
        if (!marks_page_break(out[i])) continue;
        std::size_t last = i;
        for (std::size_t j = i + 1; j < out.size() && (marks_page_break(out[j]) || text::is_blank(lines.view(j))); ++j)
            if (out[j]) last = j;
        pages.push_back({from, i});
        from = last + 1;
        i = last;
    }
    pages.push_back({from, out.size()});
    return pages;
}

// The short lines at the edges of every page, counted by shape: running
// headers and footers are the ones that recur.
class edge_shapes {
public:
    struct edge {
        std::size_t begin = 0, end = 0; ///< into lines(), from the page edge inwards
        bool top = false;               ///< the edge a page opens with
    };

    // `per_line`: count the lines that show a shape, not the pages. Where
    // marks tell the pages, one page can show a header at both edges:
    // Bloomberg prints the header block above the page number, and the
    // first page opens with it.
    edge_shapes(const text::line_index& lines, const std::vector<page_span>& pages, bool per_line)
        // Each line is visited once at most: a text of many short pages
        // (page numbers alone can make them) sizes these by its lines.
        : lines_(lines), most_(std::min(pages.size() * 2 * edge_lines, lines.size())),
          arena_(std::make_unique_for_overwrite<char[]>(most_ * max_furniture_bytes)), slots_(std::bit_ceil(most_ * 2)),
          table_(slots_) {
        at_edges_.reserve(most_);
        counts_.reserve(most_);
        for (std::size_t p = 0; p < pages.size(); ++p) {
            if (pages[p].from >= pages[p].to) continue;
            const std::size_t key = per_line ? no_page : p;
            // The two edges of a short page do not share lines.
            const std::size_t top_end = visit(key, pages[p].from, pages[p].to, true);
            visit(key, top_end, pages[p].to, false);
        }
    }

    /// The edge lines, each edge's from the page edge inwards.
    [[nodiscard]] const std::vector<std::size_t>& lines() const { return at_edges_; }
    [[nodiscard]] const std::vector<edge>& edges() const { return edges_; }
    /// The pages (or lines) showing the shape of lines()[k].
    [[nodiscard]] std::size_t shown(std::size_t k) const { return counts_[k]->pages; }

private:
    static constexpr std::size_t no_page = SIZE_MAX;
    struct seen {
        std::size_t pages = 0;
        std::size_t last_page = no_page;
    };
    struct slot {
        std::string_view shape;
        seen count;
    };

    // The shapes live in one buffer, room made for the most the edges can
    // take; only what is written is read. They are counted in an
    // open-addressed table of at least twice as many slots as there can be
    // shapes: a document has a few thousand edge lines, and a node allocated
    // for each (as std::unordered_map does) cost more than the rest of the
    // pass.
    seen& counter_of(std::string_view shape) {
        for (std::size_t k = text::short_hash(shape) & (slots_ - 1);; k = (k + 1) & (slots_ - 1)) {
            slot& e = table_[k];
            if (e.shape.data() == nullptr) e.shape = shape; // a free slot: the shape is new
            if (e.shape == shape) return e.count;
        }
    }

    // Up to edge_lines non-blank lines from one edge of [from, to). Returns
    // the line after the last one visited going forward.
    std::size_t visit(std::size_t page, std::size_t from, std::size_t to, bool forward) {
        edge e{at_edges_.size(), at_edges_.size(), forward};
        std::size_t taken = 0, k = 0;
        for (; k < to - from && taken < edge_lines; ++k) {
            const std::size_t i = forward ? from + k : to - 1 - k;
            const std::string_view s = text::trim(lines_.view(i));
            if (s.empty()) continue;
            ++taken;
            if (s.size() > max_furniture_bytes) break;
            const std::size_t len = shape_of(s, arena_.get() + used_);
            seen& c = counter_of(std::string_view(arena_.get() + used_, len));
            used_ += len;
            if (page == no_page || c.last_page != page) ++c.pages, c.last_page = page;
            at_edges_.push_back(i);
            counts_.push_back(&c);
        }
        e.end = at_edges_.size();
        edges_.push_back(e);
        return from + k;
    }

    const text::line_index& lines_;
    std::size_t most_;
    std::unique_ptr<char[]> arena_;
    std::size_t used_ = 0;
    std::size_t slots_;
    std::vector<slot> table_;
    std::vector<std::size_t> at_edges_;
    std::vector<const seen*> counts_;
    std::vector<edge> edges_;
};

// The words of `s`, in order: runs of bytes other than ASCII spaces and
// punctuation ("Inc." and "(LKF)" are "Inc" and "LKF"; "24-Jul-2024" is
// three words).
template <class Visit>
void for_each_word(std::string_view s, Visit visit) {
    auto in_word = [](char c) {
        const auto u = static_cast<unsigned char>(c);
        return u >= 0x80 || text::is_ascii_alpha(u) || text::is_digit(u);
    };
    for (std::size_t k = 0; k < s.size();) {
        while (k < s.size() && !in_word(s[k])) ++k;
        const std::size_t from = k;
        while (k < s.size() && in_word(s[k])) ++k;
        if (k > from) visit(s.substr(from, k - from));
    }
}

// A text of two pages shows its running header once, too few times to
// recur. Such a header repeats the title block the text opens with, on
// other lines: FactSet CallStreet's cover reads "CORRECTED TRANSCRIPT",
// "Larkspur Financial Holdings, Inc. (LKF)", "Q2 2024 Earnings Call",
// "24-Jul-2024", and the second page opens with "Larkspur Financial
// Holdings, Inc. (LKF) Corrected Transcript" over "Q2 2024 Earnings Call
// 24-Jul-2024". The lines at the top of the second page that start as a
// title does (a capital or a digit) and whose words, three or more, all
// stand in the first page's top lines echo the title block: they are taken
// to recur. Speech continued over the break starts in lower case or uses
// words of its own.
std::vector<std::size_t> cover_echoes(const text::line_index& lines, const edge_shapes& edges) {
    constexpr std::size_t min_words = 3;
    std::vector<const edge_shapes::edge*> tops;
    for (const edge_shapes::edge& e : edges.edges())
        if (e.top && e.end > e.begin) tops.push_back(&e);
    if (tops.size() != 2) return {};
    std::vector<std::string_view> cover;
    for (std::size_t k = tops[0]->begin; k < tops[0]->end; ++k)
        for_each_word(text::trim(lines.view(edges.lines()[k])), [&](std::string_view w) { cover.push_back(w); });
    std::vector<std::size_t> echoes;
    for (std::size_t k = tops[1]->begin; k < tops[1]->end; ++k) {
        const std::size_t i = edges.lines()[k];
        const std::string_view s = text::trim(lines.view(i));
        if (s.empty() || !(text::is_ascii_upper(static_cast<unsigned char>(s[0])) || text::is_digit(static_cast<unsigned char>(s[0]))))
            continue;
        std::size_t words = 0;
        bool all_in_cover = true;
        for_each_word(s, [&](std::string_view w) {
            ++words;
            all_in_cover = all_in_cover &&
                           std::any_of(cover.begin(), cover.end(), [&](std::string_view c) { return text::iequals(c, w); });
        });
        if (all_in_cover && words >= min_words) echoes.push_back(i);
    }
    return echoes;
}

// Running headers are lines that recur at page edges; a speaker's label can
// recur there too ("Operator" at the top of two pages, "Anna Keller" near
// the foot of two, a Capital IQ name and firm line above a page break). A
// label line is a name (not a title or a firm: "Investor Relations" heads
// Barclays' pages) and the speaker's words follow it, past the page
// furniture; the line under a label that recurs with it is its title line.
class header_test {
public:
    // Per line, a bit each for "recurs" and "is a label": asked of every
    // edge line, and of the lines after each label.
    // `echoes`: lines taken to recur though shown once (cover_echoes).
    header_test(const text::line_index& lines, const kinds& out, const edge_shapes& edges, std::size_t needed,
                const std::vector<std::size_t>& echoes)
        : lines_(lines), out_(out), recurs_(out.size(), false), label_(out.size(), false) {
        std::vector<std::size_t> recurring;
        for (std::size_t k = 0; k < edges.lines().size(); ++k) {
            const std::size_t i = edges.lines()[k];
            if (edges.shown(k) >= needed && !recurs_[i]) recurs_[i] = true, recurring.push_back(i);
        }
        for (const std::size_t i : echoes)
            if (!recurs_[i]) recurs_[i] = true, recurring.push_back(i);
        for (const std::size_t i : recurring) find_label(i);
    }

    [[nodiscard]] bool is_header(std::size_t i) const { return recurs_[i] && !label_[i]; }

private:
    // Lines of speech after a label lie within this many lines, furniture included.
    static constexpr std::size_t reach = 4 * edge_lines;

    [[nodiscard]] bool recurs(std::size_t i) const { return recurs_[i]; }

    // "Kestrel Pumps Limited", "Northwind Bank AG": a company's name, read
    // as a person's, ends with a corporate word.
    static bool ends_with_corporate_word(std::string_view s) {
        std::string_view last = s.substr(s.rfind(' ') + 1);
        while (!last.empty() && last.back() == '.') last.remove_suffix(1);
        const auto words = data::detail::latin_suffix_list();
        return std::any_of(words.begin(), words.end(), [&](std::string_view w) { return text::iequals(last, w); });
    }

    static bool is_label(std::string_view s) {
        if (is_operator_name(s)) return true;
        return s.find(' ') != std::string_view::npos && is_person_name(s) && !ends_with_corporate_word(s) &&
               !data::title_table::builtin().find(s) && !data::firm_table::builtin().find(s);
    }

    // The next line after `i` holding text, or the end.
    [[nodiscard]] std::size_t next_text(std::size_t i) const {
        for (std::size_t j = i + 1; j < out_.size() && j <= i + reach; ++j)
            if (!text::is_blank(lines_.view(j))) return j;
        return out_.size();
    }

    // is_label of a line's text: a running header recurs on every page,
    // the same text each time, and is looked up once.
    bool reads_as_label(std::string_view s) {
        const auto [at, fresh] = label_text_.try_emplace(s, false);
        if (fresh) at->second = is_label(s);
        return at->second;
    }

    void find_label(std::size_t i) {
        if (!reads_as_label(text::trim(lines_.view(i)))) return;
        for (std::size_t j = next_text(i); j < out_.size() && j <= i + reach; j = next_text(j)) {
            if (out_[j] || recurs(j)) continue;
            label_[i] = true;
            if (const std::size_t title = next_text(i); title < j && recurs(title) && !out_[title]) label_[title] = true;
            return;
        }
    }

    const text::line_index& lines_;
    const kinds& out_;
    std::vector<bool> recurs_, label_;
    std::unordered_map<std::string_view, bool> label_text_;
};

// Between form feeds, every recurring edge line is a header or footer.
void mark_recurring(const edge_shapes& edges, const header_test& test, kinds& out) {
    for (const std::size_t i : edges.lines())
        if (!out[i] && test.is_header(i)) out[i] = skip_kind::page_header;
}

// Where only the marks tell the pages, the header block is what joins the
// mark (or the start or end of the text): from each edge inwards, past
// page numbers and copyright lines, the lines that recur, and a short line
// between two of them or between one and the mark ("FINAL" under
// Bloomberg's header fields). A line that recurs away from the block is
// text, and so is what lies past a rule (FactSet closes each turn with
// one): speech lines near two marks ("Thank you.") recur too.
void mark_blocks(const text::line_index& lines, const edge_shapes& edges, const header_test& test, kinds& out) {
    const std::vector<std::size_t>& at = edges.lines();
    for (const edge_shapes::edge& e : edges.edges()) {
        for (std::size_t k = e.begin; k < e.end; ++k) {
            const std::size_t i = at[k];
            if (out[i] == skip_kind::rule) break;
            if (out[i]) continue;
            // Glued to a header line, not to a rule: rules recur too, and
            // the short line before one ends a turn ("Thank you.").
            const bool glued = k + 1 < e.end && text::trim(lines.view(i)).size() <= max_glued_bytes &&
                               out[at[k + 1]] != skip_kind::rule && test.is_header(at[k + 1]);
            if (!test.is_header(i) && !glued) break;
            out[i] = skip_kind::page_header;
        }
    }
}

} // namespace

std::vector<std::optional<skip_kind>> find_furniture(const text::line_index& lines) {
    const std::size_t n = lines.size();
    kinds out;
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
        // with a letter (most lines) is none of them unless it opens with
        // one of those words.
        const std::string_view raw = lines.view(i);
        if (!raw.empty() && !says_reserved && text::is_ascii_alpha(static_cast<unsigned char>(raw[0]))) {
            const char first = static_cast<char>(raw[0] | 0x20);
            if (!(first == 'p' && text::istarts_with(raw, "page")) && !(first == 'c' && text::istarts_with(raw, "copyright")))
                continue;
        }
        const std::string_view s = text::trim(raw);
        if (s.empty()) continue;
        if (matches_all(s, page_number)) out[i] = skip_kind::page_number;
        else if (is_repeated_rule(s) || matches_all(s, rule)) out[i] = skip_kind::rule;
        else if (s.size() < 300 && is_copyright(s, says_reserved)) out[i] = skip_kind::page_footer;
    }
    // Two form feeds or more tell the pages; else the page marks do, and
    // where they tell none, a lone form feed is the one page break (its
    // headers are then read as blocks at the break, as the marks' are).
    const bool form_feeds = page_starts.size() >= 3;
    std::vector<page_span> pages = form_feeds ? pages_between_form_feeds(page_starts, n) : pages_between_marks(lines, out);
    if (pages.size() < 2 && page_starts.size() == 2) pages = pages_between_form_feeds(page_starts, n);
    if (pages.size() < 2) return out; // no pages, no running headers

    const edge_shapes edges(lines, pages, !form_feeds);
    // Marks can come from the text (a line "2" of a table): a header they
    // tell recurs at half the pages.
    const header_test test(lines, out, edges, std::max<std::size_t>(2, pages.size() / (form_feeds ? 3 : 2)),
                           cover_echoes(lines, edges));
    if (form_feeds) mark_recurring(edges, test, out);
    else mark_blocks(lines, edges, test, out);
    return out;
}

document::document(std::string_view t) : text(t), lines(t), furniture(find_furniture(lines)), line_count_(lines.size()) {}

} // namespace ect::layout
