#include "attribute/en_title.hpp"

#include "text/utf8.hpp"

#include <algorithm>

namespace ect::attribute {

namespace {

// "AAPL", "HLXM.N" (a Reuters code), "1024.HK": one token of capitals,
// digits and dots, a capital among them.
bool looks_like_ticker(std::string_view s) {
    if (s.empty() || s.size() > 12) return false;
    bool capital = false;
    for (const char c : s) {
        const auto u = static_cast<unsigned char>(c);
        if (text::is_ascii_upper(u)) capital = true;
        else if (!text::is_digit(u) && c != '.') return false;
    }
    return capital;
}

// The ticker of "NasdaqGS:TSLN", "NYSE:HMS" (an exchange, a colon, the
// ticker on it); empty when `s` is no such token.
std::string_view exchange_ticker(std::string_view s) {
    const std::size_t colon = s.find(':');
    if (colon == std::string_view::npos || colon == 0 || colon > 12) return {};
    for (const char c : s.substr(0, colon))
        if (!text::is_ascii_alpha(static_cast<unsigned char>(c))) return {};
    const std::string_view ticker = s.substr(colon + 1);
    return looks_like_ticker(ticker) ? ticker : std::string_view{};
}


// The company a title names after its period, when the period opens the
// title or follows only a ticker: "HLXM.N - Q3 2019 Halvorsen Maritime
// Corp Earnings Call" (StreetEvents).
std::string_view company_after_period(std::string_view line_rest) {
    // `line_rest` opens with the space after the period: a title that goes
    // on "Earnings Call" names no company there.
    std::size_t end = line_rest.size();
    for (std::string_view word : {" Earnings", " earnings", " Conference Call", " Results", " Call", " Analyst", " Investor"})
        end = std::min(end, line_rest.find(word));
    const std::string_view after = text::trim(line_rest.substr(0, end));
    if (after.empty() || after.size() > 60 || !text::is_ascii_upper(static_cast<unsigned char>(after[0]))) return {};
    return after;
}

} // namespace

company_match en_company(std::string_view head, std::size_t period_pos, std::size_t period_length) {
    if (period_pos == std::string_view::npos) return {};
    std::size_t line_begin = head.rfind('\n', period_pos);
    line_begin = line_begin == std::string_view::npos ? 0 : line_begin + 1;
    const std::size_t line_end = std::min(head.find('\n', period_pos), head.size());
    const std::string_view after_period = head.substr(period_pos + period_length, line_end - period_pos - period_length);
    // A hard-wrapped line that starts with the period: the company ends the
    // line before ("Welcome to Kestrel Pumps and Valves Limited,\nQ1FY21 …").
    const bool period_opens_line = text::is_blank(head.substr(line_begin, period_pos - line_begin));
    // "Q3 2019 Apple Inc Earnings Call" under a provider's banner.
    if (period_opens_line)
        if (const std::string_view name = company_after_period(after_period); !name.empty()) return {name, {}};
    // Not across a page break: the line above the title's page is the
    // previous page's (a cover letter's "Encl: As above").
    const bool opens_page = head.substr(line_begin, period_pos - line_begin).find('\f') != std::string_view::npos;
    if (line_begin > 1 && period_opens_line && !opens_page) {
        const std::size_t prev = head.rfind('\n', line_begin - 2);
        line_begin = prev == std::string_view::npos ? 0 : prev + 1;
    }
    std::string_view before = head.substr(line_begin, period_pos - line_begin);
    for (std::string_view cut : {"welcome to the ", "Welcome to the ", "welcome to ", "Welcome to "}) {
        const std::size_t at = before.rfind(cut);
        if (at != std::string_view::npos) before = before.substr(at + cut.size());
    }
    company_match out;
    const std::size_t paren = before.find(" (");
    if (paren != std::string_view::npos) {
        const std::size_t close = before.find(')', paren);
        if (close != std::string_view::npos) out.ticker = exchange_ticker(before.substr(paren + 2, close - paren - 2));
        before = before.substr(0, paren);
    }
    before = text::trim(before);
    // A quoted title line: "“Kestrel Pumps Limited's Q2 FY22 Earnings …”".
    for (std::string_view quote : {"\"", "\xE2\x80\x9C", "\xE2\x80\x98"})
        if (before.substr(0, quote.size()) == quote) before = text::trim(before.substr(quote.size()));
    // Trailing separators: "TD Bank Group –", "Acme, Inc. -".
    for (bool cut = true; cut && !before.empty();) {
        cut = false;
        for (std::string_view sep : {",", "-", ":", "\xE2\x80\x93", "\xE2\x80\x94", "|"})
            if (before.size() >= sep.size() && before.substr(before.size() - sep.size()) == sep) {
                before = text::trim(before.substr(0, before.size() - sep.size()));
                cut = true;
            }
    }
    // A ticker on its exchange ends the company line: "… Inc. NasdaqGS:TSLN".
    if (const std::size_t space = before.rfind(' '); space != std::string_view::npos) {
        if (const std::string_view t = exchange_ticker(before.substr(space + 1)); !t.empty()) {
            out.ticker = t;
            before = text::trim(before.substr(0, space));
        }
    }
    // Nothing but a ticker before the period: the company follows it.
    if (!period_opens_line && (before.empty() || looks_like_ticker(before))) {
        if (!before.empty()) out.ticker = before;
        out.name = company_after_period(after_period);
        return out;
    }
    if (before.size() >= 4 && before.substr(before.size() - 2) == "'s") before.remove_suffix(2);
    if (before.size() >= 4 && before.substr(before.size() - 4) == "\xE2\x80\x99s") before.remove_suffix(4);
    if (before.empty() || before.size() > 60 || !text::is_ascii_upper(static_cast<unsigned char>(before[0]))) return {};
    // A field or a speaker's words ("Encl: As above", "Ravi Desai: Our")
    // name no company.
    if (before.find(": ") != std::string_view::npos) return {};
    out.name = before;
    return out;
}

} // namespace ect::attribute
