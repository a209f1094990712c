#pragma once
// Turn the PATH arguments into the list of inputs to parse.

#include <cstddef>
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

/// Workers worth starting for `paths` when the user did not say: one per
/// started megabyte of input (standard input and unreadable paths count a
/// megabyte each), at least one, at most one per hardware thread. Below a
/// megabyte or so a second worker costs more than it saves: its share of
/// the tables and its thread take longer than the parses it takes over.
[[nodiscard]] unsigned workers_for(const std::vector<std::string>& paths);

/// Whether the first `head_bytes` of one of the first `files` inputs hold a
/// Han character, UTF-8 encoded (standard input and unreadable paths are
/// not read): a batch that will need the Chinese tables early. Documents in
/// other encodings are not seen here; they build those tables when they come.
[[nodiscard]] bool han_in_heads(const std::vector<std::string>& paths, std::size_t files,
                                std::size_t head_bytes = 4096);

} // namespace ect::cli
