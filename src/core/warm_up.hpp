#pragma once
// How ect::warm_up shares the building of the process-wide tables among
// threads.

#include <ect/parser.hpp>

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

namespace ect::detail {

struct table_build {
    std::string name;              ///< "firms", "cues:question-en" ...
    std::function<void()> build;   ///< builds the table (once per process)
    std::size_t cost = 1;          ///< rough relative cost: instructions, in 100k
    bool common = false;           ///< used by a parse of any document, not only a Chinese one
    unsigned share = 0;            ///< the thread of the plan that builds it
};

/// The shared tables of `which`, each given to one of `shares` threads (at
/// least one), largest first to the thread with the least work so far. The
/// same for every caller, so threads can each compute it and run their own
/// part.
[[nodiscard]] std::vector<table_build> warm_up_plan(unsigned shares, table_set which = table_set::all);

} // namespace ect::detail
