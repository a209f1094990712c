#include "data/firm_table.hpp"

#include "data/embedded.hpp"
#include "text/short_hash.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <iterator>
#include <stdexcept>

namespace ect::data {

namespace detail {

namespace {

// White space and the punctuation that does not distinguish two names ("J.P." = "JP",
// "Keefe, Bruyette & Woods" = "Keefe Bruyette Woods", "桑福德·伯恩斯坦" = "桑福德伯恩斯坦").
constexpr bool is_dropped(char32_t c) noexcept {
    switch (c) {
    case U' ': case U'\t': case U'\n': case U'\r': case U'\v': case U'\f':
    case U'.': case U',': case U'&': case U'-': case U'\'': case U'(': case U')':
    case 0x00A0: case 0x00B7: case 0x1680: case 0x2018: case 0x2019: case 0x2022: case 0x2027:
    case 0x202F: case 0x205F: case 0x2212: case 0x30FB: case 0xFEFF: case 0xFF65:
        return true;
    default:
        return (c >= 0x2000 && c <= 0x200B) || (c >= 0x2010 && c <= 0x2015);
    }
}

// Punctuation trimmed from the ends of a mention: "UBS:", "**Citi**", "「高盛」".
constexpr bool is_edge_punct(char32_t c) noexcept {
    if (c < 0x80) return c > U' ' && c < 0x7F && !is_ascii_alnum(c);
    return (c >= 0x3001 && c <= 0x3003) || (c >= 0x3008 && c <= 0x3011) || (c >= 0x3014 && c <= 0x301F) ||
           (c >= 0x201C && c <= 0x201F) || c == 0x2026 || (c >= 0xFE10 && c <= 0xFE19) ||
           (c >= 0xFE30 && c <= 0xFE6B) || (c >= 0xFF5F && c <= 0xFF64);
}

// `out` must have room for 4 bytes; returns how many were written.
std::size_t put_utf8(char* out, char32_t c) {
    if (c < 0x80) {
        *out = static_cast<char>(c);
        return 1;
    }
    const unsigned n = c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;  // bytes; lead byte 0xC0, 0xE0 or 0xF0
    out[0] = static_cast<char>(((0xFF00u >> n) & 0xFFu) | (c >> (6 * (n - 1))));
    for (unsigned i = n - 1, k = 1; i-- > 0; ++k) out[k] = static_cast<char>(0x80u | ((c >> (6 * i)) & 0x3Fu));
    return n;
}

// Suffixes that do not change which firm is meant. Latin ones must be whole words; the first
// match in list order is stripped, so longer forms come first.
constexpr std::string_view latin_suffixes[] = {
    "institutionalequities", "andcompany", "company", "andco", "co", "group", "securities", "research", "capitalmarkets",
    "capitalmarket", "incorporated", "inc", "corporation", "corp", "limited", "ltd", "llc", "llp", "lp",
    "plc", "ag", "sa", "nv", "pvt", "private", "holdings", "holding", "asiapacific", "asia", "india",
    "hongkong", "hk", "japan", "china", "europe", "uk", "usa", "us", "americas", "canada"};
constexpr std::string_view cjk_suffixes[] = {
    "股份有限公司", "有限责任公司", "有限責任公司", "有限公司", "公司", "集团", "集團", "证券", "證券", "証券",
    "증권", "研究所", "研究部", "研究院", "研究中心", "研究", "控股", "国际", "國際", "香港", "中国", "中國",
    "亚洲", "亞洲", "金融", "股份", "有限"};

// For each byte, the suffixes of `list` that end with it, as bits in list
// order: most keys end with a byte that ends none of them, and the others
// are compared with the few that may match, still in list order.
template <std::size_t N>
constexpr std::array<std::uint64_t, 256> by_last_byte(const std::string_view (&list)[N]) {
    static_assert(N <= 64, "one bit per suffix");
    std::array<std::uint64_t, 256> bits{};
    for (std::size_t i = 0; i < N; ++i) bits[static_cast<unsigned char>(list[i].back())] |= std::uint64_t{1} << i;
    return bits;
}
constexpr auto latin_by_last = by_last_byte(latin_suffixes);
constexpr auto cjk_by_last = by_last_byte(cjk_suffixes);

// is_dropped and is_edge_punct of the ASCII characters, whose fold changes
// only letters (which are neither).
struct ascii_classes {
    std::array<bool, 128> dropped{}, trimmed{};
    constexpr ascii_classes() {
        for (char32_t c = 0; c < 128; ++c) {
            dropped[c] = is_dropped(c);
            trimmed[c] = is_dropped(c) || is_edge_punct(c);
        }
    }
};
constexpr ascii_classes ascii{};

} // namespace

std::span<const std::string_view> latin_suffix_list() noexcept { return latin_suffixes; }
std::span<const std::string_view> cjk_suffix_list() noexcept { return cjk_suffixes; }

std::size_t strip_suffix(const key_builder& b, std::size_t begin, std::size_t end) {
    const std::string_view key = b.key().substr(begin, end - begin);
    if (key.empty()) return end;
    const auto last = static_cast<unsigned char>(key.back());
    for (std::uint64_t m = latin_by_last[last]; m != 0; m &= m - 1) {
        const std::string_view s = latin_suffixes[__builtin_ctzll(m)];
        if (key.size() > s.size() && key.ends_with(s) && b.word_starts_at(end - s.size())) return end - s.size();
    }
    for (std::uint64_t m = cjk_by_last[last]; m != 0; m &= m - 1) {
        const std::string_view s = cjk_suffixes[__builtin_ctzll(m)];
        if (key.size() > s.size() && key.ends_with(s)) return end - s.size();
    }
    return end;
}

inline bool key_builder::push_ascii(unsigned char c) {
    // Most keys are ASCII: no folding beyond case, one byte.
    if (ascii.dropped[c]) {
        gap_ = true;
        return false;
    }
    const std::size_t at = size_;
    if (at > max_key_bytes) return true; // overflowed: see key_
    starts_[at] = gap_ || (at > 0 && static_cast<unsigned char>(key_[at - 1]) >= 0x80);
    gap_ = false;
    key_[at] = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 0x20 : c);
    size_ = at + 1;
    return true;
}

bool key_builder::push(char32_t c) {
    if (c < 0x80) return push_ascii(static_cast<unsigned char>(c));
    c = fold(c);
    if (is_dropped(c)) {
        gap_ = true;
        return false;
    }
    const std::size_t at = size_;
    if (at > max_key_bytes) return true; // overflowed: see key_
    const bool ascii = c < 0x80;
    const bool script_change = at > 0 && ascii != (static_cast<unsigned char>(key_[at - 1]) < 0x80);
    starts_[at] = gap_ || script_change;
    gap_ = false;
    size_ += put_utf8(key_.data() + at, c);
    return true;
}

std::string_view trim_mention(std::string_view s) noexcept {
    // Most mentions start and end with an ASCII character that stays (one
    // byte never belongs to a longer sequence): nothing to trim.
    if (!s.empty()) {
        const auto first = static_cast<unsigned char>(s.front()), last = static_cast<unsigned char>(s.back());
        if (first < 0x80 && !ascii.trimmed[first] && last < 0x80 && !ascii.trimmed[last]) return s;
    }
    std::size_t first = s.size();
    std::size_t last = 0;
    std::size_t pos = 0;
    while (pos < s.size()) {
        const std::size_t at = pos;
        if (const auto b = static_cast<unsigned char>(s[pos]); b < 0x80) {
            ++pos;
            if (ascii.trimmed[b]) continue;
            if (first == s.size()) first = at;
            last = pos;
            continue;
        }
        const char32_t c = fold(next_code_point(s, pos));
        if (is_dropped(c) || is_edge_punct(c)) continue;
        if (first == s.size()) first = at;
        last = pos;
    }
    return first == s.size() ? std::string_view{} : s.substr(first, last - first);
}

bool build_key(std::string_view mention, key_builder& b) {
    mention = trim_mention(mention);
    for (std::size_t pos = 0; pos < mention.size();) {
        // ASCII without decoding: what push does for it.
        if (const auto c = static_cast<unsigned char>(mention[pos]); c < 0x80) ++pos, b.push_ascii(c);
        else b.push(next_code_point(mention, pos));
        if (b.overflow()) return false;
    }
    return !b.key().empty();
}

[[noreturn]] void malformed(std::string_view table, std::size_t line, const std::string& what) {
    throw std::runtime_error(std::string(table) + ":" + std::to_string(line) + ": " + what);
}

std::size_t alias_index::slot_of(std::string_view key, std::uint32_t hash) const noexcept {
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t k = hash & mask;; k = (k + 1) & mask) {
        const slot& s = slots_[k];
        if (s.size == 0) return k;
        if (s.hash == hash && s.size == key.size() && std::memcmp(keys_.data() + s.at, key.data(), key.size()) == 0)
            return k;
    }
}

void alias_index::grow(std::size_t slots) {
    std::vector<slot> old = std::move(slots_);
    slots_.assign(slots, slot{});
    for (const slot& s : old)
        if (s.size != 0) slots_[slot_of(std::string_view(keys_).substr(s.at, s.size), s.hash)] = s;
}

void alias_index::reserve(std::size_t n) {
    if (2 * n > slots_.size()) grow(std::bit_ceil(std::max<std::size_t>(16, 2 * n)));
}

void alias_index::add(std::string_view alias, std::uint32_t row, std::size_t line, std::string_view table) {
    if (!add_key(lookup_key(alias), row)) malformed(table, line, "alias '" + std::string(alias) + "' is empty or too long");
}

bool alias_index::add_key(std::string_view key, std::uint32_t row) {
    if (key.empty() || key.size() > max_key_bytes) return false;
    longest_ = std::max(longest_, key.size());
    const auto a = static_cast<unsigned char>(key[0]);
    if (key.size() == 1) one_byte_[a] = true;
    else two_bytes_[a << 8 | static_cast<unsigned char>(key[1])] = true;
    reserve(used_ + 1);
    const std::uint32_t hash = static_cast<std::uint32_t>(text::short_hash(key));
    slot& s = slots_[slot_of(key, hash)];
    if (s.size != 0) return true; // an earlier row claimed the key
    s = {hash, row, static_cast<std::uint32_t>(keys_.size()), static_cast<std::uint32_t>(key.size())};
    keys_ += key;
    ++used_;
    return true;
}

const std::uint32_t* alias_index::find(std::string_view key) const noexcept {
    if (slots_.empty()) return nullptr;
    const slot& s = slots_[slot_of(key, static_cast<std::uint32_t>(text::short_hash(key)))];
    return s.size == 0 ? nullptr : &s.row;
}

namespace {

// Calls f(piece) for each piece of `s` split on `sep`, pieces trimmed of spaces.
template <class F>
void split(std::string_view s, char sep, F&& f) {
    for (;;) {
        const std::size_t at = s.find(sep);
        std::string_view piece = s.substr(0, at);
        piece.remove_prefix(std::min(piece.size(), piece.find_first_not_of(' ')));
        piece.remove_suffix(piece.size() - std::min(piece.size(), piece.find_last_not_of(' ') + 1));
        f(piece);
        if (at == std::string_view::npos) return;
        s.remove_prefix(at + 1);
    }
}

} // namespace

void for_each_row(std::string_view tsv, std::string_view table,
                  const std::function<void(std::size_t, const std::vector<std::string_view>&)>& row) {
    std::vector<std::string_view> fields;
    std::size_t line_no = 0;
    split(tsv, '\n', [&](std::string_view line) {
        ++line_no;
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        if (line.find_first_not_of(" \t") == std::string_view::npos || line.front() == '#') return;
        fields.clear();
        split(line, '\t', [&](std::string_view f) { fields.push_back(f); });
        if (fields.front().empty()) malformed(table, line_no, "empty canonical name");
        row(line_no, fields);
    });
}

void for_each_alias(std::string_view field, std::size_t line, std::string_view table,
                    const std::function<void(std::string_view)>& alias) {
    if (field.empty()) return;
    split(field, '|', [&](std::string_view a) {
        if (a.empty()) malformed(table, line, "empty alias in '" + std::string(field) + "'");
        alias(a);
    });
}

} // namespace detail

std::string lookup_key(std::string_view text) {
    detail::key_builder b;
    return detail::build_key(text, b) ? std::string(b.key()) : std::string();
}

firm_table firm_table::parse(std::string_view tsv) {
    constexpr std::string_view table = "firms.tsv";
    constexpr std::array<std::string_view, 5> kinds{"sell-side", "buy-side", "rating", "bank", "other"};
    firm_table t;
    const std::size_t most = detail::most_aliases(tsv);
    t.index_.reserve(most);
    t.aliases_.reserve(most);
    detail::for_each_row(tsv, table, [&](std::size_t line, const std::vector<std::string_view>& f) {
        if (f.size() < 2 || f.size() > 3)
            detail::malformed(table, line, "expected canonical<TAB>kind<TAB>aliases, found " +
                                               std::to_string(f.size()) + " column(s)");
        if (std::find(kinds.begin(), kinds.end(), f[1]) == kinds.end())
            detail::malformed(table, line, "unknown kind '" + std::string(f[1]) + "'");
        const auto row = static_cast<std::uint32_t>(t.entries_.size());
        t.entries_.push_back({f[0], f[1]});
        const auto add = [&](std::string_view alias) {
            t.index_.add(alias, row, line, table);
            t.aliases_.emplace_back(alias, row);
        };
        add(f[0]);
        if (f.size() == 3) detail::for_each_alias(f[2], line, table, add);
    });
    return t;
}

const firm_table& firm_table::builtin() {
    static const firm_table table = parse(firms_tsv());
    return table;
}

const firm_entry* firm_table::resolve(const detail::key_builder& b) const {
    const std::string_view key = b.key();
    std::size_t begin = 0;
    for (int pass = 0; pass < 2; ++pass) {
        // Every key tried in this pass starts at `begin` and is a prefix of
        // key[begin, …): none can match when no table key starts so.
        std::size_t end = index_.may_hold_prefix_of(key.substr(begin)) ? key.size() : begin;
        while (end > begin) {
            if (const auto* row = index_.find(key.substr(begin, end - begin))) return &entries_[*row];
            const std::size_t cut = detail::strip_suffix(b, begin, end);
            if (cut == end) break;
            end = cut;
        }
        // "The Goldman Sachs Group, Inc."
        if (pass > 0 || key.size() <= 3 || !key.starts_with("the") || !b.word_starts_at(3)) break;
        begin = 3;
    }
    return nullptr;
}

bool is_legal_form(std::string_view word) {
    static constexpr std::string_view forms[] = {"inc", "incorporated", "corp", "corporation", "co", "ltd",
                                                 "limited", "llc", "llp", "lp", "plc", "ag", "sa", "spa", "nv",
                                                 "bv", "gmbh", "pvt", "pte", "se", "ab", "asa", "kk"};
    if (word.empty() || word.size() > 16) return false;
    char key[16];
    std::size_t n = 0;
    for (const char c : word) {
        if (c == '.') continue;
        if (!detail::is_ascii_alnum(static_cast<unsigned char>(c))) return false;
        key[n++] = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 0x20 : c);
    }
    const std::string_view k(key, n);
    return std::find(std::begin(forms), std::end(forms), k) != std::end(forms);
}

const firm_entry* firm_table::find(std::string_view mention) const {
    detail::key_builder b;
    return detail::build_key(mention, b) ? resolve(b) : nullptr;
}

std::pair<const firm_entry*, std::size_t> firm_table::find_prefix(std::string_view text) const {
    // Room for a few generic suffixes after the longest alias ("... Securities Group, LLC").
    const std::size_t limit = std::min(detail::max_key_bytes, index_.longest_key() + 48);
    return detail::longest_prefix(text, limit, [this](const detail::key_builder& b) { return resolve(b); });
}

std::vector<std::pair<std::string_view, std::string_view>> firm_table::aliases() const {
    std::vector<std::pair<std::string_view, std::string_view>> out;
    out.reserve(aliases_.size());
    for (const auto& [alias, row] : aliases_) out.emplace_back(alias, entries_[row].canonical);
    return out;
}

} // namespace ect::data
