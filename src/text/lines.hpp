#pragma once
// The line index: every line of the UTF-8 text as a byte span, built once.
// Line ends are LF, CRLF, lone CR, form feed (PDF page breaks) and U+2028.

#include <ect/types.hpp>

#include <cstdint>
#include <string_view>
#include <vector>

namespace ect::text {

struct line {
    std::uint32_t begin = 0; ///< first byte of the line
    std::uint32_t end = 0;   ///< one past the last byte before the line end
    std::uint32_t next = 0;  ///< first byte after the line end
};

class line_index {
public:
    line_index() = default;
    explicit line_index(std::string_view text);

    [[nodiscard]] const std::vector<line>& lines() const noexcept { return lines_; }
    [[nodiscard]] std::size_t size() const noexcept { return lines_.size(); }
    [[nodiscard]] std::string_view view(std::size_t i) const noexcept {
        return text_.substr(lines_[i].begin, lines_[i].end - lines_[i].begin);
    }
    [[nodiscard]] std::string_view text() const noexcept { return text_; }
    /// Index of the line holding byte `offset`.
    [[nodiscard]] std::size_t line_of(std::size_t offset) const noexcept;
    /// 1-based line and column (in code points) of byte `offset`.
    [[nodiscard]] std::pair<std::size_t, std::size_t> position(std::size_t offset) const noexcept;

private:
    std::string_view text_;
    std::vector<line> lines_;
};

} // namespace ect::text
