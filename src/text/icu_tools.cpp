#include "text/icu_tools.hpp"

#include "text/han_readings.hpp"
#include "text/hant_hans.hpp"
#include "text/icu_rules.hpp"
#include "text/sentence_breaks.hpp"
#include "text/utf8.hpp"

#include <unicode/brkiter.h>
#include <unicode/translit.h>
#include <unicode/unistr.h>
#include <unicode/utext.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#if defined(__x86_64__) && defined(__GNUC__)
#include <immintrin.h>
#endif

#include <array>
#include <cstring>
#include <mutex>
#include <optional>

namespace ect::text {

namespace {

// Compiling a transliterator's rules costs tens of milliseconds, and ICU's
// registry only caches part of that: each rule set is compiled once per
// process into a prototype, and every user takes a clone of it (cloning
// shares the compiled rules). Clones are made under a lock because the
// prototype is shared between threads.
class prototype {
public:
    explicit prototype(const char* id) : id_(id) {}

    std::unique_ptr<icu::Transliterator> clone() {
        std::call_once(built_, [this] { proto_ = build(id_); });
        if (!proto_) return nullptr;
        const std::lock_guard<std::mutex> lock(clone_lock_);
        return std::unique_ptr<icu::Transliterator>(proto_->clone());
    }

private:
    // A transliterator ICU keeps as one rule source is compiled from it
    // directly, which skips building ICU's registry of transliterators.
    static std::unique_ptr<icu::Transliterator> build(const char* id) {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::Transliterator> t;
        if (const std::optional<transliterator_rules> rules = icu_rules(id)) {
            UParseError where{};
            t.reset(icu::Transliterator::createFromRules(icu::UnicodeString::fromUTF8(id),
                                                         icu::UnicodeString(rules->rules.data(),
                                                                            static_cast<int32_t>(rules->rules.size())),
                                                         rules->reverse ? UTRANS_REVERSE : UTRANS_FORWARD, where, status));
            if (U_SUCCESS(status) && t) return t;
            status = U_ZERO_ERROR;
        }
        t.reset(icu::Transliterator::createInstance(icu::UnicodeString::fromUTF8(id), UTRANS_FORWARD, status));
        if (U_FAILURE(status)) t.reset();
        return t;
    }

    const char* id_;
    std::once_flag built_;
    std::mutex clone_lock_;
    std::unique_ptr<icu::Transliterator> proto_;
};

prototype& names_rules() {
    static prototype p("Han-Latin/Names; Latin-ASCII; Lower");
    return p;
}
prototype& plain_rules() {
    static prototype p("Han-Latin; Latin-ASCII; Lower");
    return p;
}
prototype& hant_hans_rules() {
    static prototype p("Hant-Hans");
    return p;
}

// A transliterator built on first use: English documents never need one.
struct lazy_transliterator {
    explicit lazy_transliterator(prototype& r) : rules(r) {}
    prototype& rules;
    bool tried = false;
    std::unique_ptr<icu::Transliterator> t;

    icu::Transliterator* get() {
        if (!tried) t = rules.clone(), tried = true;
        return t.get();
    }
};

std::string to_utf8(const icu::UnicodeString& u) {
    std::string out;
    u.toUTF8String(out);
    return out;
}

std::string capitalize(std::string s) {
    if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = static_cast<char>(s[0] - 32);
    return s;
}

// "cheng yi xiao" → "chengyixiao": a part of a name is written as one word.
std::string without_separators(std::string_view s) {
    std::string out;
    for (char c : s)
        if (c != ' ' && c != '\'' && c != '-') out.push_back(c);
    return out;
}

} // namespace

struct romanizer::impl {
    lazy_transliterator names{names_rules()};
    lazy_transliterator plain{plain_rules()};
    std::unordered_map<std::string, std::string> cache;

    std::string run(icu::Transliterator* t, std::string_view s) {
        if (!t) return std::string(s);
        icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
        t->transliterate(u);
        return to_utf8(u);
    }
};

romanizer::romanizer() : impl_(std::make_unique<impl>()) {}
romanizer::~romanizer() = default;
romanizer::romanizer(romanizer&&) noexcept = default;
romanizer& romanizer::operator=(romanizer&&) noexcept = default;

namespace {

std::string join_capitalized(const std::string& family, const std::string& given) {
    std::string out = capitalize(family);
    if (!given.empty()) {
        out += ' ';
        out += capitalize(given);
    }
    return out;
}

} // namespace

std::string romanizer::romanize_name(std::string_view name, std::size_t surname_bytes) {
    if (!has_han(name)) return std::string(name);
    std::string key(name);
    key.push_back('\x1F');
    key += std::to_string(surname_bytes);
    if (auto it = impl_->cache.find(key); it != impl_->cache.end()) return it->second;
    if (surname_bytes == 0 || surname_bytes > name.size()) surname_bytes = sequence_length(static_cast<unsigned char>(name[0]));
    std::u32string chars;
    std::size_t surname_chars = 0;
    for (std::size_t pos = 0; pos < name.size();) {
        chars.push_back(next_code_point(name, pos));
        if (pos == surname_bytes) surname_chars = chars.size();
    }
    // The table read from ICU's rules covers every name of Han characters;
    // anything else (a Latin letter, a dot, a character without a reading)
    // goes through ICU's transliterators.
    std::optional<han_readings::parts> parts;
    if (surname_chars > 0) parts = han_readings::get().romanize(chars, surname_chars);
    std::string out = parts ? join_capitalized(parts->family, parts->given) : romanize_name_with_icu(name, surname_bytes);
    impl_->cache.emplace(std::move(key), out);
    return out;
}

std::string romanizer::romanize_name_with_icu(std::string_view name, std::size_t surname_bytes) {
    if (!has_han(name)) return std::string(name);
    if (surname_bytes == 0 || surname_bytes > name.size()) {
        std::size_t pos = 0;
        next_code_point(name, pos);
        surname_bytes = pos;
    }
    // The surname with the /Names rules (单 → Shan), the given name plainly.
    return join_capitalized(without_separators(impl_->run(impl_->names.get(), name.substr(0, surname_bytes))),
                            without_separators(impl_->run(impl_->plain.get(), name.substr(surname_bytes))));
}

struct script_folder::impl {
    lazy_transliterator hant_hans{hant_hans_rules()};
    // Names and firms recur in every turn of a document: fold each once.
    std::unordered_map<std::string, std::string> cache;
};

script_folder::script_folder() : impl_(std::make_unique<impl>()) {}
script_folder::~script_folder() = default;
script_folder::script_folder(script_folder&&) noexcept = default;
script_folder& script_folder::operator=(script_folder&&) noexcept = default;

std::string script_folder::fold(std::string_view s) {
    std::string w = fold_width(s);
    if (!has_han(w)) return w;
    if (auto it = impl_->cache.find(w); it != impl_->cache.end()) return it->second;
    std::string out;
    if (const hant_hans& table = hant_hans::get(); table.usable()) {
        table.fold(w, out);
    } else if (icu::Transliterator* t = impl_->hant_hans.get()) {
        icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(w.data(), static_cast<int32_t>(w.size())));
        t->transliterate(u);
        out = to_utf8(u);
    } else {
        return w;
    }
    impl_->cache.emplace(std::move(w), out);
    return out;
}

struct sentence_splitter::impl {
    std::vector<std::size_t> breaks; // reused between calls
    std::unique_ptr<icu::BreakIterator> icu_breaks;
    UText* text = nullptr;           // reopened over each input, never reallocated
    impl() = default;
    ~impl() {
        if (text) utext_close(text);
    }
    impl(const impl&) = delete;
    impl& operator=(const impl&) = delete;
};

sentence_splitter::sentence_splitter() : impl_(std::make_unique<impl>()) {}
sentence_splitter::~sentence_splitter() = default;
sentence_splitter::sentence_splitter(sentence_splitter&&) noexcept = default;
sentence_splitter& sentence_splitter::operator=(sentence_splitter&&) noexcept = default;

namespace {

// The pieces between consecutive boundaries, trimmed; blank ones dropped.
template <class Next>
void pieces(std::string_view s, std::size_t start, Next&& next, std::vector<byte_span>& out) {
    for (std::size_t end = next(); end != std::string_view::npos; start = end, end = next()) {
        const std::string_view piece = s.substr(start, end - start);
        const std::size_t l = trim_left_bytes(piece);
        if (l == piece.size()) continue;
        out.push_back({start + l, end - trim_right_bytes(piece)});
    }
}

template <class Next>
std::vector<byte_span> pieces(std::string_view s, std::size_t start, Next&& next) {
    std::vector<byte_span> out;
    pieces(s, start, next, out);
    return out;
}

} // namespace

std::vector<byte_span> sentence_splitter::split(std::string_view s) {
    std::vector<byte_span> out;
    split(s, out);
    return out;
}

void sentence_splitter::split(std::string_view s, std::vector<byte_span>& out) {
    out.clear();
    if (s.empty()) return;
    sentence_boundaries(s, impl_->breaks);
    impl_->breaks.push_back(s.size());
    std::size_t k = 0;
    pieces(s, 0, [&] { return k < impl_->breaks.size() ? impl_->breaks[k++] : std::string_view::npos; }, out);
}

std::vector<byte_span> sentence_splitter::split_with_icu(std::string_view s) {
    if (s.empty()) return {};
    if (!impl_->icu_breaks) {
        UErrorCode status = U_ZERO_ERROR;
        impl_->icu_breaks.reset(icu::BreakIterator::createSentenceInstance(icu::Locale::getRoot(), status));
        if (U_FAILURE(status)) impl_->icu_breaks.reset();
    }
    if (!impl_->icu_breaks) return {{0, s.size()}};
    // UText over the UTF-8 bytes: break positions are byte offsets, no copy.
    UErrorCode status = U_ZERO_ERROR;
    UText* ut = utext_openUTF8(impl_->text, s.data(), static_cast<int64_t>(s.size()), &status);
    if (U_FAILURE(status)) return {{0, s.size()}};
    impl_->text = ut;
    icu::BreakIterator& it = *impl_->icu_breaks;
    it.setText(ut, status);
    return pieces(s, static_cast<std::size_t>(it.first()), [&] {
        const int32_t end = it.next();
        return end == icu::BreakIterator::DONE ? std::string_view::npos : static_cast<std::size_t>(end);
    });
}

std::string fold_width(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t pos = 0; pos < s.size();) {
        const std::size_t at = pos;
        const char32_t c = next_code_point(s, pos);
        if (c >= 0xFF01 && c <= 0xFF5E) out.push_back(static_cast<char>(c - 0xFEE0));
        else if (c == 0x3000) out.push_back(' ');
        else out.append(s.substr(at, pos - at));
    }
    return out;
}

#if defined(__SSE2__)
namespace {
std::size_t sum_of_bytes(__m128i v) {
    const __m128i sums = _mm_sad_epu8(v, _mm_setzero_si128());
    return static_cast<std::size_t>(_mm_cvtsi128_si32(sums)) + static_cast<std::size_t>(_mm_extract_epi16(sums, 4));
}
} // namespace
#endif

#if defined(__x86_64__) && defined(__GNUC__)
namespace {
// The ASCII letters of the blocks of thirty-two ASCII bytes from `pos` on,
// up to `limit`; `pos` is left at the first block holding another byte, or
// where fewer than thirty-two bytes remain. An English text is one such
// run: a mask of its letters and a count of the mask's bits per block.
__attribute__((target("avx2,popcnt"))) std::size_t ascii_letters_avx2(const unsigned char* p, std::size_t& pos,
                                                                     std::size_t limit) noexcept {
    const __m256i below_a = _mm256_set1_epi8('a' - 1), above_z = _mm256_set1_epi8('z' + 1),
                  case_bit = _mm256_set1_epi8(0x20);
    std::size_t letters = 0;
    for (; pos + 32 <= limit; pos += 32) {
        const __m256i v = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p + pos));
        if (_mm256_movemask_epi8(v) != 0) break; // a byte outside ASCII
        const __m256i folded = _mm256_or_si256(v, case_bit);
        const __m256i letter =
            _mm256_and_si256(_mm256_cmpgt_epi8(folded, below_a), _mm256_cmpgt_epi8(above_z, folded));
        letters += static_cast<std::size_t>(__builtin_popcount(static_cast<unsigned>(_mm256_movemask_epi8(letter))));
    }
    return letters;
}
} // namespace
#endif

std::string_view detect_language(std::string_view s) {
    // Characters whose Traditional and Simplified forms differ, frequent in
    // business text: count each side.
    static constexpr std::u32string_view hant = U"們這說為個與會對於發來業營務財報們國時經還後開關問題體現實長區當際進";
    static constexpr std::u32string_view hans = U"们这说为个与会对于发来业营务财报们国时经还后开关问题体现实长区当际进";
    // Which list each character of U+4E00-U+9FFF is in (bit 1 Traditional,
    // bit 2 Simplified; every listed character lies there): one look-up per
    // character instead of a search of both lists.
    static const std::array<unsigned char, 0xA000 - 0x4E00> side = [] {
        std::array<unsigned char, 0xA000 - 0x4E00> t{};
        for (const char32_t c : hant) t[c - 0x4E00] |= 1;
        for (const char32_t c : hans) t[c - 0x4E00] |= 2;
        return t;
    }();
    std::size_t han = 0, latin = 0, kana = 0;
    // Characters of U+4E00-U+9FFF by their side: neither, Traditional,
    // Simplified, both (counted as neither). One increment each.
    std::array<std::size_t, 4> unified{};
    const auto count = [&](char32_t c) {
        if (c - 0x4E00u < 0xA000u - 0x4E00u) {
            ++unified[side[c - 0x4E00]];
        } else if (is_han(c)) {
            ++han;
        } else if (is_ascii_alpha(c)) {
            ++latin;
        } else if (c >= 0x3040 && c <= 0x30FF) {
            ++kana;
        }
    };
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    const std::size_t limit = std::min<std::size_t>(s.size(), 1 << 16);
    for (std::size_t pos = 0; pos < limit;) {
        // Runs of three-byte sequences (all of CJK: most of a Chinese text)
        // decoded in place.
        if ((p[pos] & 0xF0) == 0xE0 && pos + 3 <= limit) {
            do {
                count((p[pos] & 0x0Fu) << 12 | (p[pos + 1] & 0x3Fu) << 6 | (p[pos + 2] & 0x3Fu));
                pos += 3;
            } while (pos + 3 <= limit && (p[pos] & 0xF0) == 0xE0);
            continue;
        }
        // Runs of ASCII (most of an English text) are counted thirty-two,
        // sixteen, then eight bytes at a time: only their letters count.
#if defined(__x86_64__) && defined(__GNUC__)
        static const bool avx2 = __builtin_cpu_supports("avx2") && __builtin_cpu_supports("popcnt");
        if (avx2 && p[pos] < 0x80 && pos + 32 <= limit) {
            const std::size_t run_start = pos;
            latin += ascii_letters_avx2(p, pos, limit);
            if (pos != run_start) continue;
        }
#endif
#if defined(__SSE2__)
        if (p[pos] < 0x80 && pos + 16 <= limit) {
            // Each lane counts its letters (a compare gives -1); the lanes
            // are summed before a byte could overflow.
            const __m128i below_a = _mm_set1_epi8('a' - 1), above_z = _mm_set1_epi8('z' + 1),
                          case_bit = _mm_set1_epi8(0x20);
            __m128i lanes = _mm_setzero_si128();
            std::size_t blocks = 0;
            const std::size_t run_start = pos;
            while (pos + 16 <= limit) {
                const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + pos));
                if (_mm_movemask_epi8(v) != 0) break; // a byte outside ASCII
                const __m128i folded = _mm_or_si128(v, case_bit);
                lanes = _mm_sub_epi8(lanes, _mm_and_si128(_mm_cmpgt_epi8(folded, below_a), _mm_cmpgt_epi8(above_z, folded)));
                pos += 16;
                if (++blocks == 255) {
                    latin += sum_of_bytes(lanes);
                    lanes = _mm_setzero_si128();
                    blocks = 0;
                }
            }
            latin += sum_of_bytes(lanes);
            if (pos != run_start) continue;
        }
#endif
        if (p[pos] < 0x80 && pos + 8 <= limit) {
            std::uint64_t w;
            std::memcpy(&w, p + pos, 8);
            if ((w & 0x8080808080808080ull) == 0) {
                // Letters fold to 0x61-0x7A; the high bit of each byte tells
                // whether it reached 0x61, and whether it passed 0x7A.
                const std::uint64_t folded = w | 0x2020202020202020ull;
                const std::uint64_t from_a = (folded + 0x1F1F1F1F1F1F1F1Full) & 0x8080808080808080ull;
                const std::uint64_t past_z = (folded + 0x0505050505050505ull) & 0x8080808080808080ull;
                // One flag bit per letter, summed into the top byte (no popcount instruction needed).
                latin += static_cast<std::size_t>((((from_a & ~past_z) >> 7) * 0x0101010101010101ull) >> 56);
                pos += 8;
                continue;
            }
        }
        count(next_code_point(s, pos));
    }
    han += unified[0] + unified[1] + unified[2] + unified[3];
    const std::size_t trad = unified[1], simp = unified[2];
    if (kana * 10 > han && kana > 20) return "ja";
    // Chinese characters carry about four times the information of a letter.
    if (han * 4 < latin) return "en";
    return trad > simp ? "zh-Hant" : "zh-Hans";
}

} // namespace ect::text
