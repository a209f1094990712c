#include "text/input_checks.hpp"

#include <fmt/format.h>

#include <array>
#include <optional>

namespace ect::text {

namespace {

enum line_end : std::size_t { lf, crlf, cr, separator, none };

line_end kind_of(std::string_view end) {
    if (end == "\n") return lf;
    if (end == "\r\n") return crlf;
    if (end == "\r") return cr;
    if (end.size() == 3) return separator; // U+2028 LINE SEPARATOR, U+2029 PARAGRAPH SEPARATOR
    return none; // form feed, or the end of the text
}

} // namespace

std::vector<decode_problem> check_input(const line_index& lines) {
    std::vector<decode_problem> out;
    const std::string_view text = lines.text();

    constexpr std::string_view bom = "\xEF\xBB\xBF";
    if (const std::size_t at = text.find(bom, 1); at != std::string_view::npos) {
        std::size_t count = 0;
        for (std::size_t i = at; i != std::string_view::npos; i = text.find(bom, i + bom.size())) ++count;
        out.push_back({"stray-bom", at,
                       fmt::format("{} byte-order mark{} (U+FEFF) inside the text, kept as written", count,
                                   count == 1 ? "" : "s"),
                       severity::warning});
    }

    std::array<std::size_t, 4> counts{};
    std::optional<line_end> first;
    std::size_t other_at = std::string_view::npos;
    for (const line& l : lines.lines()) {
        const line_end k = kind_of(text.substr(l.end, l.next - l.end));
        if (k == none) continue;
        ++counts[k];
        if (!first) first = k;
        else if (k != *first && other_at == std::string_view::npos) other_at = l.end;
    }
    if (other_at != std::string_view::npos)
        out.push_back({"mixed-line-ends", other_at,
                       fmt::format("line ends of several kinds ({} LF, {} CRLF, {} CR, {} U+2028/U+2029); each ends a line",
                                   counts[lf], counts[crlf], counts[cr], counts[separator]),
                       severity::note});
    return out;
}

} // namespace ect::text
