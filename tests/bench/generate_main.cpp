// ect_generate: writes the benchmark's synthetic transcript to standard
// output, so whole-program figures (peak resident memory of `ect dump`, the
// --jobs speed-up) can be measured on the same input:
//   ect_generate en 50 > gen_en.txt && /usr/bin/time -v ect dump gen_en.txt >/dev/null
#include "generate.hpp"

#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

int main(int argc, char** argv) {
    if (argc != 3 || (std::string_view(argv[1]) != "en" && std::string_view(argv[1]) != "zh")) {
        std::fprintf(stderr, "usage: ect_generate en|zh MEGABYTES\n");
        return 2;
    }
    const std::size_t megabytes = std::strtoull(argv[2], nullptr, 10);
    const std::string doc = ect::bench::generate_transcript(argv[1], megabytes << 20);
    return std::fwrite(doc.data(), 1, doc.size(), stdout) == doc.size() ? 0 : 1;
}
