// Real text for the tests that check a fast path against the slow one it
// replaces: every fixture file, whole and line by line.
#pragma once

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
