#include "data/title_table.hpp"

#include "data/embedded.hpp"

#include <algorithm>
#include <string>

namespace ect::data {

title_table title_table::parse(std::string_view tsv) {
    constexpr std::string_view table = "titles.tsv";
    title_table t;
    t.index_.reserve(detail::most_aliases(tsv));
    detail::for_each_row(tsv, table, [&](std::size_t line, const std::vector<std::string_view>& f) {
        if (f.size() > 2)
            detail::malformed(table, line, "expected canonical<TAB>aliases, found " + std::to_string(f.size()) + " columns");
        const auto row = static_cast<std::uint32_t>(t.entries_.size());
        t.entries_.push_back({f[0]});
        const auto add = [&](std::string_view alias) {
            t.index_.add(alias, row, line, table);
            t.aliases_.emplace_back(alias, row);
        };
        add(f[0]);
        if (f.size() == 2) detail::for_each_alias(f[1], line, table, add);
    });
    return t;
}

const title_table& title_table::builtin() {
    static const title_table table = parse(titles_tsv());
    return table;
}

const title_entry* title_table::resolve(std::string_view key) const {
    if (!index_.may_hold_prefix_of(key)) return nullptr;
    const auto* row = index_.find(key);
    return row == nullptr ? nullptr : &entries_[*row];
}

const title_entry* title_table::find(std::string_view mention) const {
    detail::key_builder b;
    return detail::build_key(mention, b) ? resolve(b.key()) : nullptr;
}

std::pair<const title_entry*, std::size_t> title_table::find_prefix(std::string_view text) const {
    return detail::longest_prefix(text, std::min(detail::max_key_bytes, index_.longest_key()),
                                  [this](const detail::key_builder& b) { return resolve(b.key()); });
}

std::vector<std::pair<std::string_view, std::string_view>> title_table::aliases() const {
    std::vector<std::pair<std::string_view, std::string_view>> out;
    out.reserve(aliases_.size());
    for (const auto& [alias, row] : aliases_) out.emplace_back(alias, entries_[row].canonical);
    return out;
}

} // namespace ect::data
