#pragma once
// What the dialects read: the text, its lines, and the page furniture found
// once for all of them. Seventeen dialects score every document and the
// winner reads it again, so what they ask of a line (its speaker label, its
// heading) is worked out on first request and kept for the others.

#include "layout/en_headings.hpp"
#include "layout/en_label.hpp"
#include "text/lines.hpp"
#include "text/utf8.hpp"

#include <ect/types.hpp>

#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

namespace ect::layout {

struct document {
    std::string_view text;
    text::line_index lines;
    /// Per line: the furniture kind when the line is page furniture.
    std::vector<std::optional<skip_kind>> furniture;

    explicit document(std::string_view t);

    [[nodiscard]] std::string_view line(std::size_t i) const noexcept { return lines.view(i); }
    /// The number of lines, kept: every dialect loops to it.
    [[nodiscard]] std::size_t size() const noexcept { return line_count_; }
    [[nodiscard]] bool is_furniture(std::size_t i) const noexcept { return furniture[i].has_value(); }
    [[nodiscard]] byte_span span_of(std::size_t i) const noexcept {
        return {lines.lines()[i].begin, lines.lines()[i].end};
    }

    /// text::trim of line `i`, the bounds of every line found on first use.
    [[nodiscard]] std::string_view trimmed(std::size_t i) const {
        if (trimmed_.empty()) trim_lines();
        return trimmed_[i];
    }
    /// The number of lines that are not blank, counted with the trimmed lines.
    [[nodiscard]] std::size_t non_blank_lines() const {
        if (trimmed_.empty()) trim_lines();
        return non_blank_;
    }
    /// parse_inline_label of line `i`, parsed once; null when the line holds
    /// none. Valid while the document lives.
    [[nodiscard]] const inline_label* inline_label_at(std::size_t i) const {
        // Asked of every line by several dialects: a line parsed before is
        // answered here, without a call.
        if (i < inline_slot_.size() && inline_slot_[i] != 0)
            return inline_slot_[i] == 1 ? nullptr : &inline_found_[inline_slot_[i] - 2];
        return parse_inline_label_at(i);
    }
    /// The lines holding an inline label, in order: every line with a colon
    /// parsed once. A score that counts inline labels reads these instead
    /// of asking every line.
    [[nodiscard]] const std::vector<std::uint32_t>& inline_label_lines() const;
    /// parse_label_line of line `i`, parsed once; null when the line is none.
    [[nodiscard]] const label_line* label_line_at(std::size_t i) const {
        if (i < label_slot_.size() && label_slot_[i] != 0)
            return label_slot_[i] == 1 ? nullptr : &label_found_[label_slot_[i] - 2];
        return parse_label_line_at(i);
    }
    /// classify_heading of line `i`, classified once.
    [[nodiscard]] heading heading_at(std::size_t i) const {
        if (headings_.empty()) classify_headings();
        return headings_[i];
    }
    /// Calls `visit(i)` for each non-blank line `i` whose trimmed text
    /// opens with a byte of `first` or ends with a byte of `last`, once per
    /// line, grouped by that byte and not in line order; ASCII letters
    /// match in either case. A score that counts lines of a few shapes
    /// visits these instead of every line: every dialect scores every
    /// document, and most lines open and end with bytes no score looks for.
    /// Indexed with the trimmed lines, on first use.
    template <class Visit>
    void for_lines_with_edges(std::string_view first, std::string_view last, Visit visit) const {
        if (trimmed_.empty()) trim_lines();
        const std::array<bool, 256> opens = byte_set(first), ends = byte_set(last);
        for (std::size_t b = 0; b < 256; ++b)
            if (opens[b])
                for (std::uint32_t i = first_last_[b]; i != no_line; i = first_before_[i]) visit(std::size_t{i});
        for (std::size_t b = 0; b < 256; ++b)
            if (ends[b])
                for (std::uint32_t i = last_last_[b]; i != no_line; i = last_before_[i])
                    if (!opens[static_cast<unsigned char>(trimmed_[i].front())]) visit(std::size_t{i}); // else visited above
    }
    /// The lines holding `needle` (ASCII with no line end, matched without
    /// regard to case as text::ifind does), each once, in order.
    [[nodiscard]] std::vector<std::size_t> lines_with(std::string_view needle) const;

    /// A value worked out from the whole document once and kept with it, so
    /// that a dialect's score and read share it: `compute()` makes the `T`
    /// on first use. Each `T` (a type of the caller's own) has one slot.
    template <class T, class Compute>
    [[nodiscard]] const T& derived(Compute compute) const {
        for (const auto& [key, value] : derived_)
            if (key == &slot_key<T>) return *static_cast<const T*>(value.get());
        auto made = std::make_shared<const T>(compute());
        const T& out = *made;
        derived_.emplace_back(&slot_key<T>, std::move(made));
        return out;
    }

private:
    std::size_t line_count_ = 0;
    void trim_lines() const;
    // The first request for a line: parse or classify it and keep the answer.
    const inline_label* parse_inline_label_at(std::size_t i) const;
    const label_line* parse_label_line_at(std::size_t i) const;
    void classify_headings() const;
    void mark_lines_without_colon() const;
    // The bytes of `bytes`, an ASCII letter in both cases.
    static constexpr std::array<bool, 256> byte_set(std::string_view bytes) noexcept {
        std::array<bool, 256> in{};
        for (const char c : bytes) {
            const auto b = static_cast<unsigned char>(c);
            in[b] = true;
            if (text::is_ascii_alpha(b)) in[b ^ 0x20] = true;
        }
        return in;
    }
    template <class T>
    static constexpr char slot_key = 0;
    mutable std::vector<std::pair<const void*, std::shared_ptr<const void>>> derived_;
    // Per line: 0 when not yet parsed, 1 when there is nothing, else the
    // index in the found list plus 2. The lines without a colon hold no
    // inline label: they are 1 from the first request on.
    mutable std::vector<std::uint32_t> inline_slot_, label_slot_;
    // The lines holding a colon, in order (found with the lines holding
    // none), and of those the lines holding an inline label.
    mutable std::vector<std::uint32_t> colon_lines_, inline_lines_;
    mutable bool inline_lines_found_ = false;
    mutable std::vector<inline_label> inline_found_;
    mutable inline_label_memo inline_memo_;
    mutable std::vector<label_line> label_found_;
    // Per line: its text::trim, a view of `text`.
    mutable std::vector<std::string_view> trimmed_;
    mutable std::size_t non_blank_ = 0;
    // The non-blank lines by the first and by the last byte of their
    // trimmed text, each group a list read from its last line back:
    // first_last_[b] is the last line opening with byte b, first_before_[i]
    // the one before line i that opens as it does (no_line ends a list).
    // Built as the lines are trimmed, from the bytes at hand.
    static constexpr std::uint32_t no_line = UINT32_MAX;
    mutable std::array<std::uint32_t, 256> first_last_{}, last_last_{};
    mutable std::vector<std::uint32_t> first_before_, last_before_;
    // Per line: its heading, every line classified on the first request
    // (the dialects that ask, ask of every line).
    mutable std::vector<heading> headings_;
};

/// The first offset from `from` on where `needle` starts in `text`, ASCII
/// letters matched without regard to case: what text::ifind finds, found
/// sixteen bytes at a time. npos when there is none.
[[nodiscard]] std::size_t find_ignoring_case(std::string_view text, std::string_view needle, std::size_t from = 0) noexcept;

/// Classify page furniture: page numbers, `Page N of M`, rules of dots,
/// dashes or equals signs, copyright lines, and running headers (short lines
/// repeated near page breaks).
std::vector<std::optional<skip_kind>> find_furniture(const text::line_index& lines);

} // namespace ect::layout
