// Fuzz target: any bytes go through the whole pipeline and every writer.
// Content never raises: an exception out of parse or a writer is a bug.
#include <ect/ect.hpp>

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static ect::parser parser; // ICU objects are built once, as a real caller does
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    const ect::transcript t = parser.parse(bytes);
    (void)ect::to_json(t, -1);
    (void)ect::to_csv(t);
    (void)ect::to_text(t);
    (void)ect::to_markdown(t);
    return 0;
}
