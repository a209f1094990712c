#pragma once
// Starts each worker thread of a batch on a processor of its own.
//
// Linux places a new thread on the processor of the thread that made it
// and moves it only when the load balancer next looks, which on a busy
// creator can be a whole time slice away. For a batch of a few tens of
// milliseconds that is the batch: on a two-processor machine two threads
// with 9 ms of work each took 18 ms, one waiting 3 ms to start and then
// sharing the creator's processor, while the other processor idled. Moved
// at once to another processor, the same two finished in 9.5 ms. A placed
// worker is then let go (it may run anywhere it is allowed again), so a
// machine busy with other work can still move it.

#include <cstddef>
#include <thread>
#include <vector>

namespace ect::cli {

class thread_placement {
public:
    /// Reads the processors this process may run on and the one the calling
    /// thread runs on now. Where they cannot be read, or there is only one,
    /// placing does nothing.
    thread_placement() noexcept;

    /// Moves `worker`, just started, onto the `index`-th processor other than
    /// the calling thread's (round robin over those allowed).
    void place(std::thread::native_handle_type worker, std::size_t index) const noexcept;

    /// Called by a placed worker: lets the system move it among all the
    /// processors allowed again.
    void release() const noexcept;

private:
    std::vector<int> others_; ///< allowed processors other than the creator's
    std::vector<int> allowed_;
};

} // namespace ect::cli
