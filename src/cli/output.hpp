#pragma once
// Standard output written with fwrite, in documents or pieces, with the failure
// kept: a closed pipe (`ect dump ... | head`) is an ordinary way for a reader
// to stop, any other failure is an error.

#include <string_view>

namespace ect::cli {

class stdout_sink {
public:
    /// Write all of `s`; false once any write has failed.
    bool write(std::string_view s) noexcept;
    /// Flush; false when the flush (or an earlier write) failed.
    bool flush() noexcept;

    [[nodiscard]] bool failed() const noexcept { return errno_ != 0; }
    /// The reader went away (EPIPE): stop quietly.
    [[nodiscard]] bool broken_pipe() const noexcept;
    /// errno of the first failure, 0 when none.
    [[nodiscard]] int error() const noexcept { return errno_; }

private:
    int errno_ = 0;
};

/// Ignore SIGPIPE so a closed pipe shows up as EPIPE from write instead of
/// killing the process mid-document.
void ignore_sigpipe() noexcept;

} // namespace ect::cli
