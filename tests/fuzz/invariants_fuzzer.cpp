// Fuzz target: the structural promises of the model hold for any input.
// - every span lies within the text, and every text view is that slice;
// - turns come in order and do not overlap;
// - a turn's text is its pieces joined by "\n", or text[begin, end) without pieces
//   (so is a question's, which may cross furniture within the turn);
// - every exchange names existing analyst (asker) and executive (answer) turns;
// - every non-blank byte lies in some section;
// - the JSON output parses and survives a dump/parse round trip unchanged.
#include <ect/ect.hpp>

#include <nlohmann/json.hpp>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

namespace {

[[noreturn]] void fail(const char* what, std::size_t a = 0, std::size_t b = 0) {
    std::fprintf(stderr, "invariant broken: %s (%zu, %zu)\n", what, a, b);
    std::abort();
}

void check(bool ok, const char* what, std::size_t a = 0, std::size_t b = 0) {
    if (!ok) fail(what, a, b);
}

void check_span(const ect::byte_span& s, std::size_t size, const char* what) {
    check(s.begin <= s.end && s.end <= size, what, s.begin, s.end);
}

bool is_space(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

void check_turns(const ect::transcript& t) {
    const std::string_view text = t.text();
    const std::size_t n = text.size();
    std::size_t last_end = 0;
    for (std::size_t i = 0; i < t.turns().size(); ++i) {
        const ect::turn& u = t.turns()[i];
        check(u.index == i, "turn index", u.index, i);
        check_span(u.span, n, "turn span");
        check_span(u.label_span, n, "turn label span");
        check(u.label == text.substr(u.label_span.begin, u.label_span.size()), "turn label is its slice", i);
        const std::size_t begin = u.label_span.empty() ? u.span.begin : std::min(u.label_span.begin, u.span.begin);
        check(begin >= last_end, "turns ordered and non-overlapping", begin, last_end);
        last_end = std::max(u.span.end, u.label_span.end);
        if (u.pieces.empty()) {
            check(u.text == text.substr(u.span.begin, u.span.size()), "turn text is its span", i);
        } else {
            std::string joined;
            std::size_t prev = u.span.begin;
            for (const ect::byte_span& p : u.pieces) {
                check_span(p, n, "piece span");
                check(p.begin >= prev && p.end <= u.span.end, "pieces ordered within the turn", p.begin, prev);
                prev = p.end;
                if (!joined.empty()) joined.push_back('\n');
                joined.append(text.substr(p.begin, p.size()));
            }
            check(u.text == joined, "turn text is its pieces joined", i);
        }
        for (const ect::question& q : u.questions) {
            check_span(q.span, n, "question span");
            check(q.span.begin >= u.span.begin && q.span.end <= u.span.end, "question within its turn", i);
            // A question that crosses page furniture keeps the joined text, as its turn does.
            check(u.pieces.empty() ? q.text == text.substr(q.span.begin, q.span.size())
                                   : u.text.find(q.text) != std::string_view::npos,
                  "question text is its span", i);
        }
        if (u.participant) check(*u.participant < t.participants().size(), "turn participant exists", i);
    }
}

void check_exchanges(const ect::transcript& t) {
    const auto turns = t.turns();
    for (const ect::exchange& e : t.exchanges()) {
        check(e.asker < t.participants().size(), "exchange asker exists", e.asker);
        for (std::size_t k : e.question_turns) {
            check(k < turns.size(), "question turn exists", k);
            check(turns[k].role == ect::role::analyst, "question turn is an analyst's", k);
        }
        for (std::size_t k : e.answer_turns) {
            check(k < turns.size(), "answer turn exists", k);
            check(turns[k].role == ect::role::executive, "answer turn is an executive's", k);
        }
    }
}

void check_sections(const ect::transcript& t) {
    const std::string_view text = t.text();
    std::vector<int> depth(text.size() + 1, 0); // sections opened minus closed, per byte
    for (const ect::section& s : t.sections()) {
        check_span(s.span, text.size(), "section span");
        ++depth[s.span.begin];
        --depth[s.span.end];
    }
    int open = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        open += depth[i];
        if (open <= 0 && !is_space(static_cast<unsigned char>(text[i]))) fail("non-blank byte outside every section", i);
    }
}

void check_rest(const ect::transcript& t) {
    const std::string_view text = t.text();
    for (const ect::statement& s : t.statements()) {
        check_span(s.span, text.size(), "statement span");
        check(s.text == text.substr(s.span.begin, s.span.size()), "statement text is its span", s.span.begin);
        check(s.participant < t.participants().size(), "statement participant exists", s.participant);
    }
    for (const ect::skipped& s : t.skipped()) check_span(s.span, text.size(), "skipped span");
    for (const ect::diagnostic& d : t.diagnostics()) {
        check(d.offset <= text.size(), "diagnostic offset", d.offset, text.size());
        check(d.line >= 1 && d.column >= 1, "diagnostic position is 1-based", d.line, d.column);
    }
}

void check_json(const ect::transcript& t) {
    const std::string out = ect::to_json(t, -1);
    const nlohmann::json j = nlohmann::json::parse(out); // throws, and so fails, on bad JSON
    const nlohmann::json again = nlohmann::json::parse(j.dump());
    check(again == j, "JSON round trip");
    check(j.at("turns").size() == t.turns().size(), "JSON turn count", j.at("turns").size(), t.turns().size());
    for (std::size_t i = 0; i < t.turns().size(); ++i)
        check(j["turns"][i].at("text").get<std::string>() == t.turns()[i].text, "JSON turn text", i);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static ect::parser parser;
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    const ect::transcript t = parser.parse(bytes);
    check_turns(t);
    check_exchanges(t);
    check_sections(t);
    check_rest(t);
    check_json(t);
    return 0;
}
