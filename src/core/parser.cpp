// The pipeline: decode → lines → dialect → segment → attribute → Q&A. The
// parser keeps its ICU objects, each made on first use (from rules compiled
// once per process).
#include "attribute/metadata.hpp"
#include "attribute/people.hpp"
#include "core/transcript_data.hpp"
#include "dialects/dialect.hpp"
#include "qa/qa.hpp"
#include "text/decode.hpp"
#include "text/huge_pages.hpp"
#include "text/icu_tools.hpp"
#include "text/input_checks.hpp"
#include "text/utf8.hpp"

#include <ect/parser.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <optional>

namespace ect {

error::error(std::string path, const std::string& reason)
    : std::runtime_error(path + ": " + reason), path_(std::move(path)) {}

// Line offsets are 32-bit, and decoding can triple a legacy-encoded input
// (each invalid byte becomes a 3-byte U+FFFD).
static_assert(max_supported_input_bytes * 3 < std::size_t{1} << 32);

namespace {
std::size_t input_limit(const options& opts) noexcept {
    return std::min(opts.max_input_bytes, max_supported_input_bytes);
}
} // namespace

struct parser::impl {
    text::decoder decoder;
    text::romanizer romanizer;
    text::script_folder folder;
    text::sentence_splitter sentences;

    /// `owned`, when given, holds `bytes` (from its start) and is given up
    /// to the decoder: valid UTF-8 becomes the transcript's text without a
    /// copy, and a large file is never held twice.
    /// `whole_size` is the size of the whole input when `bytes` is only its
    /// head (a file read up to the limit).
    transcript run(std::string_view bytes, const options& opts, std::string* owned = nullptr,
                   std::optional<std::size_t> whole_size = std::nullopt) {
        auto data = std::make_shared<detail::transcript_data>();
        std::vector<segment::note> notes;
        data->source.name = opts.source_name;
        const std::size_t size = whole_size.value_or(bytes.size());
        data->source.bytes = size;
        const std::size_t limit = input_limit(opts);
        if (size > limit) {
            notes.push_back({severity::error, "input-too-large", limit,
                             fmt::format("input of {} bytes is larger than the limit of {} bytes; the rest is not read",
                                         size, limit)});
            bytes = bytes.substr(0, limit);
        }
        text::decoded dec;
        if (owned) {
            owned->resize(bytes.size()); // `bytes` is its head when over the limit
            dec = decoder.decode_owned(std::move(*owned));
        } else {
            dec = decoder.decode(bytes);
        }
        data->text = std::move(dec.text);
        data->source.encoding = dec.encoding;
        for (auto& p : dec.problems) notes.push_back({p.severity, p.code, p.offset, p.message});

        const layout::document doc(data->text);
        if (doc.text.find('\0') != std::string_view::npos)
            notes.push_back({severity::warning, "nul-byte", doc.text.find('\0'), "the input holds NUL bytes"});
        for (auto& p : text::check_input(doc.lines)) notes.push_back({p.severity, p.code, p.offset, p.message});
        segment::draft d;
        if (text::is_blank(doc.text)) {
            d.kind = document_kind::unknown;
            d.dialect = "none";
            d.language = "und";
            d.sections.push_back({section_kind::preamble, {0, doc.text.size()}});
            notes.push_back({severity::warning, doc.text.empty() ? "empty-input" : "blank-input", 0,
                             doc.text.empty() ? "the input is empty" : "the input holds only white space"});
        } else {
            dialects::choose(doc).read(doc, d);
        }
        for (auto& n : d.notes) notes.push_back(std::move(n));

        attribute::attribute(doc, d, {romanizer, folder}, *data, notes);
        attribute::find_metadata(doc, *data);
        if (opts.questions) qa::find_questions(*data, sentences);
        qa::build_exchanges(*data);
        qa::link_statements(d, *data);

        data->kind = d.kind;
        if (d.kind == document_kind::transcript && data->turns.empty()) data->kind = document_kind::unknown;
        if (d.kind == document_kind::news && data->statements.empty()) data->kind = document_kind::unknown;
        if (data->kind == document_kind::unknown && !text::is_blank(doc.text) && d.kind != document_kind::unknown)
            notes.push_back({severity::warning, "not-a-transcript", 0, "no speaker turns or reported statements found"});
        data->dialect = std::string(d.dialect);
        data->language = std::string(d.language);
        data->sections = std::move(d.sections);
        data->skipped = std::move(d.skipped);
        for (auto& n : notes) {
            const auto [line, column] = doc.lines.position(n.offset);
            data->diagnostics.push_back({n.severity, std::move(n.code), n.offset, line, column, std::move(n.message)});
        }
        return transcript(std::move(data));
    }
};

parser::parser() : impl_(std::make_unique<impl>()) {}
parser::~parser() = default;
parser::parser(parser&&) noexcept = default;
parser& parser::operator=(parser&&) noexcept = default;

transcript parser::parse(std::string_view bytes, const options& opts) { return impl_->run(bytes, opts); }

transcript parser::parse_owned(std::string&& bytes, const options& opts) {
    std::string own = std::move(bytes); // the caller's string is left empty either way
    return impl_->run(own, opts, &own);
}

transcript parser::parse_file(const std::filesystem::path& path, options opts) {
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) throw error(path.string(), "is a directory");
    std::ifstream in(path, std::ios::binary);
    if (!in) throw error(path.string(), std::strerror(errno));
    std::string bytes;
    in.seekg(0, std::ios::end);
    const auto size = in.tellg();
    if (size > 0) {
        // Read no more than the limit allows.
        const std::size_t want = std::min<std::size_t>(static_cast<std::size_t>(size), input_limit(opts));
        text::reserve_huge(bytes, want);
        bytes.resize(want);
        in.seekg(0);
        in.read(bytes.data(), static_cast<std::streamsize>(want));
        bytes.resize(static_cast<std::size_t>(in.gcount()));
    } else {
        in.seekg(0);
        bytes.assign(std::istreambuf_iterator<char>(in), {});
    }
    if (in.bad()) throw error(path.string(), "read error");
    if (opts.source_name == "-") opts.source_name = path.string();
    transcript t = impl_->run(bytes, opts, &bytes, size > 0 ? std::optional(static_cast<std::size_t>(size)) : std::nullopt);
    return t;
}

namespace {
parser& thread_parser() {
    thread_local parser p;
    return p;
}
} // namespace

transcript parse(std::string_view bytes, const options& opts) { return thread_parser().parse(bytes, opts); }
transcript parse_owned(std::string&& bytes, const options& opts) {
    return thread_parser().parse_owned(std::move(bytes), opts);
}
transcript parse_file(const std::filesystem::path& path, options opts) {
    return thread_parser().parse_file(path, std::move(opts));
}

} // namespace ect
