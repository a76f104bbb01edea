// Report relations compiled to cell indices once per check, so evaluating
// relations and localizing errors never look cells up by string again.
#pragma once

#include <string>
#include <vector>

#include "core/report.hpp"

namespace nianbao {

struct IndexedRelation {
    const Relation* source = nullptr;
    std::vector<int> lhs, rhs;  // indices into RelationIndex::cells
    bool complete = true;       // every named cell exists in the report
};

struct RelationIndex {
    std::vector<const ReportCell*> cells;  // every cell of every table, table order
    std::vector<IndexedRelation> relations;

    explicit RelationIndex(const Report& report);
    // Sum of one side; `readable` false when a cell is Invalid (V1 covers it).
    static double sum(const std::vector<int>& side, const std::vector<const ReportCell*>& cells,
                      bool& readable);
};

}  // namespace nianbao
