#include "text/huge_pages.hpp"

#include <cstdint>

#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace ect::text {

void advise_huge_pages([[maybe_unused]] const void* p, [[maybe_unused]] std::size_t n) noexcept {
#if defined(__linux__) && defined(MADV_HUGEPAGE)
    constexpr std::uintptr_t huge = std::uintptr_t{2} << 20;
    if (n < 2 * huge) return; // a buffer of a few huge pages at least
    const auto at = reinterpret_cast<std::uintptr_t>(p);
    const std::uintptr_t begin = (at + huge - 1) & ~(huge - 1);
    const std::uintptr_t end = (at + n) & ~(huge - 1);
    // Advice only: where it is refused the pages stay small.
    if (end > begin) (void)madvise(reinterpret_cast<void*>(begin), end - begin, MADV_HUGEPAGE);
#endif
}

} // namespace ect::text
