#include "inputs.hpp"

#include "generate.hpp"

#include <ect/ect.hpp>

#include <malloc.h>

#include <atomic>
#include <ctime>
#include <new>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <sstream>

// While a peak is being measured, every allocation through operator new is
// counted, so the benchmarks can report the heap a parse needs at its peak
// (ICU's own allocations, made once per parser, are not counted). The timed
// runs are not counted: the bookkeeping would be timed with them.
namespace {
std::atomic<bool> counting{false};
std::atomic<long long> heap_now{0}; // net bytes since counting began; frees of older blocks make it negative
std::atomic<long long> heap_peak{0};

void* counted(std::size_t n) {
    void* p = std::malloc(n == 0 ? 1 : n);
    if (!p) throw std::bad_alloc();
    if (!counting.load(std::memory_order_relaxed)) return p;
    const auto size = static_cast<long long>(malloc_usable_size(p));
    const long long now = heap_now.fetch_add(size) + size;
    long long peak = heap_peak.load();
    while (now > peak && !heap_peak.compare_exchange_weak(peak, now)) {}
    return p;
}

void uncounted(void* p) noexcept {
    if (!p) return;
    if (counting.load(std::memory_order_relaxed)) heap_now.fetch_sub(static_cast<long long>(malloc_usable_size(p)));
    std::free(p);
}
} // namespace

void* operator new(std::size_t n) { return counted(n); }
void* operator new[](std::size_t n) { return counted(n); }
void operator delete(void* p) noexcept { uncounted(p); }
void operator delete[](void* p) noexcept { uncounted(p); }
void operator delete(void* p, std::size_t) noexcept { uncounted(p); }
void operator delete[](void* p, std::size_t) noexcept { uncounted(p); }

namespace ect::bench {

namespace {

std::string read_file(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::filesystem::path shared_dir() {
    if (const char* env = std::getenv("ECT_SHARED_DIR"); env && *env) return env;
    return ECT_DEFAULT_SHARED_DIR;
}

input_set load_corpus(std::string_view language) {
    input_set set{std::string("corpus-") + std::string(language), {}, 0};
    const auto root = shared_dir() / "corpus";
    std::ifstream manifest(root / "MANIFEST.tsv");
    std::string row;
    std::getline(manifest, row); // header
    while (std::getline(manifest, row)) {
        std::istringstream cols(row);
        std::string file, format, lang;
        std::getline(cols, file, '\t');
        std::getline(cols, format, '\t');
        std::getline(cols, lang, '\t');
        // zh-Hant, zh-Hans and the bilingual zh-Hant+en count as Chinese.
        const bool chinese = lang.rfind("zh", 0) == 0;
        if (chinese != (language == "zh")) continue;
        std::string doc = read_file(root / file);
        if (doc.empty()) continue;
        set.bytes += doc.size();
        set.docs.push_back(std::move(doc));
    }
    return set;
}

std::string hostile_doc(std::string_view shape, std::size_t n) {
    if (shape == "colons") return "Operator: " + std::string(n, ':') + "\n";
    if (shape == "short-lines") {
        std::string s;
        s.reserve(2 * n);
        for (std::size_t i = 0; i < n; ++i) s += static_cast<char>('a' + i % 26), s += '\n';
        return s;
    }
    // no-newline: prose with speaker-like colons and question marks, never a line break
    const std::string unit = "Dana Price: Could you talk about margins? Alice Carter: Sure, we expect them to rise. ";
    std::string s;
    s.reserve(n + unit.size());
    while (s.size() < n) s += unit;
    s.resize(n);
    return s;
}

template <class Make>
const input_set& cached(const std::string& key, Make make) {
    static std::map<std::string, input_set> cache;
    auto it = cache.find(key);
    if (it == cache.end()) it = cache.emplace(key, make()).first;
    return it->second;
}

} // namespace

const input_set& corpus(std::string_view language) {
    return cached("corpus-" + std::string(language), [&] { return load_corpus(language); });
}

const input_set& generated(std::string_view language, std::size_t megabytes) {
    const std::string key = "generated-" + std::string(language) + "-" + std::to_string(megabytes) + "MB";
    return cached(key, [&] {
        std::string doc = generate_transcript(language, megabytes << 20);
        const std::size_t size = doc.size();
        return input_set{key, {std::move(doc)}, size};
    });
}

const input_set& hostile(std::string_view shape, std::size_t n) {
    const std::string key = std::string(shape) + "-" + std::to_string(n);
    return cached(key, [&] {
        std::string doc = hostile_doc(shape, n);
        const std::size_t size = doc.size();
        return input_set{key, {std::move(doc)}, size};
    });
}

double floor_bytes_per_second(const input_set& in) {
    static std::map<std::string, double> measured;
    if (auto it = measured.find(in.name); it != measured.end()) return it->second;
    // CPU time, as the benchmarks report, so a busy machine skews both alike.
    auto cpu_now = [] {
        timespec ts{};
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
        return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
    };
    std::size_t rounds = 0, lines = 0;
    const double start = cpu_now();
    auto elapsed = [&] { return cpu_now() - start; };
    while (rounds < 3 || elapsed() < 0.2) {
        for (const std::string& d : in.docs) {
            const char* p = d.data();
            const char* const end = p + d.size();
            while ((p = static_cast<const char*>(std::memchr(p, '\n', static_cast<std::size_t>(end - p))))) ++lines, ++p;
        }
        ++rounds;
    }
    const double rate = static_cast<double>(in.bytes * rounds) / elapsed();
    if (lines == SIZE_MAX) std::abort(); // keeps the count alive
    return measured[in.name] = rate;
}

void report_rates(benchmark::State& state, const input_set& in) {
    const auto bytes = static_cast<double>(in.bytes) * static_cast<double>(state.iterations());
    state.SetBytesProcessed(static_cast<std::int64_t>(bytes));
    state.counters["MB_per_s"] = benchmark::Counter(bytes / 1e6, benchmark::Counter::kIsRate);
    // Seconds the floor would take for the same bytes; shown as elapsed / that.
    state.counters["x_floor"] =
        benchmark::Counter(bytes / floor_bytes_per_second(in), benchmark::Counter::kIsRate | benchmark::Counter::kInvert);
    state.counters["MB"] = static_cast<double>(in.bytes) / 1e6;
}

std::size_t write_json_to_sink(const ect::transcript& t) {
    std::size_t bytes = 0;
    ect::write_json(t, [&bytes](std::string_view piece) { bytes += piece.size(); });
    return bytes;
}

double extra_peak_bytes(const input_set& in, bool json) {
    ect::parser p;
    heap_now.store(0);
    heap_peak.store(0);
    counting.store(true);
    for (const std::string& d : in.docs) {
        const ect::transcript t = p.parse(d);
        if (json) (void)write_json_to_sink(t);
    }
    counting.store(false);
    return static_cast<double>(heap_peak.load());
}

} // namespace ect::bench
