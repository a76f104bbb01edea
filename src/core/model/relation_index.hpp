// Report relations as cell indices, so evaluating relations and localizing
// errors never look cells up by string. The recognizer already stored the
// indices (Relation::lhsAt); the index views them in place, and resolves keys
// only for hand-built relations without them.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "core/model/report.hpp"

namespace nianbao {

constexpr double kRelationTolerance = 1e-6;  // amounts are decimals: equal within this

// A read-only run of cell indices (into RelationIndex::cells).
struct CellSpan {
    const int* first = nullptr;
    const int* last = nullptr;
    const int* begin() const { return first; }
    const int* end() const { return last; }
    size_t size() const { return static_cast<size_t>(last - first); }
    bool empty() const { return first == last; }
    int operator[](size_t i) const { return first[i]; }
};

struct IndexedRelation {
    const Relation* source = nullptr;
    CellSpan lhs, rhs;
    bool complete = true;  // every named cell exists in the report
    // The sides over the report's values, summed once per check.
    double lhsSum = 0, rhsSum = 0;
    bool readable = true;  // no Invalid cell (V1 covers those)
    bool holds() const;
    // The column or row id the relation runs along ("" when neither).
    const std::string& column() const;
    const std::string& row() const;
};

struct RelationIndex {
    std::vector<const ReportCell*> cells;  // every cell of every table, table order
    std::vector<IndexedRelation> relations;

    explicit RelationIndex(const Report& report);
    // Spans point into the report and into resolved_: neither copied nor assigned.
    RelationIndex(const RelationIndex&) = delete;
    RelationIndex& operator=(const RelationIndex&) = delete;

    // The report's blocks: recognized with it, or worked out here for a report
    // built without them.
    const std::vector<RelationBlock>& blocks() const { return *blocks_; }

private:
    std::vector<std::vector<int>> resolved_;  // looked-up sides of relations without indices
    std::vector<RelationBlock> ownBlocks_;     // when the report has none
    const std::vector<RelationBlock>* blocks_ = &ownBlocks_;
};

// Independent blocks of the index's complete relations (union-find over their cells).
std::vector<RelationBlock> relationBlocks(const RelationIndex& index);

// Whether every relation carries cell indices, and they name its keys (what
// the recognizer promises; tests and the fuzzer hold it to that).
bool relationsIndexed(const Report& report);

}  // namespace nianbao
