#pragma once
// The visitors an A-share investor-relations record lists in its row
// 参与单位名称及人员姓名: groups of a firm and its people,
//   中信证券 张三、李四；易方达基金 王五        (firm, a space, names)
//   CLSA Marley; 高盛 Ada Lin                  (Latin names)
//   南方基金史博、华泰证券王龙                  (no space: a known firm or a firm word ends the firm)
//   中信证券：张三，李四                        (a colon after the firm)
// A value that names nobody (通过网络参与本次业绩说明会的投资者) gives nothing.

#include <string_view>
#include <vector>

namespace ect::layout {

struct attendee {
    std::string_view name; ///< a Han or Latin personal name
    std::string_view firm; ///< the firm as written, or empty
};

/// Every person of the row value `value`, in order.
[[nodiscard]] std::vector<attendee> parse_zh_attendees(std::string_view value);

} // namespace ect::layout
