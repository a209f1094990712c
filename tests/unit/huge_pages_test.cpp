#include "text/huge_pages.hpp"
#include "vm_flags.hpp"

#include <catch2/catch.hpp>

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

TEST_CASE("reserve_huge reserves as reserve does, and asks for huge pages only for large buffers", "[text]") {
    std::vector<std::uint32_t> small;
    ect::text::reserve_huge(small, 100);
    CHECK(small.capacity() >= 100);
    CHECK(small.empty());

    std::string large;
    const std::size_t n = std::size_t{16} << 20;
    ect::text::reserve_huge(large, n);
    REQUIRE(large.capacity() >= n);
    large.assign(n, 'x');
    CHECK(large.size() == n);
    CHECK(large[n / 2] == 'x');

#if defined(__linux__)
    // Where the kernel has transparent huge pages, the advice marks the
    // mapping ("hg" among its flags) whatever the system-wide setting.
    if (!std::filesystem::exists("/sys/kernel/mm/transparent_hugepage/enabled")) return;
    const std::string flags = ect::test::vm_flags_of(large.data() + n / 2);
    if (flags.empty()) return; // no /proc to read
    CHECK(flags.find(" hg") != std::string::npos);
    const std::string small_flags = ect::test::vm_flags_of(small.data());
    CHECK(small_flags.find(" hg") == std::string::npos);
#endif
}

TEST_CASE("make_room_huge leaves room for one more, doubling as push_back does", "[text]") {
    std::vector<std::uint64_t> v;
    ect::text::make_room_huge(v);
    CHECK(v.capacity() >= 8);
    // Room already there is left alone: no reallocation, no moved elements.
    v.push_back(1);
    const std::uint64_t* const before = v.data();
    ect::text::make_room_huge(v);
    CHECK(v.data() == before);
    // Full, it doubles; the elements stay as they were.
    while (v.size() < v.capacity()) v.push_back(v.size() + 1);
    const std::size_t full = v.capacity();
    ect::text::make_room_huge(v);
    CHECK(v.capacity() == 2 * full);
    REQUIRE(v.size() == full);
    for (std::size_t k = 0; k < v.size(); ++k) CHECK(v[k] == k + 1);

#if defined(__linux__)
    // Grown past a few megabytes one element at a time, the list lies in
    // huge pages, as one reserved at once would.
    if (!std::filesystem::exists("/sys/kernel/mm/transparent_hugepage/enabled")) return;
    std::vector<std::uint64_t> grown;
    for (std::size_t k = 0; k < (std::size_t{16} << 20) / sizeof(std::uint64_t); ++k) {
        ect::text::make_room_huge(grown);
        grown.push_back(k);
    }
    const std::string flags = ect::test::vm_flags_of(grown.data() + grown.size() / 2);
    if (flags.empty()) return;
    CHECK(flags.find(" hg") != std::string::npos);
#endif
}
