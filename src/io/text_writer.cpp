// to_text: a dump for people reading a terminal. Excerpts, not full text:
// the point is to see at a glance who speaks where and what was split out as
// a question; the JSON carries everything.
#include "io/writer_util.hpp"

#include <ect/json.hpp>

#include <string>
#include <string_view>

namespace ect {

namespace {

// Wide enough for a question or two lines of a terminal, short enough that a
// long prepared remark does not bury the structure.
constexpr std::size_t excerpt_code_points = 160;

void put_header(std::string& out, const transcript& t) {
    out += t.source().name;
    out += ": dialect=";
    out += t.dialect().empty() ? std::string_view{"?"} : t.dialect();
    out += " language=";
    out += t.language().empty() ? std::string_view{"?"} : t.language();
    out += " kind=";
    out += to_string(t.kind());
    out += " participants=" + std::to_string(t.participants().size());
    out += " turns=" + std::to_string(t.turns().size());
    out += " exchanges=" + std::to_string(t.exchanges().size());
    out += " questions=" + std::to_string(io::question_count(t));
    out += " statements=" + std::to_string(t.statements().size());
    out += " diagnostics=" + std::to_string(t.diagnostics().size());
    out += '\n';
}

void put_turn(std::string& out, const transcript& t, const turn& u) {
    out += '[' + std::to_string(u.index) + "] ";
    out += to_string(u.section);
    out += "  ";
    const std::string_view who = io::speaker_name(t, u);
    out += who.empty() ? std::string_view{"(unknown speaker)"} : who;
    out += " (";
    out += to_string(u.role);
    if (const participant* p = io::participant_at(t, u.participant); p && !p->firm.empty()) {
        out += ", ";
        out += io::firm_display(p->firm);
    }
    out += ")\n  ";
    out += io::excerpt(u.text, excerpt_code_points);
    out += '\n';
    for (const question& q : u.questions) {
        out += "    ? ";
        out += io::excerpt(q.text, excerpt_code_points);
        out += '\n';
    }
}

void put_statement(std::string& out, const transcript& t, const statement& s) {
    const participant* p = io::participant_at(t, s.participant);
    out += p && !p->name.empty() ? p->name : std::string_view{"(unknown speaker)"};
    out += " [";
    out += s.cue;
    out += "] ";
    // Quotation marks tell a direct quote from reported speech at a glance.
    if (s.direct) out += "“";
    out += io::excerpt(s.text, excerpt_code_points);
    if (s.direct) out += "”";
    out += '\n';
}

void put_diagnostic(std::string& out, const transcript& t, const diagnostic& d) {
    // Compiler style, so editors and grep users can jump to the line.
    out += t.source().name;
    out += ':' + std::to_string(d.line) + ':' + std::to_string(d.column) + ": ";
    out += to_string(d.severity);
    out += ": ";
    out += d.message;
    out += " [";
    out += d.code;
    out += "]\n";
}

} // namespace

std::string to_text(const transcript& t) {
    std::string out;
    out.reserve(256 + 400 * t.turns().size());
    put_header(out, t);
    for (const turn& u : t.turns()) put_turn(out, t, u);
    // News has statements and no turns; a transcript may still report speech
    // in its editor's text, so statements are listed whenever there are any.
    for (const statement& s : t.statements()) put_statement(out, t, s);
    for (const diagnostic& d : t.diagnostics()) put_diagnostic(out, t, d);
    return out;
}

} // namespace ect
