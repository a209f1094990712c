#include "text/icu_tools.hpp"

#include "text/utf8.hpp"

#include <unicode/brkiter.h>
#include <unicode/translit.h>
#include <unicode/unistr.h>
#include <unicode/utext.h>

namespace ect::text {

namespace {

std::unique_ptr<icu::Transliterator> make_transliterator(const char* id) {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> t(
        icu::Transliterator::createInstance(icu::UnicodeString::fromUTF8(id), UTRANS_FORWARD, status));
    if (U_FAILURE(status)) return nullptr;
    return t;
}

std::string to_utf8(const icu::UnicodeString& u) {
    std::string out;
    u.toUTF8String(out);
    return out;
}

std::string capitalize(std::string s) {
    if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = static_cast<char>(s[0] - 32);
    return s;
}

// "cheng yi xiao" → syllables
std::vector<std::string> syllables(std::string_view s) {
    std::vector<std::string> out;
    std::string cur;
    for (char c : s) {
        if (c == ' ' || c == '\'' || c == '-') {
            if (!cur.empty()) out.push_back(std::move(cur)), cur.clear();
        } else {
            cur.push_back(c);
        }
    }
    if (!cur.empty()) out.push_back(std::move(cur));
    return out;
}

} // namespace

struct romanizer::impl {
    std::unique_ptr<icu::Transliterator> names = make_transliterator("Han-Latin/Names; Latin-ASCII; Lower");
    std::unique_ptr<icu::Transliterator> plain = make_transliterator("Han-Latin; Latin-ASCII; Lower");
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

std::string romanizer::to_latin(std::string_view s) { return impl_->run(impl_->plain.get(), s); }

std::string romanizer::romanize_name(std::string_view name, std::size_t surname_bytes) {
    if (!has_han(name)) return std::string(name);
    std::string key(name);
    key.push_back('\x1F');
    key += std::to_string(surname_bytes);
    if (auto it = impl_->cache.find(key); it != impl_->cache.end()) return it->second;
    if (surname_bytes == 0 || surname_bytes > name.size()) {
        std::size_t pos = 0;
        next_code_point(name, pos);
        surname_bytes = pos;
    }
    // The surname with the /Names rules (单 → Shan), the given name plainly.
    const std::vector<std::string> family = syllables(impl_->run(impl_->names.get(), name.substr(0, surname_bytes)));
    const std::vector<std::string> given = syllables(impl_->run(impl_->plain.get(), name.substr(surname_bytes)));
    std::string out;
    for (const auto& s : family) out += s;
    out = capitalize(out);
    if (!given.empty()) {
        std::string g;
        for (const auto& s : given) g += s;
        out += ' ';
        out += capitalize(g);
    }
    impl_->cache.emplace(std::move(key), out);
    return out;
}

struct script_folder::impl {
    std::unique_ptr<icu::Transliterator> hant_hans = make_transliterator("Hant-Hans");
};

script_folder::script_folder() : impl_(std::make_unique<impl>()) {}
script_folder::~script_folder() = default;
script_folder::script_folder(script_folder&&) noexcept = default;
script_folder& script_folder::operator=(script_folder&&) noexcept = default;

std::string script_folder::fold(std::string_view s) {
    std::string w = fold_width(s);
    if (!impl_->hant_hans || !has_han(w)) return w;
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(w.data(), static_cast<int32_t>(w.size())));
    impl_->hant_hans->transliterate(u);
    return to_utf8(u);
}

struct sentence_splitter::impl {
    std::unique_ptr<icu::BreakIterator> breaks;
    impl() {
        UErrorCode status = U_ZERO_ERROR;
        breaks.reset(icu::BreakIterator::createSentenceInstance(icu::Locale::getRoot(), status));
        if (U_FAILURE(status)) breaks.reset();
    }
};

sentence_splitter::sentence_splitter() : impl_(std::make_unique<impl>()) {}
sentence_splitter::~sentence_splitter() = default;
sentence_splitter::sentence_splitter(sentence_splitter&&) noexcept = default;
sentence_splitter& sentence_splitter::operator=(sentence_splitter&&) noexcept = default;

std::vector<byte_span> sentence_splitter::split(std::string_view s) {
    std::vector<byte_span> out;
    if (s.empty()) return out;
    if (!impl_->breaks) {
        out.push_back({0, s.size()});
        return out;
    }
    // UText over the UTF-8 bytes: break positions are byte offsets, no copy.
    UErrorCode status = U_ZERO_ERROR;
    UText* ut = utext_openUTF8(nullptr, s.data(), static_cast<int64_t>(s.size()), &status);
    if (U_FAILURE(status)) {
        out.push_back({0, s.size()});
        return out;
    }
    impl_->breaks->setText(ut, status);
    int32_t start = impl_->breaks->first();
    for (int32_t end = impl_->breaks->next(); end != icu::BreakIterator::DONE;
         start = end, end = impl_->breaks->next()) {
        std::size_t b = static_cast<std::size_t>(start), e = static_cast<std::size_t>(end);
        const std::string_view piece = s.substr(b, e - b);
        const std::size_t l = trim_left_bytes(piece);
        if (l == piece.size()) continue;
        out.push_back({b + l, e - trim_right_bytes(piece)});
    }
    utext_close(ut);
    return out;
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

std::string_view detect_language(std::string_view s) {
    // Characters whose Traditional and Simplified forms differ, frequent in
    // business text: count each side.
    static constexpr std::u32string_view hant = U"們這說為個與會對於發來業營務財報們國時經還後開關問題體現實長區當際進";
    static constexpr std::u32string_view hans = U"们这说为个与会对于发来业营务财报们国时经还后开关问题体现实长区当际进";
    std::size_t han = 0, latin = 0, kana = 0, trad = 0, simp = 0;
    const std::size_t limit = std::min<std::size_t>(s.size(), 1 << 16);
    for (std::size_t pos = 0; pos < limit;) {
        const char32_t c = next_code_point(s, pos);
        if (is_han(c)) {
            ++han;
            if (hant.find(c) != std::u32string_view::npos && hans.find(c) == std::u32string_view::npos) ++trad;
            else if (hans.find(c) != std::u32string_view::npos && hant.find(c) == std::u32string_view::npos) ++simp;
        } else if (is_ascii_alpha(c)) {
            ++latin;
        } else if (c >= 0x3040 && c <= 0x30FF) {
            ++kana;
        }
    }
    if (kana * 10 > han && kana > 20) return "ja";
    // Chinese characters carry about four times the information of a letter.
    if (han * 4 < latin) return "en";
    return trad > simp ? "zh-Hant" : "zh-Hans";
}

} // namespace ect::text
