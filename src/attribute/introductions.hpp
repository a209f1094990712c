#pragma once
// What operators say when they hand the line to an analyst:
//   "Our first question comes from the line of Nora Lindqvist with UBS."
//   "Next, we'll go Tessa Marlowe with Morgan Stanley."
//   "Dan Keller from Ridgeway Partners has our next question."
//   "The next question is from the line of Amit Dayal from HC Wainwright."

#include <string_view>
#include <vector>

namespace ect::attribute {

struct introduced {
    std::string_view name;
    std::string_view firm;
};

/// People introduced with their firm in `s`, in order.
[[nodiscard]] std::vector<introduced> find_introductions(std::string_view s);

} // namespace ect::attribute
