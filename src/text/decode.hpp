#pragma once
// Decoding of raw input bytes into the UTF-8 buffer the transcript owns.
// UTF-8 is the fast path; a BOM, UTF-16, Windows-1252 (English text saved
// on Windows) or a legacy Chinese encoding (GB18030/GBK, Big5) is detected
// and converted with ICU. Content problems
// become diagnostics, never exceptions.

#include <ect/types.hpp>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace ect::text {

struct decode_problem {
    std::string code;     ///< diagnostic code
    std::size_t offset;   ///< byte offset in the decoded text
    std::string message;
    ect::severity severity = ect::severity::warning;
};

struct decoded {
    std::string text;       ///< valid UTF-8
    std::string encoding;   ///< name of the source encoding, e.g. "UTF-8", "GB18030"
    std::vector<decode_problem> problems;
};

/// Converts bytes to UTF-8. Keeps ICU converters and the charset detector
/// between calls; one decoder per parser.
class decoder {
public:
    decoder();
    ~decoder();
    decoder(decoder&&) noexcept;
    decoder& operator=(decoder&&) noexcept;

    [[nodiscard]] decoded decode(std::string_view bytes);
    /// decode() of a buffer the caller gives up. Valid UTF-8, most input,
    /// becomes the text as it stands: no second buffer, no copy. Anything
    /// else is decoded as decode() does it, and `bytes` is freed.
    [[nodiscard]] decoded decode_owned(std::string&& bytes);

private:
    struct impl;
    std::unique_ptr<impl> impl_;
};

/// Byte offset of the first invalid UTF-8 sequence, or npos when valid.
[[nodiscard]] std::size_t first_invalid_utf8(std::string_view bytes) noexcept;

/// Copy `bytes` replacing each invalid sequence with U+FFFD; returns how many
/// were replaced.
std::size_t repair_utf8(std::string_view bytes, std::string& out);

} // namespace ect::text
