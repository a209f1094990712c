// Where `ect dump --jobs N` starts its worker threads. Catch2 asserts on the
// test's own thread only: the threads here record what they see.
#include "cli/placement.hpp"

#include <catch2/catch.hpp>

#if defined(__linux__)
#include <pthread.h>
#include <sched.h>

#include <algorithm>
#include <atomic>
#include <thread>
#include <vector>

namespace {

std::vector<int> allowed_cpus() {
    cpu_set_t set;
    CPU_ZERO(&set);
    std::vector<int> cpus;
    if (sched_getaffinity(0, sizeof set, &set) != 0) return cpus;
    for (int cpu = 0; cpu < CPU_SETSIZE; ++cpu)
        if (CPU_ISSET(cpu, &set)) cpus.push_back(cpu);
    return cpus;
}

/// What a worker saw of itself: its processors before and after release().
struct seen {
    std::vector<int> before;
    std::vector<int> after;
};

/// Starts a thread, places it as the batch does, and lets it look.
seen place_one(const ect::cli::thread_placement& placement, std::size_t index) {
    std::atomic<bool> placed = false;
    seen s;
    std::thread worker([&] {
        placed.wait(false);
        s.before = allowed_cpus();
        placement.release();
        s.after = allowed_cpus();
    });
    placement.place(worker.native_handle(), index);
    placed = true;
    placed.notify_all();
    worker.join();
    return s;
}

/// What a creator limited to `cpus` (as a process started that way) saw:
/// the processor it ran on when it made the placement, and its workers.
struct creator_view {
    bool limited = false;
    int cpu = -1;
    std::vector<seen> workers;
};

creator_view create_on(const std::vector<int>& cpus, std::size_t workers) {
    creator_view v;
    std::thread creator([&] {
        cpu_set_t set;
        CPU_ZERO(&set);
        for (const int cpu : cpus) CPU_SET(cpu, &set);
        v.limited = pthread_setaffinity_np(pthread_self(), sizeof set, &set) == 0;
        v.cpu = sched_getcpu();
        const ect::cli::thread_placement placement;
        for (std::size_t index = 0; index < workers; ++index) v.workers.push_back(place_one(placement, index));
    });
    creator.join();
    return v;
}

} // namespace

TEST_CASE("a worker starts on another processor than its creator's, then may run anywhere", "[cli]") {
    const std::vector<int> all = allowed_cpus();
    REQUIRE(!all.empty());
    if (all.size() < 2) {
        SUCCEED("one processor: nothing to place");
        return;
    }
    const creator_view v = create_on(all, 2 * all.size());
    REQUIRE(v.limited);
    for (const seen& s : v.workers) {
        REQUIRE(s.before.size() == 1);
        CHECK(s.before.front() != v.cpu);
        CHECK(std::find(all.begin(), all.end(), s.before.front()) != all.end());
        CHECK(s.after == all);
    }
    // Round robin: the first workers, one per other processor, each get a
    // processor of their own.
    std::vector<int> firsts;
    for (std::size_t index = 0; index + 1 < all.size(); ++index) firsts.push_back(v.workers[index].before.front());
    std::sort(firsts.begin(), firsts.end());
    CHECK(std::adjacent_find(firsts.begin(), firsts.end()) == firsts.end());
}

TEST_CASE("with one processor allowed, placing leaves the worker as it was", "[cli]") {
    const std::vector<int> all = allowed_cpus();
    REQUIRE(!all.empty());
    const std::vector<int> one = {all.back()};
    const creator_view v = create_on(one, 2);
    REQUIRE(v.limited);
    for (const seen& s : v.workers) {
        CHECK(s.before == one);
        CHECK(s.after == one);
    }
}

#endif
