// V1-V3 (format.md): what reading the value cells found.
#pragma once

#include <vector>

#include "core/model/findings.hpp"

namespace nianbao {

// V1 error per unreadable cell, V2 warning per repaired cell, and one V3
// warning per table listing its placeholder cells (blank, "/", "—", "无").
std::vector<Finding> readingFindings(const Report& report);

}  // namespace nianbao
