// The Python module `ect`: parse(), parse_file() and the Transcript class.
//   import ect
//   t = ect.parse_file("call.txt")
//   for turn in t.turns: print(turn.speaker.name if turn.speaker else None, turn.text[:40])
//   pandas.DataFrame(t.turns_table())
#include "view.hpp"

#include <pybind11/stl.h>
#include <pybind11/stl/filesystem.h>

#include <filesystem>
#include <optional>
#include <span>
#include <string>
#include <utility>

namespace ect::python {

namespace {

template <class T>
py::list views(const transcript& t, std::span<const T> items) {
    py::list out;
    for (const T& item : items) out.append(view_of(t, item));
    return out;
}

ect::options make_options(std::optional<std::string> source_name, bool questions,
                          std::optional<std::size_t> max_input_bytes) {
    ect::options o;
    if (source_name) o.source_name = std::move(*source_name);
    o.questions = questions;
    if (max_input_bytes) o.max_input_bytes = *max_input_bytes;
    return o;
}

/// `str` is taken as text (UTF-8); `bytes` as raw input in any supported
/// encoding, detected as for a file.
transcript parse_object(const py::object& input, std::optional<std::string> source_name, bool questions,
                        std::optional<std::size_t> max_input_bytes) {
    std::string bytes;
    if (py::isinstance<py::bytes>(input)) {
        bytes = py::cast<std::string>(input);
    } else if (py::isinstance<py::bytearray>(input)) {
        bytes = std::string(py::reinterpret_borrow<py::bytearray>(input));
    } else if (py::isinstance<py::str>(input)) {
        bytes = py::cast<std::string>(input);
    } else {
        throw py::type_error("ect.parse() takes str or bytes; use ect.parse_file() for a path");
    }
    const ect::options opts = make_options(std::move(source_name), questions, max_input_bytes);
    // Parsing holds no Python object: other Python threads may run meanwhile.
    py::gil_scoped_release unlocked;
    return ect::parse(std::move(bytes), opts); // the buffer becomes the text: no second copy
}

transcript parse_path(const std::filesystem::path& path, std::optional<std::string> source_name, bool questions,
                      std::optional<std::size_t> max_input_bytes) {
    ect::options opts = make_options(std::move(source_name), questions, max_input_bytes);
    // parse_file names the source after the path unless a name is given.
    py::gil_scoped_release unlocked;
    return ect::parse_file(path, std::move(opts));
}

std::string repr(const transcript& t) {
    return "Transcript(source=" + py::repr(str(t.source().name)).cast<std::string>() +
           ", kind=" + std::string(to_string(t.kind())) + ", dialect=" + std::string(t.dialect()) +
           ", participants=" + std::to_string(t.participants().size()) +
           ", turns=" + std::to_string(t.turns().size()) + ", exchanges=" + std::to_string(t.exchanges().size()) +
           ")";
}

} // namespace

void bind_transcript(py::module_& m) {
    py::class_<transcript>(m, "Transcript",
                           "A parsed document. Its parts (turns, participants, ...) keep it alive; all strings "
                           "are copies. Offsets (begin, end) are byte offsets into the UTF-8 text: use "
                           "slice(begin, end), not text[begin:end].")
        .def_property_readonly("source", [](const transcript& t) { return view_of(t, t.source()); })
        .def_property_readonly("kind", [](const transcript& t) { return str(to_string(t.kind())); },
                               "'transcript', 'news' or 'unknown'.")
        .def_property_readonly("dialect", [](const transcript& t) { return str(t.dialect()); })
        .def_property_readonly("language", [](const transcript& t) { return str(t.language()); })
        .def_property_readonly("metadata", [](const transcript& t) { return view_of(t, t.metadata()); })
        .def_property_readonly("participants", [](const transcript& t) { return views(t, t.participants()); })
        .def_property_readonly("sections", [](const transcript& t) { return views(t, t.sections()); })
        .def_property_readonly("turns", [](const transcript& t) { return views(t, t.turns()); })
        .def_property_readonly("exchanges", [](const transcript& t) { return views(t, t.exchanges()); })
        .def_property_readonly("statements", [](const transcript& t) { return views(t, t.statements()); })
        .def_property_readonly("skipped", [](const transcript& t) { return views(t, t.skipped()); })
        .def_property_readonly("diagnostics", [](const transcript& t) { return views(t, t.diagnostics()); })
        .def_property_readonly("text", [](const transcript& t) { return str(t.text()); },
                               "The UTF-8 text all offsets refer to, as a str.")
        .def("slice", [](const transcript& t, std::size_t begin, std::size_t end) {
            return str(t.slice(byte_span{begin, end}));
        }, py::arg("begin"), py::arg("end"), "The text between two byte offsets.")
        .def("turns_by", [](const transcript& t, std::size_t id) {
            py::list out;
            for (const turn* u : t.turns_by(id)) out.append(view_of(t, *u));
            return out;
        }, py::arg("participant"), "Turns spoken by a participant id, in order.")
        .def("exchanges_of", [](const transcript& t, std::size_t id) {
            py::list out;
            for (const exchange* e : t.exchanges_of(id)) out.append(view_of(t, *e));
            return out;
        }, py::arg("participant"), "Exchanges in which a participant id asks.")
        .def("to_json", [](const transcript& t, int indent) { return str(ect::to_json(t, indent)); },
             py::arg("indent") = 2, "The ect-transcript JSON document; indent < 0 writes one line.")
        .def("to_dict", [](const transcript& t) {
            // The JSON contract is the dict's shape: one writer, no drift.
            return py::module_::import("json").attr("loads")(str(ect::to_json(t, -1)));
        }, "The JSON document as Python dicts and lists.")
        .def("to_records", [](const transcript& t, std::string_view table) { return to_records(t, table); },
             py::arg("table") = "turns",
             "One flat dict per row of a table: turns, participants, questions, exchanges, statements, "
             "sections, skipped or diagnostics. pandas.DataFrame(...) takes the list as is.")
        .def("turns_table", [](const transcript& t) { return to_records(t, "turns"); },
             "One flat dict per turn (same as to_records('turns')).")
        .def("__repr__", &repr);
}

} // namespace ect::python

PYBIND11_MODULE(ect, m) {
    namespace py = pybind11;
    using namespace ect::python;
    m.doc() = "Earnings-call transcripts into a typed model (participants, turns, exchanges, questions).";
    m.attr("__version__") = std::string(ect::version);
    // I/O problems and misuse; content problems are diagnostics, never raised.
    py::register_exception<ect::error>(m, "Error", PyExc_OSError);

    bind_model(m);
    bind_transcript(m);

    m.def("parse", &parse_object, py::arg("text"), py::kw_only(), py::arg("source_name") = py::none(),
          py::arg("questions") = true, py::arg("max_input_bytes") = py::none(),
          "Parse a transcript given as str (text) or bytes (any supported encoding).");
    m.def("parse_file", &parse_path, py::arg("path"), py::kw_only(), py::arg("source_name") = py::none(),
          py::arg("questions") = true, py::arg("max_input_bytes") = py::none(),
          "Read and parse a file; raises ect.Error when it cannot be read.");
}
