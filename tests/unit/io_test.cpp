// The writers of include/ect/json.hpp: the JSON contract (shared/schema),
// CSV quoting, and the readable dumps. A hand-built transcript pins exact
// output; a parsed one checks what the contract guarantees for any parse.
#include "core/transcript_data.hpp"

#include <ect/json.hpp>
#include <ect/parser.hpp>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <memory>
#include <string>
#include <vector>

namespace {

using nlohmann::json;

/// RFC 4180 reader, enough for the tests: quoted fields may hold commas,
/// doubled quotes and line breaks; rows end in LF or CRLF.
std::vector<std::vector<std::string>> read_csv(const std::string& s) {
    std::vector<std::vector<std::string>> rows;
    std::vector<std::string> row;
    std::string field;
    bool quoted = false;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        if (quoted) {
            if (c == '"' && i + 1 < s.size() && s[i + 1] == '"') field += s[++i];
            else if (c == '"') quoted = false;
            else field += c;
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            row.push_back(std::move(field));
            field.clear();
        } else if (c == '\n' || c == '\r') {
            if (c == '\r' && i + 1 < s.size() && s[i + 1] == '\n') ++i;
            row.push_back(std::move(field));
            field.clear();
            rows.push_back(std::move(row));
            row.clear();
        } else {
            field += c;
        }
    }
    REQUIRE_FALSE(quoted);
    if (!field.empty() || !row.empty()) {
        row.push_back(std::move(field));
        rows.push_back(std::move(row));
    }
    return rows;
}

/// Two turns; the analyst's text holds a comma, quotes and a line break, and
/// the operator's is split by a page header into two pieces.
ect::transcript sample() {
    auto d = std::make_shared<ect::detail::transcript_data>();
    d->text = "Operator: Welcome\nPAGE 2\nto the call.\nJane Doe: Margins, \"gross\" and\nnet? Thanks.\n";
    const std::string_view text = d->text;
    d->source.name = "call,1.txt";
    d->source.bytes = text.size();
    d->kind = ect::document_kind::transcript;
    d->dialect = "colon";
    d->language = "en";

    ect::participant op{0, "Operator", "Operator", ect::role::operator_, {}, {}, {}, 1, {}};
    ect::participant jane{1, "Jane Doe", "Jane Doe", ect::role::analyst, "Analyst", {"analyst"}, {"Acme | Co", ""},
                          1, {"Jane"}};
    d->participants = {op, jane};

    const std::size_t op_end = text.find(" call.") + 6;
    ect::turn t0;
    t0.index = 0;
    t0.participant = 0;
    t0.role = ect::role::operator_;
    t0.label = text.substr(0, 8);
    t0.span = {10, op_end};
    t0.pieces = {{10, 17}, {25, op_end}};
    t0.text = d->keep(std::string(text.substr(10, 7)) + "\n" + std::string(text.substr(25, op_end - 25)));

    const std::size_t jb = text.find("Margins");
    const std::size_t je = text.find("Thanks.") + 7;
    ect::turn t1;
    t1.index = 1;
    t1.participant = 1;
    t1.role = ect::role::analyst;
    t1.label = "Jane Doe";
    t1.span = {jb, je};
    t1.text = text.substr(jb, je - jb);
    const std::size_t qe = text.find('?') + 1;
    t1.questions = {{text.substr(jb, qe - jb), {jb, qe}}};
    d->turns = {t0, t1};

    d->sections = {{ect::section_kind::qa, {0, text.size()}}};
    d->exchanges = {{0, 1, {1}, {}}};
    d->skipped = {{ect::skip_kind::page_header, {18, 24}}};
    d->diagnostics = {{ect::severity::warning, "no-qa-section", 0, 1, 1, "no Q&A heading"}};
    return ect::transcript(std::move(d));
}

const char* const contract_keys[] = {"format",   "version",  "source",    "kind",       "dialect",
                                     "language", "metadata", "participants", "sections", "turns",
                                     "exchanges", "statements", "skipped", "diagnostics"};

} // namespace

TEST_CASE("to_json writes the contract's keys in the contract's order", "[io][json]") {
    const json doc = json::parse(ect::to_json(sample()));
    const nlohmann::ordered_json ordered = nlohmann::ordered_json::parse(ect::to_json(sample()));
    std::vector<std::string> keys;
    for (const auto& [key, value] : ordered.items()) keys.push_back(key);
    // The contract allows added fields, so check order as a subsequence.
    std::size_t next = 0;
    for (const std::string& key : keys)
        if (next < std::size(contract_keys) && key == contract_keys[next]) ++next;
    CHECK(next == std::size(contract_keys));
    CHECK(doc["format"] == "ect-transcript");
    CHECK(doc["version"] == 1);
    CHECK(doc["source"]["name"] == "call,1.txt");
    CHECK(doc["source"]["encoding"] == "UTF-8");
    CHECK(doc["kind"] == "transcript");
}

TEST_CASE("to_json writes absent information as null, never as an empty string", "[io][json]") {
    const json doc = json::parse(ect::to_json(sample()));
    CHECK(doc["metadata"]["company"].is_null());
    CHECK(doc["metadata"]["period"].is_null());
    CHECK(doc["metadata"]["date"].is_null());
    const json& op = doc["participants"][0];
    CHECK(op["title"].is_null());
    CHECK(op["firm"].is_null());
    CHECK(op["titles"] == json::array());
    CHECK(op["aliases"] == json::array());
    const json& jane = doc["participants"][1];
    CHECK(jane["firm"]["name"] == "Acme | Co");
    CHECK(jane["firm"]["canonical"].is_null());
    CHECK(jane["aliases"] == json::array({"Jane"}));
    CHECK(doc["statements"] == json::array());
}

TEST_CASE("to_json lists pieces only for turns split by furniture", "[io][json]") {
    const ect::transcript t = sample();
    const json doc = json::parse(ect::to_json(t));
    const json& t0 = doc["turns"][0];
    REQUIRE(t0.contains("pieces"));
    CHECK(t0["pieces"] == json::parse("[[10,17],[25," + std::to_string(t.turns()[0].span.end) + "]]"));
    const json& t1 = doc["turns"][1];
    CHECK_FALSE(t1.contains("pieces"));
    CHECK(t1["text"] == std::string(t.slice({t1["begin"], t1["end"]})));
    CHECK(t1["questions"][0]["text"] == "Margins, \"gross\" and\nnet?");
    CHECK(doc["exchanges"][0]["question_turns"] == json::array({1}));
    CHECK(doc["exchanges"][0]["answer_turns"] == json::array());
    CHECK(doc["skipped"][0]["kind"] == "page-header");
    CHECK(doc["diagnostics"][0]["code"] == "no-qa-section");
}

TEST_CASE("to_json with a negative indent writes one line", "[io][json]") {
    const std::string line = ect::to_json(sample(), -1);
    CHECK(line.find('\n') == std::string::npos);
    CHECK(json::parse(line) == json::parse(ect::to_json(sample(), 2)));
}

TEST_CASE("to_csv quotes commas, quotes and line breaks so fields round-trip", "[io][csv]") {
    const ect::transcript t = sample();
    const auto rows = read_csv(ect::to_csv(t));
    REQUIRE(rows.size() == t.turns().size() + 1);
    CHECK(rows[0] == std::vector<std::string>{"file", "index", "section", "speaker", "role", "title", "firm",
                                              "firm_canonical", "begin", "end", "text"});
    for (std::size_t i = 0; i < t.turns().size(); ++i) {
        REQUIRE(rows[i + 1].size() == 11);
        CHECK(rows[i + 1][0] == "call,1.txt");
        CHECK(rows[i + 1][10] == t.turns()[i].text);
    }
    CHECK(rows[2][3] == "Jane Doe");
    CHECK(rows[2][6] == "Acme | Co");
    CHECK(read_csv(ect::to_csv(t, false)).size() == t.turns().size());
}

TEST_CASE("to_text names the speakers and lists questions and diagnostics", "[io][text]") {
    const std::string text = ect::to_text(sample());
    CHECK(text.find("Jane Doe (analyst, Acme | Co)") != std::string::npos);
    CHECK(text.find("Operator (operator)") != std::string::npos);
    CHECK(text.find("    ? Margins, \"gross\" and net?") != std::string::npos);
    CHECK(text.find("call,1.txt:1:1: warning: no Q&A heading [no-qa-section]") != std::string::npos);
}

TEST_CASE("to_markdown escapes pipes in the participants table", "[io][markdown]") {
    const std::string md = ect::to_markdown(sample());
    CHECK(md.rfind("# call,1.txt\n", 0) == 0);
    CHECK(md.find("| Name | Latin | Role | Title | Firm |") != std::string::npos);
    CHECK(md.find("| Jane Doe | Jane Doe | analyst | Analyst | Acme \\| Co |") != std::string::npos);
    CHECK(md.find("### Exchange 1 — Jane Doe (Acme | Co)") != std::string::npos);
    CHECK(md.find("1. Margins, \"gross\" and net?") != std::string::npos);
}

TEST_CASE("the writers cut long text on code point boundaries", "[io][text]") {
    auto d = std::make_shared<ect::detail::transcript_data>();
    std::string body;
    for (int i = 0; i < 200; ++i) body += "程";
    d->text = "A: " + body;
    ect::turn u;
    u.label = "A";
    u.span = {3, d->text.size()};
    u.text = std::string_view(d->text).substr(3);
    d->turns = {u};
    const std::string text = ect::to_text(ect::transcript(std::move(d)));
    std::string cut;
    for (int i = 0; i < 160; ++i) cut += "程";
    CHECK(text.find("  " + cut + "…\n") != std::string::npos);
}

TEST_CASE("a parsed call satisfies the contract in every writer", "[io][parse]") {
    const std::string input = "Operator: Welcome to the call.\nJane Doe: Thank you. Can you talk about margins?\n";
    const ect::transcript t = ect::parse(input);
    const json doc = json::parse(ect::to_json(t));
    for (const char* key : contract_keys) CHECK(doc.contains(key));
    CHECK(doc["format"] == "ect-transcript");
    CHECK(doc["version"] == 1);
    for (const json& u : doc["turns"]) {
        if (u.contains("pieces")) continue;
        const std::size_t b = u["begin"], e = u["end"];
        REQUIRE(b <= e);
        REQUIRE(e <= input.size());
        CHECK(u["text"] == input.substr(b, e - b));
    }
    CHECK(read_csv(ect::to_csv(t)).size() == t.turns().size() + 1);
    const std::string text = ect::to_text(t);
    for (const ect::turn& u : t.turns()) {
        if (u.participant) CHECK(text.find(std::string(t.participants()[*u.participant].name)) != std::string::npos);
    }
    if (!t.participants().empty()) CHECK(ect::to_markdown(t).find("| ") != std::string::npos);
}
