// The ordered worker pool behind `ect dump` and `ect stats`: whichever
// worker parses a document and whichever prints it, the output is the one
// worker's, in input order, a document's pieces together.
#include "cli/batch.hpp"

#include <catch2/catch.hpp>

#include <ect/transcript.hpp>

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <string>
#include <utility>
#include <vector>

namespace {

namespace fs = std::filesystem;

/// The fixture transcripts, sorted, `rounds` times over: enough documents
/// for every worker to parse several ahead of their turn.
std::vector<std::string> fixture_paths(int rounds) {
    std::vector<std::string> once;
    for (const auto& e : fs::recursive_directory_iterator(ECT_FIXTURES_DIR))
        if (e.is_regular_file() && e.path().extension() == ".txt") once.push_back(e.path().string());
    std::sort(once.begin(), once.end());
    std::vector<std::string> paths;
    for (int r = 0; r < rounds; ++r) paths.insert(paths.end(), once.begin(), once.end());
    return paths;
}

/// A document as several pieces, `repeat` copies of its summary line each:
/// large enough, documents fill more than one piece of the gathered output.
ect::cli::render_fn summary_of(std::size_t repeat) {
    return [repeat](const ect::transcript& t, const ect::cli::piece_fn& write) {
        const std::string line = t.source().name + " " + std::to_string(t.turns().size()) + " turns\n";
        std::string block;
        for (std::size_t k = 0; k < repeat; ++k) block += line;
        write(block);
        write("---\n");
        write(block);
    };
}

struct run_result {
    std::vector<std::pair<std::size_t, std::string>> pieces; ///< (document, piece) as emitted
    ect::cli::batch_outcome outcome;
};

run_result run(const std::vector<std::string>& paths, unsigned jobs, const ect::cli::render_fn& render,
               std::size_t stop_after = SIZE_MAX) {
    run_result r;
    std::size_t documents = 0;
    r.outcome = ect::cli::run_batch(paths, ect::options{}, jobs, render, [&](std::size_t i, std::string_view piece) {
        if (r.pieces.empty() || r.pieces.back().first != i) ++documents;
        r.pieces.emplace_back(i, std::string(piece));
        return documents < stop_after;
    });
    return r;
}

/// The output as each document's text, in the order printed.
std::vector<std::pair<std::size_t, std::string>> documents_of(const run_result& r) {
    std::vector<std::pair<std::size_t, std::string>> docs;
    for (const auto& [i, piece] : r.pieces) {
        if (docs.empty() || docs.back().first != i) docs.emplace_back(i, "");
        docs.back().second += piece;
    }
    return docs;
}

} // namespace

TEST_CASE("any number of workers prints what one worker prints, in input order", "[cli]") {
    const std::vector<std::string> paths = fixture_paths(4);
    REQUIRE(paths.size() > 40);
    const run_result one = run(paths, 1, summary_of(1));
    const auto expected = documents_of(one);
    REQUIRE(expected.size() == paths.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
        CHECK(expected[i].first == i);
        CHECK(expected[i].second.starts_with(paths[i] + " "));
    }
    for (const unsigned jobs : {2u, 3u, 8u}) {
        INFO("jobs " << jobs);
        const run_result many = run(paths, jobs, summary_of(1));
        // A document's pieces come together: each index appears in one run.
        CHECK(documents_of(many) == expected);
        CHECK_FALSE(many.outcome.any_failed);
        CHECK_FALSE(many.outcome.stopped);
    }
}

TEST_CASE("documents larger than a gathered piece come out whole and in order", "[cli]") {
    // About 3 MB a document: past the first megabyte piece and into the
    // next, for the documents held while another prints.
    std::vector<std::string> paths = fixture_paths(1);
    paths.resize(std::min<std::size_t>(paths.size(), 6));
    const auto big = summary_of(3 << 20 >> 7);
    const auto expected = documents_of(run(paths, 1, big));
    REQUIRE(expected.size() == paths.size());
    CHECK(expected.front().second.size() > std::size_t{2} << 20);
    CHECK(documents_of(run(paths, 3, big)) == expected);
}

TEST_CASE("an input that cannot be read is left out and the others are printed", "[cli]") {
    std::vector<std::string> paths = fixture_paths(2);
    const std::string missing = (fs::temp_directory_path() / "ect_cli_batch_test_missing.txt").string();
    fs::remove(missing);
    paths.insert(paths.begin() + 5, missing);
    for (const unsigned jobs : {1u, 2u, 4u}) {
        INFO("jobs " << jobs);
        const run_result r = run(paths, jobs, summary_of(1));
        CHECK(r.outcome.any_failed);
        const auto docs = documents_of(r);
        REQUIRE(docs.size() == paths.size() - 1);
        for (std::size_t k = 0; k < docs.size(); ++k) CHECK(docs[k].first == (k < 5 ? k : k + 1));
    }
}

TEST_CASE("once the reader goes away, nothing more is printed", "[cli]") {
    const std::vector<std::string> paths = fixture_paths(4);
    for (const unsigned jobs : {1u, 2u, 4u}) {
        INFO("jobs " << jobs);
        const run_result r = run(paths, jobs, summary_of(1), 5);
        CHECK(r.outcome.stopped);
        // The emit that said stop was the last: it belongs to document 5
        // (index 4), and nothing of a later one came after it.
        REQUIRE(!r.pieces.empty());
        CHECK(r.pieces.back().first == 4);
        CHECK(r.pieces.back().second.size() > 0);
        CHECK(documents_of(r).size() == 5);
    }
}
