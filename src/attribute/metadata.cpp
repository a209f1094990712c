#include "attribute/metadata.hpp"

#include "attribute/en_title.hpp"
#include "attribute/header_fields.hpp"
#include "attribute/zh_metadata.hpp"

#include "text/utf8.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace ect::attribute {

namespace {

constexpr std::size_t head_bytes = 6000; // metadata sits at the top

// "自6月6日", "截至6月30日", "from June 6": the date bounds a range, it is not the call's.
bool is_range_edge(std::string_view text, std::size_t pos) {
    for (std::string_view w : {"自", "从", "從", "截至", "截止", "至", "到", "since ", "through ", "ended ", "ending "})
        if (pos >= w.size() && text.substr(pos - w.size(), w.size()) == w) return true;
    return false;
}

// The byte at `i` in lower case, NUL past the end.
char lower_at(std::string_view s, std::size_t i) { return i < s.size() ? text::ascii_lower(s[i]) : '\0'; }

// A cover letter's subject line, "Sub: Transcript of the Earnings Call for
// Q4 FY24", "Subject - …", "Re: …", whose first word starts at `pos`: it
// names the call's period but no company, and dates above it are the
// letter's.
bool letter_subject_at(std::string_view head, std::size_t pos) {
    const char a = lower_at(head, pos), b = lower_at(head, pos + 1), c = lower_at(head, pos + 2);
    std::size_t after = 0;
    if (a == 's' && b == 'u' && c == 'b') after = text::istarts_with(head.substr(pos), "subject") ? 7 : 3;
    else if (a == 'r' && b == 'e' && c == ':') after = 2;
    else return false;
    while (pos + after < head.size() && (head[pos + after] == ' ' || head[pos + after] == '.')) ++after;
    const std::string_view sep = head.substr(pos + after, 3);
    if (!(sep.starts_with(":") || sep.starts_with("-") || sep == "\xE2\x80\x93")) return false;
    const std::size_t line_start = pos == 0 ? 0 : head.rfind('\n', pos - 1) + 1;
    return text::is_blank(head.substr(line_start, pos - line_start));
}

// A letter's addressee, never the company: "BSE Limited", "National Stock
// Exchange of India Limited".
bool names_exchange(std::string_view name) {
    if (text::istarts_with(name, "the ")) name.remove_prefix(4);
    if (text::ifind(name, "stock exchange") != std::string_view::npos) return true;
    for (std::string_view bse : {"bse limited", "bse ltd", "bse ltd."})
        if (text::iequals(name, bse)) return true;
    return false;
}

// Where a cover letter ends, looked for from `from` (its body, below the
// subject line) and returned between `from` and the end of `head` (both
// offsets into `head`, which lies in doc.text): the call's own text begins
// at the first page break (a form feed, a page number such as "Page 1") or
// at the moderator's first words; else the letter runs to the head's end.
// The call's title is no end: the letter's body may name the period again
// ("… the earnings call for Q4 FY24 held on …") above its signature.
std::size_t letter_end(const layout::document& doc, std::string_view head, std::size_t from) {
    const auto base = static_cast<std::size_t>(head.data() - doc.text.data());
    const auto& lines = doc.lines.lines();
    for (std::size_t i = doc.lines.line_of(base + from); i < lines.size() && lines[i].begin < base + head.size(); ++i) {
        const std::size_t begin = lines[i].begin > base + from ? lines[i].begin - base : from;
        if (doc.furniture[i] == skip_kind::page_number) return begin;
        if (lines[i].next > lines[i].end && doc.text[lines[i].end] == '\f')
            return std::clamp<std::size_t>(lines[i].next > base ? lines[i].next - base : 0, from, head.size());
        if (const layout::inline_label* label = doc.inline_label_at(i); label && layout::is_operator_name(label->name))
            return begin;
    }
    return head.size();
}

bool ascii_alpha_byte(unsigned char c) { return static_cast<unsigned char>((c | 0x20) - 'a') < 26; }
bool digit_byte(unsigned char c) { return static_cast<unsigned char>(c - '0') < 10; }

// The positions where a word starts, in order: an ASCII letter or digit not
// after an ASCII letter (a digit after a digit starts one). Sixteen bytes
// are tested at once where SSE2 is available.
class word_starts {
public:
    explicit word_starts(std::string_view s) : p_(reinterpret_cast<const unsigned char*>(s.data())), n_(s.size()) {}

    // The next start; the text's size when there is none.
    std::size_t next() {
        while (mask_ == 0) {
            if (block_ >= n_) return n_;
            base_ = block_;
            mask_ = block_mask(base_);
            block_ += 16;
        }
        const std::size_t at = base_ + static_cast<std::size_t>(__builtin_ctz(mask_));
        mask_ &= mask_ - 1;
        return at;
    }

private:
    bool starts(std::size_t i) const {
        return (ascii_alpha_byte(p_[i]) || digit_byte(p_[i])) && (i == 0 || !ascii_alpha_byte(p_[i - 1]));
    }

    // Bit k: a word starts at base + k.
    unsigned block_mask(std::size_t base) const {
#if defined(__SSE2__)
        if (base > 0 && base + 16 <= n_) {
            const __m128i to_lower = _mm_set1_epi8(0x20), a = _mm_set1_epi8('a'), zero = _mm_set1_epi8('0'),
                          letters = _mm_set1_epi8(25), digits = _mm_set1_epi8(9);
            auto below = [](__m128i t, __m128i max) { return _mm_cmpeq_epi8(_mm_min_epu8(t, max), t); }; // unsigned t <= max
            const __m128i cur = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p_ + base));
            const __m128i prev = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p_ + base - 1));
            const __m128i alpha = below(_mm_sub_epi8(_mm_or_si128(cur, to_lower), a), letters);
            const __m128i digit = below(_mm_sub_epi8(cur, zero), digits);
            const __m128i alpha_before = below(_mm_sub_epi8(_mm_or_si128(prev, to_lower), a), letters);
            return static_cast<unsigned>(_mm_movemask_epi8(_mm_andnot_si128(alpha_before, _mm_or_si128(alpha, digit))));
        }
#endif
        unsigned m = 0;
        for (std::size_t k = 0; k < 16 && base + k < n_; ++k)
            if (starts(base + k)) m |= 1u << k;
        return m;
    }

    const unsigned char* p_;
    std::size_t n_;
    std::size_t block_ = 0, base_ = 0;
    unsigned mask_ = 0;
};

} // namespace

void find_metadata(const layout::document& doc, detail::transcript_data& out) {
    std::string_view head = doc.text.substr(0, std::min(doc.text.size(), head_bytes));
    // A UTF-8 byte-order mark stays in the text (offsets are the input's)
    // but is not part of the first line's words: "# 公司_20260311" after it
    // is still a title.
    if (head.starts_with("\xEF\xBB\xBF")) head.remove_prefix(3);
    period_match period;
    std::size_t period_pos = std::string_view::npos;
    // The call's date: a dateline (a date that starts a line) wins; else the
    // first date that is not the start or end of a range ("自6月6日", "截至6月30日").
    date_match date, dateline;
    period_match year_only; // used where no quarter is named
    std::size_t year_only_pos = std::string_view::npos;
    // For a word that starts with a letter other than q, the second
    // letters may_start_period or may_start_date can accept after it (fi, fo,
    // fy, fq, se, th; ja, ju, fe, ma, ap, au, oc, no, de). year_period_at
    // reads capitalised words only, as titles write them ("Full Year 2018";
    // "full year 2025" in speech is guidance).
    static constexpr auto seconds = [] {
        std::array<std::uint32_t, 26> m{};
        for (std::string_view pair : {"fi", "fo", "fy", "fq", "se", "th", "ja", "ju", "fe", "ma", "ap", "au", "oc", "no", "de"})
            m[static_cast<std::size_t>(pair[0] - 'a')] |= 1u << (pair[1] - 'a');
        return m;
    }();
    // A cover letter's subject line: a period on it (or on the line it
    // wraps to) is the call's, but the company is read at the next period,
    // the call's own title.
    std::size_t subject = std::string_view::npos, subject_end = 0;
    std::size_t titled_pos = std::string_view::npos, titled_length = 0;
    word_starts words(head);
    for (std::size_t pos = words.next(); pos < head.size(); pos = words.next()) {
        // Every form starts with an ASCII letter or digit at the start of a
        // word; such a byte always starts a code point. Most words start
        // with two letters no period or date starts with.
        if (const char a = lower_at(head, pos); a >= 'a' && a <= 'z' && a != 'q') {
            if ((a == 's' || a == 'r') && subject == std::string_view::npos && titled_pos == std::string_view::npos &&
                letter_subject_at(head, pos)) {
                subject = pos;
                subject_end = std::min(head.find('\n', std::min(head.find('\n', pos), head.size() - 1) + 1), head.size());
                date = dateline = {}; // the letter's
            }
            // Full, Half, Annual, Interim: a year's results, in a title's capitals.
            if (!year_only.length && text::is_ascii_upper(static_cast<unsigned char>(head[pos])) &&
                (a == 'f' || a == 'h' || a == 'a' || a == 'i'))
                if (auto p = year_period_at(head.substr(pos)); p.length && p.year >= 1990 && p.year <= 2100)
                    year_only = p, year_only_pos = pos;
            const char b = lower_at(head, pos + 1);
            if (b < 'a' || b > 'z' || !(seconds[static_cast<std::size_t>(a - 'a')] >> (b - 'a') & 1u)) continue;
        }
        const std::string_view rest = head.substr(pos);
        if (titled_pos == std::string_view::npos && may_start_period(rest))
            if (auto p = period_at(rest); p.length && p.quarter >= 1 && p.quarter <= 4 && p.year >= 1990 && p.year <= 2100) {
                if (!period.length) period = p, period_pos = pos;
                if (subject == std::string_view::npos || pos < subject || pos >= subject_end)
                    period = p, period_pos = titled_pos = pos, titled_length = p.length;
            }
        if (!dateline.length && may_start_date(rest))
            if (auto d = date_at(rest); d.length && d.month >= 1 && d.month <= 12 && d.day >= 1 && d.day <= 31) {
                const std::size_t line_start = pos == 0 ? 0 : head.rfind('\n', pos - 1) + 1;
                if (text::is_blank(head.substr(line_start, pos - line_start))) dateline = d;
                else if (!date.length && !is_range_edge(head, pos)) date = d;
            }
        if (titled_pos != std::string_view::npos && dateline.length) break;
    }
    if (dateline.length) date = dateline;
    // Whether the head holds a Han character, worked out once and only when
    // asked (English text with a period and header fields never asks).
    int han_state = -1;
    auto han = [&] {
        if (han_state < 0) han_state = text::has_han(head) ? 1 : 0;
        return han_state == 1;
    };
    int through = period.length ? period.quarter * 3 : 0;
    if (!period.length && han())
        if (const zh_period z = zh_period_in(head); z.match.length)
            period = z.match, period_pos = z.pos, through = z.through;
    if (!period.length && year_only.length) period = year_only, period_pos = year_only_pos;
    // A year's or a Chinese period names the company too, off a subject line.
    if (titled_pos == std::string_view::npos && period.length &&
        (subject == std::string_view::npos || period_pos < subject || period_pos >= subject_end))
        titled_pos = period_pos, titled_length = period.length;
    if (period.length)
        out.metadata.period = fiscal_period{period.year, period.quarter == 0 ? std::nullopt : std::optional<int>(period.quarter),
                                            head.substr(period_pos, period.length)};
    if (date.length) {
        int year = date.year;
        // 8月20日 after a period: the year the period ends, or the next one
        // when the month comes before the period's last (a fourth quarter's
        // or a year's results, discussed in the spring).
        if (year == 0 && period.length) year = period.year + (date.month < through ? 1 : 0);
        if (year != 0) out.metadata.date = fmt::format("{:04}-{:02}-{:02}", year, date.month, date.day);
    }
    const header_fields fields = read_header_fields(head);
    company_match company{fields.company, fields.ticker};
    if (company.name.empty()) {
        if (han()) {
            const company_match found = zh_company(head);
            company.name = found.name;
            if (company.ticker.empty()) company.ticker = found.ticker;
        } else {
            const company_match titled = en_company(head, titled_pos, titled_length);
            if (!names_exchange(titled.name)) company.name = titled.name;
            if (company.ticker.empty()) company.ticker = titled.ticker;
        }
    }
    // Else the company signing the cover letter, or its letterhead. A
    // letter longer than the header lines is signed below them: its
    // signature is looked for on to the letter's end, a few lines more.
    std::string_view signatory = fields.signatory;
    if (company.name.empty() && signatory.empty() && subject != std::string_view::npos) {
        const std::size_t body = std::min(subject_end, head.size());
        signatory = letter_signatory(head.substr(body, letter_end(doc, head, body) - body));
    }
    for (std::string_view letter : {signatory, fields.letterhead})
        if (company.name.empty() && !names_exchange(letter)) company.name = letter;
    if (!company.name.empty()) out.metadata.company = company_ref{company.name, {}, company.ticker};
}

} // namespace ect::attribute
