// to_markdown: a report to read or paste into notes: who took part, then the
// Q&A one exchange (one analyst slot) at a time.
#include "io/writer_util.hpp"

#include <ect/json.hpp>

#include <limits>
#include <string>
#include <string_view>
#include <vector>

namespace ect {

namespace {

constexpr std::size_t no_limit = std::numeric_limits<std::size_t>::max();

/// Inline text: on one line (a line break would end a list item or a table
/// row early), whole, with white space runs folded.
std::string inline_text(std::string_view s) { return io::excerpt(s, no_limit); }

/// A table cell: inline, and a `|` would start a new cell.
std::string cell(std::string_view s) {
    std::string out;
    for (char c : inline_text(s)) {
        if (c == '|') out += '\\';
        out += c;
    }
    return out;
}

/// "Name (Canonical)" when the table knows the firm under another name.
std::string firm_cell(const firm_ref& f) {
    if (f.canonical.empty() || f.canonical == f.name) return std::string(io::firm_display(f));
    if (f.name.empty()) return std::string(f.canonical);
    return std::string(f.name) + " (" + std::string(f.canonical) + ")";
}

std::string_view name_of(const transcript& t, std::size_t id) {
    const participant* p = io::participant_at(t, id);
    return p && !p->name.empty() ? p->name : std::string_view{"(unknown speaker)"};
}

void put_heading(std::string& out, const transcript& t) {
    const auto& m = t.metadata();
    std::string_view title = t.source().name;
    if (m.company && !m.company->name.empty()) title = m.company->name;
    else if (m.company && !m.company->canonical.empty()) title = m.company->canonical;
    out += "# " + inline_text(title) + "\n\n";

    // One line of facts, each only when the text gave it.
    std::vector<std::string> facts;
    if (m.company && !m.company->canonical.empty() && m.company->canonical != title)
        facts.push_back("**Company:** " + inline_text(m.company->canonical));
    if (m.company && !m.company->ticker.empty()) facts.push_back("**Ticker:** " + inline_text(m.company->ticker));
    if (m.period) {
        std::string period = inline_text(m.period->text);
        if (period.empty() && m.period->fiscal_year) {
            period = "FY" + std::to_string(*m.period->fiscal_year);
            if (m.period->fiscal_quarter) period += " Q" + std::to_string(*m.period->fiscal_quarter);
        }
        if (!period.empty()) facts.push_back("**Period:** " + period);
    }
    if (!m.date.empty()) facts.push_back("**Date:** " + m.date);
    facts.push_back("**Source:** " + inline_text(t.source().name));
    if (!t.dialect().empty()) facts.push_back("**Dialect:** " + std::string(t.dialect()));
    if (!t.language().empty()) facts.push_back("**Language:** " + std::string(t.language()));
    facts.push_back("**Kind:** " + std::string(to_string(t.kind())));
    for (std::size_t i = 0; i < facts.size(); ++i) out += (i ? " · " : "") + facts[i];
    out += "\n\n";
}

void put_participants(std::string& out, const transcript& t) {
    if (t.participants().empty()) return;
    out += "## Participants\n\n| Name | Latin | Role | Title | Firm |\n|---|---|---|---|---|\n";
    for (const participant& p : t.participants()) {
        out += "| " + cell(p.name) + " | " + cell(p.latin) + " | " + std::string(to_string(p.role)) + " | ";
        out += cell(p.title) + " | " + cell(firm_cell(p.firm)) + " |\n";
    }
    out += '\n';
}

void put_exchange(std::string& out, const transcript& t, std::size_t number, const exchange& e) {
    const auto turns = t.turns();
    out += "### Exchange " + std::to_string(number) + " — " + inline_text(name_of(t, e.asker));
    if (const participant* p = io::participant_at(t, e.asker); p && !p->firm.empty())
        out += " (" + inline_text(io::firm_display(p->firm)) + ")";
    out += "\n\n";

    std::size_t n = 0;
    for (std::size_t i : e.question_turns) {
        if (i >= turns.size()) continue;
        const turn& u = turns[i];
        // A follow-up the question splitter found nothing in still shows up,
        // by its opening sentence, so no analyst turn disappears.
        if (u.questions.empty()) {
            const std::string first = inline_text(io::first_sentence(u.text));
            if (!first.empty()) out += std::to_string(++n) + ". " + first + "\n";
            continue;
        }
        for (const question& q : u.questions) out += std::to_string(++n) + ". " + inline_text(q.text) + "\n";
    }
    if (n) out += '\n';

    std::vector<std::string_view> answerers;
    for (std::size_t i : e.answer_turns) {
        if (i >= turns.size()) continue;
        const std::string_view who = io::speaker_name(t, turns[i]);
        if (who.empty()) continue;
        bool seen = false;
        for (std::string_view a : answerers) seen = seen || a == who;
        if (!seen) answerers.push_back(who);
    }
    out += "Answered by: ";
    if (answerers.empty()) out += "(no answer found)";
    for (std::size_t i = 0; i < answerers.size(); ++i) out += (i ? ", " : "") + inline_text(answerers[i]);
    out += "\n\n";
}

void put_statements(std::string& out, const transcript& t) {
    if (t.statements().empty()) return;
    out += "## Statements\n\n";
    for (const statement& s : t.statements()) {
        out += "- **" + inline_text(name_of(t, s.participant)) + "** (" + inline_text(s.cue) + "): ";
        out += s.direct ? "“" + inline_text(s.text) + "”" : inline_text(s.text);
        out += '\n';
    }
    out += '\n';
}

void put_diagnostics(std::string& out, const transcript& t) {
    if (t.diagnostics().empty()) return;
    out += "## Diagnostics\n\n";
    for (const diagnostic& d : t.diagnostics()) {
        out += "- `" + std::to_string(d.line) + ':' + std::to_string(d.column) + "` " +
               std::string(to_string(d.severity)) + ": " + inline_text(d.message) + " [" + d.code + "]\n";
    }
    out += '\n';
}

} // namespace

std::string to_markdown(const transcript& t) {
    std::string out;
    put_heading(out, t);
    put_participants(out, t);
    if (!t.exchanges().empty()) {
        out += "## Q&A\n\n";
        std::size_t number = 0;
        for (const exchange& e : t.exchanges()) put_exchange(out, t, ++number, e);
    }
    put_statements(out, t);
    put_diagnostics(out, t);
    // One trailing newline, not a blank line: the CLI separates files itself.
    while (out.size() > 1 && out.ends_with("\n\n")) out.pop_back();
    return out;
}

} // namespace ect
