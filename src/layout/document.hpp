#pragma once
// What the dialects read: the text, its lines, and the page furniture found
// once for all of them.

#include "text/lines.hpp"

#include <ect/types.hpp>

#include <optional>
#include <string_view>
#include <vector>

namespace ect::layout {

struct document {
    std::string_view text;
    text::line_index lines;
    /// Per line: the furniture kind when the line is page furniture.
    std::vector<std::optional<skip_kind>> furniture;

    explicit document(std::string_view t);

    [[nodiscard]] std::string_view line(std::size_t i) const noexcept { return lines.view(i); }
    [[nodiscard]] std::size_t size() const noexcept { return lines.size(); }
    [[nodiscard]] bool is_furniture(std::size_t i) const noexcept { return furniture[i].has_value(); }
    [[nodiscard]] byte_span span_of(std::size_t i) const noexcept {
        return {lines.lines()[i].begin, lines.lines()[i].end};
    }
};

/// Classify page furniture: page numbers, `Page N of M`, rules of dots,
/// dashes or equals signs, copyright lines, and running headers (short lines
/// repeated near page breaks).
std::vector<std::optional<skip_kind>> find_furniture(const text::line_index& lines);

} // namespace ect::layout
