#pragma once
// Inputs of the benchmarks: the shared corpus read at run time (never
// copied), transcripts generated from our own templates, and the hostile
// shapes of issue 6. Each is built once and cached.

#include <ect/transcript.hpp>

#include <benchmark/benchmark.h>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace ect::bench {

/// A set of documents parsed one by one; `bytes` is their total size.
struct input_set {
    std::string name;
    std::vector<std::string> docs;
    std::size_t bytes = 0;
};

/// Every corpus file whose MANIFEST language is English ("en") or Chinese
/// ("zh"), read from $ECT_SHARED_DIR/corpus (default: the build's shared dir).
/// Empty when the corpus is not there.
const input_set& corpus(std::string_view language);

/// One generated transcript of about `megabytes` MB: operator intros,
/// analyst questions, executive answers and page furniture, in English or in
/// the Chinese write-up layout.
const input_set& generated(std::string_view language, std::size_t megabytes);

/// Hostile shapes: "colons" (one line of n colons), "no-newline" (n bytes of
/// prose without a line break), "short-lines" (n one-character lines).
const input_set& hostile(std::string_view shape, std::size_t n);

/// Bytes per second of the floor: reading the bytes and counting line breaks
/// with memchr. Measured once per input set, in this process.
double floor_bytes_per_second(const input_set& in);

/// Sets the rates every benchmark of `in` reports once its loop is done:
/// bytes_per_second (Google Benchmark's, printed in units of 1024: its
/// "M/s" is MiB/s), MB_per_s (10^6 bytes a second, the unit of our targets),
/// x_floor (the time over the floor's for the same bytes) and MB (the input).
void report_rates(benchmark::State& state, const input_set& in);

/// Writes `t` as `ect dump` does (JSON in pieces) to a sink that only
/// counts the bytes; returns the count.
std::size_t write_json_to_sink(const ect::transcript& t);

/// Peak heap (bytes, over what was in use before) of parsing every document
/// of `in` with a fresh parser (and writing JSON when `json`), counted by the
/// benchmark's operator new.
double extra_peak_bytes(const input_set& in, bool json);

} // namespace ect::bench
