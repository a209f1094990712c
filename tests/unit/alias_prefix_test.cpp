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

TEST_CASE("an alias index grows without losing keys, and the first row keeps a key", "[data]") {
    ect::data::detail::alias_index index; // no reserve: every key arrives by growing
    for (std::uint32_t k = 0; k < 3000; ++k) index.add("firm " + std::to_string(k), k, k + 1, "test");
    index.add("Firm 7", 9999, 3001, "test"); // the same key as "firm 7": row 7 keeps it
    for (std::uint32_t k = 0; k < 3000; ++k) {
        const std::uint32_t* row = index.find("firm" + std::to_string(k));
        REQUIRE(row != nullptr);
        CHECK(*row == k);
    }
    // Keys that share a prefix, a suffix or a length with stored ones.
    for (std::string_view key : {"firm", "firm3000", "firm00", "irm7", "firm7x", "", "x"}) CHECK(index.find(key) == nullptr);
    CHECK(index.longest_key() == std::string("firm2999").size());
}

TEST_CASE("an empty alias index finds nothing", "[data]") {
    const ect::data::detail::alias_index index;
    CHECK(index.find("ubs") == nullptr);
    CHECK(index.find("") == nullptr);
}

TEST_CASE("an alias index takes keys already folded as they are, and refuses empty or overlong ones", "[data]") {
    ect::data::detail::alias_index index;
    // add_key stores the bytes given: no folding of case or spaces.
    CHECK(index.add_key("首席", 1));
    CHECK(index.add_key("首席执行官", 2));
    CHECK(index.add_key("Chief Officer", 3));
    CHECK(index.add_key("首席", 4)); // taken already: the first row keeps it
    REQUIRE(index.find("首席") != nullptr);
    CHECK(*index.find("首席") == 1);
    REQUIRE(index.find("首席执行官") != nullptr);
    CHECK(*index.find("首席执行官") == 2);
    CHECK(index.find("Chief Officer") != nullptr);
    CHECK(index.find("chiefofficer") == nullptr);
    CHECK(index.find("首席执行") == nullptr);
    CHECK_FALSE(index.add_key("", 5));
    CHECK_FALSE(index.add_key(std::string(ect::data::detail::max_key_bytes + 1, 'a'), 6));
    CHECK(index.add_key(std::string(ect::data::detail::max_key_bytes, 'a'), 7));
    CHECK(index.find(std::string(ect::data::detail::max_key_bytes + 1, 'a')) == nullptr);
    CHECK(index.longest_key() == ect::data::detail::max_key_bytes);
}
