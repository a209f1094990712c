// to_json: the `ect-transcript` contract, version 1 (shared/schema/README.md).
// Key order follows the contract so diffs of output stay readable, hence
// ordered_json. Absent information is null (scalars, objects) or [] (lists),
// never an empty string or an invented value.
#include <ect/json.hpp>

#include <nlohmann/json.hpp>

#include <string_view>

namespace ect {

namespace {

using json = nlohmann::ordered_json;

json str(std::string_view s) { return json(std::string(s)); }

/// A string that may be absent: an empty view means "not given".
json opt_str(std::string_view s) { return s.empty() ? json(nullptr) : str(s); }

json opt_int(const std::optional<int>& v) { return v ? json(*v) : json(nullptr); }

json opt_index(const std::optional<std::size_t>& v) { return v ? json(*v) : json(nullptr); }

json string_list(const std::vector<std::string_view>& v) {
    json a = json::array();
    for (std::string_view s : v) a.push_back(str(s));
    return a;
}

json index_list(const std::vector<std::size_t>& v) {
    json a = json::array();
    for (std::size_t i : v) a.push_back(i);
    return a;
}

json metadata_json(const ect::metadata& m) {
    json company = nullptr;
    if (m.company) {
        company = {{"name", opt_str(m.company->name)},
                   {"canonical", opt_str(m.company->canonical)},
                   {"ticker", opt_str(m.company->ticker)}};
    }
    json period = nullptr;
    if (m.period) {
        period = {{"fiscal_year", opt_int(m.period->fiscal_year)},
                  {"fiscal_quarter", opt_int(m.period->fiscal_quarter)},
                  {"text", opt_str(m.period->text)}};
    }
    return {{"company", std::move(company)}, {"period", std::move(period)}, {"date", opt_str(m.date)}};
}

json participant_json(const participant& p) {
    json firm = nullptr;
    if (!p.firm.empty()) firm = {{"name", opt_str(p.firm.name)}, {"canonical", opt_str(p.firm.canonical)}};
    return {{"id", p.id},
            {"name", str(p.name)},
            // A name the romaniser could not handle has no Latin form: null,
            // not a copy, so downstream matching does not trust it.
            {"latin", opt_str(p.latin)},
            {"role", str(to_string(p.role))},
            {"title", opt_str(p.title)},
            {"titles", string_list(p.titles)},
            {"firm", std::move(firm)},
            {"turns", p.turns},
            {"aliases", string_list(p.aliases)}};
}

json turn_json(const turn& u) {
    json j = {{"index", u.index},
              {"participant", opt_index(u.participant)},
              {"role", str(to_string(u.role))},
              {"section", str(to_string(u.section))},
              {"label", opt_str(u.label)},
              {"begin", u.span.begin},
              {"end", u.span.end},
              {"text", str(u.text)}};
    // `pieces` is present only when furniture split the turn: a single piece
    // would just repeat begin/end.
    if (u.pieces.size() > 1) {
        json pieces = json::array();
        for (const byte_span& s : u.pieces) pieces.push_back(json::array({s.begin, s.end}));
        j["pieces"] = std::move(pieces);
    }
    json questions = json::array();
    for (const question& q : u.questions)
        questions.push_back({{"text", str(q.text)}, {"begin", q.span.begin}, {"end", q.span.end}});
    j["questions"] = std::move(questions);
    return j;
}

json build(const transcript& t) {
    const source_info& src = t.source();
    json doc = {{"format", "ect-transcript"},
                {"version", 1},
                {"source", {{"name", src.name}, {"bytes", src.bytes}, {"encoding", src.encoding}}},
                {"kind", str(to_string(t.kind()))},
                {"dialect", str(t.dialect())},
                {"language", str(t.language())},
                {"metadata", metadata_json(t.metadata())}};

    // Each list is built on its own and moved in: ordered_json keeps its keys
    // in a vector, so a reference into `doc` would dangle on the next key.
    json people = json::array();
    for (const participant& p : t.participants()) people.push_back(participant_json(p));
    doc["participants"] = std::move(people);

    json sections = json::array();
    for (const section& s : t.sections())
        sections.push_back({{"kind", str(to_string(s.kind))}, {"begin", s.span.begin}, {"end", s.span.end}});
    doc["sections"] = std::move(sections);

    json turns = json::array();
    for (const turn& u : t.turns()) turns.push_back(turn_json(u));
    doc["turns"] = std::move(turns);

    json exchanges = json::array();
    for (const exchange& e : t.exchanges()) {
        exchanges.push_back({{"index", e.index},
                             {"asker", e.asker},
                             {"question_turns", index_list(e.question_turns)},
                             {"answer_turns", index_list(e.answer_turns)}});
    }
    doc["exchanges"] = std::move(exchanges);

    json statements = json::array();
    for (const statement& s : t.statements()) {
        statements.push_back({{"participant", s.participant},
                              {"cue", str(s.cue)},
                              {"direct", s.direct},
                              {"text", str(s.text)},
                              {"begin", s.span.begin},
                              {"end", s.span.end}});
    }
    doc["statements"] = std::move(statements);

    json skipped = json::array();
    for (const ect::skipped& s : t.skipped())
        skipped.push_back({{"kind", str(to_string(s.kind))}, {"begin", s.span.begin}, {"end", s.span.end}});
    doc["skipped"] = std::move(skipped);

    json diagnostics = json::array();
    for (const diagnostic& d : t.diagnostics()) {
        diagnostics.push_back({{"severity", str(to_string(d.severity))},
                               {"code", d.code},
                               {"line", d.line},
                               {"column", d.column},
                               {"offset", d.offset},
                               {"message", d.message}});
    }
    doc["diagnostics"] = std::move(diagnostics);
    return doc;
}

} // namespace

std::string to_json(const transcript& t, int indent) {
    // The text is validated UTF-8, but a replacement character beats an
    // exception should a derived string ever slip through unchecked.
    return build(t).dump(indent < 0 ? -1 : indent, ' ', false, nlohmann::json::error_handler_t::replace);
}

} // namespace ect
