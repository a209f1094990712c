// Issue 6: hostile shapes at two sizes, one tenth apart. Linear work shows as
// the same bytes per second (and the same x_floor) at both sizes.
#include "inputs.hpp"

#include <ect/ect.hpp>

#include <benchmark/benchmark.h>

namespace {

void hostile(benchmark::State& state, const char* shape, std::size_t n) {
    const ect::bench::input_set& in = ect::bench::hostile(shape, n);
    ect::parser parser;
    for (auto _ : state)
        for (const std::string& d : in.docs) benchmark::DoNotOptimize(parser.parse(d));
    ect::bench::report_rates(state, in);
    state.counters["peak_MB_per_MB"] = ect::bench::extra_peak_bytes(in, false) / static_cast<double>(in.bytes);
}

// 10^6 colons on one line; 50 MB without a line break; 10^6 one-character lines.
BENCHMARK_CAPTURE(hostile, colons_1e5, "colons", 100'000)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(hostile, colons_1e6, "colons", 1'000'000)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(hostile, no_newline_5MB, "no-newline", 5'000'000)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(hostile, no_newline_50MB, "no-newline", 50'000'000)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(hostile, short_lines_1e5, "short-lines", 100'000)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(hostile, short_lines_1e6, "short-lines", 1'000'000)->Unit(benchmark::kMillisecond);

} // namespace
