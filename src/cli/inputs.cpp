// Directory expansion for `ect dump DIR` and `ect stats DIR`.
#include "inputs.hpp"

#include "text/utf8.hpp"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <system_error>
#include <thread>

namespace ect::cli {

namespace fs = std::filesystem;

namespace {

void report(const fs::path& where, const std::error_code& ec) {
    std::fprintf(stderr, "ect: %s: %s\n", where.string().c_str(), ec.message().c_str());
}

bool is_hidden(const fs::path& p) {
    const std::string name = p.filename().string();
    return !name.empty() && name.front() == '.';
}

/// Collect the regular files under `dir`. Symbolic links to directories are
/// not followed (as `find` does by default), which also rules out cycles;
/// links to files are read like files.
void walk(const fs::path& dir, std::vector<fs::path>& files, bool& failed) {
    std::error_code ec;
    fs::directory_iterator it(dir, ec);
    if (ec) {
        report(dir, ec);
        failed = true;
        return;
    }
    std::vector<fs::path> subdirs;
    for (; it != fs::directory_iterator(); it.increment(ec)) {
        if (ec) break;
        const fs::directory_entry& entry = *it;
        if (is_hidden(entry.path())) continue;
        std::error_code type_ec;
        if (entry.is_symlink(type_ec)) {
            if (entry.is_regular_file(type_ec)) files.push_back(entry.path());
        } else if (entry.is_directory(type_ec)) {
            subdirs.push_back(entry.path());
        } else if (entry.is_regular_file(type_ec)) {
            files.push_back(entry.path());
        }
        // Anything else (FIFOs, sockets, devices) is not a document; passed
        // explicitly it is still read.
    }
    if (ec) {
        report(dir, ec);
        failed = true;
    }
    for (const fs::path& sub : subdirs) walk(sub, files, failed);
}

} // namespace

unsigned workers_for(const std::vector<std::string>& paths) {
    constexpr std::uintmax_t per_worker = std::uintmax_t{1} << 20;
    // hardware_concurrency() may return 0 when it cannot tell.
    const unsigned most = std::max(1u, std::thread::hardware_concurrency());
    std::uintmax_t bytes = 0;
    // Sizes are asked only until the most workers are justified: a batch of
    // a hundred thousand files costs a few calls, not one per file.
    for (std::size_t k = 0; k < paths.size() && bytes < most * per_worker; ++k) {
        std::error_code ec;
        const std::uintmax_t size = paths[k] == "-" ? per_worker : fs::file_size(paths[k], ec);
        bytes += ec ? per_worker : size;
    }
    const std::uintmax_t wanted = (bytes + per_worker - 1) / per_worker;
    return static_cast<unsigned>(std::clamp<std::uintmax_t>(wanted, 1, most));
}

bool han_in_heads(const std::vector<std::string>& paths, std::size_t files, std::size_t head_bytes) {
    std::string head(head_bytes, '\0');
    for (std::size_t k = 0; k < std::min(files, paths.size()); ++k) {
        if (paths[k] == "-") continue;
        std::FILE* f = std::fopen(paths[k].c_str(), "rb");
        if (f == nullptr) continue;
        const std::size_t got = std::fread(head.data(), 1, head.size(), f);
        std::fclose(f);
        if (text::has_han(std::string_view(head).substr(0, got))) return true;
    }
    return false;
}

input_list expand_inputs(const std::vector<std::string>& args) {
    input_list out;
    for (const std::string& arg : args) {
        std::error_code ec;
        if (arg == "-" || !fs::is_directory(arg, ec)) {
            out.paths.push_back(arg);
            continue;
        }
        std::vector<fs::path> files;
        walk(arg, files, out.any_failed);
        // Element-wise path order, so "a/b" sorts before "a-c": a directory's
        // files stay together as in a tree listing, and the order does not
        // depend on what the file system returns.
        std::sort(files.begin(), files.end());
        for (const fs::path& f : files) out.paths.push_back(f.string());
    }
    return out;
}

} // namespace ect::cli
