// The firm and title tables reject a key by its first two bytes before any
// hash: the test must never reject a key of the table, a key with more
// after it, or a mention the table resolves.
#include "data/firm_table.hpp"
#include "data/title_table.hpp"
#include "fast_paths_support.hpp"

#include <catch2/catch.hpp>

#include <string>

TEST_CASE("an alias index keeps every key and every longer text that starts with one", "[data]") {
    ect::data::detail::alias_index index;
    index.add("UBS", 0, 1, "test");
    index.add("x", 1, 2, "test");
    index.add("Goldman Sachs", 2, 3, "test");
    for (std::string_view key : {"ubs", "ubssecurities", "x", "xyz", "goldmansachs", "go"}) CHECK(index.may_hold_prefix_of(key));
    for (std::string_view key : {"", "u", "uk", "bofa", "g", "gs", "yx"}) CHECK_FALSE(index.may_hold_prefix_of(key));
}

TEST_CASE("every alias of the built-in tables still resolves", "[data]") {
    const auto& firms = ect::data::firm_table::builtin();
    for (const auto& [alias, canonical] : firms.aliases()) {
        const auto* f = firms.find(alias);
        REQUIRE(f != nullptr);
        // With a generic suffix and a leading "The", as a transcript writes it.
        CHECK(firms.find("The " + std::string(alias) + " Securities LLC") != nullptr);
    }
    const auto& titles = ect::data::title_table::builtin();
    for (const auto& [alias, canonical] : titles.aliases()) {
        const auto* t = titles.find(alias);
        REQUIRE(t != nullptr);
        CHECK(t->canonical == canonical);
    }
}
