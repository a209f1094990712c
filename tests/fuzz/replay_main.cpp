// Runs a fuzz target over the files given, recursing into folders, so the
// targets build and run with any compiler (libFuzzer needs clang). Used by
// ctest over the fixtures and the regression inputs of past crashes.
//
// With `--splice COUNT` it runs the target instead over COUNT inputs spliced
// from runs of whole lines of those files: layouts cut off, shuffled, doubled
// and mixed are the inputs that break a layout's assumptions about the line
// after a label, which byte-level mutation reaches only slowly. The inputs
// depend on the files and COUNT alone (the generator is seeded per input),
// and each is written to splice-input.txt before it runs, so a failure
// leaves the input that caused it.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <optional>
#include <random>
#include <string>
#include <string_view>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace {

std::optional<std::string> read_all(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    if (!in) return std::nullopt;
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

int run_file(const std::filesystem::path& p) {
    const auto bytes = read_all(p);
    if (!bytes) {
        std::fprintf(stderr, "replay: cannot read %s\n", p.string().c_str());
        return 1;
    }
    LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(bytes->data()), bytes->size());
    return 0;
}

// The files given, folders walked, in a stable order for reproducible runs.
std::vector<std::filesystem::path> files_of(int argc, char** argv, int first) {
    std::vector<std::filesystem::path> out;
    for (int a = first; a < argc; ++a) {
        const std::filesystem::path root(argv[a]);
        std::error_code ec;
        if (std::filesystem::is_directory(root, ec)) {
            std::vector<std::filesystem::path> found;
            for (const auto& e : std::filesystem::recursive_directory_iterator(root, ec))
                if (e.is_regular_file()) found.push_back(e.path());
            std::sort(found.begin(), found.end());
            out.insert(out.end(), found.begin(), found.end());
        } else {
            out.push_back(root);
        }
    }
    return out;
}

// Lines split at LF only: a CR stays in its line, as a line end of its own.
std::vector<std::string_view> lines_of(std::string_view text) {
    std::vector<std::string_view> out;
    for (std::size_t at = 0; at <= text.size();) {
        std::size_t nl = text.find('\n', at);
        if (nl == std::string_view::npos) nl = text.size();
        out.push_back(text.substr(at, nl - at));
        at = nl + 1;
    }
    return out;
}

// The `index`th spliced input: one to five runs of up to forty lines, from
// files picked at random, each run perhaps shuffled, stripped of blank
// lines, doubled line by line or cut inside a line; the whole perhaps
// shuffled again and given CRLF, CR or doubled line ends.
std::string splice(const std::vector<std::vector<std::string_view>>& texts, std::size_t index) {
    std::mt19937_64 rng(index * 0x9E3779B97F4A7C15ULL + 1);
    auto below = [&](std::size_t n) { return n == 0 ? std::size_t{0} : static_cast<std::size_t>(rng() % n); };
    auto chance = [&](unsigned percent) { return rng() % 100 < percent; };
    std::vector<std::string> lines;
    const std::size_t runs = 1 + below(5);
    for (std::size_t r = 0; r < runs; ++r) {
        const auto& text = texts[below(texts.size())];
        const std::size_t from = below(text.size());
        const std::size_t to = std::min(text.size(), from + 1 + below(40));
        std::vector<std::string> run;
        for (std::size_t k = from; k < to; ++k) {
            std::string line(text[k]);
            if (chance(5) && !line.empty()) line.resize(below(line.size())); // cut, perhaps inside a character
            run.push_back(std::move(line));
        }
        if (chance(30)) std::shuffle(run.begin(), run.end(), rng);
        if (chance(30))
            run.erase(std::remove_if(run.begin(), run.end(),
                                     [](const std::string& l) { return l.find_first_not_of(" \t\r") == std::string::npos; }),
                      run.end());
        const bool doubled = chance(15);
        for (auto& line : run) {
            if (doubled) lines.push_back(line);
            lines.push_back(std::move(line));
        }
    }
    if (chance(30)) std::shuffle(lines.begin(), lines.end(), rng);
    const unsigned ends = static_cast<unsigned>(below(20));
    const std::string_view end = ends == 0 ? "\r\n" : ends == 1 ? "\r" : ends == 2 ? "\n\n" : "\n";
    std::string out;
    for (const auto& line : lines) {
        if (!out.empty()) out += end;
        out += line;
        if (out.size() > 65536) break;
    }
    return out;
}

int run_spliced(std::size_t count, const std::vector<std::filesystem::path>& files) {
    std::vector<std::string> owned;
    for (const auto& p : files)
        if (auto bytes = read_all(p)) owned.push_back(std::move(*bytes));
    std::vector<std::vector<std::string_view>> texts;
    for (const auto& t : owned) texts.push_back(lines_of(t));
    if (texts.empty()) {
        std::fprintf(stderr, "replay: no files to splice\n");
        return 1;
    }
    for (std::size_t k = 0; k < count; ++k) {
        const std::string input = splice(texts, k);
        std::ofstream("splice-input.txt", std::ios::binary | std::ios::trunc) << input;
        LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(input.data()), input.size());
    }
    std::printf("replay: %zu inputs spliced from %zu files\n", count, files.size());
    return 0;
}

} // namespace

int main(int argc, char** argv) {
    if (argc >= 3 && std::string_view(argv[1]) == "--splice")
        return run_spliced(std::stoul(argv[2]), files_of(argc, argv, 3));
    int failures = 0;
    const auto files = files_of(argc, argv, 1);
    for (const auto& p : files) failures += run_file(p);
    std::printf("replay: %zu inputs, %d unreadable\n", files.size(), failures);
    return failures == 0 ? 0 : 1;
}
