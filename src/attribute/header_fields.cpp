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

// "Symbol: KESTREL Scrip Code: 599123": the first token of a ticker field
// (two columns of a cover letter run together in PDF text).
std::string_view first_token(std::string_view value) { return value.substr(0, value.find(' ')); }

// The ticker of a cover letter's "NSE Symbol: LT", "Scrip Code: 500510",
// "BSE Security Code: 500510" (the symbol preferred to the code).
std::string_view exchange_code_of(std::string_view line, bool& symbol) {
    for (std::string_view exchange : {"nse ", "bse "})
        if (text::istarts_with(line, exchange)) line.remove_prefix(exchange.size());
    if (std::string_view v = first_token(field_of(line, "symbol")); !v.empty()) return symbol = true, v;
    for (std::string_view key : {"scrip code", "security code"})
        if (std::string_view v = first_token(field_of(line, key)); !v.empty()) return v;
    return {};
}

// A company's legal name ends with one of these words.
bool ends_as_company(std::string_view name) {
    for (std::string_view suffix : {" limited", " ltd", " ltd.", " corporation", " corp.", " inc.", " plc"})
        if (name.size() > suffix.size() && text::iequals(name.substr(name.size() - suffix.size()), suffix)) return true;
    return false;
}

// "For Marigold Ceramics Limited", "For and on behalf of Kestrel Pumps Ltd.":
// the company signing a letter.
std::string_view signatory_of(std::string_view line) {
    line = text::trim(line);
    for (std::string_view lead : {"for and on behalf of ", "for "})
        if (text::istarts_with(line, lead)) {
            const std::string_view name = text::trim(line.substr(lead.size()));
            if (name.size() > 60 || name.empty() || !text::is_ascii_upper(static_cast<unsigned char>(name[0])) ||
                name.find_first_of(",:;") != std::string_view::npos || !ends_as_company(name))
                return {};
            return name;
        }
    return {};
}

} // namespace

header_fields read_header_fields(std::string_view head) {
    constexpr std::size_t header_lines = 30;
    auto is_markup = [](char c) { return c == '#' || c == '*' || c == '_' || c == '>' || c == '-' || c == ' ' || c == '\t'; };
    header_fields out;
    std::string_view code; // a symbol or an exchange's code for the company
    bool code_is_symbol = false;
    std::size_t pos = 0;
    for (std::size_t n = 0; n < header_lines && pos < head.size(); ++n) {
        const std::size_t nl = std::min(head.find('\n', pos), head.size());
        std::string_view line = head.substr(pos, nl - pos);
        pos = nl + 1;
        while (!line.empty() && is_markup(line.front())) line.remove_prefix(1);
        if (n == 0 && line.size() <= 60 && ends_as_company(text::trim(line))) out.letterhead = text::trim(line);
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
        case 'n':
        case 'b':
            // Symbol: BLFN; NSE Symbol: LT; Scrip Code: 500510.
            if (!code_is_symbol) {
                bool symbol = false;
                if (std::string_view v = exchange_code_of(line, symbol); !v.empty() && (code.empty() || symbol))
                    code = v, code_is_symbol = symbol;
            }
            break;
        case 'f':
            if (out.signatory.empty()) out.signatory = signatory_of(line);
            break;
        default:
            break;
        }
    }
    if (out.ticker.empty()) out.ticker = code;
    return out;
}

std::string_view letter_signatory(std::string_view letter) {
    for (std::size_t pos = 0; pos < letter.size();) {
        const std::size_t nl = std::min(letter.find('\n', pos), letter.size());
        const std::string_view line = text::trim(letter.substr(pos, nl - pos));
        pos = nl + 1;
        if (!line.empty() && (line.front() | 0x20) == 'f')
            if (const std::string_view name = signatory_of(line); !name.empty()) return name;
    }
    return {};
}

} // namespace ect::attribute
