// What one more parser costs: `ect dump --jobs N` builds one per worker, so
// this is paid N times per run. The first parser of a process also pays for
// ICU's shared caches; that happens once, before these loops.
#include <ect/ect.hpp>

#include <benchmark/benchmark.h>

namespace {

constexpr std::string_view english_call = "Operator: Welcome to the call.\nJane Doe: Thank you.\n";
constexpr std::string_view chinese_call = "高盛分析師Lincoln Kong：請問利潤率？\n程一笑：謝謝你的問題。\n";

void parser_then_parse(benchmark::State& state, std::string_view doc) {
    { ect::parser warm; benchmark::DoNotOptimize(warm.parse(doc)); }
    for (auto _ : state) {
        ect::parser p;
        benchmark::DoNotOptimize(p.parse(doc));
    }
}

void setup_english(benchmark::State& state) { parser_then_parse(state, english_call); }
void setup_chinese(benchmark::State& state) { parser_then_parse(state, chinese_call); }

BENCHMARK(setup_english)->Name("parser_setup/english_call")->Unit(benchmark::kMicrosecond);
BENCHMARK(setup_chinese)->Name("parser_setup/chinese_call")->Unit(benchmark::kMicrosecond);

} // namespace
