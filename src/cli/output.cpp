// stdout_sink: fwrite with errno kept.
#include "output.hpp"

#include <cerrno>
#include <csignal>
#include <cstdio>

namespace ect::cli {

bool stdout_sink::write(std::string_view s) noexcept {
    if (errno_ != 0) return false;
    if (s.empty()) return true;
    errno = 0;
    if (std::fwrite(s.data(), 1, s.size(), stdout) != s.size()) {
        // stdio sets errno from the failing write(2); keep something nonzero
        // should a libc not.
        errno_ = errno != 0 ? errno : EIO;
        return false;
    }
    return true;
}

bool stdout_sink::flush() noexcept {
    if (errno_ != 0) return false;
    errno = 0;
    if (std::fflush(stdout) != 0) {
        errno_ = errno != 0 ? errno : EIO;
        return false;
    }
    return true;
}

bool stdout_sink::broken_pipe() const noexcept { return errno_ == EPIPE; }

void ignore_sigpipe() noexcept { std::signal(SIGPIPE, SIG_IGN); }

} // namespace ect::cli
