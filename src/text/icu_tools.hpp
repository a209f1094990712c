#pragma once
// Wrappers over the ICU services the stages need, each built on first use:
// Han romanisation for names, Traditional→Simplified folding for matching,
// and sentence breaks for question splitting.

#include <ect/types.hpp>

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace ect::text {

/// Romanises Han personal names: 程一笑 → "Cheng Yixiao", 欧阳娜娜 →
/// "Ouyang Nana" (surname first, compound surnames kept whole). Results are
/// cached per distinct name.
class romanizer {
public:
    romanizer();
    ~romanizer();
    romanizer(romanizer&&) noexcept;
    romanizer& operator=(romanizer&&) noexcept;
    /// `surname_bytes`: length in bytes of the surname at the start of `name`
    /// (0 when unknown: the first character is taken).
    [[nodiscard]] std::string romanize_name(std::string_view name, std::size_t surname_bytes = 0);
    /// The same done by ICU's transliterators, which `romanize_name` uses
    /// only for names outside the table of readings: the reference for tests.
    [[nodiscard]] std::string romanize_name_with_icu(std::string_view name, std::size_t surname_bytes = 0);

private:
    struct impl;
    std::unique_ptr<impl> impl_;
};

/// Folds Traditional Chinese to Simplified for matching (never to rewrite the
/// text), and full-width ASCII to half-width.
class script_folder {
public:
    script_folder();
    ~script_folder();
    script_folder(script_folder&&) noexcept;
    script_folder& operator=(script_folder&&) noexcept;
    [[nodiscard]] std::string fold(std::string_view s);

private:
    struct impl;
    std::unique_ptr<impl> impl_;
};

/// Sentence boundaries of a text, as byte spans of that text.
class sentence_splitter {
public:
    sentence_splitter();
    ~sentence_splitter();
    sentence_splitter(sentence_splitter&&) noexcept;
    sentence_splitter& operator=(sentence_splitter&&) noexcept;
    [[nodiscard]] std::vector<byte_span> split(std::string_view s);
    /// The same into `out` (cleared first), whose capacity a caller that
    /// splits many texts keeps.
    void split(std::string_view s, std::vector<byte_span>& out);
    /// The same split done by ICU's sentence iterator, which `split` follows
    /// rule for rule without its cost: the reference for tests.
    [[nodiscard]] std::vector<byte_span> split_with_icu(std::string_view s);

private:
    struct impl;
    std::unique_ptr<impl> impl_;
};

/// Full-width ASCII forms (！ to ～) and the ideographic space to ASCII.
[[nodiscard]] std::string fold_width(std::string_view s);

/// BCP-47 tag of the text's main language: "en", "zh-Hans", "zh-Hant", "ja".
[[nodiscard]] std::string_view detect_language(std::string_view s);

} // namespace ect::text
