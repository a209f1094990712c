// The tool's heap policy: memory a document frees stays in the process for
// the next one, and the heap is served from huge pages.
#include "cli/memory.hpp"
#include "vm_flags.hpp"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <string>
#include <thread>
#include <vector>

#if defined(__GLIBC__) && !defined(__SANITIZE_ADDRESS__)
#include <malloc.h>

TEST_CASE("after keep_freed_memory, a block of megabytes comes from the heap and stays there when freed", "[cli]") {
    ect::cli::keep_freed_memory();
    constexpr std::size_t size = std::size_t{16} << 20;
    const std::size_t mapped_before = mallinfo2().hblkhd;
    void* block = std::malloc(size);
    REQUIRE(block != nullptr);
    std::memset(block, 1, size); // touched, as a document's text is
    // Not a mapping of its own (by default anything past 128 KB is one,
    // unmapped again when freed)...
    CHECK(mallinfo2().hblkhd == mapped_before);
    std::free(block);
    // ...and, freed, it is kept as the heap's free top rather than given
    // back to the system (by default the top is trimmed past 128 KB).
    CHECK(mallinfo2().keepcost >= size);
}
#endif

#if defined(__GLIBC__) && defined(__linux__) && !defined(__SANITIZE_ADDRESS__)
TEST_CASE("after heap_in_huge_pages, a thread's new blocks lie in memory advised as huge pages", "[cli]") {
    if (!std::filesystem::exists("/sys/kernel/mm/transparent_hugepage/enabled")) return;
    ect::cli::keep_freed_memory(); // as the tool does first
    // A new thread: a heap of its own, made here (each test runs in a
    // process of its own), so that earlier advice cannot show through.
    std::string before;
    std::string after;
    std::thread([&] {
        // Each block larger than any freed before it, so that it is cut
        // from the heap's free top; read where its middle lies, as its
        // first bytes may share a 4 KB page with the heap's bookkeeping.
        constexpr std::size_t size = 100 << 10;
        before = ect::test::vm_flags_of(std::vector<char>(size, 1).data() + size / 2);
        ect::cli::heap_in_huge_pages();
        after = ect::test::vm_flags_of(std::vector<char>(2 * size, 1).data() + size);
    }).join();
    if (after.empty()) return; // no /proc to read
    CHECK(before.find(" hg") == std::string::npos);
    CHECK(after.find(" hg") != std::string::npos);
}
#endif
