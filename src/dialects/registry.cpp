#include "dialects/dialect.hpp"

#include "text/utf8.hpp"

#include <algorithm>
#include <numeric>
#include <optional>
#include <vector>

namespace ect::dialects {

namespace {
// Order matters only for ties: more specific layouts first.
// One line per dialect; the generic fallback stays last.
std::vector<dialect> copy_all() {
    return {
        zh_writeup,
        zh_news,
        alphamemo_bilingual,
        zh_ir_record,
        factset,
        bank_ir_name_line,
        bank_ir_paren_firm,
        bank_ir_slide_bullets,
        concall,
        bank_caps_colon,
        seeking_alpha,
        motley_fool,
        fmp_colon,
        capital_iq,
        bloomberg,
        refinitiv,
        generic_en,
    };
}
} // namespace

std::span<const dialect> all() {
    static const std::vector<dialect> list = copy_all();
    return list;
}

namespace {
// The order in which choose() scores the dialects: the highest possible
// score first, list order among equals; the fallback is not scored.
const std::vector<std::size_t>& scoring_order() {
    static const std::vector<std::size_t> order = [] {
        const std::span<const dialect> list = all();
        std::vector<std::size_t> out(list.size() - 1);
        std::iota(out.begin(), out.end(), std::size_t{0});
        std::stable_sort(out.begin(), out.end(),
                         [&](std::size_t a, std::size_t b) { return list[a].max_score > list[b].max_score; });
        return out;
    }();
    return order;
}
} // namespace

bool reads_as_chinese(std::string_view head) noexcept {
    // A sentence's worth, or, in a short text, a quarter of its bytes.
    constexpr std::size_t sentence = 16; // Han characters
    const std::size_t han = text::count_han(head, sentence);
    return han >= sentence || (han > 0 && han * 3 * 4 >= head.size());
}

// A layout shows itself in its first pages: scoring a bounded head keeps
// detection cost flat however long the document is.
constexpr std::size_t score_head_bytes = std::size_t{256} << 10;

const dialect& choose(const layout::document& doc) {
    std::optional<layout::document> head;
    if (doc.text.size() > score_head_bytes) {
        std::size_t cut = doc.text.rfind('\n', score_head_bytes);
        if (cut == std::string_view::npos) cut = score_head_bytes;
        while (cut > 0 && (static_cast<unsigned char>(doc.text[cut]) & 0xC0) == 0x80) --cut; // whole code points
        head.emplace(doc.text.substr(0, cut));
    }
    const layout::document& sample = head ? *head : doc;
    // The first dialect (in list order) with the strictly best score wins.
    // Dialects are scored highest possible score first, and one that cannot
    // beat the best found so far (a higher score, or the same score earlier
    // in the list) is not scored: a score of 100 ends the search. The
    // fallback needs no score: every other dialect scores 0 or at least the
    // fallback's 5, and the fallback is last, so it wins exactly when no
    // other dialect scores.
    const std::span<const dialect> list = all();
    std::size_t best = list.size() - 1;
    int best_score = 0;
    for (const std::size_t k : scoring_order()) {
        const dialect& d = list[k];
        if (d.max_score < best_score || (d.max_score == best_score && k > best)) continue;
        const int s = d.score(sample);
        if (s > best_score || (s == best_score && s > 0 && k < best)) best = k, best_score = s;
    }
    return list[best];
}

} // namespace ect::dialects
