#pragma once
// How the ect tool's own process manages its heap.

namespace ect::cli {

/// Keeps memory that a parse frees in the process for the next one, rather
/// than handing it back to the system after every document and faulting it
/// in again (glibc only; elsewhere nothing changes). Called once, first
/// thing: it is a choice for the whole process, so the tool makes it and
/// the library does not.
void keep_freed_memory() noexcept;

/// Serves the calling thread's heap from 2 MB pages from here on. A run
/// allocates its tables, models and output as thousands of small blocks
/// over a few megabytes, and each 4 KB page of those is faulted in alone
/// on first write: on some virtual machines at 10 microseconds a page,
/// a quarter of a short run. Called first thing by every thread that
/// parses, as each thread has a heap of its own (glibc on Linux, without
/// sanitizers; elsewhere nothing changes).
void heap_in_huge_pages() noexcept;

} // namespace ect::cli
