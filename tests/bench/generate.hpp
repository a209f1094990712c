#pragma once
// Synthetic transcripts of a given size from our own templates.

#include <cstddef>
#include <string>
#include <string_view>

namespace ect::bench {

/// An English ("en") or Chinese write-up ("zh") transcript of about `bytes`.
[[nodiscard]] std::string generate_transcript(std::string_view language, std::size_t bytes);

} // namespace ect::bench
