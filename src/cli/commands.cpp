// `ect dump` and `ect stats`: choose how each document is rendered and what
// goes before and between documents; the batch runner does the rest.
#include "commands.hpp"

#include "batch.hpp"
#include "inputs.hpp"
#include "output.hpp"
#include "stats.hpp"

#include <ect/json.hpp>

#include <cstdio>
#include <cstring>
#include <optional>

namespace ect::cli {

namespace {

struct render_plan {
    render_fn render;
    std::string prologue;  ///< printed once before the documents (a header line)
    std::string separator; ///< printed between two documents
};

/// Each document ends in a line break, so documents and rows concatenate.
template <class F>
render_fn line_terminated(F write) {
    return [write](const ect::transcript& t, const piece_fn& out) {
        std::string s = write(t);
        if (s.empty() || s.back() != '\n') s += '\n';
        out(s);
    };
}

/// JSON in pieces (the writer never ends a document with a line break).
render_fn json_lines(int indent) {
    return [indent](const ect::transcript& t, const piece_fn& out) {
        write_json(t, out, indent);
        out("\n");
    };
}

render_plan plan_for(const cli_options& o) {
    if (o.command == command::stats)
        return {[](const ect::transcript& t, const piece_fn& out) { out(stats_line(t)); }, stats_header(), ""};
    switch (o.format) {
    case output_format::json:
        // Several inputs give several pretty documents in a row, which `jq`
        // and json.load-per-document readers take as a stream.
        return {json_lines(2), "", ""};
    case output_format::jsonl:
        return {json_lines(-1), "", ""};
    case output_format::csv:
        // The header once, from the writer itself so the two cannot drift.
        return {[](const ect::transcript& t, const piece_fn& out) { out(to_csv(t, false)); },
                to_csv(ect::transcript{}, true), ""};
    case output_format::text:
        return {line_terminated([](const ect::transcript& t) { return to_text(t); }), "", "\n"};
    case output_format::markdown:
        return {line_terminated([](const ect::transcript& t) { return to_markdown(t); }), "", "\n"};
    }
    return {};
}

} // namespace

int run(const cli_options& o) {
    const input_list inputs = expand_inputs(o.paths);
    ect::options base;
    base.max_input_bytes = o.max_bytes;
    base.questions = o.questions;

    const render_plan how = plan_for(o);
    stdout_sink out;
    out.write(how.prologue);
    std::optional<std::size_t> current; // the document being written
    auto emit = [&](std::size_t index, std::string_view piece) {
        if (current != index) {
            if (current && !out.write(how.separator)) return false;
            current = index;
        }
        return out.write(piece);
    };
    batch_outcome result;
    const unsigned jobs = o.jobs != 0 ? o.jobs : workers_for(inputs.paths);
    if (!out.failed()) result = run_batch(inputs.paths, base, jobs, how.render, emit);
    out.flush();

    const bool inputs_failed = inputs.any_failed || result.any_failed;
    // A reader that closed the pipe (`| head`) got what it wanted: stop
    // without a message. Any other write failure is an error.
    if (out.failed() && !out.broken_pipe()) {
        std::fprintf(stderr, "ect: error writing output: %s\n", std::strerror(out.error()));
        return exit_input_error;
    }
    return inputs_failed ? exit_input_error : exit_ok;
}

} // namespace ect::cli
