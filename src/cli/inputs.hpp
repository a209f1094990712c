#pragma once
// Turn the PATH arguments into the list of inputs to parse.

#include <string>
#include <vector>

namespace ect::cli {

struct input_list {
    std::vector<std::string> paths; ///< files as given or found, and "-" for stdin
    bool any_failed = false;        ///< a directory could not be read (reported on stderr)
};

/// Files and "-" are kept as given (a missing file is reported when it is
/// parsed, in order with the others); a directory is replaced by the regular
/// files under it, recursively, sorted by path, hidden files and directories
/// skipped. Directory errors are printed as `ect: PATH: reason`.
[[nodiscard]] input_list expand_inputs(const std::vector<std::string>& args);

} // namespace ect::cli
