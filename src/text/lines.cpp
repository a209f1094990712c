#include "text/lines.hpp"

#include "text/utf8.hpp"

#include <algorithm>
#include <cstring>

namespace ect::text {

line_index::line_index(std::string_view text) : text_(text) {
    lines_.reserve(text.size() / 64 + 1);
    const char* const base = text.data();
    const std::size_t n = text.size();
    std::size_t begin = 0;
    std::size_t pos = 0;
    auto push = [&](std::size_t end, std::size_t next) {
        lines_.push_back({static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(end),
                          static_cast<std::uint32_t>(next)});
        begin = next;
    };
    while (pos < n) {
        // Skip quickly to the next byte that can end a line.
        const char c = base[pos];
        if (c == '\n') {
            push(pos, pos + 1);
            ++pos;
        } else if (c == '\r') {
            const std::size_t next = pos + 1 < n && base[pos + 1] == '\n' ? pos + 2 : pos + 1;
            push(pos, next);
            pos = next;
        } else if (c == '\f') {
            push(pos, pos + 1);
            ++pos;
        } else if (c == '\xE2' && pos + 2 < n && base[pos + 1] == '\x80' && (base[pos + 2] == '\xA8' || base[pos + 2] == '\xA9')) {
            push(pos, pos + 3); // U+2028 LINE SEPARATOR, U+2029 PARAGRAPH SEPARATOR
            pos += 3;
        } else {
            ++pos;
        }
    }
    if (begin < n || lines_.empty()) push(n, n);
}

std::size_t line_index::line_of(std::size_t offset) const noexcept {
    auto it = std::upper_bound(lines_.begin(), lines_.end(), offset,
                               [](std::size_t off, const line& l) { return off < l.begin; });
    return it == lines_.begin() ? 0 : static_cast<std::size_t>(it - lines_.begin() - 1);
}

std::pair<std::size_t, std::size_t> line_index::position(std::size_t offset) const noexcept {
    if (lines_.empty()) return {1, 1};
    const std::size_t i = line_of(offset);
    const std::size_t from = lines_[i].begin;
    const std::size_t to = std::min(offset, text_.size());
    return {i + 1, count_code_points(text_.substr(from, to > from ? to - from : 0)) + 1};
}

} // namespace ect::text
