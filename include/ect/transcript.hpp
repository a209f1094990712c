#pragma once
/// \file
/// The parsed transcript: immutable, owns its UTF-8 text.

#include <ect/types.hpp>

#include <memory>
#include <span>
#include <string_view>
#include <vector>

namespace ect {

namespace detail {
struct transcript_data;
}

/// The result of parsing one document.
///
/// A transcript owns the UTF-8 text it was parsed from and every derived
/// string; all views returned by its members (and held by the value types
/// they return) stay valid while any copy of the transcript is alive. Copies
/// are cheap: they share the same immutable data.
class transcript {
public:
    transcript();
    /// Wrap parsed data; used by the parser.
    explicit transcript(std::shared_ptr<const detail::transcript_data> data) noexcept;

    /// The UTF-8 text all byte spans refer to.
    [[nodiscard]] std::string_view text() const noexcept;
    /// The bytes `s` covers in `text()`.
    [[nodiscard]] std::string_view slice(byte_span s) const noexcept;

    /// Where the text came from: name, size, encoding.
    [[nodiscard]] const source_info& source() const noexcept;
    /// Whether the document is a transcript, a news article or neither.
    [[nodiscard]] document_kind kind() const noexcept;
    /// Name of the recognised layout, e.g. "seeking-alpha", "zh-writeup".
    [[nodiscard]] std::string_view dialect() const noexcept;
    /// BCP-47 language tag of the text, e.g. "en", "zh-Hant".
    [[nodiscard]] std::string_view language() const noexcept;
    /// Company, fiscal period and date of the call.
    [[nodiscard]] const ect::metadata& metadata() const noexcept;

    /// The people of the call; `participant::id` is the position here.
    [[nodiscard]] std::span<const participant> participants() const noexcept;
    /// The sections, in document order.
    [[nodiscard]] std::span<const section> sections() const noexcept;
    /// The speaker turns, in document order.
    [[nodiscard]] std::span<const turn> turns() const noexcept;
    /// The analyst slots of the Q&A, in order.
    [[nodiscard]] std::span<const exchange> exchanges() const noexcept;
    /// Reported and quoted speech (news, editor's text).
    [[nodiscard]] std::span<const statement> statements() const noexcept;
    /// Spans that belong to no turn, in document order.
    [[nodiscard]] std::span<const ect::skipped> skipped() const noexcept;
    /// What the parser noticed and how it recovered.
    [[nodiscard]] std::span<const diagnostic> diagnostics() const noexcept;

    /// Turns spoken by participant `id`, in order.
    [[nodiscard]] std::vector<const turn*> turns_by(std::size_t id) const;
    /// Exchanges in which participant `id` asks.
    [[nodiscard]] std::vector<const exchange*> exchanges_of(std::size_t id) const;

private:
    std::shared_ptr<const detail::transcript_data> data_;
};

} // namespace ect
