// Recognition: document blocks -> Report. Finds the format version by its
// column labels (never by the year), the section headings, and T2/T3/T4 by
// their labels, tolerant of how real reports are typed and split.
#pragma once

#include "core/model/grid.hpp"
#include "core/model/report.hpp"

namespace nianbao {

// Never throws on any input; a document that is not a report gives
// Report::format == nullptr and no tables found.
Report recognize(const Document& doc);

}  // namespace nianbao
