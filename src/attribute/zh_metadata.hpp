#pragma once
// What a Chinese text names where find_metadata's scan of word starts
// does not read it: the company (before a bracketed ticker, or in a
// "简称：" field or a headline), and a period whose year is written
// earlier in its sentence or that is a year's or half year's results.

#include "attribute/en_title.hpp"
#include "attribute/periods.hpp"

#include <cstddef>
#include <string_view>

namespace ect::attribute {

/// The company a Chinese head names, and its ticker; empty when none.
[[nodiscard]] company_match zh_company(std::string_view head);

/// Chinese periods the scan of word starts does not read: a quarter whose
/// year is written earlier in the sentence (2024年，公司第三季度…, 2024财年
/// 第二季度), and a year's or half year's results (2024年全年, 2024年度,
/// 2024年上半年, 2024年中期). `through` is the last month the period covers,
/// which tells the year of a date written without one (a year's results are
/// discussed the next spring).
struct zh_period {
    period_match match;
    std::size_t pos = std::string_view::npos;
    int through = 0;
};

/// The Chinese period of `head`; a zero length when there is none.
[[nodiscard]] zh_period zh_period_in(std::string_view head);

} // namespace ect::attribute
