#pragma once
// The subcommands of `ect`, run over parsed command-line options.

#include "options.hpp"

namespace ect::cli {

/// Run `dump` or `stats`; returns the exit code (0 ok, 1 when an input could
/// not be read or the output could not be written).
[[nodiscard]] int run(const cli_options& o);

} // namespace ect::cli
