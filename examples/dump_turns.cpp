// Dump the turns of a transcript: who speaks, in which section, first words.
//   dump_turns FILE
#include <ect/ect.hpp>

#include <cstdio>
#include <string>

int main(int argc, char** argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: dump_turns FILE\n");
        return 2;
    }
    try {
        const ect::transcript t = ect::parse_file(argv[1]);
        for (const ect::turn& turn : t.turns()) {
            std::string who = "(unknown)";
            if (turn.participant) who = std::string(t.participants()[*turn.participant].name);
            std::string first(turn.text.substr(0, 60));
            for (char& c : first)
                if (c == '\n') c = ' ';
            // Do not cut a UTF-8 sequence in half.
            while (!first.empty() && (static_cast<unsigned char>(first.back()) & 0xC0) == 0x80) first.pop_back();
            if (!first.empty() && static_cast<unsigned char>(first.back()) >= 0xC0) first.pop_back();
            std::printf("%zu\t%s\t%s\t%s\t%s\n", turn.index, std::string(ect::to_string(turn.section)).c_str(),
                        std::string(ect::to_string(turn.role)).c_str(), who.c_str(), first.c_str());
        }
    } catch (const ect::error& e) {
        std::fprintf(stderr, "dump_turns: %s\n", e.what());
        return 1;
    }
}
