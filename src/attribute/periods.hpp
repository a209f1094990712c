#pragma once
// Readers of a fiscal period ("Q1 2018", "First Quarter 2024", "Q2 FY22",
// "FY2024-25 Q4", "Full Year 2018", "2025年第二季度") and of a date
// ("February 1, 2018", "2025-08-21", "8月20日") written at the start of a
// string; find_metadata runs them over the head of the text.

#include <cstddef>
#include <string_view>

namespace ect::attribute {

/// The fiscal period written at the start of `s`, and its length in bytes.
struct period_match {
    int year = 0;
    int quarter = 0;
    std::size_t length = 0;
};
[[nodiscard]] period_match period_at(std::string_view s);

/// A year's or half year's results with no quarter at the start of `s`, in
/// a title's capitals ("Full Year 2018", "Interim Results 2025"); `quarter`
/// is 0.
[[nodiscard]] period_match year_period_at(std::string_view s);

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
