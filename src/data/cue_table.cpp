#include "data/cue_table.hpp"

#include "data/cue_matcher.hpp"
#include "data/embedded.hpp"

#include <algorithm>
#include <map>
#include <string>

namespace ect::data {

namespace {

using table = std::map<std::string, std::vector<std::string_view>, std::less<>>;

table load() {
    table t;
    std::string_view all = cues_tsv();
    while (!all.empty()) {
        const std::size_t nl = all.find('\n');
        const std::string_view line = all.substr(0, nl);
        all = nl == std::string_view::npos ? std::string_view{} : all.substr(nl + 1);
        if (line.empty() || line.front() == '#') continue;
        const std::size_t tab = line.find('\t');
        if (tab == std::string_view::npos) continue;
        t[std::string(line.substr(0, tab))].push_back(line.substr(tab + 1));
    }
    for (auto& [kind, list] : t)
        std::stable_sort(list.begin(), list.end(), [](auto a, auto b) { return a.size() > b.size(); });
    return t;
}

const table& all_cues() {
    static const table t = load();
    return t;
}

bool is_english_kind(std::string_view kind) { return kind.size() > 3 && kind.substr(kind.size() - 3) == "-en"; }

using matcher_table = std::map<std::string, cue_matcher, std::less<>>;

const matcher_table& all_matchers() {
    static const matcher_table t = [] {
        matcher_table m;
        for (const auto& [kind, list] : all_cues()) m.emplace(kind, cue_matcher(list, is_english_kind(kind)));
        return m;
    }();
    return t;
}

} // namespace

const cue_matcher& cue_matcher_of(std::string_view kind) {
    static const cue_matcher none({}, false);
    const auto it = all_matchers().find(kind);
    return it == all_matchers().end() ? none : it->second;
}

const std::vector<std::string_view>& cues(std::string_view kind) {
    static const std::vector<std::string_view> none;
    const auto it = all_cues().find(kind);
    return it == all_cues().end() ? none : it->second;
}

std::string_view cue_at(std::string_view s, std::string_view kind) {
    const std::size_t n = cue_matcher_of(kind).longest_prefix(s, [](std::size_t) { return true; });
    return n == cue_matcher::none ? std::string_view{} : s.substr(0, n);
}

bool contains_cue(std::string_view s, std::string_view kind) { return cue_matcher_of(kind).contains(s); }

} // namespace ect::data
