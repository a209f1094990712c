#pragma once
// All the cues of one kind compiled into one automaton (Aho-Corasick over
// bytes), so that a sentence is read once for the whole list instead of once
// per cue. English kinds match ASCII letters case-insensitively, as
// text::ifind does; other kinds match bytes exactly.

#include <array>
#include <bitset>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace ect::data {

class cue_matcher {
public:
    /// More cues than this in one kind is a data error (the tables hold tens).
    static constexpr std::size_t max_cues = 1024;

    cue_matcher(const std::vector<std::string_view>& cues, bool ignore_case);

    [[nodiscard]] std::size_t size() const noexcept { return lengths_.size(); }
    /// Length in bytes of cue `i` (index into the list given to the constructor).
    [[nodiscard]] std::size_t length(std::size_t i) const noexcept { return lengths_[i]; }

    /// Calls `f(cue, begin)` for every occurrence of every cue in `s`, in order
    /// of where the occurrence ends, until `f` returns true; returns whether it did.
    template <class F>
    bool scan(std::string_view s, F&& f) const {
        if (empty_cue_ != none && f(empty_cue_, std::size_t{0})) return true;
        const auto* p = reinterpret_cast<const unsigned char*>(s.data());
        const std::size_t n = s.size();
        if (n >= 3 * longest_ && longest_ > 0) {
            endings e;
            if (find_endings(p, n, e)) {
                for (std::size_t h = 0; h < e.count; ++h) {
                    const std::size_t st = state_of(e.row[h]);
                    for (std::uint32_t k = out_begin_[st]; k < out_begin_[st + 1]; ++k)
                        if (f(static_cast<std::size_t>(out_[k]), e.end[h] - lengths_[out_[k]])) return true;
                }
                return false;
            }
        }
        std::size_t row = 0; // the current state's row in next_
        for (std::size_t i = 0; i < n;) {
            i = advance(p, i, n, row);
            if (row < first_ending_row_) break;
            const std::size_t st = state_of(static_cast<std::uint32_t>(row));
            for (std::uint32_t k = out_begin_[st]; k < out_begin_[st + 1]; ++k)
                if (f(static_cast<std::size_t>(out_[k]), i - lengths_[out_[k]])) return true;
        }
        return false;
    }

    /// Like scan, but reports only the first occurrence of each cue (the one
    /// text::ifind would find).
    template <class F>
    bool scan_first(std::string_view s, F&& f) const {
        std::bitset<max_cues> seen;
        return scan(s, [&](std::size_t cue, std::size_t begin) {
            if (seen[cue]) return false;
            seen[cue] = true;
            return f(cue, begin);
        });
    }

    /// True when some cue occurs in `s`.
    [[nodiscard]] bool contains(std::string_view s) const {
        return scan(s, [](std::size_t, std::size_t) { return true; });
    }

    /// Length of the longest cue that `s` starts with and that `accept(length)`
    /// takes, or `none` when there is none.
    template <class F>
    std::size_t longest_prefix(std::string_view s, F&& accept) const {
        std::size_t best = empty_cue_ != none && accept(std::size_t{0}) ? 0 : none;
        std::uint32_t row = 0; // of the current state, in next_
        const auto* p = reinterpret_cast<const unsigned char*>(s.data());
        for (std::size_t i = 0; i < s.size(); ++i) {
            row = step(row, p[i]);
            const std::uint32_t st = state_of(row);
            if (depth_[st] != i + 1) break; // left the tree of cue prefixes
            if (whole_[st] && accept(i + 1)) best = i + 1;
        }
        return best;
    }

    /// Calls `f(cue, length)` for every cue that `s` starts with, shorter
    /// cues first.
    template <class F>
    void prefixes(std::string_view s, F&& f) const {
        if (empty_cue_ != none) f(empty_cue_, std::size_t{0});
        std::uint32_t row = 0; // of the current state, in next_
        const auto* p = reinterpret_cast<const unsigned char*>(s.data());
        for (std::size_t i = 0; i < s.size(); ++i) {
            row = step(row, p[i]);
            const std::uint32_t st = state_of(row);
            if (depth_[st] != i + 1) return;
            if (!whole_[st]) continue;
            for (std::uint32_t k = out_begin_[st]; k < out_begin_[st + 1]; ++k)
                if (lengths_[out_[k]] == i + 1) f(static_cast<std::size_t>(out_[k]), i + 1);
        }
    }

    static constexpr std::size_t none = static_cast<std::size_t>(-1);

private:
    // Reads p[i, n) from `row` until a state where some cue ends (or the
    // end); returns the position after the last byte read. Out of line, so
    // that the loop keeps its few values in registers.
    std::size_t advance(const unsigned char* p, std::size_t i, std::size_t n, std::size_t& row) const noexcept;
    template <class Entry>
    std::size_t advance_in(const Entry* next, const unsigned char* p, std::size_t i, std::size_t n,
                           std::size_t& row) const noexcept;

    // The states where some cue ends, with the position after the byte that
    // reached each, in order.
    struct endings {
        static constexpr std::size_t capacity = 128;
        std::size_t count = 0;
        std::array<std::uint32_t, capacity> end, row;
    };
    // Fills `e` for p[0, n); false when more than e.capacity states end a
    // cue (the caller then scans the plain way). A state depends only on the
    // last longest_ bytes read, so the text is read as two halves at once,
    // the second starting longest_ bytes early from the root: two chains of
    // table lookups that do not wait for each other.
    bool find_endings(const unsigned char* p, std::size_t n, endings& e) const noexcept;
    template <class Entry>
    bool find_endings_in(const Entry* next, const unsigned char* p, std::size_t n, endings& e) const noexcept;

    // The row after reading byte `b` in the row starting at `row`.
    [[nodiscard]] std::uint32_t step(std::uint32_t row, unsigned char b) const noexcept {
        const std::size_t at = row + class_of_[b];
        return next_.empty() ? wide_next_[at] : next_[at];
    }

    // The state whose row starts at `row`: row / classes_, which is exact,
    // as a shift and a multiplication by the inverse of the odd part of
    // classes_ (modulo 2^32) instead of a division on every byte.
    [[nodiscard]] std::uint32_t state_of(std::uint32_t row) const noexcept { return (row >> row_shift_) * row_inverse_; }

    std::array<std::uint8_t, 256> class_of_{};
    std::uint32_t classes_ = 1;
    std::uint32_t row_shift_ = 0, row_inverse_ = 1;
    // Row of state s: next_[s * classes_, (s + 1) * classes_), indexed by the
    // byte's class; an entry is the next state's row start. The states where
    // some cue ends are numbered last, from first_ending_row_ / classes_ on.
    // A list too large for 16-bit entries has wide_next_ instead (and an
    // empty next_).
    std::vector<std::uint16_t> next_;
    std::vector<std::uint32_t> wide_next_;
    std::size_t first_ending_row_ = 0;
    std::vector<std::uint32_t> out_begin_; // cues ending in a state: out_[out_begin_[s], out_begin_[s + 1])
    std::vector<std::uint16_t> out_;
    std::vector<std::uint32_t> depth_;     // bytes from the root
    std::vector<std::uint8_t> whole_;      // the path to the state is a whole cue (a byte: read per prefix step)
    std::vector<std::size_t> lengths_;
    std::size_t longest_ = 0; // bytes of the longest cue
    std::size_t empty_cue_ = none;
};

/// The compiled cues of one kind of src/data/cues.tsv, built once per process.
[[nodiscard]] const cue_matcher& cue_matcher_of(std::string_view kind);

} // namespace ect::data
