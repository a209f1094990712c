// ect: parse earnings-call transcripts from the command line.
//   ect dump [--format text|json|jsonl|csv|markdown] [--jobs N] PATH...|-
//   ect stats [--jobs N] PATH...
#include "commands.hpp"
#include "memory.hpp"
#include "options.hpp"
#include "output.hpp"

#include <cstdio>
#include <cstdlib>
#include <exception>
#include <variant>

int main(int argc, char** argv) {
    // Before anything is written, help text included: `ect --help | head -1`
    // must not die of SIGPIPE.
    ect::cli::ignore_sigpipe();
    ect::cli::keep_freed_memory();
    ect::cli::heap_in_huge_pages();
    auto parsed = ect::cli::parse_command_line(argc, argv);
    if (const int* code = std::get_if<int>(&parsed)) return *code;
    try {
        const int code = ect::cli::run(std::get<ect::cli::cli_options>(parsed));
        // run() has flushed the output and judged how it went. Leaving without
        // the static destructors spares freeing the process-wide tables entry
        // by entry, which a short run would otherwise wait on.
        std::fflush(stdout);
        std::fflush(stderr);
        std::_Exit(code);
    } catch (const std::exception& e) {
        // Content never throws; this is resources (threads, memory).
        std::fprintf(stderr, "ect: %s\n", e.what());
        return ect::cli::exit_input_error;
    }
}
