#include "data/cue_matcher.hpp"

#include <algorithm>
#include <stdexcept>
#include <string>
#include <type_traits>

namespace ect::data {

namespace {

unsigned char fold_case(unsigned char c, bool ignore_case) {
    return ignore_case && c >= 'A' && c <= 'Z' ? static_cast<unsigned char>(c + 32) : c;
}

} // namespace

cue_matcher::cue_matcher(const std::vector<std::string_view>& cues, bool ignore_case) {
    if (cues.size() > max_cues) throw std::length_error("too many cues of one kind");
    // Byte classes: one per byte some cue holds (both cases of a letter
    // share one when case is ignored), class 0 for every other byte.
    for (std::string_view cue : cues)
        for (char ch : cue) {
            const unsigned char c = fold_case(static_cast<unsigned char>(ch), ignore_case);
            if (class_of_[c] == 0) class_of_[c] = static_cast<std::uint8_t>(classes_++);
        }
    if (classes_ > 256) throw std::length_error("too many byte classes");
    row_shift_ = static_cast<std::uint32_t>(__builtin_ctz(classes_));
    const std::uint32_t odd = classes_ >> row_shift_;
    row_inverse_ = odd; // right in the low 3 bits; each step doubles that
    for (int step = 0; step < 5; ++step) row_inverse_ *= 2u - odd * row_inverse_;
    if (ignore_case)
        for (unsigned c = 'A'; c <= 'Z'; ++c) class_of_[c] = class_of_[c + 32];

    // The tree of cue prefixes, one row of edges per state as in next_; 0
    // means "no edge" while building.
    // It has at most one state per cue byte, plus the root.
    std::size_t most_states = 1;
    for (std::string_view cue : cues) most_states += cue.size();
    std::vector<std::vector<std::uint16_t>> own_cues(1);
    own_cues.reserve(most_states);
    depth_.reserve(most_states);
    std::vector<std::uint32_t> tree;
    tree.reserve(most_states * classes_);
    tree.assign(classes_, 0);
    // Each state's parent and the class of the edge from it (the root's
    // unused), for the failure links below.
    std::vector<std::uint32_t> parent(1, 0);
    std::vector<std::uint8_t> via(1, 0);
    parent.reserve(most_states);
    via.reserve(most_states);
    depth_.assign(1, 0);
    whole_.assign(1, 0);
    for (std::size_t i = 0; i < cues.size(); ++i) {
        lengths_.push_back(cues[i].size());
        if (cues[i].empty()) {
            if (empty_cue_ == none) empty_cue_ = i;
            continue;
        }
        std::uint32_t st = 0;
        for (char ch : cues[i]) {
            const std::uint8_t k = class_of_[fold_case(static_cast<unsigned char>(ch), ignore_case)];
            if (tree[st * classes_ + k] == 0) {
                const auto fresh = static_cast<std::uint32_t>(depth_.size());
                tree[st * classes_ + k] = fresh;
                tree.resize(tree.size() + classes_, 0);
                depth_.push_back(depth_[st] + 1);
                whole_.push_back(0);
                own_cues.emplace_back();
                parent.push_back(st);
                via.push_back(k);
            }
            st = tree[st * classes_ + k];
        }
        whole_[st] = 1;
        own_cues[st].push_back(static_cast<std::uint16_t>(i));
    }

    // Failure links, breadth first; the missing edges become the edges of
    // the longest proper suffix, so that a scan never backtracks. States
    // are taken in order of depth: a state's failure state is shallower, so
    // its row is complete by then, while the state's own row still holds
    // only its children (nonzero), which stay; every other entry is the
    // failure state's, a select the compiler does a vector at a time.
    const std::size_t states = depth_.size();
    std::vector<std::uint32_t> fail(states, 0);
    std::vector<std::uint32_t> order(states);
    {
        std::vector<std::uint32_t> at_depth(*std::max_element(depth_.begin(), depth_.end()) + 2, 0); // the root's depth at least
        for (const std::uint32_t d : depth_) ++at_depth[d + 1];
        for (std::size_t d = 1; d < at_depth.size(); ++d) at_depth[d] += at_depth[d - 1];
        for (std::uint32_t st = 0; st < states; ++st) order[at_depth[depth_[st]]++] = st;
    }
    order.erase(order.begin()); // the root, whose missing edges stay 0: itself
    for (const std::uint32_t st : order) {
        if (depth_[st] > 1) fail[st] = tree[std::size_t{fail[parent[st]]} * classes_ + via[st]];
        std::uint32_t* const row = tree.data() + std::size_t{st} * classes_;
        const std::uint32_t* const fail_row = tree.data() + std::size_t{fail[st]} * classes_;
        for (std::uint32_t k = 0; k < classes_; ++k) row[k] = row[k] != 0 ? row[k] : fail_row[k];
    }

    // Outputs: the state's own cues, then those of its failure chain.
    std::vector<std::vector<std::uint16_t>> outs(states);
    for (std::uint32_t st : order) {
        outs[st] = own_cues[st];
        const auto& inherited = outs[fail[st]];
        outs[st].insert(outs[st].end(), inherited.begin(), inherited.end());
    }

    // Renumber the states so that those where a cue ends come last: a scan
    // then tells them by one comparison. The root has no cue and stays 0.
    std::vector<std::uint32_t> renamed(states), by_new;
    by_new.reserve(states);
    for (std::uint32_t st = 0; st < states; ++st)
        if (outs[st].empty()) renamed[st] = static_cast<std::uint32_t>(by_new.size()), by_new.push_back(st);
    const std::size_t plain = by_new.size();
    for (std::uint32_t st = 0; st < states; ++st)
        if (!outs[st].empty()) renamed[st] = static_cast<std::uint32_t>(by_new.size()), by_new.push_back(st);
    if (states * classes_ > 0xFFFFFFFFu) throw std::length_error("too many cues");

    // A row start fits 16 bits for lists of up to about 2,000 cue bytes
    // (the largest automaton of the tables, the clause openers of the
    // question stage, has 988 states of 30 classes: 29,640 entries): half
    // the bytes of a 32-bit entry, so the states a scan visits take half the
    // cache, where most of its time goes. Larger lists get 32-bit entries.
    const bool narrow = states * classes_ <= std::size_t{1} << 16;
    if (narrow) next_.assign(states * classes_, 0);
    else wide_next_.assign(states * classes_, 0);
    std::vector<std::uint32_t> depth(states, 0);
    std::vector<std::uint8_t> whole(states, 0);
    for (std::uint32_t st = 0; st < states; ++st) {
        depth[renamed[st]] = depth_[st];
        whole[renamed[st]] = whole_[st];
    }
    // Where each state's row starts once renumbered, then the rows copied
    // through it (one loop per entry width, no test per entry).
    for (std::uint32_t& r : renamed) r *= classes_;
    const auto copy_rows = [&](auto* out) {
        using entry = std::remove_pointer_t<decltype(out)>;
        for (std::uint32_t st = 0; st < states; ++st) {
            const std::uint32_t* const from = tree.data() + std::size_t{st} * classes_;
            entry* const to = out + renamed[st];
            for (std::uint32_t k = 0; k < classes_; ++k) to[k] = static_cast<entry>(renamed[from[k]]);
        }
    };
    if (narrow) copy_rows(next_.data());
    else copy_rows(wide_next_.data());
    depth_ = std::move(depth);
    whole_ = std::move(whole);
    // The plain states have no cues: their ranges in out_ are empty.
    out_begin_.assign(states + 1, 0);
    for (std::size_t st = plain; st < states; ++st) {
        out_begin_[st] = static_cast<std::uint32_t>(out_.size());
        out_.insert(out_.end(), outs[by_new[st]].begin(), outs[by_new[st]].end());
    }
    out_begin_[states] = static_cast<std::uint32_t>(out_.size());
    first_ending_row_ = plain * classes_;
    for (std::size_t len : lengths_) longest_ = std::max(longest_, len);
}

bool cue_matcher::find_endings(const unsigned char* p, std::size_t n, endings& e) const noexcept {
    return next_.empty() ? find_endings_in(wide_next_.data(), p, n, e) : find_endings_in(next_.data(), p, n, e);
}

template <class Entry>
bool cue_matcher::find_endings_in(const Entry* next, const unsigned char* p, std::size_t n, endings& e) const noexcept {
    const std::uint8_t* const class_of = class_of_.data();
    const std::size_t ending = first_ending_row_;
    // The first half reads [0, mid), the second [from, n) and keeps the
    // endings after mid; both read about as many bytes.
    const std::size_t mid = (n + longest_) / 2, from = mid - longest_;
    const std::size_t len1 = mid, len2 = n - from, both = std::min(len1, len2);
    // Each half writes its own part of the arrays; the second is moved up
    // behind the first at the end.
    constexpr std::size_t half = endings::capacity / 2;
    std::size_t n1 = 0, n2 = 0;
    std::uint32_t* const end2 = e.end.data() + half;
    std::uint32_t* const row2 = e.row.data() + half;
    std::size_t r1 = 0, r2 = 0;
    auto keep1 = [&](std::size_t k) {
        if (n1 == half) return false;
        e.end[n1] = static_cast<std::uint32_t>(k + 1), e.row[n1] = static_cast<std::uint32_t>(r1), ++n1;
        return true;
    };
    auto keep2 = [&](std::size_t k) {
        if (from + k + 1 <= mid) return true; // the first half's
        if (n2 == half) return false;
        end2[n2] = static_cast<std::uint32_t>(from + k + 1), row2[n2] = static_cast<std::uint32_t>(r2), ++n2;
        return true;
    };
    // One pointer walks both halves (the second at a fixed distance).
    const unsigned char* at = p;
    for (const unsigned char* const stop = p + both; at != stop; ++at) {
        r1 = next[r1 + class_of[at[0]]];
        r2 = next[r2 + class_of[at[from]]];
        if (std::max(r1, r2) >= ending) [[unlikely]] {
            const auto k = static_cast<std::size_t>(at - p);
            if (r1 >= ending && !keep1(k)) return false;
            if (r2 >= ending && !keep2(k)) return false;
        }
    }
    const std::size_t k = both;
    for (std::size_t i = k; i < len1; ++i) {
        r1 = next[r1 + class_of[p[i]]];
        if (r1 >= ending && !keep1(i)) return false;
    }
    for (std::size_t i = k; i < len2; ++i) {
        r2 = next[r2 + class_of[p[from + i]]];
        if (r2 >= ending && !keep2(i)) return false;
    }
    std::copy(end2, end2 + n2, e.end.begin() + static_cast<std::ptrdiff_t>(n1));
    std::copy(row2, row2 + n2, e.row.begin() + static_cast<std::ptrdiff_t>(n1));
    e.count = n1 + n2;
    return true;
}

std::size_t cue_matcher::advance(const unsigned char* p, std::size_t i, std::size_t n, std::size_t& row) const noexcept {
    return next_.empty() ? advance_in(wide_next_.data(), p, i, n, row) : advance_in(next_.data(), p, i, n, row);
}

template <class Entry>
std::size_t cue_matcher::advance_in(const Entry* next, const unsigned char* p, std::size_t i, std::size_t n,
                                    std::size_t& row) const noexcept {
    const std::uint8_t* const class_of = class_of_.data();
    const std::size_t ending = first_ending_row_;
    std::size_t r = row;
    while (i < n) {
        r = next[r + class_of[p[i++]]];
        if (r >= ending) break;
    }
    row = r;
    return i;
}

} // namespace ect::data
