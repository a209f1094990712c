// glibc returns the free top of a heap to the system once it passes a
// threshold, and serves large requests with fresh mappings; by default both
// thresholds follow the sizes freed. In a batch, every document frees
// megabytes (its text, its model, its rendered output, the last freed by
// the thread that writes in order, not the worker that made it), so a
// worker's heap was trimmed and grown again file after file, each time
// faulting in its pages anew: with two workers, page faults and the
// kernel's page zeroing took more than the second worker gave (the English
// corpus twenty times over: 95 ms with one worker, 95 ms with two; with
// the thresholds fixed, 49 ms with two). Fixed thresholds keep that memory
// in the process; the batch window still bounds how much there is.
#include "memory.hpp"

#include <cstdlib> // defines __GLIBC__ where the C library is glibc

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace ect::cli {

void keep_freed_memory() noexcept {
#if defined(__GLIBC__)
    // Either one alone also turns off the other's adjustment to the sizes
    // freed, which is worse than neither: both are set.
    constexpr int keep_free_top = 256 << 20; // bytes of free heap top kept, not trimmed
    constexpr int map_from = 32 << 20;       // requests this large get mappings of their own
    mallopt(M_TRIM_THRESHOLD, keep_free_top);
    mallopt(M_MMAP_THRESHOLD, map_from);
#endif
}

} // namespace ect::cli
