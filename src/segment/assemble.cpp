#include "segment/assemble.hpp"

#include "data/cue_table.hpp"
#include "text/huge_pages.hpp"
#include "text/utf8.hpp"

#include <algorithm>
#include <cstdint>
#include <utility>

namespace ect::segment {

namespace {

// Accumulates the body of one turn line by line.
class body {
public:
    explicit body(std::string_view text) : text_(text) {}

    void add(std::size_t begin, std::size_t end) {
        const std::string_view s = text_.substr(begin, end - begin);
        const std::size_t l = text::trim_left_bytes(s);
        if (l == s.size()) return; // blank: joins nothing, breaks nothing
        const std::size_t r = text::trim_right_bytes(s);
        begin += l;
        end -= r;
        if (open_) pieces_.back().end = end;
        else pieces_.push_back({begin, end}), open_ = true;
    }
    /// A whole line whose text::trim is `trimmed`, a view of the text: the
    /// same as add() over the line, with the trim the document keeps.
    void add_trimmed(std::string_view trimmed) {
        if (trimmed.empty()) return;
        const auto begin = static_cast<std::size_t>(trimmed.data() - text_.data());
        if (open_) pieces_.back().end = begin + trimmed.size();
        else pieces_.push_back({begin, begin + trimmed.size()}), open_ = true;
    }
    /// Furniture in the middle: the next text starts a new piece.
    void interrupt() { open_ = false; }
    [[nodiscard]] bool empty() const { return pieces_.empty(); }
    // A copy, not a move: a small_vector whose heap buffer is moved out is
    // left with no room at all, not its inline one, so every later turn
    // would allocate for its first piece.
    piece_list take() {
        open_ = false;
        piece_list out(pieces_.begin(), pieces_.end());
        pieces_.clear();
        return out;
    }

private:
    std::string_view text_;
    piece_list pieces_;
    bool open_ = false;
};

bool is_operator(const speaker& s) { return s.role == role::operator_; }

// A provider's closing notice: a line opening with a trailer-en cue ("This
// transcript may not be 100 percent accurate", "Copyright policy:"), or a
// trailer-heading-en heading alone on its line ("Disclaimer", "Forward-looking
// statements").
bool opens_trailer(std::string_view s) {
    if (!data::cue_at(s, "trailer-en").empty()) return true;
    if (s.back() == ':') s.remove_suffix(1);
    return !s.empty() && data::cue_at(s, "trailer-heading-en").size() == s.size();
}

// The line where the closing notice starts after the last label, among the
// lines no marker claims; doc.size() when there is none. Without it the
// notice would be the last speaker's words. `markers` are in line order.
std::size_t trailer_start(const layout::document& doc, const std::vector<marker>& markers) {
    const auto last_label =
        std::find_if(markers.rbegin(), markers.rend(), [](const marker& m) { return m.what == marker::kind::label; });
    if (last_label == markers.rend()) return doc.size();
    auto m = last_label.base();
    for (std::size_t i = last_label->line + 1; i < doc.size(); ++i) {
        while (m != markers.end() && m->line < i) ++m;
        if ((m != markers.end() && m->line == i) || doc.is_furniture(i) || doc.trimmed(i).empty()) continue;
        if (opens_trailer(doc.trimmed(i))) return i;
    }
    return doc.size();
}

} // namespace

std::string joined_text(std::string_view text, std::span<const byte_span> pieces) {
    std::string out;
    std::size_t size = pieces.size(); // the line breaks, and one spare
    for (const byte_span& p : pieces) size += p.end - p.begin;
    out.reserve(size);
    for (const byte_span& p : pieces) {
        if (!out.empty()) out.push_back('\n');
        out.append(text.substr(p.begin, p.end - p.begin));
    }
    return out;
}

void assemble(const layout::document& doc, std::vector<marker> markers, draft& d) {
    // In line order, markers of one line in the order given. Markers are
    // large: when they come out of order, their indices are sorted instead.
    if (!std::is_sorted(markers.begin(), markers.end(), [](const marker& a, const marker& b) { return a.line < b.line; })) {
        std::vector<std::uint32_t> order(markers.size());
        for (std::size_t k = 0; k < order.size(); ++k) order[k] = static_cast<std::uint32_t>(k);
        std::stable_sort(order.begin(), order.end(),
                         [&](std::uint32_t a, std::uint32_t b) { return markers[a].line < markers[b].line; });
        std::vector<marker> sorted;
        text::reserve_huge(sorted, markers.size());
        for (const std::uint32_t k : order) sorted.push_back(std::move(markers[k]));
        markers = std::move(sorted);
    }
    // A turn opens at each label (and at most once more, before the first).
    const auto labels =
        std::count_if(markers.begin(), markers.end(), [](const marker& m) { return m.what == marker::kind::label; });
    text::reserve_huge(d.turns, d.turns.size() + static_cast<std::size_t>(labels) + 1);
    const std::string_view text = doc.text;
    body current(text);
    std::optional<turn_draft> open_turn;
    section_kind section = section_kind::preamble;
    bool saw_presentation_heading = false, saw_qa_heading = false;
    std::vector<std::pair<std::size_t, section_kind>> opens; // section starts (byte offset)
    opens.emplace_back(0, section_kind::preamble);

    auto close_turn = [&] {
        if (!open_turn) return;
        open_turn->pieces = current.take();
        if (!open_turn->pieces.empty() || !open_turn->label.empty()) d.turns.push_back(std::move(*open_turn));
        open_turn.reset();
    };
    auto open_section = [&](std::size_t offset, section_kind k) {
        if (k == section) return;
        section = k;
        opens.emplace_back(offset, k);
    };

    const std::size_t trailer = trailer_start(doc, markers);
    std::size_t m = 0;
    for (std::size_t i = 0; i < doc.size(); ++i) {
        const byte_span line = doc.span_of(i);
        while (m < markers.size() && markers[m].line < i) ++m;
        const bool marked = m < markers.size() && markers[m].line == i;
        if (i == trailer) close_turn();

        if (!marked) {
            if (doc.is_furniture(i)) {
                if (!doc.trimmed(i).empty()) d.skipped.push_back({*doc.furniture[i], line});
                current.interrupt();
            } else if (i >= trailer) {
                if (!doc.trimmed(i).empty()) d.skipped.push_back({skip_kind::boilerplate, line});
            } else if (open_turn) {
                current.add_trimmed(doc.trimmed(i));
            }
            continue;
        }
        for (; m < markers.size() && markers[m].line == i; ++m) {
            const marker& here = markers[m];
            switch (here.what) {
            case marker::kind::heading:
                close_turn();
                if (here.section == section_kind::presentation) saw_presentation_heading = true;
                if (here.section == section_kind::qa) saw_qa_heading = true;
                open_section(line.begin, here.section);
                break;
            case marker::kind::label: {
                close_turn();
                if (section == section_kind::preamble && !saw_presentation_heading)
                    open_section(here.label.empty() ? std::max<std::size_t>(here.body, line.begin) : here.label.begin,
                                 section_kind::presentation);
                open_turn = turn_draft{here.who, here.label, {}, section};
                // A second label on the line (问：…？答：… in one line of a
                // record) ends this one's text where it starts.
                const std::size_t begin = std::max<std::size_t>(here.body, line.begin);
                std::size_t end = line.end;
                if (m + 1 < markers.size() && markers[m + 1].line == i && markers[m + 1].what == marker::kind::label) {
                    const marker& next = markers[m + 1];
                    end = std::clamp(next.label.empty() ? next.body : next.label.begin, line.begin, line.end);
                }
                current.add(begin, std::max(end, begin));
                break;
            }
            case marker::kind::skip:
                if (here.skip_as && !doc.trimmed(i).empty()) {
                    d.skipped.push_back({*here.skip_as, line});
                    current.interrupt();
                } else if (open_turn) {
                    close_turn();
                }
                break;
            case marker::kind::end:
                close_turn();
                break;
            }
        }
    }
    close_turn();

    // Without a Q&A heading the operator's hand-over marks it.
    if (!saw_qa_heading) {
        if (auto start = infer_qa_start(doc, d)) {
            const std::size_t at = d.turns[*start].label.empty() ? d.turns[*start].pieces.front().begin
                                                                  : d.turns[*start].label.begin;
            for (std::size_t t = *start; t < d.turns.size(); ++t)
                if (d.turns[t].section == section_kind::presentation) d.turns[t].section = section_kind::qa;
            // Split the presentation section where the Q&A starts.
            auto it = std::find_if(opens.begin(), opens.end(), [&](auto& o) { return o.first > at; });
            opens.insert(it, {at, section_kind::qa});
        }
    }

    // Sections cover the whole text, each up to the next one's start.
    d.sections.clear();
    for (std::size_t k = 0; k < opens.size(); ++k) {
        const std::size_t begin = opens[k].first;
        const std::size_t end = k + 1 < opens.size() ? opens[k + 1].first : text.size();
        if (end > begin || (d.sections.empty() && k + 1 == opens.size()))
            d.sections.push_back({opens[k].second, {begin, end}});
    }
}

std::optional<std::size_t> infer_qa_start(const layout::document& doc, const draft& d) {
    // The Q&A opens with the operator's instructions or first introduction
    // (the qa-start-en cues, all found in one pass over a turn), after at
    // least one non-operator turn of prepared remarks.
    bool remarks = false;
    for (std::size_t t = 0; t < d.turns.size(); ++t) {
        const turn_draft& turn = d.turns[t];
        if (turn.section != section_kind::presentation) continue;
        if (!is_operator(turn.who)) {
            remarks = true;
            continue;
        }
        if (!remarks || turn.pieces.empty()) continue;
        const std::string_view s = doc.text.substr(turn.pieces.front().begin,
                                                   turn.pieces.back().end - turn.pieces.front().begin);
        if (data::contains_cue(s, "qa-start-en")) return t;
    }
    return std::nullopt;
}

} // namespace ect::segment
