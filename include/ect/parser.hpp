#pragma once
/// \file
/// Entry points: `ect::parse`, `ect::parse_file` and the reusable `ect::parser`.

#include <ect/transcript.hpp>

#include <concepts>
#include <cstddef>
#include <filesystem>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>

namespace ect {

/// The largest input a parser reads (1 GiB), whatever the options say: the
/// text's offsets are 32-bit inside, and decoding can triple an input.
inline constexpr std::size_t max_supported_input_bytes = std::size_t{1} << 30;

/// Options of a parse. Plain values; the defaults suit most inputs.
struct options {
    /// Name reported in `source().name` and in diagnostics.
    std::string source_name = "-";
    /// Inputs larger than this are cut here, with an `input-too-large` error.
    /// Values above `max_supported_input_bytes` count as that.
    std::size_t max_input_bytes = std::size_t{256} << 20;
    /// Split analyst turns into questions.
    bool questions = true;
};

/// Raised only for I/O problems and misuse, never for content: content
/// problems are reported as diagnostics on the transcript.
class error : public std::runtime_error {
public:
    /// An error about `path` (may be empty), described by `reason`.
    error(std::string path, const std::string& reason);
    /// The file concerned, empty when none.
    [[nodiscard]] const std::string& path() const noexcept { return path_; }

private:
    std::string path_;
};

/// A reusable parser. It keeps its ICU converters and per-name caches between
/// documents; the lookup, cue and script tables are built once per process and
/// shared. Parse many documents with one parser per thread. A parser is not
/// safe to use from two threads at once.
class parser {
public:
    parser();
    ~parser();
    /// Take over another parser's ICU objects and tables.
    parser(parser&&) noexcept;
    /// Take over another parser's ICU objects and tables.
    parser& operator=(parser&&) noexcept;
    parser(const parser&) = delete;
    parser& operator=(const parser&) = delete;

    /// Parse bytes in any supported encoding (UTF-8, UTF-16 with BOM,
    /// GB18030, Big5 ...). The bytes are copied; the result owns its text.
    [[nodiscard]] transcript parse(std::string_view bytes, const options& opts = {});
    /// Parse a string the caller gives up (`parse(std::move(s))`): valid
    /// UTF-8 becomes the transcript's text as it stands, without a copy;
    /// other input is decoded as the overload above does. Only an rvalue
    /// `std::string` binds here: literals, views and lvalues are copied.
    template <class Bytes>
        requires std::same_as<Bytes, std::string>
    [[nodiscard]] transcript parse(Bytes&& bytes, const options& opts = {}) {
        return parse_owned(std::move(bytes), opts);
    }
    /// What `parse(std::move(s))` calls.
    [[nodiscard]] transcript parse_owned(std::string&& bytes, const options& opts = {});
    /// Read and parse a file. Throws `ect::error` when it cannot be read.
    [[nodiscard]] transcript parse_file(const std::filesystem::path& path, options opts = {});

private:
    struct impl;
    std::unique_ptr<impl> impl_;
};

/// Which of the shared tables ect::warm_up builds.
enum class table_set {
    all,    ///< every table
    common, ///< those a parse of any document uses: the firm and title
            ///< lexicons and the English cue automata (about a third of the
            ///< work); the Chinese script, romanisation and apposition tables
            ///< and the Chinese cues stay for the first document that needs them
    chinese, ///< what a Chinese document needs besides the common ones: the
             ///< Chinese script, romanisation and apposition tables and cues
};

/// Builds the tables every parser of the process shares (firm and title
/// lexicons, cue automata, the Chinese script and romanisation tables) now
/// rather than during the first parse that needs each, so that parse is as
/// fast as the rest. The work can be shared out: of `shares` threads, the
/// one that passes `share` builds its part. Safe to call from any thread at
/// any time; each table is built once per process.
void warm_up(unsigned share = 0, unsigned shares = 1, table_set which = table_set::all);

/// Parse with a parser of this thread (built on first use).
[[nodiscard]] transcript parse(std::string_view bytes, const options& opts = {});
/// parser::parse_owned with a parser of this thread.
[[nodiscard]] transcript parse_owned(std::string&& bytes, const options& opts = {});
/// Parse a string the caller gives up, with a parser of this thread: see
/// parser::parse(Bytes&&).
template <class Bytes>
    requires std::same_as<Bytes, std::string>
[[nodiscard]] transcript parse(Bytes&& bytes, const options& opts = {}) {
    return parse_owned(std::move(bytes), opts);
}
/// Read and parse a file with a parser of this thread.
[[nodiscard]] transcript parse_file(const std::filesystem::path& path, options opts = {});

} // namespace ect
