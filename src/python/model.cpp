// The parts of a transcript as Python classes, named as in the JSON contract
// (shared/schema/README.md): same attribute names, enums as their printed
// names, None where the contract writes null.
#include "view.hpp"

#include <pybind11/stl.h>

#include <string>
#include <vector>

namespace ect::python {

namespace {

py::list str_list(const std::vector<std::string_view>& v) {
    py::list out;
    for (std::string_view s : v) out.append(str(s));
    return out;
}

py::list index_list(const std::vector<std::size_t>& v) {
    py::list out;
    for (std::size_t i : v) out.append(i);
    return out;
}

template <class T>
py::list views(const ect::transcript& owner, const std::vector<T>& items) {
    py::list out;
    for (const T& item : items) out.append(view_of(owner, item));
    return out;
}

/// `Name(key=value, ...)` from the part's dict: one repr for every class.
template <class T>
std::string repr_of(const char* name, const view<T>& v) {
    const py::dict d = to_dict(*v);
    std::string out = std::string(name) + "(";
    bool first = true;
    for (auto [key, value] : d) {
        // Long texts and nested lists would drown the repr; the dict has them.
        if (py::isinstance<py::list>(value) || py::isinstance<py::dict>(value)) continue;
        std::string shown = py::cast<std::string>(py::repr(value));
        if (shown.size() > 60) shown = shown.substr(0, 57) + "...";
        out += (first ? "" : ", ") + py::cast<std::string>(key) + "=" + shown;
        first = false;
    }
    return out + ")";
}

template <class T>
using class_of = py::class_<view<T>>;

template <class T>
class_of<T> part_class(py::module_& m, const char* name, const char* doc) {
    class_of<T> c(m, name, doc);
    c.def("to_dict", [](const view<T>& v) { return to_dict(*v); }, "The part as a dict, as in the JSON output.");
    c.def("__repr__", [name](const view<T>& v) { return repr_of(name, v); });
    return c;
}

} // namespace

py::object to_dict(const ect::firm_ref& f) {
    if (f.empty()) return py::none();
    py::dict d;
    d["name"] = opt_str(f.name);
    d["canonical"] = opt_str(f.canonical);
    return d;
}

py::dict to_dict(const ect::participant& p) {
    py::dict d;
    d["id"] = p.id;
    d["name"] = str(p.name);
    d["latin"] = opt_str(p.latin);
    d["role"] = str(to_string(p.role));
    d["title"] = opt_str(p.title);
    d["titles"] = str_list(p.titles);
    d["firm"] = to_dict(p.firm);
    d["turns"] = p.turns;
    d["aliases"] = str_list(p.aliases);
    return d;
}

py::dict to_dict(const ect::question& q) {
    py::dict d;
    d["text"] = str(q.text);
    d["begin"] = q.span.begin;
    d["end"] = q.span.end;
    return d;
}

py::dict to_dict(const ect::turn& u) {
    py::dict d;
    d["index"] = u.index;
    d["participant"] = opt(u.participant);
    d["role"] = str(to_string(u.role));
    d["section"] = str(to_string(u.section));
    d["label"] = opt_str(u.label);
    d["begin"] = u.span.begin;
    d["end"] = u.span.end;
    d["text"] = str(u.text);
    // As in the JSON output: pieces only when furniture split the turn.
    if (u.pieces.size() > 1) {
        py::list pieces;
        for (const byte_span& s : u.pieces) pieces.append(py::make_tuple(s.begin, s.end));
        d["pieces"] = pieces;
    }
    py::list questions;
    for (const ect::question& q : u.questions) questions.append(to_dict(q));
    d["questions"] = questions;
    return d;
}

py::dict to_dict(const ect::section& s) {
    py::dict d;
    d["kind"] = str(to_string(s.kind));
    d["begin"] = s.span.begin;
    d["end"] = s.span.end;
    return d;
}

py::dict to_dict(const ect::exchange& e) {
    py::dict d;
    d["index"] = e.index;
    d["asker"] = e.asker;
    d["question_turns"] = index_list(e.question_turns);
    d["answer_turns"] = index_list(e.answer_turns);
    return d;
}

py::dict to_dict(const ect::statement& s) {
    py::dict d;
    d["participant"] = s.participant;
    d["cue"] = str(s.cue);
    d["direct"] = s.direct;
    d["text"] = str(s.text);
    d["begin"] = s.span.begin;
    d["end"] = s.span.end;
    return d;
}

py::dict to_dict(const ect::skipped& s) {
    py::dict d;
    d["kind"] = str(to_string(s.kind));
    d["begin"] = s.span.begin;
    d["end"] = s.span.end;
    return d;
}

py::dict to_dict(const ect::diagnostic& g) {
    py::dict d;
    d["severity"] = str(to_string(g.severity));
    d["code"] = str(g.code);
    d["line"] = g.line;
    d["column"] = g.column;
    d["offset"] = g.offset;
    d["message"] = str(g.message);
    return d;
}

py::dict to_dict(const ect::company_ref& c) {
    py::dict d;
    d["name"] = opt_str(c.name);
    d["canonical"] = opt_str(c.canonical);
    d["ticker"] = opt_str(c.ticker);
    return d;
}

py::dict to_dict(const ect::fiscal_period& p) {
    py::dict d;
    d["fiscal_year"] = opt(p.fiscal_year);
    d["fiscal_quarter"] = opt(p.fiscal_quarter);
    d["text"] = opt_str(p.text);
    return d;
}

py::dict to_dict(const ect::metadata& m) {
    py::dict d;
    d["company"] = m.company ? py::object(to_dict(*m.company)) : py::none();
    d["period"] = m.period ? py::object(to_dict(*m.period)) : py::none();
    d["date"] = opt_str(m.date);
    return d;
}

py::dict to_dict(const ect::source_info& s) {
    py::dict d;
    d["name"] = str(s.name);
    d["bytes"] = s.bytes;
    d["encoding"] = str(s.encoding);
    return d;
}

void bind_model(py::module_& m) {
    // A firm is shown only when known, so Firm.to_dict is never None.
    py::class_<view<firm_ref>>(m, "Firm", "A firm as written and its canonical English name.")
        .def_property_readonly("name", [](const view<firm_ref>& v) { return opt_str(v->name); })
        .def_property_readonly("canonical", [](const view<firm_ref>& v) { return opt_str(v->canonical); })
        .def("to_dict", [](const view<firm_ref>& v) { return to_dict(*v); })
        .def("__repr__", [](const view<firm_ref>& v) {
            return "Firm(name=" + py::repr(opt_str(v->name)).cast<std::string>() +
                   ", canonical=" + py::repr(opt_str(v->canonical)).cast<std::string>() + ")";
        });

    part_class<participant>(m, "Participant", "A person of the call.")
        .def_property_readonly("id", [](const view<participant>& v) { return v->id; })
        .def_property_readonly("name", [](const view<participant>& v) { return str(v->name); })
        .def_property_readonly("latin", [](const view<participant>& v) { return opt_str(v->latin); })
        .def_property_readonly("role", [](const view<participant>& v) { return str(to_string(v->role)); })
        .def_property_readonly("title", [](const view<participant>& v) { return opt_str(v->title); })
        .def_property_readonly("titles", [](const view<participant>& v) { return str_list(v->titles); })
        .def_property_readonly("firm", [](const view<participant>& v) -> py::object {
            if (v->firm.empty()) return py::none();
            return py::cast(view_of(v.owner, v->firm));
        })
        .def_property_readonly("turns", [](const view<participant>& v) { return v->turns; },
                               "How many turns the participant speaks.")
        .def_property_readonly("aliases", [](const view<participant>& v) { return str_list(v->aliases); });

    part_class<question>(m, "Question", "One distinct question inside an analyst turn.")
        .def_property_readonly("text", [](const view<question>& v) { return str(v->text); })
        .def_property_readonly("begin", [](const view<question>& v) { return v->span.begin; })
        .def_property_readonly("end", [](const view<question>& v) { return v->span.end; });

    part_class<turn>(m, "Turn", "One speaker turn.")
        .def_property_readonly("index", [](const view<turn>& v) { return v->index; })
        .def_property_readonly("participant", [](const view<turn>& v) { return opt(v->participant); },
                               "Id of the speaker, None when unknown.")
        .def_property_readonly("speaker", [](const view<turn>& v) -> py::object {
            const auto people = v.owner.participants();
            if (!v->participant || *v->participant >= people.size()) return py::none();
            return py::cast(view_of(v.owner, people[*v->participant]));
        }, "The Participant speaking, None when unknown.")
        .def_property_readonly("role", [](const view<turn>& v) { return str(to_string(v->role)); })
        .def_property_readonly("section", [](const view<turn>& v) { return str(to_string(v->section)); })
        .def_property_readonly("label", [](const view<turn>& v) { return opt_str(v->label); })
        .def_property_readonly("begin", [](const view<turn>& v) { return v->span.begin; })
        .def_property_readonly("end", [](const view<turn>& v) { return v->span.end; })
        .def_property_readonly("text", [](const view<turn>& v) { return str(v->text); })
        .def_property_readonly("pieces", [](const view<turn>& v) {
            py::list out;
            if (v->pieces.size() > 1) {
                for (const byte_span& s : v->pieces) out.append(py::make_tuple(s.begin, s.end));
            }
            return out;
        }, "(begin, end) pairs when page furniture splits the text, else [].")
        .def_property_readonly("questions", [](const view<turn>& v) { return views(v.owner, v->questions); });

    part_class<section>(m, "Section", "A section of the document.")
        .def_property_readonly("kind", [](const view<section>& v) { return str(to_string(v->kind)); })
        .def_property_readonly("begin", [](const view<section>& v) { return v->span.begin; })
        .def_property_readonly("end", [](const view<section>& v) { return v->span.end; });

    part_class<exchange>(m, "Exchange", "One analyst slot: the analyst's turns and the answers.")
        .def_property_readonly("index", [](const view<exchange>& v) { return v->index; })
        .def_property_readonly("asker", [](const view<exchange>& v) { return v->asker; })
        .def_property_readonly("question_turns", [](const view<exchange>& v) { return index_list(v->question_turns); })
        .def_property_readonly("answer_turns", [](const view<exchange>& v) { return index_list(v->answer_turns); });

    part_class<statement>(m, "Statement", "What a participant is reported to have said.")
        .def_property_readonly("participant", [](const view<statement>& v) { return v->participant; })
        .def_property_readonly("cue", [](const view<statement>& v) { return str(v->cue); })
        .def_property_readonly("direct", [](const view<statement>& v) { return v->direct; })
        .def_property_readonly("text", [](const view<statement>& v) { return str(v->text); })
        .def_property_readonly("begin", [](const view<statement>& v) { return v->span.begin; })
        .def_property_readonly("end", [](const view<statement>& v) { return v->span.end; });

    part_class<skipped>(m, "Skipped", "A span that belongs to no turn.")
        .def_property_readonly("kind", [](const view<skipped>& v) { return str(to_string(v->kind)); })
        .def_property_readonly("begin", [](const view<skipped>& v) { return v->span.begin; })
        .def_property_readonly("end", [](const view<skipped>& v) { return v->span.end; });

    part_class<diagnostic>(m, "Diagnostic", "Something the parser noticed and how it recovered.")
        .def_property_readonly("severity", [](const view<diagnostic>& v) { return str(to_string(v->severity)); })
        .def_property_readonly("code", [](const view<diagnostic>& v) { return str(v->code); })
        .def_property_readonly("line", [](const view<diagnostic>& v) { return v->line; })
        .def_property_readonly("column", [](const view<diagnostic>& v) { return v->column; })
        .def_property_readonly("offset", [](const view<diagnostic>& v) { return v->offset; })
        .def_property_readonly("message", [](const view<diagnostic>& v) { return str(v->message); });

    part_class<company_ref>(m, "Company", "The company the call is about.")
        .def_property_readonly("name", [](const view<company_ref>& v) { return opt_str(v->name); })
        .def_property_readonly("canonical", [](const view<company_ref>& v) { return opt_str(v->canonical); })
        .def_property_readonly("ticker", [](const view<company_ref>& v) { return opt_str(v->ticker); });

    part_class<fiscal_period>(m, "Period", "The fiscal period the call reports on.")
        .def_property_readonly("fiscal_year", [](const view<fiscal_period>& v) { return opt(v->fiscal_year); })
        .def_property_readonly("fiscal_quarter", [](const view<fiscal_period>& v) { return opt(v->fiscal_quarter); })
        .def_property_readonly("text", [](const view<fiscal_period>& v) { return opt_str(v->text); });

    part_class<ect::metadata>(m, "Metadata", "Company, fiscal period and date of the call.")
        .def_property_readonly("company", [](const view<ect::metadata>& v) -> py::object {
            if (!v->company) return py::none();
            return py::cast(view_of(v.owner, *v->company));
        })
        .def_property_readonly("period", [](const view<ect::metadata>& v) -> py::object {
            if (!v->period) return py::none();
            return py::cast(view_of(v.owner, *v->period));
        })
        .def_property_readonly("date", [](const view<ect::metadata>& v) { return opt_str(v->date); },
                               "YYYY-MM-DD, None when the text gives none.");

    part_class<source_info>(m, "Source", "Where the text came from.")
        .def_property_readonly("name", [](const view<source_info>& v) { return str(v->name); })
        .def_property_readonly("bytes", [](const view<source_info>& v) { return v->bytes; })
        .def_property_readonly("encoding", [](const view<source_info>& v) { return str(v->encoding); });
}

} // namespace ect::python
