// The organ (机关) a report is about, from its title: "北京市密云区商务局2023年
// 政府信息公开工作年度报告" -> "北京市密云区商务局". Pairs this year's report with
// last year's for --previous.
#pragma once

#include <string>
#include <vector>

namespace nianbao::cli {

// paragraphs: the document's first paragraphs in order. Empty when no title
// is recognized. A title split over two lines (organ, then "2023年政府信息公开
// 工作年度报告") is understood too.
std::string organFromTitle(const std::vector<std::string>& paragraphs);

}  // namespace nianbao::cli
