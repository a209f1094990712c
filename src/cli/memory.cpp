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

#include "text/huge_pages.hpp"

#include <cstdint>
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

namespace {
// The block a thread sets aside below its first whole 2 MB page. Never read:
// written only so that the compiler keeps the allocation, which it may drop
// as unused otherwise.
thread_local void* volatile set_aside = nullptr;
} // namespace

void heap_in_huge_pages() noexcept {
#if defined(__GLIBC__) && defined(__linux__) && !defined(__SANITIZE_ADDRESS__)
    // A block larger than the heap's free top grows the heap by that much;
    // freed, it becomes the free top (kept: see keep_freed_memory), from
    // which the next blocks are cut, lowest address first. The 2 MB page
    // holding the top's start is already in use by the heap's first blocks
    // and stays in 4 KB pages, so the part of the top below the next whole
    // 2 MB page is set aside, never written, and the advice starts there.
    constexpr std::size_t grown = std::size_t{8} << 20;
    constexpr std::uintptr_t huge = std::uintptr_t{2} << 20;
    void* block = std::malloc(grown);
    if (block == nullptr) return;
    const auto at = reinterpret_cast<std::uintptr_t>(block);
    const std::uintptr_t first_whole = (at + 4096 + huge - 1) & ~(huge - 1);
    std::free(block);
    // Room for the set-aside block's header below first_whole.
    constexpr std::size_t header = 64;
    set_aside = std::malloc(first_whole - at - header); // never freed
    text::advise_huge_pages(reinterpret_cast<void*>(first_whole), at + grown - first_whole);
#endif
}

} // namespace ect::cli
