// Real text for the tests that check a fast path against the slow one it
// replaces: every fixture file, whole and line by line, and the fixtures with
// the shared corpus, decoded.
#pragma once

#include "text/decode.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>
#include <string>
#include <vector>

namespace ect_test {

inline const std::vector<std::string>& fixture_texts() {
    static const std::vector<std::string> texts = [] {
        std::vector<std::string> out;
        for (const auto& e : std::filesystem::recursive_directory_iterator(ECT_FIXTURES_DIR)) {
            if (!e.is_regular_file() || e.path().extension() != ".txt") continue;
            std::ifstream in(e.path(), std::ios::binary);
            out.emplace_back(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
        }
        return out;
    }();
    return texts;
}

/// Every fixture and, when present, every file of the shared corpus, decoded
/// to UTF-8, in path order.
inline const std::vector<std::string>& decoded_texts() {
    namespace fs = std::filesystem;
    static const std::vector<std::string> all = [] {
        std::vector<fs::path> files;
        for (const auto& e : fs::recursive_directory_iterator(ECT_FIXTURES_DIR))
            if (e.is_regular_file()) files.push_back(e.path());
        const fs::path corpus = fs::path(ECT_SHARED_DIR) / "corpus";
        if (fs::exists(corpus))
            for (const auto& e : fs::recursive_directory_iterator(corpus))
                if (e.is_regular_file() && e.path().extension() != ".tsv") files.push_back(e.path());
        std::sort(files.begin(), files.end());
        std::vector<std::string> out;
        ect::text::decoder decoder;
        for (const auto& f : files) {
            std::ifstream in(f, std::ios::binary);
            out.push_back(decoder.decode(std::string(std::istreambuf_iterator<char>(in), {})).text);
        }
        return out;
    }();
    return all;
}

inline std::vector<std::string> fixture_lines() {
    std::vector<std::string> out;
    for (const std::string& t : fixture_texts())
        for (std::size_t pos = 0; pos < t.size();) {
            const std::size_t nl = std::min(t.find('\n', pos), t.size());
            out.push_back(t.substr(pos, nl - pos));
            pos = nl + 1;
        }
    return out;
}

// Strings of `pieces` drawn from `alphabet`, reproducible from `seed`.
inline std::vector<std::string> random_strings(const std::vector<std::string>& alphabet, std::size_t count,
                                               std::size_t max_pieces, unsigned seed) {
    std::mt19937 rng(seed);
    std::vector<std::string> out;
    for (std::size_t i = 0; i < count; ++i) {
        std::string s;
        const std::size_t n = 1 + rng() % max_pieces;
        for (std::size_t k = 0; k < n; ++k) s += alphabet[rng() % alphabet.size()];
        out.push_back(std::move(s));
    }
    return out;
}

} // namespace ect_test
