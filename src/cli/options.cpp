// The command line: `ect dump`, `ect stats`, `ect --version`.
#include "options.hpp"

#include <ect/version.hpp>

#include <CLI/CLI.hpp>

#include <cstdio>
#include <map>
#include <sstream>

namespace ect::cli {

namespace {

void add_common(CLI::App& sub, cli_options& o, unsigned& jobs) {
    sub.add_option("-j,--jobs", jobs, "Files parsed in parallel (0: one per megabyte of input, up to one per hardware thread)")
        ->check(CLI::Range(0u, 1024u))
        ->capture_default_str();
    // Accepts plain bytes or a unit ("64MB", "512k"; k = 1024) for scripts
    // that guard memory on hostile inputs.
    sub.add_option("--max-bytes", o.max_bytes, "Cut inputs larger than this, with an input-too-large error")
        ->transform(CLI::AsSizeValue(false))
        ->check(CLI::Validator(
            [](const std::string& v) { return v == "0" ? std::string("must be at least 1 byte") : std::string(); },
            "", "at least 1"))
        ->capture_default_str();
    sub.add_option("PATH", o.paths, "Files, directories (read recursively, sorted, hidden entries skipped) or - for stdin")
        ->required()
        ->type_name("");
}

/// What CLI11 would print, sent through stdio: the tool writes its output with
/// fwrite, and mixing it with std::cout would need syncing the two.
int report(const CLI::App& app, const CLI::ParseError& e) {
    std::ostringstream out, err;
    const int code = app.exit(e, out, err);
    std::fputs(out.str().c_str(), stdout);
    std::fputs(err.str().c_str(), stderr);
    return code;
}

} // namespace

std::variant<cli_options, int> parse_command_line(int argc, char** argv) {
    cli_options o;
    unsigned jobs = 0;
    std::string format = "json";
    bool no_questions = false;

    CLI::App app{"Parse earnings-call transcripts into a typed model.", "ect"};
    app.set_version_flag("--version", "ect " + std::string(ect::version));
    app.require_subcommand(1);

    CLI::App* dump = app.add_subcommand("dump", "Print the parsed documents");
    dump->add_option("-f,--format", format, "Output: json (the ect-transcript contract), jsonl, csv, text, markdown")
        ->check(CLI::IsMember({"text", "json", "jsonl", "csv", "markdown"}))
        ->capture_default_str();
    dump->add_flag("--no-questions", no_questions, "Do not split analyst turns into questions");
    add_common(*dump, o, jobs);

    CLI::App* stats = app.add_subcommand("stats", "Print one tab-separated line of counts per file");
    add_common(*stats, o, jobs);

    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp& e) {
        return report(app, e);
    } catch (const CLI::CallForAllHelp& e) {
        return report(app, e);
    } catch (const CLI::CallForVersion& e) {
        return report(app, e);
    } catch (const CLI::ParseError& e) {
        // The message, then the usage of the (sub)command that was being
        // parsed: app.help() delegates to the selected subcommand.
        std::fprintf(stderr, "ect: %s\n\n%s", e.what(), app.help().c_str());
        return exit_usage;
    }

    static const std::map<std::string, output_format> formats = {{"text", output_format::text},
                                                                 {"json", output_format::json},
                                                                 {"jsonl", output_format::jsonl},
                                                                 {"csv", output_format::csv},
                                                                 {"markdown", output_format::markdown}};
    o.command = stats->parsed() ? command::stats : command::dump;
    o.format = formats.at(format);
    o.jobs = jobs;
    o.questions = !no_questions;
    return o;
}

} // namespace ect::cli
