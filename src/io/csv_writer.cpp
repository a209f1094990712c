// to_csv: one row per turn, quoted as RFC 4180 asks. Rows end in LF rather
// than the RFC's CRLF: the output goes through Unix pipes (cut, awk, sort) where
// a stray CR would stick to the last field, and CSV readers (Python's csv,
// spreadsheets, pandas) accept both. A turn's own line breaks stay inside its
// quoted text field.
#include "io/writer_util.hpp"

#include <ect/json.hpp>

#include <string>
#include <string_view>

namespace ect {

namespace {

/// Append one field, quoted only when it holds a comma, quote, CR or LF.
void put_field(std::string& out, std::string_view s) {
    if (s.find_first_of(",\"\r\n") == std::string_view::npos) {
        out += s;
        return;
    }
    out += '"';
    for (char c : s) {
        if (c == '"') out += '"';
        out += c;
    }
    out += '"';
}

void put_number(std::string& out, std::size_t n) { out += std::to_string(n); }

} // namespace

std::string to_csv(const transcript& t, bool header) {
    std::string out;
    // Roughly the text plus the per-row columns; one allocation for most calls.
    out.reserve(t.text().size() + 128 * (t.turns().size() + 1));
    if (header) out += "file,index,section,speaker,role,title,firm,firm_canonical,begin,end,text\n";
    for (const turn& u : t.turns()) {
        const participant* p = io::participant_at(t, u.participant);
        put_field(out, t.source().name);
        out += ',';
        put_number(out, u.index);
        out += ',';
        put_field(out, to_string(u.section));
        out += ',';
        put_field(out, io::speaker_name(t, u));
        out += ',';
        put_field(out, to_string(u.role));
        out += ',';
        put_field(out, p ? p->title : std::string_view{});
        out += ',';
        put_field(out, p ? p->firm.name : std::string_view{});
        out += ',';
        put_field(out, p ? p->firm.canonical : std::string_view{});
        out += ',';
        put_number(out, u.span.begin);
        out += ',';
        put_number(out, u.span.end);
        out += ',';
        put_field(out, u.text);
        out += "\n";
    }
    return out;
}

} // namespace ect
