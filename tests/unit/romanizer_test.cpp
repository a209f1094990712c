// Names are romanised from a table read out of ICU's Han-Latin rules; ICU's
// compiled transliterators are the reference the table must agree with.
#include "text/han_readings.hpp"
#include "text/icu_tools.hpp"
#include "text/utf8.hpp"

#include <catch2/catch.hpp>

#include <string>

namespace {

using ect::text::han_readings;
using ect::text::romanizer;

std::string utf8(char32_t c) {
    std::string out;
    ect::text::append_utf8(out, c);
    return out;
}

} // namespace

TEST_CASE("romanizer: surname first, compound surnames whole, surname readings", "[romanizer]") {
    romanizer r;
    CHECK(r.romanize_name("程一笑") == "Cheng Yixiao");
    CHECK(r.romanize_name("欧阳娜娜", std::string("欧阳").size()) == "Ouyang Nana");
    CHECK(r.romanize_name("长孙无忌", std::string("长孙").size()) == "Zhangsun Wuji");
    // As a surname 单 is Shan and 曾 Zeng; inside a given name they keep
    // their common readings.
    CHECK(r.romanize_name("单伟建") == "Shan Weijian");
    CHECK(r.romanize_name("曾毓群") == "Zeng Yuqun");
    CHECK(r.romanize_name("王单") == "Wang Dan");
    // Tone marks and the diaeresis go: 吕 lǚ.
    CHECK(r.romanize_name("吕布") == "Lu Bu");
    // A two-character word with its own reading (重庆: chóng, not zhòng).
    CHECK(r.romanize_name("李重庆") == "Li Chongqing");
    CHECK(r.romanize_name("Lincoln Kong") == "Lincoln Kong");
}

TEST_CASE("romanizer: names the table cannot read go through ICU", "[romanizer]") {
    romanizer r;
    const std::string name = "程X笑";
    CHECK(r.romanize_name(name) == r.romanize_name_with_icu(name));
    CHECK(r.romanize_name(name) == "Cheng Xxiao");
}

TEST_CASE("han_readings: read from ICU's rules", "[romanizer]") {
    const han_readings& table = han_readings::get();
    REQUIRE(table.usable());
    CHECK(table.reading(U'程') == "cheng");
    CHECK(table.reading(U'笑') == "xiao");
    CHECK(table.reading(U'a').empty());
}

TEST_CASE("han_readings: every character reads as ICU's transliterators read it", "[romanizer]") {
    REQUIRE(han_readings::get().usable());
    romanizer r;
    std::size_t compared = 0;
    for (char32_t c = 0x2E80; c < 0x32000; ++c) {
        if (han_readings::get().reading(c).empty()) continue;
        // As a surname and inside a given name, before another character.
        const std::string as_surname = utf8(c) + "一";
        const std::string in_given = "王" + utf8(c) + utf8(c);
        INFO("U+" << std::hex << static_cast<unsigned>(c));
        CHECK(r.romanize_name(as_surname) == r.romanize_name_with_icu(as_surname));
        CHECK(r.romanize_name(in_given) == r.romanize_name_with_icu(in_given));
        ++compared;
    }
    CHECK(compared > 20000);
}

TEST_CASE("han_readings: the rules with a context agree with ICU", "[romanizer]") {
    romanizer r;
    // Compound surnames, surname-only readings, and the words whose first
    // character reads differently, in every position a name puts them.
    for (const char* pair : {"令狐", "万俟", "澹台", "长孙", "重庆", "沈阳", "藏文", "秘鲁"}) {
        const std::string p = pair;
        for (const std::string& name : {p + "明", "王" + p, "王" + p + "明", p}) {
            for (std::size_t surname : {std::size_t{0}, p.size()}) {
                INFO(name << " surname bytes " << surname);
                CHECK(r.romanize_name(name, surname) == r.romanize_name_with_icu(name, surname));
            }
        }
    }
}

TEST_CASE("han_readings: characters far apart, and beyond the plane, each read from their own rule", "[romanizer]") {
    const std::u16string names = u"$m = \uFDD1;[:^script=Han:] { ([:script=Han:]) → $m $1;$m{ 单→shàn;::Null();$m →;";
    // U+20000 comes as a surrogate pair in the rule source; it and U+4E00
    // lie in pages of the table far apart.
    const han_readings t(u"[\U00020000\u4E00]→yī;[\u4E01]→dīng;\U0002A6DF→zé;", names);
    REQUIRE(t.usable());
    CHECK(t.reading(U'\U00020000') == "yi");
    CHECK(t.reading(U'\u4E00') == "yi");
    CHECK(t.reading(U'\u4E01') == "ding");
    CHECK(t.reading(U'\U0002A6DF') == "ze");
    for (const char32_t none : {U'\u4E02', U'\u4DFF', U'\U00020001', U'\U0002A6E0', U'\U0010FFFF', U'a', U'\0'})
        CHECK(t.reading(none).empty());
}

TEST_CASE("han_readings: rule syntax it does not understand makes it unusable", "[romanizer]") {
    const std::u16string names = u"$m = \uFDD1;[:^script=Han:] { ([:script=Han:]) → $m $1;$m{ 单→shàn;::Null();$m →;";
    const han_readings ok(u"::Han-Spacedhan();重 } \\u0020? 庆 →chóng;[重众]→zhòng;[庆]→qìng;", names);
    REQUIRE(ok.usable());
    CHECK(ok.reading(U'重') == "zhong");
    CHECK(ok.romanize(U"单重庆", 1)->family == "shan");
    CHECK(ok.romanize(U"单重庆", 1)->given == "chongqing");
    CHECK(ok.romanize(U"重众", 1)->given == "zhong");
    CHECK_FALSE(ok.romanize(U"单x", 1));
    CHECK_FALSE(han_readings(u"[[:Han:]]→han;", names).usable());
    CHECK_FALSE(han_readings(u"重 > zhòng;", names).usable());
    CHECK_FALSE(han_readings(u"[重]→zhòng;", u"").usable());
}
