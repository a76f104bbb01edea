// The numbers a report's prose states about its tables, one per declared
// claim (FormatDecl::claims): the first statement of each kind, in document order.
#pragma once

#include <vector>

#include "core/model/grid.hpp"
#include "core/model/report.hpp"

namespace nianbao {

std::vector<StatedNumber> statedNumbers(const Document& doc, const FormatDecl& format);

}  // namespace nianbao
