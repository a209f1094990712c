#pragma once
// How the ect tool's own process manages its heap.

namespace ect::cli {

/// Keeps memory that a parse frees in the process for the next one, rather
/// than handing it back to the system after every document and faulting it
/// in again (glibc only; elsewhere nothing changes). Called once, first
/// thing: it is a choice for the whole process, so the tool makes it and
/// the library does not.
void keep_freed_memory() noexcept;

} // namespace ect::cli
