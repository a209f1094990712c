#include "placement.hpp"

#if defined(__linux__)
#include <pthread.h>
#include <sched.h>
#endif

namespace ect::cli {

#if defined(__linux__)

namespace {

cpu_set_t set_of(const std::vector<int>& cpus) noexcept {
    cpu_set_t set;
    CPU_ZERO(&set);
    for (const int cpu : cpus) CPU_SET(cpu, &set);
    return set;
}

} // namespace

thread_placement::thread_placement() noexcept {
    cpu_set_t set;
    CPU_ZERO(&set);
    // Past CPU_SETSIZE processors the fixed set cannot hold the mask; the
    // threads are then left where the system puts them.
    if (sched_getaffinity(0, sizeof set, &set) != 0) return;
    const int here = sched_getcpu();
    try {
        for (int cpu = 0; cpu < CPU_SETSIZE; ++cpu) {
            if (!CPU_ISSET(cpu, &set)) continue;
            allowed_.push_back(cpu);
            if (cpu != here) others_.push_back(cpu);
        }
    } catch (...) { // out of memory: place nothing
        others_.clear();
    }
    if (allowed_.size() < 2) others_.clear();
}

void thread_placement::place(std::thread::native_handle_type worker, std::size_t index) const noexcept {
    if (others_.empty()) return;
    cpu_set_t one;
    CPU_ZERO(&one);
    CPU_SET(others_[index % others_.size()], &one);
    // A failure (the processor went offline) leaves the thread where it was.
    (void)pthread_setaffinity_np(worker, sizeof one, &one);
}

void thread_placement::release() const noexcept {
    if (others_.empty()) return;
    const cpu_set_t all = set_of(allowed_);
    (void)pthread_setaffinity_np(pthread_self(), sizeof all, &all);
}

#else

thread_placement::thread_placement() noexcept = default;
void thread_placement::place(std::thread::native_handle_type, std::size_t) const noexcept {}
void thread_placement::release() const noexcept {}

#endif

} // namespace ect::cli
