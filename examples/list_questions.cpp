// List each analyst's questions and who answered them.
//   list_questions FILE
#include <ect/ect.hpp>

#include <cstdio>
#include <string>

int main(int argc, char** argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: list_questions FILE\n");
        return 2;
    }
    try {
        const ect::transcript t = ect::parse_file(argv[1]);
        const auto people = t.participants();
        for (const ect::exchange& ex : t.exchanges()) {
            const ect::participant& asker = people[ex.asker];
            std::string firm(asker.firm.canonical.empty() ? asker.firm.name : asker.firm.canonical);
            std::printf("%s%s%s%s\n", std::string(asker.name).c_str(), firm.empty() ? "" : " (",
                        firm.c_str(), firm.empty() ? "" : ")");
            for (std::size_t q : ex.question_turns)
                for (const ect::question& question : t.turns()[q].questions)
                    std::printf("  ? %s\n", std::string(question.text).c_str());
            std::string answered;
            for (std::size_t a : ex.answer_turns) {
                const auto& turn = t.turns()[a];
                if (!turn.participant) continue;
                const std::string name(people[*turn.participant].name);
                if (answered.find(name) == std::string::npos) answered += (answered.empty() ? "" : ", ") + name;
            }
            std::printf("  answered by: %s\n", answered.empty() ? "(no answer)" : answered.c_str());
        }
    } catch (const ect::error& e) {
        std::fprintf(stderr, "list_questions: %s\n", e.what());
        return 1;
    }
}
