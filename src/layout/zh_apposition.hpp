#pragma once
// People named in prose apposition in Chinese text: a chain of titles
// directly before a name, as in
//   北風科技聯合創始人、執行董事、首席執行官林海濤  → 林海濤: co-founder, executive director, CEO
//   CFO周靜等高管                                  → 周靜: CFO
//   北风机器人研发中心负责人何一鸣曾公开表示         → 何一鸣: head

#include <ect/types.hpp>

#include <string_view>
#include <vector>

namespace ect::layout {

struct apposition {
    std::string_view name;                 ///< the Han name
    std::string_view alias;                ///< a Latin form in brackets after it: 周明(Eric Zhou)
    std::string_view title;                ///< the title chain as written
    std::vector<std::string_view> titles;  ///< canonical English titles
    byte_span span;                        ///< title chain and name, relative to the scanned text
};

/// Every apposition in `s`, in order; one entry per occurrence.
[[nodiscard]] std::vector<apposition> find_zh_appositions(std::string_view s);

/// Builds the title-key index the search uses now rather than on first use.
void build_apposition_index();

/// Length in bytes of the Han personal name at the start of `s` (2 or 3
/// characters, starting with a known surname, stopping before a character
/// that starts a verb or particle), or 0.
[[nodiscard]] std::size_t han_name_length(std::string_view s);

} // namespace ect::layout
