#pragma once
// Large buffers backed by 2 MB pages. Filling a fresh 50 MB buffer faults in
// twelve thousand 4 KB pages one at a time, which on some virtual machines
// costs more than the parse; where transparent huge pages are given only on
// request ("madvise" mode), a large buffer asks for them before it is first
// written.
#include <cstddef>

namespace ect::text {

/// Asks that the whole 2 MB pages inside [p, p + n) be huge pages. Only
/// buffers of several megabytes ask; a no-op where the system has no such
/// request.
void advise_huge_pages(const void* p, std::size_t n) noexcept;

/// `c.reserve(n)`, the new room advised as huge pages before anything is
/// written to it.
template <class Container>
void reserve_huge(Container& c, std::size_t n) {
    c.reserve(n);
    advise_huge_pages(c.data(), c.capacity() * sizeof(*c.data()));
}

/// Room for one more element, grown as push_back grows it (twice the
/// room), the new room advised as huge pages: a list that grows one
/// element at a time to megabytes faults in whole 2 MB pages, not 4 KB ones.
template <class Container>
void make_room_huge(Container& c) {
    if (c.size() == c.capacity()) reserve_huge(c, c.capacity() < 8 ? 8 : 2 * c.capacity());
}

/// `c.assign(n, value)` into room reserved as reserve_huge does.
template <class Container, class T>
void assign_huge(Container& c, std::size_t n, const T& value) {
    reserve_huge(c, n);
    c.assign(n, value);
}

} // namespace ect::text
