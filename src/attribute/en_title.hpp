#pragma once
// The company an English transcript's title names, and its ticker:
//   "Bluefin Foods, Inc. (NASDAQ:BLFN) Q1 2018 Earnings Call Transcript"
//   "HLXM.N - Q3 2019 Halvorsen Maritime Corp Earnings Call" (StreetEvents)
//   "Tessaline Therapeutics, Inc. NasdaqGS:TSLN" above "FQ2 2023 …" (Capital IQ)
//   "Welcome to the Lumen Orchard Fiscal Year 2025 Fourth Quarter Earnings …"

#include <cstddef>
#include <string_view>

namespace ect::attribute {

struct company_match {
    std::string_view name, ticker; ///< empty when not named
};

/// The company named around the period at `period_pos` (`period_length`
/// bytes) of `head`, the top of the text; nothing when npos.
[[nodiscard]] company_match en_company(std::string_view head, std::size_t period_pos, std::size_t period_length);

} // namespace ect::attribute
