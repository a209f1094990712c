#pragma once
// Facts about the call from the head of the text: the company, the fiscal
// period ("Q1 2018", "First Quarter 2024", "Q2 FY22", "2025年第二季度") and
// the date ("February 1, 2018", "2025-08-21", "8月20日").

#include "attribute/periods.hpp"
#include "core/transcript_data.hpp"
#include "layout/document.hpp"

namespace ect::attribute {

void find_metadata(const layout::document& doc, detail::transcript_data& out);

} // namespace ect::attribute
