// Counts per document for `ect stats`.
#include "stats.hpp"

namespace ect::cli {

namespace {

/// A field that cannot break the table: a tab or line break in a file name
/// would shift every column after it.
void put_field(std::string& out, std::string_view s) {
    for (char c : s) out += (c == '\t' || c == '\n' || c == '\r') ? ' ' : c;
}

void put_count(std::string& out, std::size_t n) {
    out += '\t';
    out += std::to_string(n);
}

} // namespace

std::string stats_header() { return "path\tdialect\tkind\tturns\texchanges\tquestions\tparticipants\tdiagnostics\n"; }

std::string stats_line(const ect::transcript& t) {
    std::size_t questions = 0;
    for (const ect::turn& u : t.turns()) questions += u.questions.size();
    std::string out;
    put_field(out, t.source().name);
    out += '\t';
    put_field(out, t.dialect());
    out += '\t';
    put_field(out, to_string(t.kind()));
    put_count(out, t.turns().size());
    put_count(out, t.exchanges().size());
    put_count(out, questions);
    put_count(out, t.participants().size());
    put_count(out, t.diagnostics().size());
    out += '\n';
    return out;
}

} // namespace ect::cli
