// Hard sum relations H1-H5 (format.md): one error finding per failed relation.
#pragma once

#include <string>
#include <vector>

#include "core/findings.hpp"
#include "core/relation_index.hpp"

namespace nianbao {

// A relation with an Invalid cell is skipped: V1 reports that cell instead.
std::vector<Finding> relationFindings(const Report& report, const RelationIndex& index);

// Short names of a relation for correction notes: "H1（自然人列）", "H1 (column np)".
std::string relationLabel(const Report& report, const IndexedRelation& r, const RelationIndex& index);
std::string relationLabelEn(const IndexedRelation& r, const RelationIndex& index);

}  // namespace nianbao
