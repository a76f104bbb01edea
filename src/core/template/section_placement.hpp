// Where a section the check found missing belongs in the document: right
// after the last block of the section before it (the seed lacks 六: it goes
// after 五's last paragraph, above the signature and date lines), or right
// before the heading of the next section that is there.
#pragma once

#include <string>

#include "core/grid.hpp"
#include "core/report.hpp"

namespace nianbao::tmpl {

// Index into doc.blocks after which the section goes; -1: before the first block.
int placementAfter(const Document& doc, const Report& report, const std::string& sectionId);

// The heading block of a found section whose look a new heading should copy
// (the nearest found one before `sectionId`, else after it); -1 if none.
int headingToImitate(const Report& report, const std::string& sectionId);

}  // namespace nianbao::tmpl
