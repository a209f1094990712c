// The contract's promises on every real transcript of the shared corpus:
// offsets slice the text exactly, nothing non-blank is outside a section,
// exchanges refer to analyst and executive turns.
#include <ect/ect.hpp>

#include "text/utf8.hpp"

#include <catch2/catch.hpp>

#include <filesystem>

namespace fs = std::filesystem;

namespace {

std::vector<fs::path> corpus_files() {
    std::vector<fs::path> out;
    const fs::path root = fs::path(ECT_SHARED_DIR) / "corpus";
    if (!fs::is_directory(root)) return out;
    for (const auto& e : fs::recursive_directory_iterator(root))
        if (e.is_regular_file() && e.path().filename() != "MANIFEST.tsv") out.push_back(e.path());
    std::sort(out.begin(), out.end());
    return out;
}

std::string joined(const ect::transcript& t, const ect::turn& u) {
    std::string s;
    for (const auto& p : u.pieces) {
        if (!s.empty()) s.push_back('\n');
        s.append(t.slice(p));
    }
    return s;
}

} // namespace

TEST_CASE("every corpus file keeps the contract's offset and coverage promises", "[corpus]") {
    const auto files = corpus_files();
    if (files.empty()) {
        WARN("no shared corpus at " ECT_SHARED_DIR "; skipped");
        return;
    }
    ect::parser parser;
    for (const fs::path& path : files) {
        INFO(path.string());
        const ect::transcript t = parser.parse_file(path);
        const std::string_view text = t.text();
        for (const ect::turn& u : t.turns()) {
            INFO("turn " << u.index);
            CHECK(u.span.end <= text.size());
            if (u.pieces.empty()) CHECK(t.slice(u.span) == u.text);
            else CHECK(joined(t, u) == u.text);
            CHECK(u.text == ect::text::trim(u.text));
            for (const ect::question& q : u.questions) {
                // A question is its span, or, across furniture that
                // splits its turn, the turn's joined text over that span:
                // a part of the turn's text, its first and last bytes
                // those of the span.
                if (t.slice(q.span) != q.text) {
                    CHECK(!u.pieces.empty());
                    CHECK(u.text.find(q.text) != std::string_view::npos);
                    REQUIRE(!q.text.empty());
                    CHECK(q.text.front() == text[q.span.begin]);
                    CHECK(q.text.back() == text[q.span.end - 1]);
                }
                CHECK(q.span.begin >= u.span.begin);
                CHECK(q.span.end <= u.span.end);
            }
            if (u.index > 0) CHECK(t.turns()[u.index - 1].span.end <= u.span.begin);
        }
        for (const ect::statement& s : t.statements()) CHECK(t.slice(s.span) == s.text);
        for (const ect::exchange& ex : t.exchanges()) {
            for (std::size_t q : ex.question_turns) CHECK(t.turns()[q].role == ect::role::analyst);
            for (std::size_t a : ex.answer_turns) CHECK(t.turns()[a].role == ect::role::executive);
        }
        // Sections tile the text: no byte outside them.
        std::size_t covered = 0;
        for (const ect::section& s : t.sections()) {
            CHECK(s.span.begin == covered);
            covered = s.span.end;
        }
        CHECK(covered == text.size());
    }
}
