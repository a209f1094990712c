#pragma once
// The command line of `ect`, parsed into plain values. CLI11 stays inside
// options.cpp so the rest of the tool does not compile its headers.

#include <cstddef>
#include <string>
#include <variant>
#include <vector>

namespace ect::cli {

enum class command { dump, stats };

enum class output_format { text, json, jsonl, csv, markdown };

struct cli_options {
    ect::cli::command command = command::dump;
    output_format format = output_format::json;
    unsigned jobs = 0;                         ///< worker threads; 0: workers_for the inputs
    std::size_t max_bytes = std::size_t{256} << 20; ///< ect::options::max_input_bytes
    bool questions = true;                     ///< split analyst turns into questions
    std::vector<std::string> paths;            ///< as given: files, directories, "-"
};

/// Exit codes of the tool.
inline constexpr int exit_ok = 0;
inline constexpr int exit_input_error = 1; ///< an input could not be read
inline constexpr int exit_usage = 2;       ///< the command line was wrong

/// The options, or the exit code when the command line was fully handled
/// here: help or version printed (0), or a usage error reported (2).
[[nodiscard]] std::variant<cli_options, int> parse_command_line(int argc, char** argv);

} // namespace ect::cli
