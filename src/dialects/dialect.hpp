#pragma once
// A provider layout: how to recognise it and how to read it into a draft.
// Each dialect lives in its own file and registers itself in registry.cpp;
// all the knowledge of one layout stays in that file.

#include "layout/document.hpp"
#include "segment/draft.hpp"

#include <span>
#include <string_view>

namespace ect::dialects {

struct dialect {
    std::string_view name;
    /// How strongly the document looks like this layout, 0 (not at all) to
    /// 100 (certain). Cheap: it runs for every dialect on every document.
    int (*score)(const layout::document& doc);
    /// Read the document into `d` (turns, sections, roster, skipped spans).
    void (*read)(const layout::document& doc, segment::draft& d);
    /// The most `score` ever returns: choose() passes over a dialect that
    /// cannot beat the best score found so far.
    int max_score = 100;
};

/// Whether `head` (the start of a document) is written in Chinese enough for
/// a Chinese layout to be worth scoring: a sentence's worth of Han
/// characters (or a quarter of a short text), not a company's name in an
/// English call.
[[nodiscard]] bool reads_as_chinese(std::string_view head) noexcept;

/// Every registered dialect, the generic fallback last.
[[nodiscard]] std::span<const dialect> all();

/// The best-scoring dialect; the generic fallback when none scores.
[[nodiscard]] const dialect& choose(const layout::document& doc);

// The dialects, defined in their own files.
extern const dialect zh_writeup;
extern const dialect zh_news;
extern const dialect alphamemo_bilingual;
extern const dialect zh_ir_record;
extern const dialect factset;
extern const dialect bank_ir_name_line;
extern const dialect bank_ir_paren_firm;
extern const dialect bank_ir_slide_bullets;
extern const dialect concall;
extern const dialect seeking_alpha;
extern const dialect motley_fool;
extern const dialect fmp_colon;
extern const dialect capital_iq;
extern const dialect bloomberg;
extern const dialect bank_caps_colon;
extern const dialect refinitiv;
extern const dialect generic_en;

} // namespace ect::dialects
