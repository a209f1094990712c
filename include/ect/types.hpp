#pragma once
/// \file
/// Value types of the transcript model. Every `std::string_view` in these
/// types points into storage owned by the `ect::transcript` it came from
/// (the UTF-8 input buffer, the compiled-in data tables, or the transcript's
/// side store for derived strings) and stays valid as long as any copy of that
/// transcript is alive.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ect {

/// Who a speaker is in the call.
enum class role : std::uint8_t {
    unknown,   ///< not determined
    operator_, ///< operator, moderator, host coordinator (printed as "operator")
    executive, ///< anyone speaking for the company, investor relations included
    analyst,   ///< anyone asking from outside: sell-side, buy-side, press
};

/// Part of the call a section or turn belongs to.
enum class section_kind : std::uint8_t {
    preamble,     ///< headers, participant lists, editor's text
    presentation, ///< prepared remarks
    qa,           ///< questions and answers
    closing,      ///< closing remarks after the Q&A
};

/// What kind of document the input is.
enum class document_kind : std::uint8_t {
    unknown,    ///< no speaker turns and no reported speech were found
    transcript, ///< speaker turns found
    news,       ///< an article about a call: statements, no turns
};

/// How serious a diagnostic is.
enum class severity : std::uint8_t { note, warning, error };

/// Why a span of input belongs to no turn.
enum class skip_kind : std::uint8_t {
    page_header,  ///< running header of a PDF page
    page_footer,  ///< running footer, copyright line
    page_number,  ///< a page number or "Page N of M"
    rule,         ///< a line of dots, dashes or equals signs
    editor_note,  ///< editor's note such as "(持續更新中。。。)"
    boilerplate,  ///< site chrome, disclaimers, cover letters
};

/// The name of a role in the JSON contract: "operator", "executive", "analyst", "unknown".
[[nodiscard]] std::string_view to_string(role r) noexcept;
/// The name of a section kind: "preamble", "presentation", "qa", "closing".
[[nodiscard]] std::string_view to_string(section_kind k) noexcept;
/// The name of a document kind: "transcript", "news", "unknown".
[[nodiscard]] std::string_view to_string(document_kind k) noexcept;
/// The name of a severity: "note", "warning", "error".
[[nodiscard]] std::string_view to_string(severity s) noexcept;
/// The kebab-case name of a skip kind, e.g. "page-header", "editor-note".
[[nodiscard]] std::string_view to_string(skip_kind k) noexcept;

/// Parse the names printed by `to_string`; empty when the name is unknown.
[[nodiscard]] std::optional<role> parse_role(std::string_view name) noexcept;
/// Parse a section kind name printed by `to_string`; empty when the name is unknown.
[[nodiscard]] std::optional<section_kind> parse_section_kind(std::string_view name) noexcept;
/// Parse a document kind name printed by `to_string`; empty when the name is unknown.
[[nodiscard]] std::optional<document_kind> parse_document_kind(std::string_view name) noexcept;

/// A half-open byte range `[begin, end)` of the UTF-8 text.
struct byte_span {
    std::size_t begin = 0; ///< offset of the first byte
    std::size_t end = 0;   ///< offset one past the last byte
    /// Length in bytes.
    [[nodiscard]] std::size_t size() const noexcept { return end - begin; }
    /// True when the range holds no byte.
    [[nodiscard]] bool empty() const noexcept { return end <= begin; }
    /// Same begin and end.
    friend bool operator==(const byte_span&, const byte_span&) = default;
};

/// A firm as written (`name`) and its canonical English name (empty when the
/// firm is not in the shipped table).
struct firm_ref {
    std::string_view name;      ///< as written in the document
    std::string_view canonical; ///< canonical English name, empty when unknown
    /// True when no firm is known at all.
    [[nodiscard]] bool empty() const noexcept { return name.empty() && canonical.empty(); }
};

/// A person of the call.
struct participant {
    std::size_t id = 0;                  ///< position in `transcript::participants()`
    std::string_view name;               ///< as written in the document
    std::string_view latin;              ///< Latin-script form (romanised when needed)
    ect::role role = ect::role::unknown; ///< role in the call
    std::string_view title;              ///< title as written, empty when none
    std::vector<std::string_view> titles;///< canonical English titles
    firm_ref firm;                       ///< firm the person speaks for, empty when unknown
    std::size_t turns = 0;               ///< number of turns spoken
    std::vector<std::string_view> aliases; ///< other spellings seen in the document
};

/// One distinct question inside an analyst turn.
struct question {
    /// The question as written. When page furniture (or a two-column
    /// layout's name and firm beside the speech) splits it, its pieces
    /// joined by "\n", as the turn's text joins them.
    std::string_view text;
    /// From the question's first to its last byte in the transcript's text
    /// (the furniture inside included, as for the turn).
    byte_span span;
};

/// One speaker turn.
struct turn {
    std::size_t index = 0;                  ///< position in `transcript::turns()`
    std::optional<std::size_t> participant; ///< id of the speaker, if known
    ect::role role = ect::role::unknown;    ///< role of the speaker
    section_kind section = section_kind::qa; ///< section the turn lies in
    std::string_view label;  ///< the speaker label as written (may be empty)
    byte_span label_span;    ///< where the label lies, empty when there is none
    byte_span span;          ///< from the first to the last byte of the text
    std::string_view text;   ///< text without label; furniture left out
    std::vector<byte_span> pieces;   ///< set when furniture splits the text
    std::vector<question> questions; ///< analyst turns only
};

/// A section of the document.
struct section {
    section_kind kind = section_kind::preamble; ///< part of the call
    byte_span span;                             ///< bytes the section covers
};

/// One analyst slot: the analyst's turns and the turns answering them.
struct exchange {
    std::size_t index = 0; ///< position in `transcript::exchanges()`
    std::size_t asker = 0; ///< participant id of the analyst
    std::vector<std::size_t> question_turns; ///< indexes of the analyst's turns
    std::vector<std::size_t> answer_turns;   ///< indexes of the turns answering them
};

/// What a participant is reported to have said (news articles, editor's text).
struct statement {
    std::size_t participant = 0; ///< participant id of the speaker
    std::string_view cue; ///< reporting cue, e.g. "表示", "said"
    bool direct = false;  ///< a quotation
    std::string_view text; ///< what was said, as written
    byte_span span;        ///< where `text` lies in the transcript's text
};

/// A span that belongs to no turn: page furniture, editor's notes.
struct skipped {
    skip_kind kind = skip_kind::boilerplate; ///< why the span is skipped
    byte_span span;                          ///< the bytes skipped
};

/// Something the parser noticed and how it recovered. Positions are 1-based
/// lines and columns (columns count Unicode code points) in the UTF-8 text.
struct diagnostic {
    ect::severity severity = ect::severity::warning; ///< how serious it is
    std::string code; ///< stable kebab-case code, e.g. "invalid-utf8"
    std::size_t offset = 0; ///< byte offset in the UTF-8 text
    std::size_t line = 1;   ///< 1-based line
    std::size_t column = 1; ///< 1-based column, in code points
    std::string message;    ///< what was noticed and how the parser recovered
};

/// The company the call is about.
struct company_ref {
    std::string_view name;      ///< as written in the document
    std::string_view canonical; ///< canonical English name, empty when unknown
    std::string_view ticker;    ///< exchange ticker such as "1024.HK", empty when unknown
};

/// The fiscal period the call reports on.
struct fiscal_period {
    std::optional<int> fiscal_year;    ///< e.g. 2025
    std::optional<int> fiscal_quarter; ///< 1 to 4
    std::string_view text; ///< as written
};

/// Facts about the call found in the text.
struct metadata {
    std::optional<company_ref> company;  ///< the company, when named
    std::optional<fiscal_period> period; ///< the period, when given
    std::string date; ///< `YYYY-MM-DD`, empty when the text gives none
};

/// Where the text came from.
struct source_info {
    std::string name;          ///< file name, or "-" for standard input
    std::size_t bytes = 0;     ///< size of the input before decoding
    std::string encoding = "UTF-8"; ///< encoding the input was decoded from
};

} // namespace ect
