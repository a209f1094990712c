#include "data/title_table.hpp"

#include <catch2/catch.hpp>

#include <map>
#include <string>
#include <string_view>

using ect::data::title_table;

namespace {

std::string canonical_of(std::string_view mention) {
    const auto* e = title_table::builtin().find(mention);
    return e == nullptr ? std::string("<none>") : std::string(e->canonical);
}

} // namespace

TEST_CASE("the built-in title table lists at least 50 titles", "[title_table]") {
    CHECK(title_table::builtin().size() >= 50);
}

TEST_CASE("every title alias resolves to its own title", "[title_table]") {
    std::string failures;
    for (const auto& [alias, canonical] : title_table::builtin().aliases()) {
        const std::string got = canonical_of(alias);
        if (got != canonical) failures += std::string(alias) + " -> " + got + " (want " + std::string(canonical) + ")\n";
    }
    INFO(failures);
    CHECK(failures.empty());
}

TEST_CASE("no title alias key names two titles", "[title_table]") {
    std::map<std::string, std::pair<std::string_view, std::string_view>> seen;
    std::string conflicts;
    for (const auto& [alias, canonical] : title_table::builtin().aliases()) {
        const auto [it, fresh] = seen.try_emplace(ect::data::lookup_key(alias), alias, canonical);
        if (!fresh && it->second.second != canonical)
            conflicts += std::string(alias) + " (" + std::string(canonical) + ") clashes with " +
                         std::string(it->second.first) + " (" + std::string(it->second.second) + ")\n";
    }
    INFO(conflicts);
    CHECK(conflicts.empty());
}

TEST_CASE("CEO titles in English, Simplified and Traditional Chinese", "[title_table]") {
    for (const std::string_view s : {"CEO", "Chief Executive Officer", "Group Chief Executive", "首席执行官", "首席執行官",
                                     "行政总裁", "行政總裁", "執行長"}) {
        INFO(s);
        CHECK(canonical_of(s) == "CEO");
    }
}

TEST_CASE("CFO titles in English, Simplified and Traditional Chinese", "[title_table]") {
    for (const std::string_view s : {"CFO", "Chief Financial Officer", "Group Finance Director", "Group FD",
                                     "首席财务官", "首席財務官", "财务总监", "財務總監", "財務長"}) {
        INFO(s);
        CHECK(canonical_of(s) == "CFO");
    }
}

TEST_CASE("chairman and board secretary titles in all scripts", "[title_table]") {
    for (const std::string_view s : {"Chairman", "Chair", "Chairwoman", "董事长", "董事長", "主席", "董事會主席"}) {
        INFO(s);
        CHECK(canonical_of(s) == "chairman");
    }
    for (const std::string_view s : {"Board Secretary", "董秘", "董事会秘书", "董事會秘書"}) {
        INFO(s);
        CHECK(canonical_of(s) == "board secretary");
    }
    CHECK(canonical_of("副董事長") == "vice chairman");
    CHECK(canonical_of("Company Secretary") == "corporate secretary");
}

TEST_CASE("title lookup ignores case, full-width forms and surrounding punctuation", "[title_table]") {
    CHECK(canonical_of("chief executive officer") == "CEO");
    CHECK(canonical_of("CHIEF FINANCIAL OFFICER") == "CFO");
    CHECK(canonical_of("ｃｆｏ") == "CFO");
    CHECK(canonical_of(" (CEO), ") == "CEO");
    CHECK(canonical_of("「董事长」") == "chairman");
    CHECK(canonical_of("Head - Investor Relations") == "head of investor relations");
    CHECK(canonical_of("Head, Investor Relations") == "head of investor relations");
    CHECK(canonical_of("Co-Founder") == "co-founder");
    CHECK(canonical_of("cofounder") == "co-founder");
    CHECK(canonical_of("Non Executive Director") == "non-executive director");
    CHECK(canonical_of("负责人") == "head");
    CHECK(canonical_of("投資關係經理") == "investor relations manager");
}

TEST_CASE("unknown titles are not found", "[title_table]") {
    for (const std::string_view s : {"Acme Widgets", "the line of", "", "  ", "Ed", "Chief", "Officer", "Chairman and CEO"}) {
        INFO(s);
        CHECK(canonical_of(s) == "<none>");
    }
}

TEST_CASE("find_prefix finds the title before a name", "[title_table]") {
    const auto& t = title_table::builtin();
    {
        const auto [e, n] = t.find_prefix("首席执行官程一笑");
        REQUIRE(e != nullptr);
        CHECK(e->canonical == "CEO");
        CHECK(n == std::string_view("首席执行官").size());
    }
    {
        const auto [e, n] = t.find_prefix("董事长兼CEO马化腾");
        REQUIRE(e != nullptr);
        CHECK(e->canonical == "chairman");
        CHECK(n == std::string_view("董事长").size());
    }
    {
        const auto [e, n] = t.find_prefix("CEO 吴泳铭");
        REQUIRE(e != nullptr);
        CHECK(e->canonical == "CEO");
        CHECK(n == 3);
    }
    CHECK(t.find_prefix("CEOs are").first == nullptr);
    CHECK(t.find_prefix("MD&A").first == nullptr);
    CHECK(t.find_prefix("MD & CEO").first != nullptr);
    CHECK(t.find_prefix("Edward Jones").first == nullptr);
}

TEST_CASE("a malformed title row throws and names its line", "[title_table]") {
    CHECK_THROWS_WITH(title_table::parse("# c\nCEO\tA\tB\n"), Catch::Contains("titles.tsv:2"));
    CHECK_THROWS_WITH(title_table::parse("CEO\tA|\n"), Catch::Contains("titles.tsv:1"));
    const auto t = title_table::parse("CEO\tChief Executive\nchairman\n");
    CHECK(t.size() == 2);
    CHECK(t.find("chief executive")->canonical == "CEO");
}
