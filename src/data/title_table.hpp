#pragma once
// Title lexicon (src/data/titles.tsv): resolves one job title ("Chief Executive Officer",
// "首席執行官", "董秘", "Head, Investor Relations") to its canonical English form ("CEO",
// "board secretary", "head of investor relations"). Compound titles ("Chairman and CEO",
// "董事长兼CEO") are split by the caller. Keys are built as for firms (data/firm_table.hpp):
// case, full-width forms, spaces, . , & - ' ’ ( ) · and surrounding punctuation are ignored.

#include "data/firm_table.hpp"

#include <cstddef>
#include <cstdint>
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

} // namespace ect::data
