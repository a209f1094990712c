// to_json: the `ect-transcript` contract, version 1 (shared/schema/README.md).
// Key order follows the contract so diffs of output stay readable. Absent
// information is null (scalars, objects) or [] (lists), never an empty string
// or an invented value. Written in one pass by json_stream: no tree is built,
// so the output is the only copy of the text.
#include "io/json_stream.hpp"

#include <ect/json.hpp>

#include <ostream>

namespace ect {

namespace {

using io::json_stream;

void span_members(json_stream& j, const byte_span& s) {
    j.member("begin", s.begin);
    j.member("end", s.end);
}

void write_metadata(json_stream& j, const ect::metadata& m) {
    j.begin_object();
    j.key("company");
    if (m.company) {
        j.begin_object();
        j.optional_member("name", m.company->name);
        j.optional_member("canonical", m.company->canonical);
        j.optional_member("ticker", m.company->ticker);
        j.end_object();
    } else {
        j.null();
    }
    j.key("period");
    if (m.period) {
        j.begin_object();
        j.optional_member("fiscal_year", m.period->fiscal_year);
        j.optional_member("fiscal_quarter", m.period->fiscal_quarter);
        j.optional_member("text", m.period->text);
        j.end_object();
    } else {
        j.null();
    }
    j.optional_member("date", m.date);
    j.end_object();
}

void write_participant(json_stream& j, const participant& p) {
    j.begin_object();
    j.member("id", p.id);
    j.member("name", p.name);
    // A name the romaniser could not handle has no Latin form: null, not a
    // copy, so downstream matching does not trust it.
    j.optional_member("latin", p.latin);
    j.member("role", to_string(p.role));
    j.optional_member("title", p.title);
    j.array_member("titles", p.titles);
    j.key("firm");
    if (p.firm.empty()) {
        j.null();
    } else {
        j.begin_object();
        j.optional_member("name", p.firm.name);
        j.optional_member("canonical", p.firm.canonical);
        j.end_object();
    }
    j.member("turns", p.turns);
    j.array_member("aliases", p.aliases);
    j.end_object();
}

void write_turn(json_stream& j, const turn& u) {
    j.begin_object();
    j.member("index", u.index);
    j.optional_member("participant", u.participant);
    j.member("role", to_string(u.role));
    j.member("section", to_string(u.section));
    j.optional_member("label", u.label);
    span_members(j, u.span);
    j.member("text", u.text);
    // `pieces` is present only when furniture split the turn: a single piece
    // would just repeat begin/end.
    if (u.pieces.size() > 1) {
        j.key("pieces");
        j.begin_array();
        for (const byte_span& s : u.pieces) {
            j.begin_array();
            j.value(s.begin);
            j.value(s.end);
            j.end_array();
        }
        j.end_array();
    }
    j.key("questions");
    j.begin_array();
    for (const question& q : u.questions) {
        j.begin_object();
        j.member("text", q.text);
        span_members(j, q.span);
        j.end_object();
    }
    j.end_array();
    j.end_object();
}

void write_exchange(json_stream& j, const exchange& e) {
    j.begin_object();
    j.member("index", e.index);
    j.member("asker", e.asker);
    j.array_member("question_turns", e.question_turns);
    j.array_member("answer_turns", e.answer_turns);
    j.end_object();
}

void write_statement(json_stream& j, const statement& s) {
    j.begin_object();
    j.member("participant", s.participant);
    j.member("cue", s.cue);
    j.member("direct", s.direct);
    j.member("text", s.text);
    span_members(j, s.span);
    j.end_object();
}

/// A section or a skipped span: its kind and where it lies.
template <class KindAndSpan> void write_kind_and_span(json_stream& j, const KindAndSpan& s) {
    j.begin_object();
    j.member("kind", to_string(s.kind));
    span_members(j, s.span);
    j.end_object();
}

void write_diagnostic(json_stream& j, const diagnostic& d) {
    j.begin_object();
    j.member("severity", to_string(d.severity));
    j.member("code", d.code);
    j.member("line", d.line);
    j.member("column", d.column);
    j.member("offset", d.offset);
    j.member("message", d.message);
    j.end_object();
}

/// `"name": [...]` with one object per item, written by `write`.
template <class Items, class Write, class Drain>
void list(json_stream& j, std::string_view name, const Items& items, Write write, Drain drain) {
    j.key(name);
    j.begin_array();
    for (const auto& item : items) {
        write(j, item);
        drain();
    }
    j.end_array();
}

/// A rough size of the output, so the string grows once or twice, not
/// log2(size) times: the text appears about once, plus per-turn keys.
std::size_t expected_size(const transcript& t) {
    return t.text().size() + 512 * (t.turns().size() + t.participants().size()) + 4096;
}

/// Writes the document into `j`, calling `drain` after each list item so a
/// caller writing in pieces can empty the buffer on the way.
template <class Drain> void write_document(json_stream& j, const transcript& t, Drain drain) {
    const source_info& src = t.source();
    j.begin_object();
    j.member("format", "ect-transcript");
    j.member("version", 1);
    j.key("source");
    j.begin_object();
    j.member("name", src.name);
    j.member("bytes", src.bytes);
    j.member("encoding", src.encoding);
    j.end_object();
    j.member("kind", to_string(t.kind()));
    j.member("dialect", t.dialect());
    j.member("language", t.language());
    j.key("metadata");
    write_metadata(j, t.metadata());
    list(j, "participants", t.participants(), write_participant, drain);
    list(j, "sections", t.sections(), write_kind_and_span<section>, drain);
    list(j, "turns", t.turns(), write_turn, drain);
    list(j, "exchanges", t.exchanges(), write_exchange, drain);
    list(j, "statements", t.statements(), write_statement, drain);
    list(j, "skipped", t.skipped(), write_kind_and_span<ect::skipped>, drain);
    list(j, "diagnostics", t.diagnostics(), write_diagnostic, drain);
    j.end_object();
}

constexpr std::size_t piece_bytes = std::size_t{64} << 10;

} // namespace

std::string to_json(const transcript& t, int indent) {
    std::string out;
    out.reserve(expected_size(t));
    json_stream j(out, indent < 0 ? -1 : indent);
    write_document(j, t, [] {});
    return out;
}

void write_json(const transcript& t, const chunk_writer& write, int indent) {
    std::string buffer;
    buffer.reserve(2 * piece_bytes);
    json_stream j(buffer, indent < 0 ? -1 : indent);
    write_document(j, t, [&] {
        if (buffer.size() < piece_bytes) return;
        write(buffer);
        buffer.clear();
    });
    if (!buffer.empty()) write(buffer);
}

void write_json(const transcript& t, std::ostream& out, int indent) {
    write_json(t, [&out](std::string_view piece) { out.write(piece.data(), static_cast<std::streamsize>(piece.size())); },
               indent);
}

} // namespace ect
