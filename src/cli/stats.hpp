#pragma once
// `ect stats`: one tab-separated line of counts per document, for a quick
// look over a corpus (sort, awk, a spreadsheet).

#include <ect/transcript.hpp>

#include <string>

namespace ect::cli {

/// The header line: path, dialect, kind, turns, exchanges, questions,
/// participants, diagnostics.
[[nodiscard]] std::string stats_header();

/// The counts of one document, its path first (as given on the command line).
[[nodiscard]] std::string stats_line(const ect::transcript& t);

} // namespace ect::cli
