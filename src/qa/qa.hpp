#pragma once
// The Q&A model: exchanges (an analyst's slot with the answers), the distinct
// questions inside analyst turns, and reported statements of news articles.

#include "core/transcript_data.hpp"
#include "segment/draft.hpp"
#include "text/icu_tools.hpp"

#include <string_view>
#include <vector>

namespace ect::qa {

/// One exchange per analyst slot in the Q&A: the analyst's turns (first
/// question and follow-ups) and the executive turns answering them. An
/// operator turn or another analyst closes the slot.
void build_exchanges(detail::transcript_data& t);

/// Split every analyst turn into its questions: sentences (ICU) that carry
/// an interrogative cue of their language; pleasantries and context are left out.
void find_questions(detail::transcript_data& t, text::sentence_splitter& sentences);

/// Builds the automata that read English questions now rather than on the
/// first analyst turn.
void build_question_automata();

/// The cue kinds that the question stage reads only inside the automata
/// build_question_automata builds, several kinds in one: none of them is
/// ever needed alone.
[[nodiscard]] std::vector<std::string_view> cue_kinds_read_together();

/// The cue kinds that the question stage reads as plain lists (a few short
/// cues, tried at clause starts): no automaton is ever built for them.
[[nodiscard]] std::vector<std::string_view> cue_kinds_read_as_lists();

/// Whether a sentence asks something (exposed for tests).
[[nodiscard]] bool is_question(std::string_view sentence);

/// Statements of the draft, linked to the participants by name.
void link_statements(const segment::draft& d, detail::transcript_data& t);

} // namespace ect::qa
