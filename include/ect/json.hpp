#pragma once
/// \file
/// Writers for the `ect-transcript` JSON contract and the other output formats.

#include <ect/transcript.hpp>

#include <functional>
#include <iosfwd>
#include <string>
#include <string_view>

namespace ect {

/// The transcript as one `ect-transcript` JSON document (version 1).
/// `indent` < 0 writes it on one line (the JSONL form).
[[nodiscard]] std::string to_json(const transcript& t, int indent = 2);

/// Receives consecutive pieces of a document being written.
using chunk_writer = std::function<void(std::string_view piece)>;

/// The same bytes as `to_json`, handed to `write` in pieces of about 64 KB,
/// so a large transcript's JSON is never held in memory whole.
void write_json(const transcript& t, const chunk_writer& write, int indent = 2);

/// The same bytes as `to_json`, written to `out` in pieces.
void write_json(const transcript& t, std::ostream& out, int indent = 2);

/// One CSV row per turn, with a header row: file, index, section, speaker,
/// role, title, firm, firm_canonical, begin, end, text (RFC 4180 quoting).
[[nodiscard]] std::string to_csv(const transcript& t, bool header = true);

/// A readable plain-text dump: one block per turn, questions indented.
[[nodiscard]] std::string to_text(const transcript& t);

/// A Markdown report: participants table, then the Q&A as exchanges.
[[nodiscard]] std::string to_markdown(const transcript& t);

} // namespace ect
