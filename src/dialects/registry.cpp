#include "dialects/dialect.hpp"

#include <array>
#include <functional>

namespace ect::dialects {

namespace {
// Order matters only for ties: more specific layouts first.
const std::array<std::reference_wrapper<const dialect>, 3> registered = {
    std::cref(zh_writeup),
    std::cref(zh_news),
    std::cref(generic_en),
};

std::vector<dialect> copy_all() {
    std::vector<dialect> out;
    for (const dialect& d : registered) out.push_back(d);
    return out;
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
