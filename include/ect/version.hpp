#pragma once
/// \file
/// Library version.

#include <string_view>

namespace ect {
/// The library version, "MAJOR.MINOR.PATCH".
inline constexpr std::string_view version = "0.1.0";
} // namespace ect
