#pragma once
// Facts about the call from the head of the text: the company, the fiscal
// period ("Q1 2018", "First Quarter 2024", "Q2 FY22", "2025年第二季度") and
// the date ("February 1, 2018", "2025-08-21", "8月20日").

#include "core/transcript_data.hpp"
#include "layout/document.hpp"

namespace ect::attribute {

void find_metadata(const layout::document& doc, detail::transcript_data& out);

/// The fiscal period written at the start of `s`, and its length in bytes.
struct period_match {
    int year = 0;
    int quarter = 0;
    std::size_t length = 0;
};
[[nodiscard]] period_match period_at(std::string_view s);

/// A date written at the start of `s` ("YYYY-MM-DD"), its length in bytes;
/// `year` 0 when the text gives none (8月20日).
struct date_match {
    int year = 0, month = 0, day = 0;
    std::size_t length = 0;
};
[[nodiscard]] date_match date_at(std::string_view s);

/// Cheap necessary conditions for period_at and date_at to match at the
/// start of `s`, read from its first bytes (exposed for tests).
[[nodiscard]] bool may_start_period(std::string_view s);
[[nodiscard]] bool may_start_date(std::string_view s);

} // namespace ect::attribute
