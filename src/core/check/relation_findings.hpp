// Hard sum relations H1-H5 (format.md): one error finding per failed relation.
#pragma once

#include <string>
#include <vector>

#include "core/model/findings.hpp"
#include "core/model/relation_index.hpp"

namespace nianbao {

// A relation with an Invalid cell is skipped: V1 reports that cell instead.
std::vector<Finding> relationFindings(const Report& report, const RelationIndex& index);

}  // namespace nianbao
