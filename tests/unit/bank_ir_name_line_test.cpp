// Bank investor-relations transcripts headed by a line per turn: bare
// names (BofA, UBS), "Name, Firm" (Barclays, UBS analysts) and
// "Name – Firm – Title" (TD), on look-alike fixtures of our own.
#include "support.hpp"

#include <ect/ect.hpp>

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>

namespace {

ect::transcript load(const char* name) { return ect_test::load_fixture(std::string("bank_ir_name_line/") + name); }

} // namespace

using ect_test::count_skipped;
using ect_test::person;
using ect_test::speaker;

TEST_CASE("bare name lines with a roster, a Q&A heading and operator lines", "[bank-ir-name-line]") {
    const ect::transcript t = load("bare_names.txt");
    CHECK(t.dialect() == "bank-ir-name-line");
    REQUIRE(t.turns().size() == 10);
    CHECK(speaker(t, 0) == "Nora Whitfield");
    CHECK(speaker(t, 1) == "Tobias Crane");
    CHECK(speaker(t, 2) == "Operator");
    CHECK(speaker(t, 3) == "Dale Fennimore");
    CHECK(speaker(t, 4) == "Tobias Crane");
    CHECK(speaker(t, 5) == "Dale Fennimore");
    CHECK(speaker(t, 6) == "Operator");
    CHECK(speaker(t, 7) == "Priya Okafor");
    CHECK(speaker(t, 8) == "Nora Whitfield");
    CHECK(speaker(t, 9) == "Nora Whitfield");

    CHECK(t.turns()[0].section == ect::section_kind::presentation);
    CHECK(t.turns()[1].section == ect::section_kind::presentation);
    CHECK(t.turns()[2].section == ect::section_kind::qa);
    CHECK(t.turns()[8].section == ect::section_kind::qa);
    // "I think that's all our questions" opens the closing.
    CHECK(t.turns()[9].section == ect::section_kind::closing);

    // The running header cuts Tobias Crane's remarks mid-sentence: two pieces,
    // the header left out of the text and kept as skipped spans.
    const ect::turn& split = t.turns()[1];
    REQUIRE(split.pieces.size() == 2);
    CHECK(t.slice(split.pieces[0]).ends_with("from the fourth quarter, as"));
    CHECK(t.slice(split.pieces[1]) == "deposit costs eased. Expenses were flat.");
    CHECK(split.text.find("Earnings Announcement") == std::string_view::npos);
    CHECK(count_skipped(t, ect::skip_kind::page_header) == 6);
    CHECK(count_skipped(t, ect::skip_kind::page_number) == 3);
    // The disclaimer after the last turn is boilerplate, not speech.
    CHECK(count_skipped(t, ect::skip_kind::boilerplate) == 2);
    CHECK(t.turns()[9].text.find("Disclaimer") == std::string_view::npos);

    const auto& nora = person(t, "Nora Whitfield");
    CHECK(nora.role == ect::role::executive);
    CHECK(nora.title == "Chair and CEO");
    const auto& dale = person(t, "Dale Fennimore");
    CHECK(dale.role == ect::role::analyst);
    CHECK(dale.firm.name == "Larchmont Securities");
    CHECK(person(t, "Priya Okafor").firm.canonical == "Wells Fargo");
    CHECK(person(t, "Operator").role == ect::role::operator_);

    REQUIRE(t.exchanges().size() == 2);
    CHECK(t.exchanges()[0].question_turns == std::vector<std::size_t>{3, 5});
    CHECK(t.exchanges()[0].answer_turns == std::vector<std::size_t>{4});
    CHECK(t.exchanges()[1].question_turns == std::vector<std::size_t>{7});
    CHECK(t.exchanges()[1].answer_turns == std::vector<std::size_t>{8});
}

TEST_CASE("bare executive names and \"Name, Firm\" analysts without a roster", "[bank-ir-name-line]") {
    const ect::transcript t = load("name_firm.txt");
    CHECK(t.dialect() == "bank-ir-name-line");
    REQUIRE(t.turns().size() == 12);
    CHECK(speaker(t, 0) == "Sabine Leutwyler");
    CHECK(t.turns()[0].section == ect::section_kind::presentation);
    CHECK(t.turns()[3].label == "Lena Hartmann, Goldman Sachs");
    CHECK(speaker(t, 3) == "Lena Hartmann");
    CHECK(t.turns()[5].label == "Lena Hartmann");
    CHECK(speaker(t, 5) == "Lena Hartmann");
    // The header splits Matthias Oberholzer's remarks across the page break.
    CHECK(t.turns()[1].pieces.size() == 2);
    CHECK(t.turns()[1].text.ends_with("and we\nremain on track with our buyback programme."));

    CHECK(person(t, "Lena Hartmann").role == ect::role::analyst);
    CHECK(person(t, "Lena Hartmann").firm.canonical == "Goldman Sachs");
    CHECK(person(t, "Ruben Castellanos").firm.name == "Brightwater Capital");
    CHECK(person(t, "Matthias Oberholzer").role == ect::role::executive);
    CHECK(person(t, "Sabine Leutwyler").role == ect::role::executive);

    // The operator's "no further questions" and the sign-off after it close the call.
    CHECK(t.turns()[9].section == ect::section_kind::qa);
    CHECK(t.turns()[10].section == ect::section_kind::closing);
    CHECK(t.turns()[11].section == ect::section_kind::closing);
    REQUIRE(t.exchanges().size() == 2);
    CHECK(t.exchanges()[1].question_turns == std::vector<std::size_t>{7});
    CHECK(t.exchanges()[1].answer_turns == std::vector<std::size_t>{8, 9});
}

TEST_CASE("a Q&A-only transcript: \"Name, Firm\" analysts, \"Name, Title\" executives", "[bank-ir-name-line]") {
    const ect::transcript t = load("qa_only.txt");
    REQUIRE(t.turns().size() == 10);
    for (std::size_t i = 0; i < 9; ++i) CHECK(t.turns()[i].section == ect::section_kind::qa);
    CHECK(t.sections().front().kind == ect::section_kind::preamble);

    // Bracketed editorial inserts stay in the text.
    CHECK(t.turns()[0].text.find("[Net Interest Margin]") != std::string_view::npos);
    CHECK(person(t, "Oliver Pembridge").firm.name == "Castleton Partners");
    CHECK(person(t, "Oliver Pembridge").role == ect::role::analyst);
    CHECK(person(t, "Harriet Vale").role == ect::role::executive);
    CHECK(person(t, "Harriet Vale").title == "Group Finance Director");
    CHECK(person(t, "Edmund Carrow").title == "Group Chief Executive");
    // "Jasper Quill , Wexford Securities": the stray space stays out of the name.
    CHECK(person(t, "Jasper Quill").firm.name == "Wexford Securities");
    // Named with no firm, after "can we go to the next question": an analyst.
    CHECK(person(t, "Fiona Ashdown").role == ect::role::analyst);

    // The end of questions declared at the end of a long answer: that turn
    // stays in the Q&A, the sign-off after it is the closing.
    CHECK(t.turns()[8].section == ect::section_kind::qa);
    CHECK(t.turns()[9].section == ect::section_kind::closing);
    CHECK(count_skipped(t, ect::skip_kind::boilerplate) == 2);

    REQUIRE(t.exchanges().size() == 3);
    CHECK(t.exchanges()[0].question_turns == std::vector<std::size_t>{0});
    CHECK(t.exchanges()[0].answer_turns == std::vector<std::size_t>{1, 2, 3});
    CHECK(t.exchanges()[1].question_turns == std::vector<std::size_t>{4, 6});
    CHECK(t.exchanges()[2].question_turns == std::vector<std::size_t>{7});
}

TEST_CASE("name lines \"Name – Firm – Title\" under letter-spaced headings", "[bank-ir-name-line]") {
    const ect::transcript t = load("dash_firm_title.txt");
    CHECK(t.dialect() == "bank-ir-name-line");
    REQUIRE(t.turns().size() == 7);
    // The roster (name line, then "Firm – Title") makes no turns.
    CHECK(speaker(t, 0) == "Elaine Fournier");
    CHECK(t.turns()[0].label == "Elaine Fournier – Maple Shore Financial – Group President and CEO");
    CHECK(t.turns()[0].text.starts_with("Thank you, operator. Good morning, everyone.\nAlso present"));
    CHECK(t.turns()[0].section == ect::section_kind::presentation);
    CHECK(t.turns()[2].role == ect::role::operator_);
    CHECK(t.turns()[2].section == ect::section_kind::qa);
    CHECK(t.turns()[4].text == "Clients are coping well so far, and arrears remain below where they were\nbefore the pandemic.");
    CHECK(t.turns()[5].section == ect::section_kind::closing);
    CHECK(t.turns()[6].section == ect::section_kind::closing);

    const auto& gordon = person(t, "Gordon Lasalle");
    CHECK(gordon.role == ect::role::analyst);
    CHECK(gordon.firm.name == "Northgate Capital Markets");
    CHECK(gordon.turns == 1);
    const auto& victor = person(t, "Victor Amadi");
    CHECK(victor.role == ect::role::executive);
    CHECK(victor.title == "Chief Financial Officer");
    // Executives named as present in the remarks, who do not speak.
    const auto& nadia = person(t, "Nadia Brook");
    CHECK(nadia.role == ect::role::executive);
    CHECK(nadia.title == "Group Head, Retail Banking");
    CHECK(nadia.turns == 0);
    CHECK(person(t, "Owen Pike").title == "Chief Risk Officer");
    CHECK(t.participants().size() == 6);

    REQUIRE(t.exchanges().size() == 1);
    CHECK(t.exchanges()[0].question_turns == std::vector<std::size_t>{3});
    CHECK(t.exchanges()[0].answer_turns == std::vector<std::size_t>{4});
}

namespace {

// Name lines of our own, one name used once at each end of the call.
constexpr std::string_view once_text =
        "Alpine Crest Group AG \xE2\x80\x93 Second quarter 2031 results\n"
        "28 July 2031\n"
        "Nadine Keller\n"
        "Good morning, and welcome. With that, I hand over to Matthias.\n"
        "Matthias Oberholzer\n"
        "Thank you, Nadine. Net profit was 2.1 billion dollars. Our capital\n"
        "Capital Strength\n"
        "position remains strong.\n"
        "\fAlpine Crest Group AG \xE2\x80\x93 Second quarter 2031 results\n"
        "Q&A\n"
        "Lena Hartmann, Goldman Sachs\n"
        "What is the outlook for Asia? And for costs?\n"
        "Matthias Oberholzer\n"
        "Costs are unchanged. Florian will cover Asia.\n"
        "Florian Brandt\n"
        "Asia net new assets were 9 billion, driven by Singapore.\n"
        "Ruben Castellanos, Brightwater Capital\n"
        "Is the buyback on track? Thank you.\n"
        "Matthias Oberholzer\n"
        "Yes, it is.\n"
        "Net Interest Income\n"
        "Our net interest income rose, as you will have seen.\n";

} // namespace

TEST_CASE("a name line heads a turn even when it is used once", "[bank-ir-name-line]") {
    const ect::transcript t = ect::parse(std::string(once_text));
    CHECK(t.dialect() == "bank-ir-name-line");
    // The head of investor relations only opens the call.
    REQUIRE(t.turns().size() >= 2);
    CHECK(speaker(t, 0) == "Nadine Keller");
    CHECK(t.turns()[0].text == "Good morning, and welcome. With that, I hand over to Matthias.");
    // A divisional head answers once.
    const auto florian = std::find_if(t.turns().begin(), t.turns().end(),
                                      [](const ect::turn& u) { return u.label == "Florian Brandt"; });
    REQUIRE(florian != t.turns().end());
    CHECK(florian->text == "Asia net new assets were 9 billion, driven by Singapore.");
    CHECK(person(t, "Florian Brandt").role == ect::role::executive);
    // Capitalised lines that are no names stay text: one runs on from a
    // sentence, the other's words are written in lower case elsewhere.
    CHECK(ect_test::find_person(t, "Capital Strength") == nullptr);
    CHECK(ect_test::find_person(t, "Net Interest Income") == nullptr);
    CHECK(t.turns().back().text ==
          "Yes, it is.\nNet Interest Income\nOur net interest income rose, as you will have seen.");
}

TEST_CASE("a name line used once heads a turn in the generic layout too", "[bank-ir-name-line]") {
    // Without its page breaks and running headers the same text is in no
    // provider's layout.
    std::string text(once_text);
    for (std::size_t at; (at = text.find("Alpine Crest Group AG")) != std::string::npos;)
        text.erase(at, text.find('\n', at) + 1 - at);
    text.erase(text.find('\f'), 1);
    const ect::transcript t = ect::parse(std::move(text));
    CHECK(t.dialect() == "generic");
    CHECK(speaker(t, 0) == "Nadine Keller");
    CHECK(person(t, "Florian Brandt").turns == 1);
    CHECK(ect_test::find_person(t, "Capital Strength") == nullptr);
    CHECK(ect_test::find_person(t, "Net Interest Income") == nullptr);
}
