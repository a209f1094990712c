#pragma once
// The shared, immutable state behind ect::transcript. Built once by the
// pipeline, then only read.

#include <ect/types.hpp>

#include <deque>
#include <string>
#include <string_view>
#include <vector>

namespace ect::detail {

struct transcript_data {
    std::string text; // the UTF-8 buffer every byte_span refers to
    // Strings derived from the text (romanised names, joined turn pieces).
    // A deque keeps views into earlier entries valid as it grows.
    std::deque<std::string> store;

    source_info source;
    document_kind kind = document_kind::unknown;
    std::string dialect;
    std::string language;
    ect::metadata metadata;
    std::vector<participant> participants;
    std::vector<section> sections;
    std::vector<turn> turns;
    std::vector<exchange> exchanges;
    std::vector<statement> statements;
    std::vector<ect::skipped> skipped;
    std::vector<diagnostic> diagnostics;

    /// Keep a derived string alive as long as the transcript and view it.
    std::string_view keep(std::string s) { return store.emplace_back(std::move(s)); }
};

} // namespace ect::detail
