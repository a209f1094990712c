#include "dialects/factset_block.hpp"

#include "layout/en_label.hpp"
#include "text/utf8.hpp"

#include <algorithm>
#include <bit>
#include <cstdint>
#include <cstring>

namespace ect::dialects::callstreet {

namespace {

constexpr std::size_t max_title_line = 160;

bool is_corporate_suffix(std::string_view s) {
    static constexpr std::string_view suffixes[] = {"inc", "inc.", "llc", "l.l.c.", "ltd", "ltd.", "lp", "l.p.",
                                                    "llp", "plc", "co", "co.", "corp", "corp.", "s.a.", "n.v.",
                                                    "ag", "se", "limited", "incorporated"};
    s = text::trim(s);
    for (std::string_view x : suffixes)
        if (text::iequals(s, x)) return true;
    return false;
}

bool is_lower(char c) { return c >= 'a' && c <= 'z'; }
bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }

} // namespace

bool lower_meets_upper(std::string_view s) noexcept {
    std::size_t p = 0;
    if constexpr (std::endian::native == std::endian::little) {
        // Eight bytes at a time: a flag (bit 7) on each byte in range, for
        // ASCII bytes only; a capital's flag meets the flag of a lower-case
        // letter one byte before it, the last byte of the word before too.
        constexpr std::uint64_t ones = 0x0101010101010101ull, high = 0x8080808080808080ull;
        auto in_range = [](std::uint64_t x, unsigned lo, unsigned hi) {
            const std::uint64_t y = x & ~high;
            const std::uint64_t from = y + ones * (0x80 - lo), past = y + ones * (0x80 - hi - 1);
            return from & ~past & ~x & high;
        };
        std::uint64_t before = 0;
        for (; p + 8 <= s.size(); p += 8) {
            std::uint64_t x;
            std::memcpy(&x, s.data() + p, 8);
            const std::uint64_t lower = in_range(x, 'a', 'z'), upper = in_range(x, 'A', 'Z');
            if ((upper & ((lower << 8) | before)) != 0) return true;
            before = lower >> 56;
        }
    }
    for (p = std::max<std::size_t>(p, 1); p < s.size(); ++p)
        if (is_upper(s[p]) && is_lower(s[p - 1])) return true;
    return false;
}

bool parse_title_line(std::string_view line, segment::speaker& who) {
    std::string_view s = text::trim(line);
    if (s.size() < 3 || s.size() > max_title_line || !is_upper(s.front())) return false;
    role r = role::unknown;
    // CallStreet's role letter: " Q" for the analyst asking, " A" for the answer.
    if (s.size() > 2 && s[s.size() - 2] == ' ' && (s.back() == 'Q' || s.back() == 'A')) {
        r = s.back() == 'Q' ? role::analyst : role::executive;
        s = text::trim(s.substr(0, s.size() - 2));
    }
    std::size_t cut = std::string_view::npos;
    for (std::size_t at = s.rfind(", "); at != std::string_view::npos && at > 0; at = s.rfind(", ", at - 1)) {
        if (!is_corporate_suffix(s.substr(at + 2))) {
            cut = at;
            break;
        }
    }
    if (cut == std::string_view::npos && r == role::unknown) return false;
    if (layout::is_person_name(s)) return false;
    who.role = r;
    if (cut == std::string_view::npos) {
        who.title = s;
        who.firm = {};
    } else {
        who.title = text::trim(s.substr(0, cut));
        who.firm = text::trim(s.substr(cut + 2));
    }
    return !who.title.empty();
}

namespace {

// The block of two lines or more opened by line `i`, a person's name.
std::optional<block> name_block(const layout::document& doc, std::size_t i, std::string_view line) {
    std::size_t j = i + 1;
    while (j < doc.size() && doc.trimmed(j).empty()) ++j;
    // A title line printed at the top of several pages can read as a
    // running header; only other furniture ends the block.
    if (j >= doc.size() || (doc.is_furniture(j) && *doc.furniture[j] != skip_kind::page_header)) return std::nullopt;
    block b;
    if (!parse_title_line(doc.line(j), b.who)) return std::nullopt;
    b.who.name = line;
    b.last = j;
    // Some text layers put the role letter on a line of its own.
    std::size_t k = j + 1;
    while (k < doc.size() && doc.trimmed(k).empty()) ++k;
    if (b.who.role == role::unknown && k < doc.size()) {
        const std::string_view letter = text::trim(doc.line(k));
        if (letter == "Q" || letter == "A") {
            b.who.role = letter == "Q" ? role::analyst : role::executive;
            b.last = k;
        }
    }
    return b;
}

} // namespace

std::optional<block> read_name_block(const layout::document& doc, std::size_t i) {
    const std::string_view line = doc.trimmed(i);
    if (line.empty() || layout::is_operator_name(line) || !layout::is_person_name(line)) return std::nullopt;
    return name_block(doc, i, line);
}

std::optional<block> read_block(const layout::document& doc, std::size_t i,
                                const std::unordered_set<std::string>& known) {
    const std::string_view line = doc.trimmed(i);
    if (line.empty() || layout::is_operator_name(line)) return std::nullopt;
    if (layout::is_person_name(line)) return name_block(doc, i, line);
    // Glued: the name ends where a lowercase letter meets a capital before
    // the first comma ("BarnumChief"). Known names first, then the longest
    // person's name.
    const std::size_t limit = std::min(line.find(", "), line.size());
    // Most lines hold no such meeting before the comma: nothing is glued.
    if (!lower_meets_upper(line.substr(0, limit))) return std::nullopt;
    // Without known names the first pass finds nothing.
    for (int pass = known.empty() ? 1 : 0; pass < 2; ++pass) {
        for (std::size_t p = limit; p-- > 1;) {
            if (!is_lower(line[p - 1]) || !is_upper(line[p])) continue;
            const std::string_view name = line.substr(0, p);
            const bool ok = pass == 0 ? known.count(text::name_key(name)) != 0 : layout::is_person_name(name);
            if (!ok) continue;
            block b;
            if (!parse_title_line(line.substr(p), b.who)) continue;
            b.who.name = name;
            b.last = i;
            return b;
        }
    }
    return std::nullopt;
}

} // namespace ect::dialects::callstreet
