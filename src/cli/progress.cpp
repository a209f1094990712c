// The progress line: throttled, one line, erased at the end.
#include "progress.hpp"

#include <cstdio>

#include <unistd.h>

namespace ect::cli {

namespace {

// Long enough to recognise the file, short enough not to wrap an 80-column
// terminal (a wrapped line cannot be erased with "\r").
constexpr std::size_t max_path_bytes = 56;

/// The end of a long path, cut on a UTF-8 code point boundary.
std::string_view tail(std::string_view path) noexcept {
    if (path.size() <= max_path_bytes) return path;
    std::size_t from = path.size() - max_path_bytes;
    while (from < path.size() && (static_cast<unsigned char>(path[from]) & 0xC0u) == 0x80u) ++from;
    return path.substr(from);
}

} // namespace

progress::progress(std::size_t total) noexcept
    : enabled_(::isatty(2) == 1 && ::isatty(1) == 0), total_(total) {}

void progress::update(std::size_t done, std::string_view path) noexcept {
    if (!enabled_) return;
    // Ten updates a second are plenty to watch and keep thousands of small
    // files from spending their time on the terminal.
    const auto now = std::chrono::steady_clock::now();
    if (shown_ && done != total_ && now - last_ < std::chrono::milliseconds(100)) return;
    last_ = now;
    const std::string_view p = tail(path);
    std::fprintf(stderr, "\r\033[K[%zu/%zu] %s%.*s", done, total_, p.size() < path.size() ? "…" : "",
                 static_cast<int>(p.size()), p.data());
    std::fflush(stderr);
    shown_ = true;
}

void progress::clear() noexcept {
    if (!shown_) return;
    std::fputs("\r\033[K", stderr);
    std::fflush(stderr);
    shown_ = false;
}

} // namespace ect::cli
