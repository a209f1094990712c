// How many workers `ect dump` starts when --jobs is not given.
#include "cli/inputs.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

namespace {
// A file of `bytes` bytes in a fresh folder of the temporary directory.
std::string file_of(const std::filesystem::path& dir, const std::string& name, std::size_t bytes) {
    const std::filesystem::path p = dir / name;
    std::ofstream(p, std::ios::binary) << std::string(bytes, 'a');
    return p.string();
}
} // namespace

TEST_CASE("one worker per started megabyte of input, up to one per hardware thread", "[cli]") {
    const unsigned most = std::max(1u, std::thread::hardware_concurrency());
    const std::filesystem::path dir = std::filesystem::temp_directory_path() / "ect_cli_workers_test";
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    constexpr std::size_t mb = std::size_t{1} << 20;

    CHECK(ect::cli::workers_for({}) == 1);
    CHECK(ect::cli::workers_for({file_of(dir, "small.txt", 50'000)}) == 1);
    // A few calls of 50 KB: still one.
    const std::string small = file_of(dir, "small2.txt", 50'000);
    CHECK(ect::cli::workers_for({small, small, small, small}) == 1);
    // Standard input and paths that cannot be read count a megabyte each.
    CHECK(ect::cli::workers_for({"-"}) == 1);
    CHECK(ect::cli::workers_for({(dir / "missing.txt").string(), "-"}) == std::min(2u, most));
    // Three megabytes and a byte: four started megabytes.
    const std::string big = file_of(dir, "big.txt", mb);
    CHECK(ect::cli::workers_for({big, big, big, file_of(dir, "one_byte.txt", 1)}) == std::min(4u, most));
    // Many large inputs: one per hardware thread.
    CHECK(ect::cli::workers_for(std::vector<std::string>(most + 3, big)) == most);
    std::filesystem::remove_all(dir);
}

TEST_CASE("a batch holds Chinese when the head of one of its first documents does", "[cli]") {
    const std::filesystem::path dir = std::filesystem::temp_directory_path() / "ect_cli_han_heads_test";
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    auto write = [&](const std::string& name, const std::string& text) {
        const std::filesystem::path p = dir / name;
        std::ofstream(p, std::ios::binary) << text;
        return p.string();
    };
    const std::string en = write("en.txt", "Operator: Welcome.\nDana Reyes: Thank you.\n");
    const std::string zh = write("zh.txt", "程一笑:谢谢。我们看到了强劲的增长。\n");
    const std::string late = write("late.txt", std::string(5000, 'a') + "\n程一笑:谢谢。\n");
    const std::string missing = (dir / "missing.txt").string();

    CHECK_FALSE(ect::cli::han_in_heads({en, en, missing, "-"}, 8));
    CHECK(ect::cli::han_in_heads({en, zh}, 8));
    // Only the first files are read, and only their heads.
    CHECK_FALSE(ect::cli::han_in_heads({en, zh}, 1));
    CHECK_FALSE(ect::cli::han_in_heads({late}, 8));
    CHECK(ect::cli::han_in_heads({late}, 8, 8192));
    std::filesystem::remove_all(dir);
}
