#include "dialects/dialect.hpp"

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

const dialect& choose(const layout::document& doc) {
    const dialect* best = &all().back();
    int best_score = 0;
    for (const dialect& d : all()) {
        const int s = d.score(doc);
        if (s > best_score) best = &d, best_score = s;
    }
    return *best;
}

} // namespace ect::dialects
