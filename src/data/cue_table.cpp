#include "data/cue_table.hpp"

#include "data/cue_matcher.hpp"
#include "data/embedded.hpp"

#include <algorithm>
#include <atomic>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <tuple>

namespace ect::data {

namespace {

using table = std::map<std::string, std::vector<std::string_view>, std::less<>>;

table load() {
    table t;
    std::string_view all = cues_tsv();
    // The lines of a kind come together: the kind's list is looked up (and
    // its name copied) once per run of lines, not once per line.
    std::string_view kind;
    std::vector<std::string_view>* list = nullptr;
    while (!all.empty()) {
        const std::size_t nl = all.find('\n');
        const std::string_view line = all.substr(0, nl);
        all = nl == std::string_view::npos ? std::string_view{} : all.substr(nl + 1);
        if (line.empty() || line.front() == '#') continue;
        const std::size_t tab = line.find('\t');
        if (tab == std::string_view::npos) continue;
        if (!list || line.substr(0, tab) != kind) {
            kind = line.substr(0, tab);
            auto it = t.find(kind);
            if (it == t.end()) it = t.emplace(std::string(kind), std::vector<std::string_view>{}).first;
            list = &it->second;
        }
        list->push_back(line.substr(tab + 1));
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

// One automaton per kind, compiled the first time the kind is asked for: an
// English call never builds the Chinese ones, nor a run without questions
// the question cues.
class lazy_matcher {
public:
    lazy_matcher(const std::vector<std::string_view>& cues, bool ignore_case) : cues_(cues), ignore_case_(ignore_case) {}

    const cue_matcher& get() const {
        if (!built_.load(std::memory_order_acquire)) {
            const std::lock_guard<std::mutex> lock(building_);
            if (!built_.load(std::memory_order_relaxed)) {
                matcher_.emplace(cues_, ignore_case_);
                built_.store(true, std::memory_order_release);
            }
        }
        return *matcher_;
    }

private:
    const std::vector<std::string_view>& cues_;
    bool ignore_case_;
    mutable std::atomic<bool> built_{false};
    mutable std::mutex building_;
    mutable std::optional<cue_matcher> matcher_;
};

using matcher_table = std::map<std::string, lazy_matcher, std::less<>>;

const matcher_table& all_matchers() {
    static const matcher_table t = [] {
        matcher_table m;
        for (const auto& [kind, list] : all_cues())
            m.emplace(std::piecewise_construct, std::forward_as_tuple(kind),
                      std::forward_as_tuple(list, is_english_kind(kind)));
        return m;
    }();
    return t;
}

} // namespace

const cue_matcher& cue_matcher_of(std::string_view kind) {
    static const cue_matcher none({}, false);
    const auto it = all_matchers().find(kind);
    return it == all_matchers().end() ? none : it->second.get();
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

std::vector<std::string_view> cue_kinds() {
    std::vector<std::string_view> kinds;
    for (const auto& [kind, list] : all_cues()) kinds.push_back(kind);
    return kinds;
}

void build_cue_matcher(std::string_view kind) { (void)cue_matcher_of(kind); }

} // namespace ect::data
