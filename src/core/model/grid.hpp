// The document as the core sees it: an ordered list of paragraphs and tables,
// each table a grid of rows x columns after merged cells are expanded.
// Readers (the UNO document reader, test dumps) build it; nothing here knows
// where it came from except the opaque addresses the reader gave each cell.
#pragma once

#include <string>
#include <variant>
#include <vector>

namespace nianbao {

// One cell as written in the source table, placed on the grid.
struct SourceCell {
    std::string text;     // as it reads with all tracked changes accepted
    std::string address;  // reader-given, e.g. "表格2.C27"; echoed in findings
    int row = 0;          // top-left grid slot
    int col = 0;
    int rowSpan = 1;
    int colSpan = 1;
};

// A table as a dense grid; every slot knows which source cell covers it, so a
// merged cell is one SourceCell read once but visible from all its slots.
class Table {
public:
    Table() = default;
    Table(std::string name, int rows, int cols);

    // Places a cell over its span (clipped to the grid); later cells do not
    // overwrite slots already covered. Returns the cell's index.
    int addCell(SourceCell cell);

    const std::string& name() const { return name_; }
    int rows() const { return rows_; }
    int cols() const { return cols_; }
    const std::vector<SourceCell>& cells() const { return cells_; }

    // The cell covering slot (r, c), or nullptr for a hole or out of range.
    const SourceCell* at(int r, int c) const;
    int cellIndexAt(int r, int c) const;  // -1 where at() is nullptr
    // True where (r, c) is the top-left slot of its covering cell.
    bool isOrigin(int r, int c) const;
    // Text of the covering cell, "" for a hole.
    const std::string& textAt(int r, int c) const;

private:
    std::string name_;
    int rows_ = 0;
    int cols_ = 0;
    std::vector<SourceCell> cells_;
    std::vector<int> slots_;  // rows_*cols_, index into cells_ or -1
};

struct Paragraph {
    std::string text;
    int outlineLevel = 0;  // 0 = body text; 1.. = heading level from the reader
    // Reader-given index among the body's top-level paragraphs (paragraphs in
    // tables not counted), echoed in findings' `where`; -1: count the
    // Paragraph blocks before it (test grids, dumps).
    int index = -1;
};

using Block = std::variant<Paragraph, Table>;

struct Document {
    std::string name;  // file name shown in findings ("document")
    std::vector<Block> blocks;
    // What the reader saw but could not read as text ("scanned pages, no
    // text"): said in the findings' "detail" when the document is no report.
    std::string readerNote;
};

}  // namespace nianbao
