#pragma once
// A hash for short keys (names, aliases, line shapes), eight bytes at a
// time and inline: std::hash<std::string_view> is an out-of-line call that
// costs more than the lookups these keys are hashed for.

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace ect::text {

[[nodiscard]] inline std::uint64_t short_hash(std::string_view key) noexcept {
    constexpr std::uint64_t mul = 0x9E3779B97F4A7C15ull; // 2^64 / golden ratio, odd
    std::uint64_t h = key.size() * mul;
    auto mix = [&](std::uint64_t w) {
        h = (h ^ w) * mul;
        h ^= h >> 29;
    };
    std::size_t i = 0;
    for (; i + 8 <= key.size(); i += 8) {
        std::uint64_t w;
        std::memcpy(&w, key.data() + i, 8);
        mix(w);
    }
    if (i < key.size()) {
        std::uint64_t w = 0;
        std::memcpy(&w, key.data() + i, key.size() - i);
        mix(w);
    }
    h *= mul;
    return h ^ (h >> 32); // the high bits, mixed best, reach the low ones a mask keeps
}

} // namespace ect::text
