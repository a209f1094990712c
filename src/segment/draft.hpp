#pragma once
// The plain result of the layout stage: what a dialect found, as spans and
// raw label parts. The later stages (attribute/, qa/) turn it into the public
// model without knowing which dialect produced it.

#include <ect/types.hpp>

#include <boost/container/small_vector.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace ect::segment {

/// A speaker as a label or roster line gives it; views into the text or
/// into static tables.
struct speaker {
    std::string_view name;
    std::string_view title;
    std::string_view firm;
    std::string_view alias; ///< another spelling given with the label, e.g. a Latin form
    ect::role role = ect::role::unknown;
};

/// The text of a turn: most turns are one piece (furniture splits the
/// rest), kept in place rather than in an allocation of its own per turn.
using piece_list = boost::container::small_vector<byte_span, 1>;

struct turn_draft {
    speaker who;
    byte_span label;   ///< the label as written (empty when none)
    piece_list pieces; ///< the text, furniture left out
    section_kind section = section_kind::qa;
};

/// Someone listed as present: a roster line, or an executive named in the
/// preamble of a write-up.
struct roster_entry {
    speaker who;
    byte_span span;
};

/// An operator or moderator introducing the next questioner:
/// "next question is from the line of X from Y".
struct introduction {
    std::string_view name;
    std::string_view firm;
    std::size_t turn = 0; ///< index of the operator turn that says it
};

/// Reported speech in a news article.
struct statement_draft {
    std::string_view name; ///< the person as the article names them
    std::string_view cue;
    bool direct = false;
    byte_span span;
};

struct note {
    ect::severity severity = ect::severity::warning;
    std::string code;
    std::size_t offset = 0;
    std::string message;
};

struct draft {
    std::string_view dialect = "generic";
    std::string_view language = "en";
    document_kind kind = document_kind::transcript;
    std::vector<section> sections;
    std::vector<turn_draft> turns;
    std::vector<roster_entry> roster;
    std::vector<introduction> introductions;
    std::vector<statement_draft> statements;
    std::vector<ect::skipped> skipped;
    std::vector<note> notes;
};

} // namespace ect::segment
