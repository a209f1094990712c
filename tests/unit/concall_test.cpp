// Indian concall transcripts (the `concall` dialect) and English call text
// without speaker labels, on fixtures of our own.
#include "attribute/metadata.hpp"
#include "dialects/concall_roster.hpp"
#include "support.hpp"

#include <ect/ect.hpp>

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>

namespace {

bool has_alias(const ect::participant& p, std::string_view alias) {
    return std::find(p.aliases.begin(), p.aliases.end(), alias) != p.aliases.end();
}

const ect::transcript& kestrel() { return ect_test::cached_fixture("concall/kestrel_q3fy24.txt"); }

} // namespace

using ect_test::find_person;

TEST_CASE("a concall is read by the concall dialect, its metadata from the title page", "[concall]") {
    const auto& t = kestrel();
    CHECK(t.kind() == ect::document_kind::transcript);
    CHECK(t.dialect() == "concall");
    CHECK(t.language() == "en");
    REQUIRE(t.metadata().company);
    CHECK(t.metadata().company->name == "Kestrel Pumps Limited");
    REQUIRE(t.metadata().period);
    // Indian fiscal years are named by the year they end in: Q3 FY24 is fiscal 2024.
    CHECK(t.metadata().period->fiscal_year == 2024);
    CHECK(t.metadata().period->fiscal_quarter == 3);
    CHECK(t.metadata().date == "2024-01-30");
}

TEST_CASE("the exchange cover letter is boilerplate, never turns", "[concall]") {
    const auto& t = kestrel();
    REQUIRE(t.turns().size() == 17);
    CHECK(t.turns()[0].label == "Moderator");
    CHECK(t.turns()[0].role == ect::role::operator_);
    CHECK(t.turns()[0].section == ect::section_kind::presentation);
    const std::size_t letter_end = t.text().find("Encl: As above") + 14;
    CHECK(t.turns()[0].span.begin > letter_end);
    const auto cover = std::find_if(t.skipped().begin(), t.skipped().end(),
                                    [](const ect::skipped& s) { return s.kind == ect::skip_kind::boilerplate; });
    REQUIRE(cover != t.skipped().end());
    CHECK(cover->span.begin == 0);
    CHECK(t.slice(cover->span).substr(0, 18) == "KESTREL PUMPS LTD.");
    CHECK(cover->span.end == letter_end);
    REQUIRE(!t.sections().empty());
    CHECK(t.sections()[0].kind == ect::section_kind::preamble);
    CHECK(t.sections()[0].span.end > letter_end);
}

TEST_CASE("the title-page roster in capitals links to the labels", "[concall]") {
    const auto& t = kestrel();
    const auto* menon = find_person(t, "Arvind Menon");
    REQUIRE(menon);
    CHECK(menon->role == ect::role::executive);
    CHECK(menon->title == "MANAGING DIRECTOR");
    CHECK(menon->firm.name == "KESTREL PUMPS LIMITED");
    CHECK(has_alias(*menon, "ARVIND K. MENON"));
    CHECK(menon->turns == 4);
    // An entry wrapped over two lines keeps its firm, given on one line.
    const auto* rao = find_person(t, "Nisha Rao");
    REQUIRE(rao);
    CHECK(rao->role == ect::role::executive);
    CHECK(rao->title == "CHIEF FINANCIAL OFFICER");
    CHECK(std::find(rao->titles.begin(), rao->titles.end(), "CFO") != rao->titles.end());
    CHECK(rao->firm.name == "KESTREL PUMPS LIMITED");
    // The MODERATOR entry hosts the call.
    const auto* bedi = find_person(t, "Tarun Bedi");
    REQUIRE(bedi);
    CHECK(bedi->role == ect::role::operator_);
    CHECK(find_person(t, "ARVIND K. MENON") == nullptr);
}

TEST_CASE("page headers and footers between pages are left out of a concall turn", "[concall]") {
    const auto& t = kestrel();
    const auto& remarks = t.turns()[2];
    CHECK(remarks.label == "Arvind Menon");
    CHECK(remarks.section == ect::section_kind::presentation);
    REQUIRE(remarks.pieces.size() == 2);
    CHECK(remarks.text.find("Page 3 of 4") == std::string_view::npos);
    CHECK(remarks.text.find("January 30") == std::string_view::npos);
    CHECK(remarks.text.substr(remarks.text.size() - 20) == "take your questions.");
    // "Order Intake:" opens a wrapped line of the remarks; the text writes
    // "order intake" in lower case too, so it is no speaker.
    CHECK(remarks.text.find("14%.\nOrder Intake: it stayed strong") != std::string_view::npos);
    const auto header = std::find_if(t.skipped().begin(), t.skipped().end(),
                                     [&](const ect::skipped& s) { return t.slice(s.span) == "Page 3 of 4"; });
    CHECK(header != t.skipped().end());
}

TEST_CASE("concall analysts come from the moderator's introductions", "[concall]") {
    const auto& t = kestrel();
    const auto* iyer = find_person(t, "Rohan Iyer");
    REQUIRE(iyer);
    CHECK(iyer->role == ect::role::analyst);
    CHECK(iyer->firm.name == "Blue Heron Capital");
    // "Kavya\nPillai form Sandpiper …": a name wrapped over lines, "form" for
    // "from"; the later labels "Ms. Kavya Pillai" and "K. Pillai" are one person.
    const auto* pillai = find_person(t, "Kavya Pillai");
    REQUIRE(pillai);
    CHECK(pillai->role == ect::role::analyst);
    CHECK(pillai->firm.name == "Sandpiper Asset Managers");
    CHECK(pillai->turns == 2);
    CHECK(has_alias(*pillai, "K. Pillai"));
    CHECK(t.turns()[9].label == "Ms. Kavya Pillai");
    CHECK(t.turns()[9].text == "Hi, thank you. How large is the export order book today?");
    CHECK(find_person(t, "K. Pillai") == nullptr);
}

TEST_CASE("a concall speaker labelled once after a finished sentence is a turn", "[concall]") {
    const auto& t = kestrel();
    CHECK(t.turns()[13].label == "Sunil Varma");
    CHECK(t.turns()[13].text == "Let me add that the foundry line should start in June.");
    CHECK(t.turns()[12].text == "Around Rs. 60 crores, mostly for the new foundry line.");
    const auto* varma = find_person(t, "Sunil Varma");
    REQUIRE(varma);
    CHECK(varma->role == ect::role::executive);
}

TEST_CASE("concall sections and exchanges", "[concall]") {
    const auto& t = kestrel();
    CHECK(t.turns()[3].section == ect::section_kind::qa);
    CHECK(t.turns()[12].section == ect::section_kind::qa);
    // "That was the last question" hands over to the closing.
    CHECK(t.turns()[13].section == ect::section_kind::qa);
    CHECK(t.turns()[14].section == ect::section_kind::closing);
    CHECK(t.turns()[16].section == ect::section_kind::closing);
    REQUIRE(t.exchanges().size() == 2);
    CHECK(t.exchanges()[0].question_turns == std::vector<std::size_t>{4, 6});
    CHECK(t.exchanges()[0].answer_turns == std::vector<std::size_t>{5, 7});
    CHECK(t.exchanges()[1].question_turns == std::vector<std::size_t>{9, 11});
    CHECK(t.exchanges()[1].answer_turns == std::vector<std::size_t>{10, 12, 13});
}

namespace {

// A short concall of our own: two moderator labels, the "from the line of" cue.
ect::transcript concall_of(std::string_view qa) {
    std::string text = "Tamarind Fibres Limited\nQ2 FY25 Earnings Conference Call\n"
                       "Moderator: Ladies and gentlemen, welcome. I now hand over to Mr. Vikram Sethi.\n"
                       "Vikram Sethi: Thank you. Volumes grew 9% in the quarter.\n"
                       "Moderator: Thank you. The first question is from the line of Arjun Kapoor from Lotus "
                       "Capital. Please go ahead.\n";
    text += qa;
    return ect::parse(std::move(text));
}

} // namespace

TEST_CASE("a concall answer labelled \"Management:\" is the company's", "[concall]") {
    const ect::transcript t = concall_of("Arjun Kapoor: What is the share of exports?\n"
                                         "Management: Arjun, exports are about a third of revenue.\n"
                                         "Moderator: The next question is from the line of Meera Joshi from Kite "
                                         "Securities. Please go ahead.\n"
                                         "Meera Joshi: What is the capex plan?\n"
                                         "Vikram Sethi: Around Rs. 80 crores.\n");
    REQUIRE(t.turns().size() == 8);
    CHECK(t.turns()[3].text == "What is the share of exports?");
    CHECK(t.turns()[4].label == "Management");
    CHECK(t.turns()[4].role == ect::role::executive);
    REQUIRE(t.exchanges().size() == 2);
    CHECK(t.exchanges()[0].answer_turns == std::vector<std::size_t>{4});
}

TEST_CASE("a concall check of the line is no question and keeps the analyst's slot", "[concall]") {
    const ect::transcript t = concall_of("Arjun Kapoor: Hello, am I audible?\n"
                                         "Moderator: Yes, you are audible, sir.\n"
                                         "Arjun Kapoor: Thank you. What is the share of exports?\n"
                                         "Vikram Sethi: About a third.\n"
                                         "Moderator: The next question is from the line of Meera Joshi from Kite "
                                         "Securities. Please go ahead.\n"
                                         "Meera Joshi: What is the capex plan?\n"
                                         "Vikram Sethi: Around Rs. 80 crores.\n");
    REQUIRE(t.turns().size() == 10);
    CHECK(t.turns()[3].questions.empty());
    REQUIRE(t.exchanges().size() == 2);
    CHECK(t.exchanges()[0].question_turns == std::vector<std::size_t>{3, 5});
    CHECK(t.exchanges()[0].answer_turns == std::vector<std::size_t>{6});
}

TEST_CASE("a roster heading is told from a moderator's turn", "[concall]") {
    using ect::dialects::india::roster_head;
    ect::role r{};
    std::size_t body = 0;
    CHECK(roster_head("MODERATOR: MR. TARUN BEDI \xE2\x80\x93 NORTHGATE SECURITIES", r, body));
    CHECK(r == ect::role::operator_);
    CHECK(body == 11);
    CHECK(roster_head("MANAGEMENT: MS. NISHA RAO \xE2\x80\x93 CFO", r, body));
    CHECK(r == ect::role::executive);
    CHECK_FALSE(roster_head("Moderator: Ladies and gentlemen, good day.", r, body));
    CHECK_FALSE(roster_head("MODERATOR: LADIES AND GENTLEMEN", r, body));
    // Rosters without honorifics: a known heading, then "NAME – …" in capitals.
    CHECK(roster_head("MODERATOR: RAJ SHAH \xE2\x80\x93 EXAMPLE SECURITIES", r, body));
    CHECK(r == ect::role::operator_);
    CHECK_FALSE(roster_head("NOTE: RAJ SHAH \xE2\x80\x93 EXAMPLE SECURITIES", r, body));
    CHECK(ect::dialects::india::honorific_length("Mr. Vikas") == 4);
    CHECK(ect::dialects::india::honorific_length("Mrinal") == 0);
}

TEST_CASE("call text without speaker labels is one unknown-speaker turn per paragraph", "[unlabelled]") {
    const ect::transcript t = ect_test::load_fixture("unlabelled/lumen_orchard_flat.txt");
    CHECK(t.kind() == ect::document_kind::transcript);
    REQUIRE(t.turns().size() == 2);
    for (const auto& turn : t.turns()) {
        CHECK_FALSE(turn.participant.has_value());
        CHECK(turn.role == ect::role::unknown);
        CHECK(turn.label.empty());
        CHECK(t.slice(turn.span) == turn.text);
    }
    CHECK(t.turns()[0].text.substr(0, 12) == "Good day and");
    CHECK(t.turns()[1].text.substr(0, 10) == "Thank you.");
    CHECK(t.participants().empty());
    CHECK(t.exchanges().empty());
    const auto warn = std::find_if(t.diagnostics().begin(), t.diagnostics().end(),
                                   [](const ect::diagnostic& d) { return d.code == "no-speaker-labels"; });
    REQUIRE(warn != t.diagnostics().end());
    CHECK(warn->severity == ect::severity::warning);
    REQUIRE(t.metadata().period);
    CHECK(t.metadata().period->fiscal_year == 2025);
}

TEST_CASE("text that is no call stays unknown without labels", "[unlabelled]") {
    const ect::transcript list = ect::parse("eggs\nmilk\nbread\napples\ncoffee beans\nwashing-up liquid\n");
    CHECK(list.kind() == ect::document_kind::unknown);
    CHECK(list.turns().empty());

    std::string article;
    for (int i = 0; i < 40; ++i)
        article += "The heron waded slowly through the reeds at the edge of the lake while the morning mist lifted. ";
    article += "\n\nBy noon the wind had turned and the boats came back to the little harbour.\n";
    const ect::transcript prose = ect::parse(article);
    CHECK(prose.kind() == ect::document_kind::unknown);
    CHECK(prose.turns().empty());
    const auto warn = std::find_if(prose.diagnostics().begin(), prose.diagnostics().end(),
                                   [](const ect::diagnostic& d) { return d.code == "no-speaker-labels"; });
    CHECK(warn != prose.diagnostics().end());
}

TEST_CASE("a concall's closing disclaimer and notes are not the moderator's words", "[concall]") {
    const std::string doc = "Moderator: Ladies and gentlemen, welcome to the call. I now hand over to Mr. Arvind Menon.\n"
                            "Arvind Menon: Thank you. Revenue was Rs. 624 crores.\n"
                            "Moderator: Thank you. The first question is from the line of Rohan Iyer from Blue Heron Capital.\n"
                            "Rohan Iyer: What is the capex plan?\n"
                            "Arvind Menon: Around Rs. 150 crores.\n"
                            "Moderator: Thank you. That concludes this conference. Thank\n"
                            "you for joining us.\n"
                            "Disclaimer: This transcript has been edited for readability and does not purport to be\n"
                            "a verbatim record of the proceedings.\n"
                            "Note: 1. This document has been edited to improve readability.\n";
    const ect::transcript t = ect::parse(doc);
    REQUIRE(!t.turns().empty());
    CHECK(t.turns().back().text == "Thank you. That concludes this conference. Thank\nyou for joining us.");
    CHECK(ect_test::skipped_as(t, ect::skip_kind::boilerplate, "a verbatim record of the proceedings."));
    CHECK(ect_test::skipped_as(t, ect::skip_kind::boilerplate, "Note: 1. This document has been edited to improve readability."));
}

TEST_CASE("an Indian title joins the quarter to the fiscal year or the half to date", "[concall][metadata]") {
    const auto& t = ect_test::cached_fixture("concall/saffron_q2h1fy25.txt");
    CHECK(t.dialect() == "concall");
    REQUIRE(t.metadata().company);
    CHECK(t.metadata().company->name == "Saffron Looms Limited");
    REQUIRE(t.metadata().period);
    CHECK(t.metadata().period->fiscal_year == 2025);
    CHECK(t.metadata().period->fiscal_quarter == 2);
    CHECK(t.metadata().period->text == "Q2 & H1 FY25");
    CHECK(t.metadata().date == "2024-11-12");
}

TEST_CASE("Indian period forms name the fiscal year by the year it ends in", "[concall][metadata]") {
    struct form {
        std::string_view text;
        int year, quarter;
        std::size_t length;
    };
    for (const form f : {form{"Q4 & FY24 Earnings Conference Call", 2024, 4, 9}, form{"Q2 & H1 FY25 Earnings Call", 2025, 2, 12},
                         form{"Q3 and 9M FY25 Earnings Call", 2025, 3, 14}, form{"Q3 FY2024-25 Results Conference Call", 2025, 3, 12},
                         form{"Q2 FY 2024\xE2\x80\x93" "25 Earnings Call", 2025, 2, 15}, form{"Q4 & FY24-25 Earnings Call", 2025, 4, 12},
                         form{"Q1FY26 Earnings Call", 2026, 1, 6}, form{"Q4FY24 Earnings Call", 2024, 4, 6}}) {
        INFO(f.text);
        const ect::attribute::period_match m = ect::attribute::period_at(f.text);
        CHECK(m.year == f.year);
        CHECK(m.quarter == f.quarter);
        CHECK(m.length == f.length);
    }
    // The fiscal year first, then the quarter, reads as the quarter first
    // does, in Indian and English titles alike; and "3Q" takes a fiscal
    // year as "Q3" does.
    for (const form f : {form{"FY2024-25 Q4 Earnings Call", 2025, 4, 12}, form{"FY 2024-25 Q4 Earnings Call", 2025, 4, 13},
                         form{"FY24-25 Q4 Earnings Call", 2025, 4, 10}, form{"FY 24\xE2\x80\x93" "25 Q4", 2025, 4, 13},
                         form{"FY25 Q4 Earnings Call", 2025, 4, 7}, form{"FY2025 Q4 Earnings Call", 2025, 4, 9},
                         form{"FY2024-25 Fourth Quarter Results", 2025, 4, 24}, form{"Fiscal 2024 Q3 Results", 2024, 3, 14},
                         form{"FY24 Q3 Results", 2024, 3, 7}, form{"Fiscal Year 2024-25 Q3", 2025, 3, 22},
                         form{"Fourth Quarter of FY2024-25", 2025, 4, 27}, form{"Q3 FY2024-2025 Earnings Call", 2025, 3, 14},
                         form{"3Q FY24 Earnings Call", 2024, 3, 7}, form{"1QFY2024-25 Results", 2025, 1, 11},
                         form{"FY2024 1Q Financial Results", 2024, 1, 9}, form{"FY24 3Q Results", 2024, 3, 7}}) {
        INFO(f.text);
        const ect::attribute::period_match m = ect::attribute::period_at(f.text);
        CHECK(m.year == f.year);
        CHECK(m.quarter == f.quarter);
        CHECK(m.length == f.length);
    }
    // A joined quarter needs a fiscal year after it; a year not followed by
    // the next one keeps its own ("Q3 2024-10" is no fiscal year 2024-25).
    CHECK(ect::attribute::period_at("Q1 and 2 2024").length == 0);
    const ect::attribute::period_match dated = ect::attribute::period_at("Q3 2024-10-01");
    CHECK(dated.year == 2024);
    CHECK(dated.length == 7);
}

TEST_CASE("a cover letter's subject line gives the period but never the company", "[concall][metadata]") {
    const auto& t = ect_test::cached_fixture("concall/marigold_q4fy24_letter.txt");
    CHECK(t.dialect() == "concall");
    REQUIRE(t.metadata().company);
    CHECK(t.metadata().company->name == "Marigold Ceramics Limited");
    CHECK(t.metadata().company->ticker == "MARIGOLD"); // the NSE symbol, preferred to the scrip code
    REQUIRE(t.metadata().period);
    CHECK(t.metadata().period->fiscal_year == 2024);
    CHECK(t.metadata().period->fiscal_quarter == 4);
    // The letter's date line is not the call's.
    CHECK(t.metadata().date == "2024-05-15");
}

namespace {

// A cover letter of our own whose call names no company beside its period.
ect::transcript letter_of(std::string_view letterhead, std::string_view addressee_and_subject, std::string_view signature) {
    std::string text(letterhead);
    text += "To,\n";
    text += addressee_and_subject;
    text += "Scrip Code: 538112\nDear Sir/Madam,\nPlease find enclosed the transcript of the call.\nYours faithfully,\n";
    text += signature;
    text += "Company Secretary\n\f"
            "Moderator: Ladies and gentlemen, welcome to the earnings call. I now hand over to Mr. Vikram Sethi.\n"
            "Vikram Sethi: Thank you. Volumes grew 9% in the quarter.\n"
            "Moderator: Thank you. The first question is from the line of Arjun Kapoor from Lotus Capital. Please go "
            "ahead.\nArjun Kapoor: What is the share of exports?\nVikram Sethi: About a third.\n";
    return ect::parse(std::move(text));
}

} // namespace

TEST_CASE("a cover letter's company is its signatory or letterhead and never an exchange", "[concall][metadata]") {
    {
        const ect::transcript t = letter_of("", "BSE Limited\nSub: Transcript of the Earnings Call for Q1 FY26\n",
                                            "For Tamarind Fibres Limited\nNeha Kulkarni\n");
        REQUIRE(t.metadata().company);
        CHECK(t.metadata().company->name == "Tamarind Fibres Limited");
        CHECK(t.metadata().company->ticker == "538112");
        REQUIRE(t.metadata().period);
        CHECK(t.metadata().period->fiscal_year == 2026);
    }
    {
        // A subject without its label under the addressee.
        const ect::transcript t = letter_of("TAMARIND FIBRES LTD.\n", "BSE Limited\nQ1 FY26 Earnings Call - Transcript\n",
                                            "Neha Kulkarni\n");
        REQUIRE(t.metadata().company);
        CHECK(t.metadata().company->name == "TAMARIND FIBRES LTD.");
    }
    {
        const ect::transcript t = letter_of("", "National Stock Exchange of India Limited\nSubject - Q3 FY2024-25 Earnings Call\n",
                                            "For and on behalf of Tamarind Fibres Ltd.\nNeha Kulkarni\n");
        REQUIRE(t.metadata().company);
        CHECK(t.metadata().company->name == "Tamarind Fibres Ltd.");
        REQUIRE(t.metadata().period);
        CHECK(t.metadata().period->fiscal_year == 2025);
    }
}

TEST_CASE("the line above a title that opens with its period is no company when it is a field or another page's",
          "[concall][metadata]") {
    const std::string call = "Moderator: Ladies and gentlemen, welcome to the earnings call. I now hand over to Mr. Vikram Sethi.\n"
                             "Vikram Sethi: Thank you. Volumes grew 9% in the quarter.\n";
    auto company_of = [&](std::string_view letter_end, std::string_view title) {
        std::string text = "BSE Limited\nSub: Transcript of the Earnings Call\nDear Sir/Madam,\n"
                           "Please find enclosed the transcript.\nFor Tamarind Fibres Limited\nNeha Kulkarni\n";
        text += letter_end;
        text += title;
        text += call;
        const ect::transcript t = ect::parse(std::move(text));
        return t.metadata().company ? std::string(t.metadata().company->name) : std::string();
    };
    // The letter's last line, a field, without a page break after it.
    CHECK(company_of("Encl: As above\n", "Q1 FY26 Earnings Call\n") == "Tamarind Fibres Limited");
    // The letter's last line on the page before the title's.
    CHECK(company_of("Company Secretary\n", "\fQ1 FY26 Earnings Call\n") == "Tamarind Fibres Limited");
    // A company above the title on its own page is still read.
    CHECK(company_of("Company Secretary\n", "\fSaffron Looms Limited\nQ1 FY26 Earnings Call\n") == "Saffron Looms Limited");
}

TEST_CASE("a cover letter longer than the header lines is still read to its signature", "[concall][metadata]") {
    // The signature stands on line 33, below the header lines; the call's
    // own title names the period but not the company.
    const auto& t = ect_test::cached_fixture("concall/tamarind_long_letter.txt");
    CHECK(t.dialect() == "concall");
    REQUIRE(t.metadata().company);
    CHECK(t.metadata().company->name == "Tamarind Fibres Limited");
    CHECK(t.metadata().company->ticker == "TAMFIB");
    CHECK(t.metadata().date == "2025-08-08");
    // The letter ends at the moderator's first words: a line of the call
    // that reads as a signature is no signature.
    std::string text = "BSE Limited\nSub: Transcript of the Earnings Call\nDear Sir/Madam,\n";
    for (int k = 0; k < 30; ++k) text += "Please find enclosed the transcript of the call.\n";
    text += "Moderator: Ladies and gentlemen, welcome to the earnings call. I now hand over to Mr. Vikram Sethi.\n"
            "Vikram Sethi: Thank you. Our subsidiary did well this year, and the plant there is run\n"
            "For Juniper Yarns Limited\nthe quarter was a record.\n";
    const ect::transcript call = ect::parse(std::move(text));
    CHECK_FALSE(call.metadata().company);
}

TEST_CASE("a title with the fiscal year before the quarter names the year it ends in", "[concall][metadata]") {
    const auto& t = ect_test::cached_fixture("concall/tamarind_long_letter.txt");
    REQUIRE(t.metadata().period);
    CHECK(t.metadata().period->fiscal_year == 2026);
    CHECK(t.metadata().period->fiscal_quarter == 1);
    CHECK(t.metadata().period->text == "FY2025-26 Q1");
}
