// A recognized report: which format version, which sections were found, and
// every value cell of T2/T3/T4 keyed by its public id ("TABLE.ROW.COL").
#pragma once

#include <map>
#include <string>
#include <vector>

#include "core/number_reader.hpp"
#include "core/schema.hpp"

namespace nianbao {

struct ReportCell {
    std::string table;  // "T3"
    std::string row;    // "new" (extra rows: "sub1", "sub2", ...)
    std::string col;    // "np"  (extra column: "org_sub")
    std::string text;   // as written
    std::string at;     // source address ("表格2.D4")
    NumberReading reading;
    bool total = false;  // a derived total (weighs less when localizing)
    bool extra = false;  // a row/column the format does not have (H5 only)
    int block = -1;      // index of the table block in Document::blocks
    int gridRow = -1, gridCol = -1;
    std::string key() const { return table + "." + row + "." + col; }
};

// A concrete linear relation: sum(lhs) == sum(rhs), cells named by key().
struct Relation {
    std::string rule;   // "H1".."H5"
    std::string table;  // "T3"
    std::string scope;  // the column id (EachColumn), row id (EachRow) or "" (Single)
    std::vector<std::string> lhs;
    std::vector<std::string> rhs;
    // Where the recognizer found those cells: indices into every table's cells
    // in table order (RelationIndex::cells). A hint that spares key lookups;
    // empty when unknown, and checked against the keys before use.
    std::vector<int> lhsAt = {};
    std::vector<int> rhsAt = {};
};

struct SectionHit {
    std::string id;
    bool found = false;
    std::string title;     // as written
    int block = -1;        // index of its heading paragraph
    bool numbered = true;  // the heading carries its 一、二、… number
    bool titleOk = true;   // the title is one of the accepted variants
    int writtenNumber = 0; // the 一、二、… number as written (1..), 0 when unnumbered
};

struct RecognizedTable {
    std::string id;
    bool found = false;
    std::vector<std::string> writerTables;  // source table names, in order
    std::vector<ReportCell> cells;          // declaration order, extras last
    const ReportCell* cell(const std::string& row, const std::string& col) const;
};

struct Report {
    const FormatDecl* format = nullptr;  // nullptr: not a report
    std::vector<SectionHit> sections;    // one per SectionDecl, in format order
    std::vector<RecognizedTable> tables; // one per TableDecl, in format order
    std::vector<Relation> relations;     // every hard sum relation, expanded (H1..H5)
    int titleYear = 0;                   // the year in the title ("2023年"), 0 if none
    int dataYear = 0;                    // the statistics period's year, 0 if none

    const RecognizedTable* table(const std::string& id) const;
    // Cell by full key "T3.new.np"; nullptr when absent.
    const ReportCell* cell(const std::string& key) const;
};

}  // namespace nianbao
