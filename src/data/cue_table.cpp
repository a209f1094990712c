#include "data/cue_table.hpp"

#include "data/embedded.hpp"
#include "text/utf8.hpp"

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

} // namespace

const std::vector<std::string_view>& cues(std::string_view kind) {
    static const std::vector<std::string_view> none;
    const auto it = all_cues().find(kind);
    return it == all_cues().end() ? none : it->second;
}

std::string_view cue_at(std::string_view s, std::string_view kind) {
    const bool en = is_english_kind(kind);
    for (std::string_view cue : cues(kind))
        if (en ? text::istarts_with(s, cue) : s.substr(0, cue.size()) == cue) return s.substr(0, cue.size());
    return {};
}

bool contains_cue(std::string_view s, std::string_view kind) {
    const bool en = is_english_kind(kind);
    for (std::string_view cue : cues(kind))
        if (en ? text::ifind(s, cue) != std::string_view::npos : s.find(cue) != std::string_view::npos) return true;
    return false;
}

} // namespace ect::data
