#pragma once
// Parse many inputs on a pool of parsers and hand the results back in input
// order.

#include <ect/parser.hpp>

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace ect::cli {

/// Hands the text of one rendered document to the batch, in one or more pieces.
using piece_fn = std::function<void(std::string_view piece)>;

/// Turns one parsed document into the text to print, passed to `write` in
/// pieces. With several workers it runs on the worker threads (so formatting
/// is parallel too; the ect writers are safe to call concurrently on
/// different transcripts) and the pieces are gathered; with one, the pieces go
/// straight to `emit`, so a large document's output is never held whole.
using render_fn = std::function<void(const ect::transcript&, const piece_fn& write)>;

/// Receives the rendered documents on the calling thread, strictly in input
/// order, piece by piece (`index` tells where a new document starts);
/// returning false stops the batch (the reader went away).
using emit_fn = std::function<bool(std::size_t index, std::string_view piece)>;

struct batch_outcome {
    bool any_failed = false; ///< an input could not be read (reported on stderr)
    bool stopped = false;    ///< emit asked to stop
};

/// Parse `paths` ("-" is stdin) with `jobs` workers (the calling thread and
/// jobs - 1 more), each with its own ect::parser, `base` giving the options
/// (source_name is set to each path).
/// At most 8 × jobs documents are in flight, so memory stays bounded however
/// many files there are. Inputs that cannot be read are reported as
/// `ect: PATH: reason` and skipped; the output is the same for any `jobs`.
[[nodiscard]] batch_outcome run_batch(const std::vector<std::string>& paths, const ect::options& base,
                                      unsigned jobs, const render_fn& render, const emit_fn& emit);

} // namespace ect::cli
