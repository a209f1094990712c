// Runs a fuzz target over the files given, recursing into folders, so the
// targets build and run with any compiler (libFuzzer needs clang). Used by
// ctest over the fixtures and the regression inputs of past crashes.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace {

int run_file(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    if (!in) {
        std::fprintf(stderr, "replay: cannot read %s\n", p.string().c_str());
        return 1;
    }
    const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
    return 0;
}

} // namespace

int main(int argc, char** argv) {
    int failures = 0;
    std::size_t files = 0;
    for (int a = 1; a < argc; ++a) {
        const std::filesystem::path root(argv[a]);
        std::error_code ec;
        if (std::filesystem::is_directory(root, ec)) {
            std::vector<std::filesystem::path> found;
            for (const auto& e : std::filesystem::recursive_directory_iterator(root, ec))
                if (e.is_regular_file()) found.push_back(e.path());
            std::sort(found.begin(), found.end()); // a stable order for reproducible runs
            for (const auto& p : found) failures += run_file(p), ++files;
        } else {
            failures += run_file(root), ++files;
        }
    }
    std::printf("replay: %zu inputs, %d unreadable\n", files, failures);
    return failures == 0 ? 0 : 1;
}
