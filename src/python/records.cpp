// Flat tables of a transcript: one dict per row, scalar columns (ids resolved
// to names next to them), so `pandas.DataFrame(t.to_records("turns"))` gives
// a usable frame without any unpacking.
#include "view.hpp"

#include <pybind11/stl.h>

#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <vector>

namespace ect::python {

namespace {

const participant* person(const transcript& t, std::optional<std::size_t> id) {
    const auto people = t.participants();
    if (!id || *id >= people.size()) return nullptr;
    return &people[*id];
}

/// Speaker columns shared by the turn, question and statement tables.
void add_speaker(py::dict& row, const transcript& t, std::optional<std::size_t> id) {
    const participant* p = person(t, id);
    row["participant"] = opt(id);
    row["speaker"] = p ? opt_str(p->name) : py::none();
    row["title"] = p ? opt_str(p->title) : py::none();
    row["firm"] = p ? opt_str(p->firm.name) : py::none();
    row["firm_canonical"] = p ? opt_str(p->firm.canonical) : py::none();
}

/// The exchange each turn belongs to, if any (operator turns belong to none).
std::vector<std::optional<std::size_t>> exchange_of_turns(const transcript& t) {
    std::vector<std::optional<std::size_t>> out(t.turns().size());
    for (const exchange& e : t.exchanges()) {
        for (const auto* list : {&e.question_turns, &e.answer_turns}) {
            for (std::size_t i : *list) {
                if (i < out.size()) out[i] = e.index;
            }
        }
    }
    return out;
}

py::object exchange_at(const std::vector<std::optional<std::size_t>>& exchanges, std::size_t turn) {
    return turn < exchanges.size() ? opt(exchanges[turn]) : py::none();
}

py::list turn_rows(const transcript& t) {
    const auto exchanges = exchange_of_turns(t);
    py::list rows;
    for (const turn& u : t.turns()) {
        py::dict row;
        row["file"] = str(t.source().name);
        row["index"] = u.index;
        row["section"] = str(to_string(u.section));
        add_speaker(row, t, u.participant);
        // The turn's own role: a speaker's role may be unresolved on one turn.
        row["role"] = str(to_string(u.role));
        row["label"] = opt_str(u.label);
        row["exchange"] = exchange_at(exchanges, u.index);
        row["begin"] = u.span.begin;
        row["end"] = u.span.end;
        row["question_count"] = u.questions.size();
        row["text"] = str(u.text);
        rows.append(row);
    }
    return rows;
}

py::list participant_rows(const transcript& t) {
    py::list rows;
    for (const participant& p : t.participants()) {
        py::dict row = to_dict(p);
        row["firm"] = opt_str(p.firm.name);
        row["firm_canonical"] = opt_str(p.firm.canonical);
        rows.append(row);
    }
    return rows;
}

py::list question_rows(const transcript& t) {
    const auto exchanges = exchange_of_turns(t);
    py::list rows;
    for (const turn& u : t.turns()) {
        for (std::size_t i = 0; i < u.questions.size(); ++i) {
            const question& q = u.questions[i];
            py::dict row;
            row["turn"] = u.index;
            row["number"] = i;
            row["exchange"] = exchange_at(exchanges, u.index);
            add_speaker(row, t, u.participant);
            row["begin"] = q.span.begin;
            row["end"] = q.span.end;
            row["text"] = str(q.text);
            rows.append(row);
        }
    }
    return rows;
}

py::list exchange_rows(const transcript& t) {
    py::list rows;
    for (const exchange& e : t.exchanges()) {
        py::dict row;
        row["index"] = e.index;
        row["asker"] = e.asker;
        const participant* p = person(t, e.asker);
        row["asker_name"] = p ? opt_str(p->name) : py::none();
        row["firm"] = p ? opt_str(p->firm.name) : py::none();
        row["firm_canonical"] = p ? opt_str(p->firm.canonical) : py::none();
        row["question_turns"] = py::cast(e.question_turns);
        row["answer_turns"] = py::cast(e.answer_turns);
        rows.append(row);
    }
    return rows;
}

py::list statement_rows(const transcript& t) {
    py::list rows;
    for (const statement& s : t.statements()) {
        py::dict row;
        add_speaker(row, t, s.participant);
        row["cue"] = str(s.cue);
        row["direct"] = s.direct;
        row["begin"] = s.span.begin;
        row["end"] = s.span.end;
        row["text"] = str(s.text);
        rows.append(row);
    }
    return rows;
}

template <class T>
py::list plain_rows(std::span<const T> items) {
    py::list rows;
    for (const T& item : items) rows.append(to_dict(item));
    return rows;
}

} // namespace

py::list to_records(const transcript& t, std::string_view table) {
    if (table == "turns") return turn_rows(t);
    if (table == "participants") return participant_rows(t);
    if (table == "questions") return question_rows(t);
    if (table == "exchanges") return exchange_rows(t);
    if (table == "statements") return statement_rows(t);
    if (table == "sections") return plain_rows(t.sections());
    if (table == "skipped") return plain_rows(t.skipped());
    if (table == "diagnostics") return plain_rows(t.diagnostics());
    throw py::value_error("unknown table '" + std::string(table) +
                          "': expected turns, participants, questions, exchanges, statements, sections, "
                          "skipped or diagnostics");
}

} // namespace ect::python
