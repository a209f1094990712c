#include "text/icu_rules.hpp"

#include <unicode/unistr.h>
#include <unicode/ures.h>
#include <unicode/utypes.h>

#include <memory>

namespace ect::text {

namespace {

struct bundle_closer {
    void operator()(UResourceBundle* b) const { ures_close(b); }
};
using bundle = std::unique_ptr<UResourceBundle, bundle_closer>;

std::string utf8(const UChar* s, int32_t length) {
    std::string out;
    icu::UnicodeString(s, length).toUTF8String(out);
    return out;
}

} // namespace

std::optional<transliterator_rules> icu_rules(const char* id) {
    UErrorCode status = U_ZERO_ERROR;
    const bundle root(ures_openDirect(U_ICUDATA_NAME "-translit", "root", &status));
    const bundle ids(ures_getByKey(root.get(), "RuleBasedTransliteratorIDs", nullptr, &status));
    bundle entry(ures_getByKey(ids.get(), id, nullptr, &status));
    if (U_FAILURE(status)) return std::nullopt;
    int32_t length = 0;
    if (const UChar* alias = ures_getStringByKey(entry.get(), "alias", &length, &status); U_SUCCESS(status))
        entry.reset(ures_getByKey(ids.get(), utf8(alias, length).c_str(), nullptr, &status));
    status = U_ZERO_ERROR;
    bundle file(ures_getByKey(entry.get(), "file", nullptr, &status));
    const UChar* text = ures_getStringByKey(file.get(), "resource", &length, &status);
    if (U_FAILURE(status)) return std::nullopt;
    transliterator_rules out{std::u16string_view(text, static_cast<std::size_t>(length)), false, nullptr};
    if (const UChar* direction = ures_getStringByKey(file.get(), "direction", &length, &status); U_SUCCESS(status))
        out.reverse = utf8(direction, length) == "REVERSE";
    out.data = std::move(file); // a bundle's strings stay valid while it is open
    return out;
}

} // namespace ect::text
