// `where` for every finding and proposed change (findings.md): the Writer
// cells, the paragraph ranges (prose numbers, headings) or the insertion point
// (a missing section) it is about — from the places the reader recorded in the
// grids, never recomputed from the office.
#pragma once

#include "core/model/findings.hpp"
#include "core/model/grid.hpp"

namespace nianbao {

// Index of block `block` among the document's top-level paragraphs (the
// reader's Paragraph::index when it gave one), -1 when it is not a paragraph.
int paragraphIndex(const Document& doc, int block);

// Fills `where` of every finding and change that has none yet.
void placeFindings(const Document& doc, const Report& report, std::vector<Finding>& findings,
                   Correction& correction);

}  // namespace nianbao
