#pragma once
// The plain-text tables of src/data/, compiled into the library by CMake
// (see src/data/embed.cmake) so that users can read and extend them.

#include <string_view>

namespace ect::data {
std::string_view firms_tsv();    ///< src/data/firms.tsv
std::string_view titles_tsv();   ///< src/data/titles.tsv
std::string_view surnames_txt(); ///< src/data/surnames.txt
std::string_view cues_tsv();     ///< src/data/cues.tsv
} // namespace ect::data
