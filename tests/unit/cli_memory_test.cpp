// The tool's heap policy: memory a document frees stays in the process for
// the next one.
#include "cli/memory.hpp"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <cstring>

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
