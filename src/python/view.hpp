#pragma once
// Python objects for the parts of a transcript. Each holds a copy of the
// `ect::transcript` (a shared pointer to immutable data) next to a pointer to
// its part, so a Turn taken from a transcript stays valid after Python drops
// the transcript. Strings are handed to Python as fresh `str` copies.

#include <ect/ect.hpp>

#include <pybind11/pybind11.h>

#include <optional>
#include <string_view>

namespace ect::python {

namespace py = pybind11;

/// A part of a transcript, kept alive with the transcript that owns it.
template <class T>
struct view {
    ect::transcript owner;
    const T* item = nullptr;
    const T& operator*() const noexcept { return *item; }
    const T* operator->() const noexcept { return item; }
};

template <class T>
view<T> view_of(const ect::transcript& owner, const T& item) {
    return view<T>{owner, &item};
}

/// A `str` copy of UTF-8 bytes. The parser validated them; "replace" only
/// guards against a derived string that slipped through unchecked.
inline py::str str(std::string_view s) {
    PyObject* o = PyUnicode_DecodeUTF8(s.data(), static_cast<Py_ssize_t>(s.size()), "replace");
    if (o == nullptr) throw py::error_already_set();
    return py::reinterpret_steal<py::str>(o);
}

/// As in the JSON contract: an empty string means "not given", hence None.
inline py::object opt_str(std::string_view s) {
    if (s.empty()) return py::none();
    return str(s);
}

template <class V>
py::object opt(const std::optional<V>& v) {
    if (!v) return py::none();
    return py::cast(*v);
}

/// Registers the classes of the parts (Participant, Turn, ...).
void bind_model(py::module_& m);
/// Registers Transcript and its tables.
void bind_transcript(py::module_& m);

/// The part as a dict with the names and values of the JSON contract.
py::dict to_dict(const ect::participant& p);
py::dict to_dict(const ect::turn& u);
py::dict to_dict(const ect::question& q);
py::dict to_dict(const ect::section& s);
py::dict to_dict(const ect::exchange& e);
py::dict to_dict(const ect::statement& s);
py::dict to_dict(const ect::skipped& s);
py::dict to_dict(const ect::diagnostic& d);
py::dict to_dict(const ect::company_ref& c);
py::dict to_dict(const ect::fiscal_period& p);
py::dict to_dict(const ect::metadata& m);
py::dict to_dict(const ect::source_info& s);
py::object to_dict(const ect::firm_ref& f);

/// One flat row per item of `table` ("turns", "participants", "questions",
/// "exchanges", "statements", "sections", "skipped", "diagnostics").
py::list to_records(const ect::transcript& t, std::string_view table);

} // namespace ect::python
