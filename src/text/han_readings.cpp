#include "text/han_readings.hpp"

#include "text/icu_rules.hpp"
#include "text/utf8.hpp"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <memory>
#include <unordered_map>

namespace ect::text {

namespace {

// `s` as UTF-32, written into `out` (its room kept from call to call).
void to_utf32(std::u16string_view s, std::u32string& out) {
    out.resize(s.size());
    std::size_t n = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char16_t c = s[i];
        if (c >= 0xD800 && c < 0xDC00 && i + 1 < s.size() && s[i + 1] >= 0xDC00 && s[i + 1] < 0xE000) {
            out[n++] = 0x10000 + ((static_cast<char32_t>(c) - 0xD800) << 10) + (s[i + 1] - 0xDC00);
            ++i;
        } else {
            out[n++] = c;
        }
    }
    out.resize(n);
}

bool starts_with(std::u32string_view s, std::u32string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

// "\u0020" escapes as the rule syntax writes them; false on any other
// backslash, which this reader does not handle.
bool unescape(std::u32string_view s, std::u32string& out) {
    out.clear();
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] != '\\') {
            out.push_back(s[i]);
            continue;
        }
        if (i + 5 >= s.size() || s[i + 1] != 'u') return false;
        char32_t c = 0;
        for (std::size_t k = i + 2; k < i + 6; ++k) {
            const char32_t d = s[k];
            const int v = d >= '0' && d <= '9' ? int(d - '0') : d >= 'a' && d <= 'f' ? int(d - 'a' + 10)
                          : d >= 'A' && d <= 'F' ? int(d - 'A' + 10) : -1;
            if (v < 0) return false;
            c = c * 16 + static_cast<char32_t>(v);
        }
        out.push_back(c);
        i += 5;
    }
    return true;
}

// The characters of a set written as a list of characters and ranges
// ("[便卞辧-辩]"); false on set syntax beyond that (properties, escapes).
bool set_members(std::u32string_view body, std::vector<char32_t>& out) {
    out.clear();
    for (std::size_t i = 0; i < body.size(); ++i) {
        const char32_t c = body[i];
        if (c < 0x80 && (c == '\\' || c == '[' || c == ']' || c == ':' || c == '$' || c == '^' || c == '&' ||
                         c == '{' || c == '-' || is_rule_space(c)))
            return false;
        if (i + 2 < body.size() && body[i + 1] == '-') {
            if (body[i + 2] < c) return false;
            for (char32_t r = c; r <= body[i + 2]; ++r) out.push_back(r);
            i += 2;
        } else {
            out.push_back(c);
        }
    }
    return !out.empty();
}

// A syllable as "Latin-ASCII; Lower" prints it: tone marks and the
// diaeresis dropped, lower case. Empty when more than marks would change.
// The few letters with marks (ā, ǚ, ń …) are decomposed once each.
std::string ascii_syllable(std::u32string_view syllable, std::unordered_map<char32_t, std::string>& folded) {
    std::string out;
    for (const char32_t c : syllable) {
        if (c < 0x80) {
            if (!is_ascii_alpha(c)) return {};
            out.push_back(static_cast<char>(c | 0x20));
            continue;
        }
        auto [it, added] = folded.try_emplace(c);
        if (added) {
            UErrorCode status = U_ZERO_ERROR;
            const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
            if (U_FAILURE(status)) return {};
            const icu::UnicodeString decomposed = nfd->normalize(icu::UnicodeString(static_cast<UChar32>(c)), status);
            if (U_FAILURE(status)) return {};
            std::string base;
            for (int32_t i = 0; i < decomposed.length(); ++i) {
                const char16_t d = decomposed[i];
                if (d >= 0x300 && d <= 0x36F) continue;
                if (!is_ascii_alpha(d)) {
                    base.clear();
                    break;
                }
                base.push_back(static_cast<char>(d | 0x20));
            }
            it->second = std::move(base);
        }
        if (it->second.empty()) return {};
        out += it->second;
    }
    return out;
}

} // namespace

const han_readings& han_readings::get() {
    static const han_readings table = [] {
        const std::optional<transliterator_rules> plain = icu_rules("Han-Latin");
        const std::optional<transliterator_rules> names = icu_rules("Han-Latin/Names");
        const bool forward = plain && names && !plain->reverse && !names->reverse;
        return forward ? han_readings(plain->rules, names->rules) : han_readings(u"", u"");
    }();
    return table;
}

// What reading the rules keeps until the table is built: the index of each
// syllable by its ASCII form, and the ASCII form of each marked letter.
// Thousands of rules write a thousand-odd syllables; folding one (a few
// letters, the marked ones looked up) costs less than a second table keyed
// by the text as written, whose keys were copies on the heap.
struct han_readings::reading_ids {
    std::unordered_map<std::string, std::uint16_t> by_ascii;
    std::unordered_map<char32_t, std::string> folded_letters; // ǚ → "u"
};

han_readings::han_readings(std::u16string_view plain_rules, std::u16string_view name_rules) {
    reading_ids ids;
    usable_ = !plain_rules.empty() && !name_rules.empty() && read_rules(plain_rules, plain_rules_, false, ids) &&
              read_rules(name_rules, name_rules_, true, ids);
}

han_readings::page& han_readings::new_page(std::size_t p) {
    if (p >= pages_.size()) pages_.resize(p + 1);
    pages_[p] = std::make_unique<page>();
    pages_[p]->fill(none);
    return *pages_[p];
}

// Inline: the rules list some forty thousand characters, nearly all into a
// page that exists already.
inline void han_readings::add_to_table(char32_t c, std::uint16_t reading) {
    const std::size_t p = c >> page_bits;
    page* pg = p < pages_.size() ? pages_[p].get() : nullptr;
    if (pg == nullptr) [[unlikely]]
        pg = &new_page(p);
    // A character listed twice keeps its first reading: in ICU the first
    // rule that matches wins.
    std::uint16_t& slot = (*pg)[c & (page_size - 1)];
    if (slot == none) slot = reading;
}

std::uint16_t han_readings::reading_of(const std::u32string& syllable, reading_ids& ids) {
    std::string ascii = ascii_syllable(syllable, ids.folded_letters);
    if (ascii.empty()) return none;
    if (const auto known = ids.by_ascii.find(ascii); known != ids.by_ascii.end()) return known->second;
    if (readings_.size() >= none) return none;
    const auto id = static_cast<std::uint16_t>(readings_.size());
    ids.by_ascii.emplace(ascii, id);
    readings_.push_back(std::move(ascii));
    return id;
}

// Reads the statements of a rule source. Understood: "::Pass();" lines,
// variable definitions, the rules that mark where a run of Han characters
// starts (and remove the marks), and readings: "[set]→syllable;",
// "c→syllable;", with "$mark{ " before the character (only at the start of
// a run) and "} \u0020? d" after it (only before d). Anything else makes the
// whole table unusable rather than subtly different from ICU.
bool han_readings::read_rules(std::u16string_view source, std::vector<context_rule>& rules, bool names,
                              reading_ids& ids) {
    std::u32string wide, rhs;
    std::vector<char32_t> members;
    // Each statement is widened on its own: the whole source at once was a
    // copy of four bytes a character, faulted in a page at a time.
    return for_each_rule_statement(source, [&](std::u16string_view narrow) {
        to_utf32(narrow, wide);
        const std::u32string_view statement = wide;
        if (starts_with(statement, U"::")) return true;
        // Nearly every plain rule is "[characters]→syllable": read straight
        // into the table.
        if (!names && statement.front() == '[') {
            const std::size_t close = statement.find(']');
            if (close != std::u32string_view::npos && close + 1 < statement.size() && statement[close + 1] == U'→' &&
                unescape(trim_rule_space(statement.substr(close + 2)), rhs) &&
                set_members(statement.substr(1, close - 1), members)) {
                const std::uint16_t reading = reading_of(rhs, ids);
                for (char32_t c : members) add_to_table(c, reading);
                return true;
            }
        }
        const std::size_t arrow = statement.find(U'→');
        if (arrow == std::u32string_view::npos) // only variable definitions have none
            return statement.front() == '$' && statement.find('=') != std::u32string_view::npos;
        std::u32string_view lhs = trim_rule_space(statement.substr(0, arrow));
        if (!unescape(trim_rule_space(statement.substr(arrow + 1)), rhs)) return false;
        // The start-of-run marks: added before a Han character that follows
        // something else, dropped (or made a space) after the readings.
        if (lhs.empty()) return false;
        if (lhs.find(U"script=Han") != std::u32string_view::npos || starts_with(lhs, U"[^$]") ||
            (lhs.front() == '$' && lhs.find('{') == std::u32string_view::npos))
            return true;

        context_rule rule{0, 0, false, none};
        if (lhs.front() == '$') {
            const std::size_t brace = lhs.find('{');
            if (brace == std::u32string_view::npos || !names) return false;
            rule.at_start = true;
            lhs = trim_rule_space(lhs.substr(brace + 1));
        }
        bool is_set = false;
        std::size_t key_end = 1;
        if (lhs.front() == '[') {
            key_end = lhs.find(']');
            if (key_end == std::u32string_view::npos || !set_members(lhs.substr(1, key_end - 1), members)) return false;
            ++key_end;
            is_set = true;
        } else {
            rule.key = lhs.front();
        }
        std::u32string_view after = trim_rule_space(lhs.substr(key_end));
        if (!after.empty()) {
            if (after.front() != '}') return false;
            after = trim_rule_space(after.substr(1));
            if (starts_with(after, U"\\u0020?")) after = trim_rule_space(after.substr(7));
            if (after.size() != 1) return false;
            rule.next = after.front();
        }
        rule.reading = reading_of(rhs, ids);

        if (is_set) {
            if (rule.next != 0 || rule.at_start) return false;
            for (char32_t c : members) {
                if (names) {
                    rules.push_back({c, 0, false, rule.reading});
                } else {
                    add_to_table(c, rule.reading);
                }
            }
        } else if (!names && rule.next == 0) {
            add_to_table(rule.key, rule.reading);
        } else {
            rules.push_back(rule);
        }
        return true;
    });
}

std::uint16_t han_readings::plain_reading(char32_t c) const {
    const std::size_t p = c >> page_bits;
    return p < pages_.size() && pages_[p] ? (*pages_[p])[c & (page_size - 1)] : none;
}

std::string_view han_readings::reading(char32_t c) const {
    const std::uint16_t r = plain_reading(c);
    return r == none ? std::string_view() : std::string_view(readings_[r]);
}

std::uint16_t han_readings::first_match(const std::vector<context_rule>& rules, std::u32string_view s, std::size_t i,
                                        bool next_usable) {
    for (const context_rule& rule : rules) {
        if (rule.key != s[i] || (rule.at_start && i != 0)) continue;
        if (rule.next != 0 && !(next_usable && i + 1 < s.size() && s[i + 1] == rule.next)) continue;
        return rule.reading;
    }
    return none;
}

std::optional<han_readings::parts> han_readings::romanize(std::u32string_view name, std::size_t surname_chars) const {
    if (!usable_) return std::nullopt;
    surname_chars = std::min(surname_chars, name.size());
    const std::u32string_view family = name.substr(0, surname_chars);
    const std::u32string_view given = name.substr(surname_chars);
    parts out;

    // The surname readings come first; a character they leave is read
    // plainly afterwards, and cannot see a neighbour already read as Latin.
    std::vector<std::uint16_t> surname(family.size(), none);
    for (std::size_t i = 0; i < family.size(); ++i) surname[i] = first_match(name_rules_, family, i, true);
    for (std::size_t i = 0; i < family.size(); ++i) {
        std::uint16_t r = surname[i];
        if (r == none) {
            const bool next_is_han = i + 1 < family.size() && surname[i + 1] == none;
            r = first_match(plain_rules_, family, i, next_is_han);
            if (r == none) r = plain_reading(family[i]);
        }
        if (r == none) return std::nullopt;
        out.family += readings_[r];
    }
    for (std::size_t i = 0; i < given.size(); ++i) {
        std::uint16_t r = first_match(plain_rules_, given, i, true);
        if (r == none) r = plain_reading(given[i]);
        if (r == none) return std::nullopt;
        out.given += readings_[r];
    }
    return out;
}

} // namespace ect::text
