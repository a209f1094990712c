// Names of the public enums, as printed in the JSON contract.
#include <ect/types.hpp>

namespace ect {

std::string_view to_string(role r) noexcept {
    switch (r) {
    case role::unknown: return "unknown";
    case role::operator_: return "operator";
    case role::executive: return "executive";
    case role::analyst: return "analyst";
    }
    return "unknown";
}

std::string_view to_string(section_kind k) noexcept {
    switch (k) {
    case section_kind::preamble: return "preamble";
    case section_kind::presentation: return "presentation";
    case section_kind::qa: return "qa";
    case section_kind::closing: return "closing";
    }
    return "preamble";
}

std::string_view to_string(document_kind k) noexcept {
    switch (k) {
    case document_kind::unknown: return "unknown";
    case document_kind::transcript: return "transcript";
    case document_kind::news: return "news";
    }
    return "unknown";
}

std::string_view to_string(severity s) noexcept {
    switch (s) {
    case severity::note: return "note";
    case severity::warning: return "warning";
    case severity::error: return "error";
    }
    return "warning";
}

std::string_view to_string(skip_kind k) noexcept {
    switch (k) {
    case skip_kind::page_header: return "page-header";
    case skip_kind::page_footer: return "page-footer";
    case skip_kind::page_number: return "page-number";
    case skip_kind::rule: return "rule";
    case skip_kind::editor_note: return "editor-note";
    case skip_kind::boilerplate: return "boilerplate";
    }
    return "boilerplate";
}

namespace {
template <class E, E... values>
std::optional<E> parse_enum(std::string_view name) noexcept {
    for (const E value : {values...})
        if (to_string(value) == name) return value;
    return std::nullopt;
}
} // namespace

std::optional<role> parse_role(std::string_view name) noexcept {
    return parse_enum<role, role::unknown, role::operator_, role::executive, role::analyst>(name);
}
std::optional<section_kind> parse_section_kind(std::string_view name) noexcept {
    return parse_enum<section_kind, section_kind::preamble, section_kind::presentation, section_kind::qa,
                      section_kind::closing>(name);
}
std::optional<document_kind> parse_document_kind(std::string_view name) noexcept {
    return parse_enum<document_kind, document_kind::unknown, document_kind::transcript, document_kind::news>(name);
}

} // namespace ect
