#pragma once
// "\r[k/n] path" on stderr while a batch runs, for people watching a
// terminal; silent in pipes, logs and CI.

#include <chrono>
#include <cstddef>
#include <string_view>

namespace ect::cli {

class progress {
public:
    /// Shown only when stderr is a terminal and stdout is not: with both on
    /// one terminal the documents themselves show progress and a status line
    /// would be torn up by them.
    explicit progress(std::size_t total) noexcept;
    ~progress() { clear(); }
    progress(const progress&) = delete;
    progress& operator=(const progress&) = delete;

    /// `done` of the total are finished, the last being `path`.
    void update(std::size_t done, std::string_view path) noexcept;
    /// Erase the line (before an error message, and at the end).
    void clear() noexcept;

private:
    bool enabled_ = false;
    bool shown_ = false;
    std::size_t total_ = 0;
    std::chrono::steady_clock::time_point last_{};
};

} // namespace ect::cli
