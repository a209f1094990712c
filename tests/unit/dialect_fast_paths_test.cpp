// The quicker ways the dialects and the label parsers answer, checked against
// the way they answered before, kept here as the reference: the person-name
// grammar as written first, the operator test without its byte tests, the
// byte test that passes over lines of speech, the closing cues searched one
// by one, and the case-insensitive search sixty-four bytes at a time.
#include "fast_paths_support.hpp"

#include "dialects/concall_roster.hpp"
#include "dialects/en_closing.hpp"
#include "dialects/factset_block.hpp"
#include "layout/document.hpp"
#include "layout/en_label.hpp"
#include "layout/person_name_rules.hpp"
#include "layout/x3_primitives.hpp"
#include "segment/draft.hpp"
#include "text/honorific.hpp"
#include "text/utf8.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <optional>
#include <random>
#include <string>
#include <string_view>
#include <vector>

namespace {

namespace x3 = boost::spirit::x3;
using namespace ect::layout::x3p;

// The person-name grammar of en_label.cpp as written first: the rest of a
// name word an X3 Kleene star, no guards before the literals. The pieces
// that did not change come from person_name_rules.hpp.
const auto name_word = upper_letter >> *(name_letter | ((x3::char_("'-") | x3::lit("\xE2\x80\x99")) >> &name_letter));
using ect::layout::name_rules::gap;
using ect::layout::name_rules::initials;
using ect::layout::name_rules::particle;
using ect::layout::name_rules::ph;
using ect::layout::name_rules::suffix;
const auto token = ph | initials | name_word | (particle >> &x3::lit(' '));
const auto person_name = token >> x3::repeat(0, 6)[(gap | x3::lit(", ") >> &suffix) >> (suffix | token)];
const auto operator_word = x3::no_case[x3::lit("operator") | x3::lit("moderator") | x3::lit("coordinator") |
                                       x3::lit("conference operator") | x3::lit("host")];

bool reference_prose(std::string_view name) {
    const auto& words = ect::layout::name_rules::prose_words;
    const std::string_view first = name.substr(0, name.find(' '));
    return std::find(std::begin(words), std::end(words), first) != std::end(words);
}

bool reference_person_name(std::string_view s) {
    s = ect::text::trim(s);
    if (s.empty() || s.size() > 64) return false;
    s.remove_prefix(ect::text::honorific_length(s)); // "Dr. Lisa Su"
    return matches_all(s, person_name) && !reference_prose(s);
}

bool reference_operator_name(std::string_view s) {
    s = ect::text::trim(s);
    if (s.size() < 4 || s.size() > 19) return false;
    return matches_all(s, operator_word);
}

// Texts to ask about: each line of every fixture and corpus file, the
// start of it up to each of its first marks (':', '(', ',', '-', 0xE2), and
// its first one to four words.
const std::vector<std::string>& samples() {
    static const std::vector<std::string> all = [] {
        std::vector<std::string> out;
        for (const std::string& t : ect_test::decoded_texts()) {
            const ect::layout::document doc(t);
            for (std::size_t i = 0; i < doc.size(); ++i) {
                const std::string_view s = doc.trimmed(i);
                if (s.empty()) continue;
                out.emplace_back(s.substr(0, 200));
                int marks = 0;
                for (std::size_t k = 0; k < s.size() && k < 120 && marks < 4; ++k)
                    if (s[k] == ':' || s[k] == '(' || s[k] == ',' || s[k] == '-' || s[k] == '\xE2')
                        out.emplace_back(s.substr(0, k)), ++marks;
                std::size_t words = 0;
                for (std::size_t k = 1; k < s.size() && k < 80 && words < 4; ++k)
                    if (s[k] == ' ' && s[k - 1] != ' ') out.emplace_back(s.substr(0, k)), ++words;
            }
        }
        // Names of every kind the grammar takes, and near misses.
        for (const char* extra : {"Tim Cook", "Timothy D. Cook", "A.M. Holloway", "DANA ROSS", "TimCook", "O'Brien Smith",
                                  "Anne-Sophie B\xC3\xA9ranger", "Juan de la Cruz", "Ludwig van der Rohe", "Ana del Toro",
                                  "John Smith Jr.", "John Smith, Jr.", "John Smith III", "John Smith IIIrd",
                                  "Kavya (ph) Pillai", "J Smith", "J. Smith", "D'Amico Rossi", "O\xE2\x80\x99Hara Lee",
                                  "Jean-", "Jean- Paul", "bin Salman Ali", "al Amin", "de Gaulle", "  Tim  Cook  ",
                                  "Operator", "conference operator", "MODERATOR", "Host", "Coordinator", "Hostess",
                                  "Operator:", "operator ", " Operator", "Thank you", "So, Tim", "Dr. Lisa Su", "Dr Lisa Su",
                                  "DR. LISA SU", "Dr.", "Dr. ", "Dr. thank you", "Mrs. Ng", "Ms Ng", "Prof. Ana Ruiz"})
            out.emplace_back(extra);
        return out;
    }();
    return all;
}

} // namespace

TEST_CASE("is_person_name answers as the grammar written rule by rule does", "[en_label][fast]") {
    std::size_t names = 0;
    for (const std::string& s : samples()) {
        INFO(s);
        const bool expected = reference_person_name(s);
        REQUIRE(ect::layout::is_person_name(s) == expected);
        names += expected;
    }
    CHECK(names > 100);
}

TEST_CASE("no person's name holds a spaced dash", "[en_label][fast]") {
    // bank-ir-name-line tries a line with one as "Name – Firm" only.
    std::size_t dashed = 0;
    for (const std::string& s : samples()) {
        if (s.find(" -") == std::string::npos && s.find(" \xE2") == std::string::npos) continue;
        ++dashed;
        INFO(s);
        REQUIRE_FALSE(reference_person_name(s));
    }
    CHECK(dashed > 100);
}

TEST_CASE("is_operator_name answers as the operator grammar alone does", "[en_label][fast]") {
    std::size_t operators = 0;
    for (const std::string& s : samples()) {
        INFO(s);
        const bool expected = reference_operator_name(s);
        REQUIRE(ect::layout::is_operator_name(s) == expected);
        operators += expected;
    }
    CHECK(operators > 10);
}

TEST_CASE("name_may_end_at_mark refuses only text that opens with no name", "[en_label][fast]") {
    std::size_t refused = 0;
    for (const std::string& s : samples()) {
        const std::string_view t = ect::text::trim(s);
        if (ect::layout::name_may_end_at_mark(t)) continue;
        ++refused;
        INFO(t);
        REQUIRE_FALSE(ect::layout::is_person_name(t));
        for (std::size_t k = 0; k < t.size(); ++k)
            if (t[k] == ':' || t[k] == '(' || t[k] == ',' || t[k] == '-' || t[k] == '\xE2')
                REQUIRE_FALSE(ect::layout::is_person_name(t.substr(0, k)));
    }
    CHECK(refused > 1000);
    CHECK(ect::layout::name_may_end_at_mark("Tim Cook - Chief Executive Officer"));
    CHECK(ect::layout::name_may_end_at_mark("Lena Hart , HSBC"));
    CHECK(ect::layout::name_may_end_at_mark("Claire Dumont (JP Morgan): Good morning."));
    CHECK_FALSE(ect::layout::name_may_end_at_mark("We see strong demand - and we said so: yes"));
}

TEST_CASE("find_ignoring_case finds what text::ifind finds in texts of many blocks", "[layout][document][fast]") {
    std::mt19937 rng(11);
    const std::string alphabet = "aAbBxX .-\n\r";
    for (int round = 0; round < 200; ++round) {
        std::string hay;
        const std::size_t n = 60 + rng() % 300;
        for (std::size_t k = 0; k < n; ++k) hay.push_back(alphabet[rng() % alphabet.size()]);
        for (std::string_view needle : {"ab", "aBx", "b", "x a", "ba-b", "AAAA", "-\r", "abababababababababab"})
            for (std::size_t from = 0; from <= hay.size(); from += 1 + rng() % 7)
                REQUIRE(ect::layout::find_ignoring_case(hay, needle, from) == ect::text::ifind(hay, needle, from));
    }
    // One match in each half of a sixty-four-byte turn, and at its very end.
    for (std::size_t at : {0, 31, 32, 63, 64, 100, 127, 190}) {
        std::string hay(200, 'z');
        hay.replace(at, 10, "Fool.COM x");
        CHECK(ect::layout::find_ignoring_case(hay, "fool.com") == at);
    }
}

TEST_CASE("find_closing finds the turn that searching each cue finds", "[dialects][closing][fast]") {
    static constexpr std::string_view ends[] = {
        "no further question", "no more question", "no other question", "not have any further question",
        "not have any more question", "concludes the question", "concludes our question", "conclude the question",
        "end of the question", "end of our question", "concludes today's question", "no questions at this time",
        "concludes the q&a", "concludes our q&a", "was the last question"};
    static constexpr std::string_view intros[] = {"next question", "question comes from", "question is from",
                                                  "question will come from", "question is coming from",
                                                  "from the line of", "follow-up question from", "question from"};
    auto any = [](std::string_view s, auto const& cues) {
        return std::any_of(std::begin(cues), std::end(cues),
                           [&](std::string_view c) { return ect::text::ifind(s, c) != std::string_view::npos; });
    };
    // Operator turns: each line of the texts, and phrases made to hit or
    // miss the cues around the word they share.
    std::vector<std::string> turns;
    for (const std::string& t : ect_test::decoded_texts()) {
        const ect::layout::document doc(t);
        for (std::size_t i = 0; i < doc.size(); ++i)
            if (!doc.trimmed(i).empty()) turns.emplace_back(doc.trimmed(i));
    }
    for (const char* made : {"There are No Further Questions.", "We have no questions at this time.",
                             "no questions at this", "That concludes the Q&A.", "Q&A concludes the", "questions",
                             "the next question, no more question", "question", "no further  question",
                             "That was the LAST question for the day", "x no other question"})
        turns.emplace_back(made);
    // Each window of turns is one draft; the answer is compared for each.
    for (std::size_t begin = 0; begin < turns.size(); begin += 7) {
        std::string text;
        ect::segment::draft d;
        for (std::size_t k = begin; k < turns.size() && k < begin + 12; ++k) {
            const std::size_t at = text.size();
            text += turns[k];
            ect::segment::turn_draft turn;
            turn.who.role = ect::role::operator_;
            turn.section = ect::section_kind::qa;
            turn.pieces.push_back({at, text.size()});
            d.turns.push_back(turn);
            text += '\n';
        }
        const ect::layout::document doc(text);
        std::optional<std::size_t> expected;
        for (std::size_t t = 0; t < d.turns.size(); ++t) {
            const auto& p = d.turns[t].pieces.front();
            const std::string_view said = std::string_view(text).substr(p.begin, p.end - p.begin);
            if (expected && any(said, intros)) expected.reset();
            if (!expected && any(said, ends)) expected = t;
        }
        INFO(text);
        REQUIRE(ect::dialects::en::find_closing(doc, d) == expected);
    }
}

TEST_CASE("lower_meets_upper finds what a look at each pair of bytes finds", "[dialects][factset][fast]") {
    auto each_pair = [](std::string_view s) {
        for (std::size_t p = 1; p < s.size(); ++p)
            if (s[p] >= 'A' && s[p] <= 'Z' && s[p - 1] >= 'a' && s[p - 1] <= 'z') return true;
        return false;
    };
    std::size_t met = 0;
    for (const std::string& s : samples()) {
        INFO(s);
        REQUIRE(ect::dialects::callstreet::lower_meets_upper(s) == each_pair(s));
        met += each_pair(s);
    }
    CHECK(met > 10);
    // Every place of the meeting in and across blocks of eight, and bytes
    // past ASCII that fold onto letters.
    for (std::size_t at = 1; at < 40; ++at) {
        std::string s(40, ' ');
        s[at - 1] = 'b', s[at] = 'C';
        CHECK(ect::dialects::callstreet::lower_meets_upper(s));
        s[at - 1] = '\xE1';
        CHECK_FALSE(ect::dialects::callstreet::lower_meets_upper(s));
        s[at - 1] = 'b', s[at] = '\xC3';
        CHECK_FALSE(ect::dialects::callstreet::lower_meets_upper(s));
    }
}

TEST_CASE("next_honorific_start stops where a look at each byte stops", "[dialects][concall][fast]") {
    auto each_byte = [](std::string_view s, std::size_t from) {
        for (std::size_t p = from; p < s.size(); ++p) {
            const char l = static_cast<char>(s[p] | 0x20);
            if ((p == 0 || s[p - 1] == ' ' || s[p - 1] == '\n') && (l == 'm' || l == 'd' || l == 's')) return p;
        }
        return std::string_view::npos;
    };
    std::vector<std::string> texts = samples();
    std::mt19937 rng(3);
    const std::string alphabet = "mMdDsSxX \n\r\xED\xCD";
    for (int round = 0; round < 300; ++round) {
        std::string t;
        for (std::size_t k = rng() % 70; k > 0; --k) t.push_back(alphabet[rng() % alphabet.size()]);
        texts.push_back(t);
    }
    std::size_t stops = 0;
    for (const std::string& t : texts)
        for (std::size_t from = 0; from <= t.size(); from += 1 + t.size() / 16) {
            INFO(t << " from " << from);
            const std::size_t expected = each_byte(t, from);
            REQUIRE(ect::dialects::india::next_honorific_start(t, from) == expected);
            stops += expected != std::string_view::npos;
        }
    CHECK(stops > 1000);
}

TEST_CASE("read_name_block finds every block of read_block that spans lines", "[dialects][factset][fast]") {
    std::size_t spanning = 0;
    for (const std::string& t : ect_test::decoded_texts()) {
        const ect::layout::document doc(t);
        for (std::size_t i = 0; i < doc.size(); ++i) {
            const auto whole = ect::dialects::callstreet::read_block(doc, i, {});
            const auto named = ect::dialects::callstreet::read_name_block(doc, i);
            INFO(doc.line(i));
            if (whole && whole->last > i) {
                ++spanning;
                REQUIRE(named);
                CHECK(named->last == whole->last);
                CHECK(named->who.name == whole->who.name);
                CHECK(named->who.title == whole->who.title);
                CHECK(named->who.firm == whole->who.firm);
                CHECK(named->who.role == whole->who.role);
            }
            if (named) REQUIRE((whole && whole->last == named->last));
        }
    }
    CHECK(spanning > 20);
}
