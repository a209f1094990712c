#include "dialects/dialect.hpp"

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
    const dialect* best = &all().back();
    int best_score = 0;
    for (const dialect& d : all()) {
        const int s = d.score(sample);
        if (s > best_score) best = &d, best_score = s;
    }
    return *best;
}

} // namespace ect::dialects
