// The streaming JSON emitter must print exactly what nlohmann::json::dump
// prints for the same values: the contract's output was defined by it, and
// users diff outputs across versions.
#include "io/json_stream.hpp"

#include <ect/ect.hpp>

#include <nlohmann/json.hpp>

#include <cstdint>
#include <iterator>

#include <catch2/catch.hpp>

#include <sstream>
#include <string>

namespace {

using ect::io::json_stream;
using ordered = nlohmann::ordered_json;

std::string reference(const ordered& j, int indent) {
    return j.dump(indent, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string streamed_string(std::string_view s) {
    std::string out;
    ect::io::append_json_string(out, s);
    return out;
}

} // namespace

TEST_CASE("json_stream escapes strings as nlohmann does", "[io][json]") {
    const std::string samples[] = {
        "plain",
        "",
        "quote \" and backslash \\",
        "controls \b\f\n\r\t and \x01\x1f and DEL \x7f",
        std::string("nul \0 inside", 13),
        "程一笑：「我們」 — €100 😀",
        "truncated \xe7\xa8",      // a lead byte and one continuation at the end
        "lone \x80 continuation",  // a continuation byte with no lead
        "overlong \xc0\xaf slash", // an overlong form of '/'
        "surrogate \xed\xa0\x80 half",
        "beyond \xf4\x90\x80\x80 U+10FFFF",
    };
    for (const std::string& s : samples) {
        INFO(s);
        CHECK(streamed_string(s) == reference(ordered(s), -1));
    }
}

TEST_CASE("json_stream escapes what needs it at every offset of the sixteen- and eight-byte blocks", "[io][json]") {
    const std::string specials[] = {"\"", "\\", "\n", "\x01", "\x1f", "\x7f", "\xc3\xa9", "\xe7\xa8\x8b", "\xf0\x9f\x98\x80",
                                    "\xe7\xa8", "\x80", " ", "~"};
    for (const std::string& special : specials)
        for (std::size_t before = 0; before < 34; ++before)
            for (std::size_t after : {std::size_t{0}, std::size_t{7}, std::size_t{16}, std::size_t{40}}) {
                const std::string s = std::string(before, 'x') + special + std::string(after, 'y');
                INFO(before << " + " << after);
                CHECK(streamed_string(s) == reference(ordered(s), -1));
            }
}

TEST_CASE("json_stream escapes strings with many things to look at in one block as nlohmann does", "[io][json]") {
    // After a block's first flagged byte the scan goes straight there; the
    // bytes after it, flagged or not, must still come out right.
    const std::string pieces[] = {"\"", "\\", "\n", "\x01", "\xc3\xa9", "\xe2\x80\x99", "\xe7\xa8\x8b", "\xf0\x9f\x98\x80",
                                  "\xe7\xa8", "\x80", "a", "bc", "plain words "};
    std::uint32_t state = 12345;
    auto next = [&] { return state = state * 1103515245u + 12345u, state >> 8; };
    for (int round = 0; round < 3000; ++round) {
        std::string s;
        for (std::uint32_t k = next() % 40; k > 0; --k) s += pieces[next() % std::size(pieces)];
        INFO(s);
        REQUIRE(streamed_string(s) == reference(ordered(s), -1));
    }
}

TEST_CASE("json_stream lays out nested values as nlohmann's dump does", "[io][json]") {
    const auto build_reference = [] {
        ordered j = {{"a", 1}, {"b", nullptr}, {"c", ordered::array()}, {"d", ordered::object()}};
        j["e"] = ordered::array({ordered::array({1, 2}), ordered::object({{"x", true}, {"y", false}}), "s"});
        j["f"] = ordered::array({ordered::array()});
        j["g"] = static_cast<std::size_t>(18446744073709551615u);
        j["h"] = -7;
        return j;
    };
    const auto stream = [](std::string& out, int indent) {
        json_stream j(out, indent);
        j.begin_object();
        j.member("a", 1);
        j.key("b");
        j.null();
        j.key("c");
        j.begin_array();
        j.end_array();
        j.key("d");
        j.begin_object();
        j.end_object();
        j.key("e");
        j.begin_array();
        j.begin_array();
        j.value(1);
        j.value(2);
        j.end_array();
        j.begin_object();
        j.member("x", true);
        j.member("y", false);
        j.end_object();
        j.value("s");
        j.end_array();
        j.key("f");
        j.begin_array();
        j.begin_array();
        j.end_array();
        j.end_array();
        j.member("g", static_cast<std::size_t>(18446744073709551615u));
        j.member("h", -7);
        j.end_object();
    };
    for (int indent : {-1, 0, 2, 4}) {
        INFO("indent " << indent);
        std::string out;
        stream(out, indent);
        CHECK(out == reference(build_reference(), indent));
    }
}

TEST_CASE("json_stream writes absent optional values as null", "[io][json]") {
    std::string out;
    json_stream j(out, -1);
    j.begin_object();
    j.optional_member("s", std::string_view{});
    j.optional_member("t", std::string_view{"x"});
    j.optional_member("n", std::optional<int>{});
    j.optional_member("m", std::optional<std::size_t>{3});
    j.array_member("v", std::vector<std::string_view>{"p", "q"});
    j.end_object();
    CHECK(out == R"({"s":null,"t":"x","n":null,"m":3,"v":["p","q"]})");
}

TEST_CASE("write_json hands over the same bytes as to_json, in pieces", "[io][json]") {
    // Enough turns for several 64 KB pieces.
    std::string call = "Operator: Welcome to the call.\n";
    for (int i = 0; i < 600; ++i)
        call += (i % 2 ? "Jane Doe: " : "Tom Analyst: ") + std::string(200, 'a' + static_cast<char>(i % 26)) + "?\n";
    ect::parser parser;
    const ect::transcript t = parser.parse(call);
    REQUIRE(t.turns().size() > 500);
    for (int indent : {2, -1}) {
        std::string joined;
        std::size_t pieces = 0;
        ect::write_json(t, [&](std::string_view piece) { joined += piece, ++pieces; }, indent);
        CHECK(pieces > 1);
        CHECK(joined == ect::to_json(t, indent));
        std::ostringstream out;
        ect::write_json(t, out, indent);
        CHECK(out.str() == joined);
    }
}
