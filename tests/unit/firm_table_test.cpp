#include "data/firm_table.hpp"
#include "data/title_table.hpp"

#include <catch2/catch.hpp>

#include <initializer_list>
#include <map>
#include <string>
#include <string_view>
#include <vector>

using ect::data::firm_table;

namespace {

std::string canonical_of(std::string_view mention) {
    const auto* e = firm_table::builtin().find(mention);
    return e == nullptr ? std::string("<none>") : std::string(e->canonical);
}

struct firm_case {
    std::string_view canonical;
    std::initializer_list<std::string_view> mentions;
};

} // namespace

TEST_CASE("the built-in firm table lists at least 200 firms", "[firm_table]") {
    CHECK(firm_table::builtin().size() >= 200);
}

TEST_CASE("every firm alias resolves to its own firm", "[firm_table]") {
    std::string failures;
    for (const auto& [alias, canonical] : firm_table::builtin().aliases()) {
        const std::string got = canonical_of(alias);
        if (got != canonical) failures += std::string(alias) + " -> " + got + " (want " + std::string(canonical) + ")\n";
    }
    INFO(failures);
    CHECK(failures.empty());
}

TEST_CASE("no firm alias key names two firms", "[firm_table]") {
    std::map<std::string, std::pair<std::string_view, std::string_view>> seen;  // key -> (alias, canonical)
    std::string conflicts;
    for (const auto& [alias, canonical] : firm_table::builtin().aliases()) {
        const auto [it, fresh] = seen.try_emplace(ect::data::lookup_key(alias), alias, canonical);
        if (!fresh && it->second.second != canonical)
            conflicts += std::string(alias) + " (" + std::string(canonical) + ") clashes with " +
                         std::string(it->second.first) + " (" + std::string(it->second.second) + ")\n";
    }
    INFO(conflicts);
    CHECK(conflicts.empty());
}

TEST_CASE("lookup keys fold case and full-width forms and drop spaces and name punctuation", "[firm_table]") {
    using ect::data::lookup_key;
    CHECK(lookup_key("J.P. Morgan") == "jpmorgan");
    CHECK(lookup_key("Ｋｅｅｆｅ，\u3000Ｂｒｕｙｅｔｔｅ ＆ Ｗｏｏｄｓ") == "keefebruyettewoods");
    CHECK(lookup_key(" 瑞銀 集團： ") == "瑞銀集團");
    CHECK(lookup_key("桑福德·伯恩斯坦") == "桑福德伯恩斯坦");
    CHECK(lookup_key("“Moody’s”") == "moodys");
    CHECK(lookup_key("𠮷野家") == "𠮷野家");
    CHECK(lookup_key("a\xFF b") == "a\xEF\xBF\xBD" "b");
    CHECK(lookup_key("  ...  ").empty());
}

TEST_CASE("firm lookup ignores case, full-width forms, punctuation and generic suffixes", "[firm_table]") {
    CHECK(canonical_of("瑞銀集團") == "UBS");
    CHECK(canonical_of("瑞银集团") == "UBS");
    CHECK(canonical_of("UBS Group") == "UBS");
    CHECK(canonical_of("UBS Securities") == "UBS");
    CHECK(canonical_of("UBS Securities LLC") == "UBS");
    CHECK(canonical_of("ＵＢＳ") == "UBS");
    CHECK(canonical_of("ubs") == "UBS");
    CHECK(canonical_of("Goldman Sachs & Co.") == "Goldman Sachs");
    CHECK(canonical_of("The Goldman Sachs Group, Inc.") == "Goldman Sachs");
    CHECK(canonical_of("Morgan Stanley & Co. LLC") == "Morgan Stanley");
    CHECK(canonical_of("Ｍｏｒｇａｎ\u3000Ｓｔａｎｌｅｙ") == "Morgan Stanley");
    CHECK(canonical_of("JP Morgan") == "J.P. Morgan");
    CHECK(canonical_of("J. P. Morgan Securities plc") == "J.P. Morgan");
    CHECK(canonical_of("Jefferies India Pvt. Ltd.") == "Jefferies");
    CHECK(canonical_of("Needham & Co., LLC") == "Needham & Company");
    CHECK(canonical_of("  Citi:  ") == "Citi");
    CHECK(canonical_of("华泰证券研究所") == "Huatai Securities");
    CHECK(canonical_of("中金公司") == "CICC");
    CHECK(canonical_of("中國國際金融股份有限公司") == "CICC");
    CHECK(canonical_of("招银国际") == "CMB International");
    CHECK(canonical_of("野村證券") == "Nomura");
    CHECK(canonical_of("國泰君安") == "Guotai Junan Securities");
    CHECK(canonical_of("國泰證券") == "Cathay Securities");
}

TEST_CASE("a firm's asset manager and its broker stay apart", "[firm_table]") {
    CHECK(canonical_of("Kotak") == "Kotak Securities");
    CHECK(canonical_of("Kotak Institutional Equities") == "Kotak Securities");
    CHECK(canonical_of("Kotak Mahindra AMC") == "Kotak Mahindra AMC");
    CHECK(canonical_of("Kotak Mutual Fund") == "Kotak Mahindra AMC");
    CHECK(canonical_of("Motilal Oswal") == "Motilal Oswal Financial Services");
    CHECK(canonical_of("Motilal Oswal Mutual Fund") == "Motilal Oswal AMC");
    CHECK(canonical_of("Goldman Sachs Asset Management") == "Goldman Sachs Asset Management");
    CHECK(canonical_of("HDFC Securities") == "HDFC Securities");
    CHECK(canonical_of("HDFC Mutual Fund") == "HDFC AMC");
    CHECK(firm_table::builtin().find("Kotak Mahindra AMC")->kind == "buy-side");
    CHECK(firm_table::builtin().find("Kotak")->kind == "sell-side");
}

TEST_CASE("find_prefix finds the firm that opens an analyst label", "[firm_table]") {
    const auto& t = firm_table::builtin();
    {
        const auto [e, n] = t.find_prefix("高盛分析師Marcus Bell");
        REQUIRE(e != nullptr);
        CHECK(e->canonical == "Goldman Sachs");
        CHECK(n == std::string_view("高盛").size());
    }
    {
        const auto [e, n] = t.find_prefix("摩根士丹利(MS)分析师");
        REQUIRE(e != nullptr);
        CHECK(e->canonical == "Morgan Stanley");
        CHECK(n == std::string_view("摩根士丹利").size());
    }
    {
        const auto [e, n] = t.find_prefix("瑞银集团分析师Ethan Zhao");
        REQUIRE(e != nullptr);
        CHECK(e->canonical == "UBS");
        CHECK(n == std::string_view("瑞银集团").size());
    }
    {
        const auto [e, n] = t.find_prefix("Goldman Sachs & Co. analyst");
        REQUIRE(e != nullptr);
        CHECK(e->canonical == "Goldman Sachs");
        CHECK(n == std::string_view("Goldman Sachs & Co").size());
    }
    CHECK(t.find_prefix("MSCI index").first == nullptr);
    CHECK(t.find_prefix("Acme Widgets").first == nullptr);
    CHECK(t.find_prefix("").first == nullptr);
}

TEST_CASE("unknown firm mentions are not found", "[firm_table]") {
    const auto& t = firm_table::builtin();
    for (const std::string_view s : {"Acme Widgets", "the line of", "", "  ", "...", "city", "Group", "Securities",
                                     "Thank you", "摩根", "中信"}) {
        INFO(s);
        CHECK(t.find(s) == nullptr);
    }
}

TEST_CASE("a parsed firm table holds the given rows", "[firm_table]") {
    const auto t = firm_table::parse("# comment\n\nAcme Research\tsell-side\tAcme|艾克米\r\nBeta Fund\tbuy-side\n");
    CHECK(t.size() == 2);
    CHECK(t.aliases().size() == 4);
    REQUIRE(t.find("ACME research llc") != nullptr);
    CHECK(t.find("艾克米")->canonical == "Acme Research");
    CHECK(t.find("Beta Fund")->kind == "buy-side");
}

TEST_CASE("a malformed firm row throws and names its line", "[firm_table]") {
    CHECK_THROWS_WITH(firm_table::parse("# c\nUBS\tsell-side\tA\tB\n"), Catch::Contains("firms.tsv:2"));
    CHECK_THROWS_WITH(firm_table::parse("UBS\n"), Catch::Contains("firms.tsv:1"));
    CHECK_THROWS_WITH(firm_table::parse("UBS\tbroker\tA\n"), Catch::Contains("unknown kind"));
    CHECK_THROWS_WITH(firm_table::parse("A\tsell-side\tB\n\nUBS\tsell-side\tX||Y\n"), Catch::Contains("firms.tsv:3"));
    CHECK_THROWS_WITH(firm_table::parse("\tsell-side\tX\n"), Catch::Contains("firms.tsv:1"));
    CHECK_THROWS(firm_table::parse("UBS\tsell-side\t...\n"));
}

// Firm names as the gold annotations of the shared corpus spell them (../shared/gold).
TEST_CASE("firms named in the gold annotations resolve", "[firm_table]") {
    const firm_case cases[] = {
        {"A&R International", {"A and R International", "A&R International"}},
        {"Bernstein", {"AllianceBernstein", "Bernstein", "Bernstein Research", "Sanford C. Bernstein"}},
        {"Aurum Capital", {"Aurum Capital"}},
        {"Autonomous Research", {"Autonomous", "Autonomous Research"}},
        {"Axis Capital", {"Axis Capital"}},
        {"Axis Mutual Fund", {"Axis Mutual Fund"}},
        {"BMO Capital Markets", {"BMO", "BMO Capital Markets"}},
        {"BNP Paribas Exane", {"BNP Paribas", "BNP Paribas Exane", "Exane", "Exane BNP Paribas"}},
        {"Bank of America",
         {"Bank of America", "Bank of America Merrill Lynch", "Bank of America Securities", "BofA", "BofA Securities"}},
        {"Barclays", {"Barclays"}},
        {"CIBC", {"CIBC", "CIBC Capital Markets", "CIBC World Markets"}},
        {"CIC Market Solutions", {"CIC Market Solutions", "CM-CIC Market Solutions"}},
        {"Canara HSBC Life", {"Canara HSBC Life"}},
        {"Cantor Fitzgerald", {"Cantor", "Cantor Fitzgerald"}},
        {"Centrum Broking", {"Centrum", "Centrum Broking"}},
        {"Citi", {"Citi", "Citigroup"}},
        {"Cormark Securities", {"Cormark", "Cormark Securities"}},
        {"TD Cowen", {"Cowen", "Cowen and Company"}},
        {"Credit Suisse", {"Credit Suisse"}},
        {"Cross Research", {"Cross Research"}},
        {"DAM Capital", {"DAM Capital"}},
        {"Deutsche Bank",
         {"Deutsche Bank", "Deutsche Bank Securities", "Deutsche Bank Securities, Inc."}},
        {"Evercore ISI", {"Evercore", "Evercore ISI"}},
        {"Goldman Sachs", {"Goldman Sachs", "高盛"}},
        {"Guggenheim Securities", {"Guggenheim", "Guggenheim Securities"}},
        {"HDFC Life", {"HDFC Life"}},
        {"HDFC Securities", {"HDFC Securities"}},
        {"HSBC", {"HSBC", "HSBC CIB", "HSBC, CIB"}},
        {"IIFL Securities", {"IIFL"}},
        {"J.P. Morgan", {"J.P. Morgan", "JP Morgan", "JPMorgan", "JPMorgan Chase"}},
        {"Jefferies", {"Jeferies", "Jefferies", "Jefferies LLC"}},
        {"KBW", {"KBW", "Keefe, Bruyette & Woods"}},
        {"Kepler Cheuvreux", {"Kepler Cheuvreux"}},
        {"Leerink Partners", {"Leerink", "SVB Leerink"}},
        {"Lucky Investment Managers", {"Lucky Investment Managers", "Lucky investment Managers"}},
        {"MAPL Value Investing Fund", {"MAPL", "MAPL Value Investing Fund"}},
        {"Mediobanca", {"Mediobanca"}},
        {"Mittal Analytics", {"Mittal Analytics", "Mittall Analytics"}},
        {"Mizuho", {"Mizuho", "Mizuho Securities"}},
        {"Morgan Stanley", {"Morgan Stanley", "Morgan Stanley & Co.", "Morgan Stanley & Co. LLC"}},
        {"National Bank Financial", {"National Bank", "National Bank Financial"}},
        {"Needham & Company", {"Needham", "Needham & Company", "Needham and Company"}},
        {"Oppenheimer", {"Oppenheimer"}},
        {"Phillip Capital", {"Philip Capital", "Phillip Capital", "PhillipCapital"}},
        {"Piper Sandler", {"Piper Jaffray", "Piper Sandler"}},
        {"Portales Partners", {"Portales", "Portales Partners", "Portales Partners LLC"}},
        {"RBC Capital Markets", {"RBC", "RBC Capital Markets", "RBC Capital Markets LLC"}},
        {"Raymond James", {"Raymond James"}},
        {"Roha Asset Managers", {"Roha Asset Managers"}},
        {"Sanmati Consultants", {"Sanmati Consultants"}},
        {"Scotiabank", {"Scotia Capital", "Scotiabank"}},
        {"Seaport Global Securities",
         {"Seaport Global", "Seaport Global Securities", "Seaport Global Securities LLC"}},
        {"Truist Securities",
         {"SunTrust", "SunTrust Robinson", "SunTrust Robinson Humphrey", "Truist", "Truist Securities"}},
        {"Tracom Stock Brokers", {"Tracom Stock Brokers"}},
        {"UBS", {"UBS", "UBS Group", "UBS Securities", "UBS Securities LLC", "瑞銀", "瑞銀集團"}},
        {"Wells Fargo", {"Wells Fargo", "Wells Fargo Securities", "Wells Fargo Securities LLC"}},
        {"Wolfe Research", {"Wolfe", "Wolfe Research"}},
    };
    for (const auto& c : cases) {
        for (const std::string_view m : c.mentions) {
            INFO(m);
            CHECK(canonical_of(m) == c.canonical);
        }
    }
}

TEST_CASE("suffix stripping tries the suffixes a key's last byte allows, as trying them all in order does", "[firm_table]") {
    using namespace ect::data::detail;
    const auto slow = [](const key_builder& b, std::size_t begin, std::size_t end) {
        const std::string_view key = b.key().substr(begin, end - begin);
        for (const std::string_view s : latin_suffix_list())
            if (key.size() > s.size() && key.ends_with(s) && b.word_starts_at(end - s.size())) return end - s.size();
        for (const std::string_view s : cjk_suffix_list())
            if (key.size() > s.size() && key.ends_with(s)) return end - s.size();
        return end;
    };
    // Every alias alone, and run into a few suffixes and as a word before
    // them (taken in turn, so that every suffix follows many aliases), and
    // every key of each from its first starts to every end.
    std::vector<std::string_view> suffixes;
    for (const auto& list : {latin_suffix_list(), cjk_suffix_list()}) suffixes.insert(suffixes.end(), list.begin(), list.end());
    std::vector<std::string> mentions;
    std::size_t turn = 0;
    for (const auto& [alias, canonical] : firm_table::builtin().aliases()) {
        mentions.emplace_back(alias);
        for (int k = 0; k < 4; ++k) {
            const std::string s(suffixes[turn++ % suffixes.size()]);
            mentions.push_back(std::string(alias) + s);
            mentions.push_back("The " + std::string(alias) + " " + s);
        }
    }
    std::size_t checked = 0, differ = 0;
    for (const std::string& m : mentions) {
        key_builder b;
        if (!build_key(m, b)) continue;
        const std::size_t n = b.key().size();
        for (std::size_t begin = 0; begin < n && begin < 4; ++begin)
            for (std::size_t end = n; end > begin; --end) {
                ++checked;
                if (strip_suffix(b, begin, end) != slow(b, begin, end)) {
                    ++differ;
                    UNSCOPED_INFO(m << " [" << begin << ", " << end << ")");
                }
            }
    }
    CHECK(checked > 50000);
    CHECK(differ == 0);
}

TEST_CASE("keys built byte by byte for ASCII match keys built one code point at a time", "[firm_table]") {
    using namespace ect::data::detail;
    std::vector<std::string> mentions = {"", " ", ":", "UBS:", "**Citi**", "\xE3\x80\x8C\xE9\xAB\x98\xE7\x9B\x9B\xE3\x80\x8D",
                                         "J.P. Morgan", "  Morgan Stanley & Co. LLC ", "Keefe, Bruyette & Woods",
                                         "\xEF\xBC\xB5\xEF\xBC\xA2\xEF\xBC\xB3 Securities", "\xC1\x81 overlong",
                                         "Bernstein\xC2\xB7" "AB", "(Goldman)", "x", "A\xE9\xAB\x98" "B"};
    for (const auto& [alias, canonical] : firm_table::builtin().aliases()) {
        mentions.emplace_back(alias);
        mentions.push_back(std::string("\"").append(alias).append("\","));
        mentions.push_back(std::string("The ").append(alias).append(" Group, Inc."));
    }
    for (const auto& [alias, canonical] : ect::data::title_table::builtin().aliases()) mentions.emplace_back(alias);
    for (const std::string& m : mentions) {
        INFO(m);
        // Trimming: the quick answer for a mention that needs none is the
        // full scan's, which padding with spaces forces.
        const std::string padded = " " + m + " ";
        CHECK(std::string(trim_mention(m)) == std::string(trim_mention(padded)));
        key_builder fast, slow;
        const bool built = build_key(m, fast);
        const std::string_view trimmed = trim_mention(m);
        for (std::size_t pos = 0; pos < trimmed.size() && !slow.overflow();) slow.push(next_code_point(trimmed, pos));
        CHECK(built == (!slow.overflow() && !slow.key().empty()));
        if (!built) continue;
        CHECK(fast.key() == slow.key());
        for (std::size_t i = 0; i <= fast.key().size(); ++i) CHECK(fast.word_starts_at(i) == slow.word_starts_at(i));
    }
}
