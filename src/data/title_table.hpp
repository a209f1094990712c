#pragma once
// Title lexicon (src/data/titles.tsv): resolves one job title ("Chief Executive Officer",
// "首席執行官", "董秘", "Head, Investor Relations") to its canonical English form ("CEO",
// "board secretary", "head of investor relations"). Compound titles ("Chairman and CEO",
// "董事长兼CEO") are split by the caller. Keys are built as for firms (data/firm_table.hpp):
// case, full-width forms, spaces, . , & - ' ’ ( ) · and surrounding punctuation are ignored.

#include "data/firm_table.hpp"
#include "text/utf8.hpp"

#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>
#include <utility>
#include <vector>

namespace ect::data {

struct title_entry {
    std::string_view canonical;
};

// An immutable title table; entries are views into the TSV text given to parse(), which must
// outlive the table (the embedded data is static).
class title_table {
public:
    // Rows: canonical<TAB>aliases ('|'-separated, may be empty); '#' starts a comment line.
    // Throws std::runtime_error naming the line on a malformed row.
    [[nodiscard]] static title_table parse(std::string_view tsv);
    // The table compiled into the library (src/data/titles.tsv), parsed on first use.
    [[nodiscard]] static const title_table& builtin();

    // Exact lookup of one title; nullptr when unknown.
    [[nodiscard]] const title_entry* find(std::string_view mention) const;
    // Longest known title at the start of `text` ("首席执行官程一笑" -> 首席执行官): the entry and
    // the byte length of the match, or {nullptr, 0}. A Latin title must end at a word boundary.
    [[nodiscard]] std::pair<const title_entry*, std::size_t> find_prefix(std::string_view text) const;
    [[nodiscard]] std::size_t size() const noexcept { return entries_.size(); }
    // Every (alias, canonical) pair as written in the table, canonical forms included.
    [[nodiscard]] std::vector<std::pair<std::string_view, std::string_view>> aliases() const;

private:
    [[nodiscard]] const title_entry* resolve(std::string_view key) const;

    std::vector<title_entry> entries_;
    std::vector<std::pair<std::string_view, std::uint32_t>> aliases_;
    detail::alias_index index_;
};

// Each part of a compound title ("President & CEO", "董事长兼总裁"), trimmed, in order:
// `title` cut at the earliest of `separators`, the first of them that stands at the cut
// skipped, and so on. A list that holds ", and " before ", " cuts "X, and Y" into X and Y.
template <class Visit>
void for_each_title_part(std::string_view title, std::span<const std::string_view> separators, Visit visit) {
    std::string_view rest = title;
    while (!rest.empty()) {
        std::size_t cut = rest.size();
        for (const std::string_view sep : separators) {
            const std::size_t at = rest.find(sep);
            if (at != std::string_view::npos && at < cut) cut = at;
        }
        visit(text::trim(rest.substr(0, cut)));
        if (cut == rest.size()) break;
        rest = rest.substr(cut);
        for (const std::string_view sep : separators)
            if (rest.substr(0, sep.size()) == sep) {
                rest.remove_prefix(sep.size());
                break;
            }
    }
}

} // namespace ect::data
