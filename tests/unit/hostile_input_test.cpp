// Bad input never raises out of parse: each kind gets a diagnostic with the
// line and column (code points) where it was noticed.
#include <ect/ect.hpp>

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <limits>
#include <string>

namespace {

const ect::diagnostic* find_code(const ect::transcript& t, std::string_view code) {
    for (const ect::diagnostic& d : t.diagnostics())
        if (d.code == code) return &d;
    return nullptr;
}

ect::transcript parse_ok(std::string_view bytes, const ect::options& opts = {}) {
    ect::transcript t;
    REQUIRE_NOTHROW(t = ect::parse(bytes, opts));
    return t;
}

} // namespace

TEST_CASE("invalid UTF-8 is replaced, counted and placed", "[hostile]") {
    // Mostly UTF-8 (Chinese) with one damaged byte on line 2 after 5 code points.
    const std::string in = "程一笑：你好程一笑程一笑程一笑\n王五：ab\xFF" "cd\n";
    const auto t = parse_ok(in);
    const auto* d = find_code(t, "invalid-utf8");
    REQUIRE(d != nullptr);
    CHECK(d->line == 2);
    CHECK(d->column == 6);
    CHECK(d->offset == in.find('\xFF'));
    CHECK(d->message.rfind("1 invalid UTF-8 sequence replaced", 0) == 0);
    CHECK(t.text().find("ab\xEF\xBF\xBD" "cd") != std::string_view::npos);
}

TEST_CASE("NUL bytes are reported at the first one", "[hostile]") {
    const std::string in("Operator: hi\nJohn Smith: a\0b\n", 29);
    const auto t = parse_ok(in);
    const auto* d = find_code(t, "nul-byte");
    REQUIRE(d != nullptr);
    CHECK(d->line == 2);
    CHECK(d->column == 14); // after "John Smith: a"
}

TEST_CASE("a byte-order mark inside the text is reported, a leading one is not", "[hostile]") {
    const auto t = parse_ok("Operator: hi\n\xEF\xBB\xBFJohn Smith: yes\n\xEF\xBB\xBF");
    const auto* d = find_code(t, "stray-bom");
    REQUIRE(d != nullptr);
    CHECK(d->line == 2);
    CHECK(d->column == 1);
    CHECK(d->message.rfind("2 byte-order marks", 0) == 0);
    CHECK(find_code(parse_ok("\xEF\xBB\xBFOperator: hi\nJohn Smith: yes\n"), "stray-bom") == nullptr);
}

TEST_CASE("mixed CRLF, LF, CR and U+2028 line ends are noted at the first change", "[hostile]") {
    const auto t = parse_ok("Operator: hi\r\nJohn Smith: a\nJane Doe: b\rTim Cook: c\xE2\x80\xA8" "end");
    const auto* d = find_code(t, "mixed-line-ends");
    REQUIRE(d != nullptr);
    CHECK(d->severity == ect::severity::note);
    CHECK(d->line == 2);
    CHECK(d->column == 14); // the LF after "John Smith: a"
    CHECK(d->message.find("1 LF, 1 CRLF, 1 CR, 1 U+2028") != std::string::npos);
    CHECK(find_code(parse_ok("Operator: hi\r\nJohn Smith: a\r\n"), "mixed-line-ends") == nullptr);
}

TEST_CASE("empty and white-space-only inputs", "[hostile]") {
    const auto empty = parse_ok("");
    CHECK(empty.kind() == ect::document_kind::unknown);
    const auto* d = find_code(empty, "empty-input");
    REQUIRE(d != nullptr);
    CHECK((d->line == 1 && d->column == 1));

    const auto blank = parse_ok(" \n\t\n\r\n");
    CHECK(blank.kind() == ect::document_kind::unknown);
    CHECK(blank.turns().empty());
    d = find_code(blank, "blank-input");
    REQUIRE(d != nullptr);
    CHECK((d->line == 1 && d->column == 1));
}

TEST_CASE("prose that is not a transcript is kind unknown, with a diagnostic", "[hostile]") {
    const auto t = parse_ok("The weather was mild all week.\nWe walked along the river and went home.\n");
    CHECK(t.kind() == ect::document_kind::unknown);
    CHECK(t.turns().empty());
    const auto* d = find_code(t, "no-speaker-labels");
    REQUIRE(d != nullptr);
    CHECK((d->line == 1 && d->column == 1));
}

TEST_CASE("input over the size limit is cut with an error at the cut", "[hostile]") {
    ect::options opts;
    opts.max_input_bytes = 20;
    const auto t = parse_ok("Operator: hello there\nJohn Smith: hi\n", opts);
    CHECK(t.text() == "Operator: hello ther");
    const auto* d = find_code(t, "input-too-large");
    REQUIRE(d != nullptr);
    CHECK(d->severity == ect::severity::error);
    CHECK(d->line == 1);
    CHECK(d->column == 21);
}

TEST_CASE("a file over the size limit reports its whole size and is cut at the limit", "[hostile]") {
    const auto path = std::filesystem::temp_directory_path() / "ect_size_limit_test.txt";
    const std::string call = "Operator: hello there\nJohn Smith: hi\n";
    std::ofstream(path, std::ios::binary) << call;
    ect::options opts;
    opts.max_input_bytes = 20;
    ect::parser parser;
    const auto cut = parser.parse_file(path, opts);
    CHECK(cut.source().bytes == call.size());
    CHECK(cut.text() == "Operator: hello ther");
    REQUIRE(find_code(cut, "input-too-large") != nullptr);
    CHECK(find_code(cut, "input-too-large")->message.find(std::to_string(call.size())) != std::string::npos);

    // A limit beyond what the parser supports counts as the supported maximum
    // (it once overflowed to reading nothing).
    opts.max_input_bytes = std::numeric_limits<std::size_t>::max();
    const auto whole = parser.parse_file(path, opts);
    CHECK(whole.text() == call);
    CHECK(find_code(whole, "input-too-large") == nullptr);
    std::filesystem::remove(path);
}

TEST_CASE("hostile shapes parse without raising", "[hostile]") {
    // A long line of colons, a long line without a line break, many one-character lines.
    CHECK_NOTHROW(ect::parse("Operator: " + std::string(20000, ':') + "\n"));
    std::string prose;
    while (prose.size() < 50000) prose += "Dana Price: Could you talk about margins? Alice Carter: Sure. ";
    CHECK_NOTHROW(ect::parse(prose));
    std::string short_lines;
    for (int i = 0; i < 20000; ++i) short_lines += "a\n";
    CHECK_NOTHROW(ect::parse(short_lines));
    CHECK_NOTHROW(ect::parse(std::string("\xFF\xFE\x00", 3)));
    CHECK_NOTHROW(ect::parse(std::string(1000, '\0')));
}
