#include "attribute/header_fields.hpp"

#include "text/utf8.hpp"

#include <algorithm>

namespace ect::attribute {

namespace {

// The value of field `key` if `line` (markup trimmed) is that field.
std::string_view field_of(std::string_view line, std::string_view key) {
    auto is_emphasis = [](char c) { return c == '*' || c == '_'; };
    if (line.size() <= key.size() || !text::istarts_with(line, key)) return {};
    std::string_view rest = line.substr(key.size());
    while (!rest.empty() && (is_emphasis(rest.front()) || rest.front() == ' ')) rest.remove_prefix(1);
    std::string_view value;
    if (rest.substr(0, 1) == ":") value = rest.substr(1);
    else if (rest.substr(0, 3) == "\xEF\xBC\x9A") value = rest.substr(3); // ：
    value = text::trim(value);
    while (!value.empty() && is_emphasis(value.front())) value = text::trim(value.substr(1));
    while (!value.empty() && is_emphasis(value.back())) value = text::trim(value.substr(0, value.size() - 1));
    for (std::string_view open : {"(", "\xEF\xBC\x88"}) { // ( or （
        const std::size_t at = value.find(open);
        if (at != std::string_view::npos && at > 0) value = text::trim(value.substr(0, at));
    }
    if (value.empty() || value.size() > 60 || text::is_ascii_lower(static_cast<unsigned char>(value.front())) ||
        value.find_first_of("?!;") != std::string_view::npos || std::count(value.begin(), value.end(), ' ') >= 8)
        return {};
    return value;
}

} // namespace

header_fields read_header_fields(std::string_view head) {
    constexpr std::size_t header_lines = 30;
    auto is_markup = [](char c) { return c == '#' || c == '*' || c == '_' || c == '>' || c == '-' || c == ' ' || c == '\t'; };
    header_fields out;
    std::size_t pos = 0;
    for (std::size_t n = 0; n < header_lines && pos < head.size(); ++n) {
        const std::size_t nl = std::min(head.find('\n', pos), head.size());
        std::string_view line = head.substr(pos, nl - pos);
        pos = nl + 1;
        while (!line.empty() && is_markup(line.front())) line.remove_prefix(1);
        // Most lines open with no key's first letter.
        switch (line.empty() ? 0 : line.front() | 0x20) {
        case 'c':
            if (out.company.empty()) out.company = field_of(line, "company name");
            if (out.company.empty()) out.company = field_of(line, "company");
            break;
        case 'i':
            if (out.company.empty()) out.company = field_of(line, "issuer");
            break;
        case 't':
            if (out.ticker.empty()) out.ticker = field_of(line, "ticker");
            break;
        case 's':
            if (out.ticker.empty()) out.ticker = field_of(line, "symbol");
            break;
        default:
            break;
        }
    }
    return out;
}

} // namespace ect::attribute
