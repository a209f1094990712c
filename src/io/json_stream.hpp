#pragma once
// A JSON emitter that appends straight to one string: no document tree, so
// writing costs one pass over the model and the output is the only copy of
// the text. It prints exactly what nlohmann::json::dump prints for the same
// values (indent, separators, escapes), so the two can be compared byte for
// byte in tests.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ect::io {

class json_stream {
public:
    /// `indent` < 0: one line, no spaces (the JSONL form); otherwise that many
    /// spaces per level, one member or element per line.
    json_stream(std::string& out, int indent) : out_(out), indent_(indent) {}

    void begin_object() { open('{'); }
    void end_object() { close('}'); }
    void begin_array() { open('['); }
    void end_array() { close(']'); }

    /// The name of the next member of the current object: a plain ASCII
    /// identifier, written without escaping.
    void key(std::string_view k);

    void value(std::string_view s);
    void value(const char* s) { value(std::string_view(s)); }
    void value(std::size_t n);
    void value(int n);
    void value(bool b);
    void null();

    /// A string that may be absent: an empty view is written as null.
    void optional_string(std::string_view s) { s.empty() ? null() : value(s); }
    template <class T> void optional_value(const std::optional<T>& v) { v ? value(*v) : null(); }

    /// `"k": v` in one call.
    template <class T> void member(std::string_view k, const T& v) {
        key(k);
        value(v);
    }
    void member(std::string_view k, std::size_t n);
    void member(std::string_view k, int n);
    void member(std::string_view k, std::string_view s);
    void member(std::string_view k, const char* s) { member(k, std::string_view(s)); }

    /// `"k": v`, or `"k": null` when `v` is empty or absent.
    void optional_member(std::string_view k, std::string_view v) {
        key(k);
        optional_string(v);
    }
    template <class T> void optional_member(std::string_view k, const std::optional<T>& v) {
        key(k);
        optional_value(v);
    }

    /// `"k": [v...]`.
    template <class T> void array_member(std::string_view k, const std::vector<T>& items) {
        key(k);
        array_of(items);
    }

    template <class T> void array_of(const std::vector<T>& items) {
        begin_array();
        for (const T& item : items) value(item);
        end_array();
    }

private:
    void open(char bracket);
    void close(char bracket);
    /// Spaces of indentation at the current depth.
    [[nodiscard]] std::size_t pad() const noexcept;
    /// Writes at `p` the separator and indentation before the next member
    /// or element of the open container; returns the end.
    char* separator(char* p);
    /// The same before a value: nothing after a key or at the top level.
    char* value_prefix(char* p);
    /// Appends what `write(buffer)` puts in a buffer (returning its end),
    /// at most pad() + 2 + `most` bytes.
    template <class Write> void emit(std::size_t most, Write&& write);

    std::string& out_;
    int indent_;
    /// Per open container: whether it holds nothing yet (1) or something (0).
    std::vector<unsigned char> empty_;
    bool after_key_ = false;
};

/// Appends `s` as a JSON string literal (quotes included). Valid UTF-8 is
/// copied as is; an invalid sequence becomes U+FFFD, as nlohmann's `replace`
/// error handler does.
void append_json_string(std::string& out, std::string_view s);

} // namespace ect::io
