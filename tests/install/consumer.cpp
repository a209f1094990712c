// A program outside the project, built against an installed ect (through
// find_package or pkg-config): it must compile with the public headers alone
// and link with what the package reports.
//   consumer FILE [TURNS ANALYSTS EXCHANGES]
// parses FILE, prints what it found and, given the expected counts, fails
// when they differ.
#include <ect/ect.hpp>

#include <cstdio>
#include <cstdlib>
#include <string>

int main(int argc, char** argv) {
    if (argc != 2 && argc != 5) {
        std::fprintf(stderr, "usage: consumer FILE [TURNS ANALYSTS EXCHANGES]\n");
        return 2;
    }
    try {
        const ect::transcript t = ect::parse_file(argv[1]);
        std::size_t analysts = 0;
        for (const ect::participant& p : t.participants()) analysts += p.role == ect::role::analyst ? 1 : 0;
        std::printf("ect %s: %s kind=%s turns=%zu analysts=%zu exchanges=%zu\n", std::string(ect::version).c_str(),
                    t.source().name.c_str(), std::string(ect::to_string(t.kind())).c_str(), t.turns().size(),
                    analysts, t.exchanges().size());
        // The JSON writer pulls in the library's private dependencies (nlohmann,
        // fmt, ICU through the parser): linking it proves they are resolved.
        const std::string json = ect::to_json(t, -1);
        if (json.find("\"format\":\"ect-transcript\"") == std::string::npos) {
            std::fprintf(stderr, "consumer: unexpected JSON output\n");
            return 1;
        }
        if (argc == 5) {
            const auto expect = [](const char* arg) { return std::strtoul(arg, nullptr, 10); };
            if (t.turns().size() != expect(argv[2]) || analysts != expect(argv[3]) ||
                t.exchanges().size() != expect(argv[4])) {
                std::fprintf(stderr, "consumer: expected turns=%s analysts=%s exchanges=%s\n", argv[2], argv[3],
                             argv[4]);
                return 1;
            }
        }
        return 0;
    } catch (const ect::error& e) {
        std::fprintf(stderr, "consumer: %s\n", e.what());
        return 1;
    }
}
