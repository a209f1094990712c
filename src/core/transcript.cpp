// ect::transcript: read-only accessors over the shared data.
#include "core/transcript_data.hpp"

#include <ect/transcript.hpp>

namespace ect {

namespace {
const std::shared_ptr<const detail::transcript_data>& empty_data() {
    static const auto empty = std::make_shared<const detail::transcript_data>();
    return empty;
}
} // namespace

transcript::transcript() : data_(empty_data()) {}
transcript::transcript(std::shared_ptr<const detail::transcript_data> data) noexcept : data_(std::move(data)) {}

std::string_view transcript::text() const noexcept { return data_->text; }
std::string_view transcript::slice(byte_span s) const noexcept {
    const std::string_view t = data_->text;
    if (s.begin > t.size() || s.end < s.begin) return {};
    return t.substr(s.begin, std::min(s.end, t.size()) - s.begin);
}
const source_info& transcript::source() const noexcept { return data_->source; }
document_kind transcript::kind() const noexcept { return data_->kind; }
std::string_view transcript::dialect() const noexcept { return data_->dialect; }
std::string_view transcript::language() const noexcept { return data_->language; }
const ect::metadata& transcript::metadata() const noexcept { return data_->metadata; }
std::span<const participant> transcript::participants() const noexcept { return data_->participants; }
std::span<const section> transcript::sections() const noexcept { return data_->sections; }
std::span<const turn> transcript::turns() const noexcept { return data_->turns; }
std::span<const exchange> transcript::exchanges() const noexcept { return data_->exchanges; }
std::span<const statement> transcript::statements() const noexcept { return data_->statements; }
std::span<const ect::skipped> transcript::skipped() const noexcept { return data_->skipped; }
std::span<const diagnostic> transcript::diagnostics() const noexcept { return data_->diagnostics; }

std::vector<const turn*> transcript::turns_by(std::size_t id) const {
    std::vector<const turn*> out;
    for (const turn& t : data_->turns)
        if (t.participant == id) out.push_back(&t);
    return out;
}

std::vector<const exchange*> transcript::exchanges_of(std::size_t id) const {
    std::vector<const exchange*> out;
    for (const exchange& e : data_->exchanges)
        if (e.asker == id) out.push_back(&e);
    return out;
}

} // namespace ect
