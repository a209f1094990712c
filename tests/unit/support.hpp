// Helpers shared by the unit tests: loading fixture transcripts and looking
// up speakers, participants and skipped spans. One copy here instead of one
// per test file, so every file reads its fixtures and names its speakers the
// same way. Header-only; the tests pull in what they use with
// using-declarations, so a file's own helper of the same name stays its own.
#pragma once

#include <ect/ect.hpp>

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstddef>
#include <functional>
#include <fstream>
#include <iterator>
#include <map>
#include <string>
#include <string_view>

namespace ect_test {

// Fixtures live under tests/fixtures (ECT_FIXTURES_DIR, set by the build);
// `rel` is relative to it, e.g. "bloomberg/sample.txt".
inline std::string fixture_path(std::string_view rel) {
    return std::string(ECT_FIXTURES_DIR) + "/" + std::string(rel);
}

// The bytes of a fixture.
inline std::string read_fixture(std::string_view rel) {
    std::ifstream in(fixture_path(rel), std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// A fresh parse of a fixture, for tests that want their own transcript.
inline ect::transcript load_fixture(std::string_view rel) { return ect::parse_file(fixture_path(rel)); }

// A fixture parsed once per run and shared by every test that reads it
// (parsing is the slow part); the reference stays valid until exit.
inline const ect::transcript& cached_fixture(std::string_view rel) {
    static std::map<std::string, ect::transcript, std::less<>> cache;
    auto it = cache.find(rel);
    if (it == cache.end()) it = cache.emplace(std::string(rel), load_fixture(rel)).first;
    return it->second;
}

// The name of the participant who speaks a turn, or "" for an unattributed
// turn: for checks that walk every turn, attributed or not.
inline std::string_view speaker(const ect::transcript& t, const ect::turn& u) {
    return u.participant ? t.participants()[*u.participant].name : std::string_view{};
}

// The name of the participant who speaks turn `turn`; that the turn is
// attributed is itself checked (REQUIRE), since the caller names a speaker.
inline std::string_view speaker(const ect::transcript& t, std::size_t turn) {
    REQUIRE(t.turns()[turn].participant);
    return t.participants()[*t.turns()[turn].participant].name;
}

// The participant called `name`, or nullptr: for tests that also check that
// someone is absent.
inline const ect::participant* find_person(const ect::transcript& t, std::string_view name) {
    for (const auto& p : t.participants())
        if (p.name == name) return &p;
    return nullptr;
}

// The participant called `name`, whose presence is checked (REQUIRE), so the
// caller can use the result directly.
inline const ect::participant& person(const ect::transcript& t, std::string_view name) {
    const auto ps = t.participants();
    const auto it = std::find_if(ps.begin(), ps.end(), [&](const ect::participant& p) { return p.name == name; });
    REQUIRE(it != ps.end());
    return *it;
}

// How many spans were skipped as kind `k`.
inline std::size_t count_skipped(const ect::transcript& t, ect::skip_kind k) {
    return static_cast<std::size_t>(
        std::count_if(t.skipped().begin(), t.skipped().end(), [&](const ect::skipped& s) { return s.kind == k; }));
}

// Whether exactly `text` was skipped as kind `k`.
inline bool skipped_as(const ect::transcript& t, ect::skip_kind k, std::string_view text) {
    return std::any_of(t.skipped().begin(), t.skipped().end(),
                       [&](const ect::skipped& s) { return s.kind == k && t.slice(s.span) == text; });
}

// `s` with every run of white space one space: for comparing texts whose
// line ends differ.
inline std::string squeezed(std::string_view s) {
    std::string out;
    for (char c : s) {
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n') out.push_back(c);
        else if (!out.empty() && out.back() != ' ') out.push_back(' ');
    }
    return out;
}

// `s` with each line feed written as `end` ("\r\n", " \n" …).
inline std::string with_line_ends(std::string_view s, std::string_view end) {
    std::string out;
    for (char c : s) {
        if (c == '\n') out.append(end);
        else out.push_back(c);
    }
    return out;
}

} // namespace ect_test
