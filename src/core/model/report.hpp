// A recognized report: which format version, which sections were found, and
// every value cell of T2/T3/T4 keyed by its public id ("TABLE.ROW.COL").
#pragma once

#include <map>
#include <string>
#include <vector>

#include "core/model/number_reading.hpp"
#include "core/model/schema.hpp"

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
    std::string rowText;  // the row's label as written (names extra rows in messages)
    std::string key() const { return table + "." + row + "." + col; }
};

// A concrete linear relation: sum(lhs) == sum(rhs), cells named by key().
struct Relation {
    enum class Axis { None, Column, Row };  // what its cells share: one column, one row, neither
    std::string rule;   // "H1".."H5"
    std::string table;  // "T3"
    std::string scope;  // the column id (Axis::Column), row id (Axis::Row) or "" (None)
    std::vector<std::string> lhs;
    std::vector<std::string> rhs;
    Axis axis = Axis::None;
    // Where the recognizer found those cells: indices into every table's cells
    // in table order (RelationIndex::cells), so checks never look keys up.
    // Empty when unknown (a hand-built relation): then looked up by key.
    // Stale only if the tables change after recognition, which nothing does.
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
    // The format version whose layout the table is written in, when it is not
    // the report's (a 2021 report keeping 2019's single （六）其他处理 row); its
    // rows, columns and relations are then that version's.
    const FormatDecl* layout = nullptr;
    std::vector<std::string> writerTables;  // source table names, in order
    std::vector<ReportCell> cells;          // declaration order, extras last
    const ReportCell* cell(const std::string& row, const std::string& col) const;
};

// A number the prose states about the tables ("共收到…申请8件"), read at
// recognition so that checks (N1) compare numbers, not re-read paragraphs.
struct StatedNumber {
    int claim = 0;     // which kind of statement (prose_numbers.cpp's table)
    double value = 0;  // as stated
    int block = -1;    // the paragraph's index in Document::blocks
    int start = 0, end = 0;  // the number's place in it (UTF-16 units, as Writer counts)
};

// Cells linked through relations, solved together when localizing errors
// (T3 is one, each T4 group another). Indices as Relation::lhsAt, and into
// Report::relations.
struct RelationBlock {
    std::vector<int> cells;      // ascending
    std::vector<int> relations;  // ascending
    bool operator==(const RelationBlock& o) const { return cells == o.cells && relations == o.relations; }
};

struct Report {
    const FormatDecl* format = nullptr;  // nullptr: not a report
    std::vector<SectionHit> sections;    // one per SectionDecl, in format order
    std::vector<RecognizedTable> tables; // one per TableDecl, in format order
    std::vector<Relation> relations;     // every hard sum relation, expanded (H1..H5)
    int titleYear = 0;                   // the year in the title ("2023年"), 0 if none
    int dataYear = 0;                    // the statistics period's year, 0 if none
    std::vector<StatedNumber> stated;    // the first statement of each kind, document order
    std::vector<RelationBlock> blocks;   // from the relations, at recognition; empty: computed per check

    const RecognizedTable* table(const std::string& id) const;
    // The declaration a table was read with: its own layout's, else the format's.
    const TableDecl* tableDecl(const std::string& id) const;
    // Cell by full key "T3.new.np"; nullptr when absent.
    const ReportCell* cell(const std::string& key) const;
};

}  // namespace nianbao
