// text::short_hash keys the alias and furniture tables: equal keys hash
// equal, and keys that differ in one byte, in length or only past the first
// eight bytes spread over the low bits a table masks.
#include "text/short_hash.hpp"

#include <catch2/catch.hpp>

#include <set>
#include <string>

TEST_CASE("short_hash depends on every byte and on the length", "[text]") {
    CHECK(ect::text::short_hash("goldman sachs") == ect::text::short_hash(std::string("goldman") + " sachs"));
    CHECK(ect::text::short_hash("") != ect::text::short_hash(std::string(1, '\0')));
    CHECK(ect::text::short_hash("abcdefgh") != ect::text::short_hash("abcdefgh" + std::string(1, '\0')));
    const std::string base = "page 12 of 40 | annual report";
    for (std::size_t i = 0; i < base.size(); ++i) {
        std::string changed = base;
        changed[i] ^= 0x01;
        CHECK(ect::text::short_hash(changed) != ect::text::short_hash(base));
    }
}

TEST_CASE("short_hash spreads similar keys over the low bits", "[text]") {
    // 4096 keys that differ only in a counter: in 8192 slots (a table at most
    // half full) they take nearly as many distinct slots as there are keys.
    std::set<std::uint64_t> slots;
    for (int k = 0; k < 4096; ++k) slots.insert(ect::text::short_hash("analyst " + std::to_string(k)) & 8191);
    CHECK(slots.size() > 3000); // random placement would give about 3150
}
