// Building the shared tables ahead of the first parse. Each table is built
// once per process behind its own guard, so threads that share the work, or
// a parse that needs a table being built, simply wait for it.
#include "core/warm_up.hpp"

#include "data/cue_table.hpp"
#include "data/firm_table.hpp"
#include "data/title_table.hpp"
#include "layout/zh_apposition.hpp"
#include "qa/qa.hpp"
#include "text/han_readings.hpp"
#include "text/hant_hans.hpp"

#include <ect/parser.hpp>

#include <algorithm>
#include <numeric>

namespace ect {

namespace detail {

std::vector<table_build> warm_up_plan(unsigned shares, table_set which) {
    shares = std::max(1u, shares);
    // Costs are callgrind instruction counts of each build, in 100k. The
    // Chinese apposition index reads the title lexicon, but is an entry of
    // its own: a parse of an English call needs only the lexicon.
    std::vector<table_build> all = {
        {"han-readings", [] { (void)text::han_readings::get(); }, 50, false},
        {"appositions", [] { layout::build_apposition_index(); }, 15, false},
        {"hant-hans", [] { (void)text::hant_hans::get(); }, 23, false},
        {"firms", [] { (void)data::firm_table::builtin(); }, 23, true},
        {"question-automata", [] { qa::build_question_automata(); }, 23, true},
        {"titles", [] { (void)data::title_table::builtin(); }, 9, true},
    };
    // An automaton costs about in proportion to the bytes of its cues (about
    // 100k instructions for 160 bytes); the kinds named "-zh" are read in
    // Chinese text only. The kinds the question stage reads only inside its
    // own automata ("question-automata" above) are never built alone.
    const std::vector<std::string_view> together = qa::cue_kinds_read_together();
    const std::vector<std::string_view> lists = qa::cue_kinds_read_as_lists();
    for (const std::string_view kind : data::cue_kinds()) {
        if (std::find(together.begin(), together.end(), kind) != together.end()) continue;
        if (std::find(lists.begin(), lists.end(), kind) != lists.end()) continue; // never an automaton
        std::size_t bytes = 0;
        for (const std::string_view cue : data::cues(kind)) bytes += cue.size();
        all.push_back({"cues:" + std::string(kind), [kind] { data::build_cue_matcher(kind); },
                       std::max<std::size_t>(1, bytes / 160), !kind.ends_with("-zh")});
    }
    switch (which) {
    case table_set::all:
        break;
    case table_set::common:
        std::erase_if(all, [](const table_build& t) { return !t.common; });
        break;
    case table_set::chinese:
        std::erase_if(all, [](const table_build& t) { return t.common; });
        break;
    }
    std::vector<std::size_t> order(all.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return all[a].cost > all[b].cost; });
    std::vector<std::size_t> load(shares, 0);
    for (const std::size_t k : order) {
        const auto least = static_cast<unsigned>(std::min_element(load.begin(), load.end()) - load.begin());
        load[least] += all[k].cost;
        all[k].share = least;
    }
    return all;
}

} // namespace detail

void warm_up(unsigned share, unsigned shares, table_set which) {
    shares = std::max(1u, shares);
    if (share >= shares) return;
    for (const detail::table_build& t : detail::warm_up_plan(shares, which))
        if (t.share == share) t.build();
}

} // namespace ect
