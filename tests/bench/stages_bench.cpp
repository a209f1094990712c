// Throughput of each pipeline stage and of the whole parse, in bytes of input
// per second, with the floor (memchr over the same bytes) as a counter:
// `x_floor` = how many times longer than the floor the work took.
// Each stage is timed alone on state prepared by the stages before it. JSON
// is written as `ect dump` writes it: in pieces, to a sink (here, a counter).
#include "inputs.hpp"

#include "attribute/metadata.hpp"
#include "attribute/people.hpp"
#include "core/transcript_data.hpp"
#include "dialects/dialect.hpp"
#include "qa/qa.hpp"
#include "text/decode.hpp"
#include "text/icu_tools.hpp"

#include <ect/ect.hpp>

#include <benchmark/benchmark.h>

#include <cstring>
#include <map>
#include <memory>

namespace {

using ect::bench::input_set;

// The state of one document after every stage, built once per input set.
struct prepared {
    std::string text;
    std::unique_ptr<ect::layout::document> doc;
    ect::segment::draft draft;
    std::unique_ptr<ect::detail::transcript_data> data;
    ect::transcript parsed;
};

struct services {
    ect::text::decoder decoder;
    ect::text::romanizer romanizer;
    ect::text::script_folder folder;
    ect::text::sentence_splitter sentences;
    ect::parser parser;
};

services& svc() {
    static services s;
    return s;
}

void attribute_into(const prepared& p, ect::detail::transcript_data& data) {
    std::vector<ect::segment::note> notes;
    ect::attribute::attribute(*p.doc, p.draft, {svc().romanizer, svc().folder}, data, notes);
    ect::attribute::find_metadata(*p.doc, data);
}

const std::vector<prepared>& prepare(const input_set& in) {
    static std::map<std::string, std::vector<prepared>> cache;
    auto [it, fresh] = cache.try_emplace(in.name);
    if (!fresh) return it->second;
    for (const std::string& bytes : in.docs) {
        prepared p;
        p.text = svc().decoder.decode(bytes).text;
        p.doc = std::make_unique<ect::layout::document>(p.text);
        ect::dialects::choose(*p.doc).read(*p.doc, p.draft);
        p.data = std::make_unique<ect::detail::transcript_data>();
        p.data->text = p.text;
        attribute_into(p, *p.data);
        p.parsed = svc().parser.parse(bytes);
        it->second.push_back(std::move(p));
    }
    return it->second;
}

using getter = const input_set& (*)();
const input_set& corpus_en() { return ect::bench::corpus("en"); }
const input_set& corpus_zh() { return ect::bench::corpus("zh"); }
const input_set& gen_en() { return ect::bench::generated("en", 50); }
const input_set& gen_zh() { return ect::bench::generated("zh", 50); }

void floor(benchmark::State& state, getter get) {
    const input_set& in = get();
    std::size_t lines = 0;
    for (auto _ : state)
        for (const std::string& d : in.docs) {
            const char* p = d.data();
            const char* const end = p + d.size();
            while ((p = static_cast<const char*>(std::memchr(p, '\n', static_cast<std::size_t>(end - p))))) ++lines, ++p;
            benchmark::DoNotOptimize(lines);
        }
    ect::bench::report_rates(state, in);
}

void decode(benchmark::State& state, getter get) {
    const input_set& in = get();
    for (auto _ : state)
        for (const std::string& d : in.docs) benchmark::DoNotOptimize(svc().decoder.decode(d));
    ect::bench::report_rates(state, in);
}

void lines_and_furniture(benchmark::State& state, getter get) {
    const input_set& in = get();
    const auto& prep = prepare(in);
    for (auto _ : state)
        for (const prepared& p : prep) benchmark::DoNotOptimize(ect::layout::document(p.text));
    ect::bench::report_rates(state, in);
}

void dialect_and_segments(benchmark::State& state, getter get) {
    const input_set& in = get();
    const auto& prep = prepare(in);
    for (auto _ : state)
        for (const prepared& p : prep) {
            // A fresh document each time: it caches per-line facts on first
            // use, and a parse starts with none of them.
            state.PauseTiming();
            const ect::layout::document doc(p.text);
            state.ResumeTiming();
            ect::segment::draft d;
            ect::dialects::choose(doc).read(doc, d);
            benchmark::DoNotOptimize(d);
        }
    ect::bench::report_rates(state, in);
}

void attribution(benchmark::State& state, getter get) {
    const input_set& in = get();
    const auto& prep = prepare(in);
    for (auto _ : state)
        for (const prepared& p : prep) {
            state.PauseTiming();
            ect::detail::transcript_data data;
            data.text = p.text;
            state.ResumeTiming();
            attribute_into(p, data);
            benchmark::DoNotOptimize(data);
        }
    ect::bench::report_rates(state, in);
}

void questions(benchmark::State& state, getter get) {
    const input_set& in = get();
    const auto& prep = prepare(in);
    for (auto _ : state)
        for (const prepared& p : prep) {
            ect::qa::find_questions(*p.data, svc().sentences);
            ect::qa::build_exchanges(*p.data);
            ect::qa::link_statements(p.draft, *p.data);
            p.data->store.clear(); // joined question texts of this round
        }
    ect::bench::report_rates(state, in);
}

void json(benchmark::State& state, getter get) {
    const input_set& in = get();
    const auto& prep = prepare(in);
    for (auto _ : state)
        for (const prepared& p : prep) benchmark::DoNotOptimize(ect::bench::write_json_to_sink(p.parsed));
    ect::bench::report_rates(state, in);
}

void end_to_end(benchmark::State& state, getter get, bool with_json) {
    const input_set& in = get();
    for (auto _ : state)
        for (const std::string& d : in.docs) {
            const ect::transcript t = svc().parser.parse(d);
            if (with_json) benchmark::DoNotOptimize(ect::bench::write_json_to_sink(t));
        }
    ect::bench::report_rates(state, in);
    state.counters["peak_MB_per_MB"] = ect::bench::extra_peak_bytes(in, with_json) / static_cast<double>(in.bytes);
}

void parse_only(benchmark::State& state, getter get) { end_to_end(state, get, false); }
void parse_json(benchmark::State& state, getter get) { end_to_end(state, get, true); }

int register_all() {
    const std::pair<const char*, getter> inputs[] = {
        {"corpus_en", corpus_en}, {"corpus_zh", corpus_zh}, {"generated_en_50MB", gen_en}, {"generated_zh_50MB", gen_zh}};
    const std::pair<const char*, void (*)(benchmark::State&, getter)> stages[] = {
        {"floor_memchr", floor},          {"decode", decode},       {"lines_furniture", lines_and_furniture},
        {"dialect_segment", dialect_and_segments}, {"attribution", attribution}, {"questions", questions},
        {"json", json},                   {"parse", parse_only},    {"parse_json", parse_json}};
    for (const auto& [input, get] : inputs)
        for (const auto& [stage, fn] : stages)
            benchmark::RegisterBenchmark((std::string(stage) + "/" + input).c_str(),
                                         [fn = fn, get = get](benchmark::State& state) {
                                             if (get().docs.empty()) return state.SkipWithError("no input (ECT_SHARED_DIR?)");
                                             fn(state, get);
                                         })
                ->Unit(benchmark::kMillisecond)
                ->MinTime(0.3);
    return 0;
}

const int registered = register_all();

} // namespace
