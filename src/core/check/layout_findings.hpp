// L1: a table written in an older format version's layout than the report
// (a 2021 report whose T3 keeps 2019's single （六）其他处理 row). Its values are
// read and checked in that layout; the finding names the table and the
// version, and the sidebar offers to rebuild it in the report's layout.
#pragma once

#include <vector>

#include "core/model/findings.hpp"

namespace nianbao {

std::vector<Finding> layoutFindings(const Report& report);

}  // namespace nianbao
