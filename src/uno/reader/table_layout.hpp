// Turns Writer's per-row view of a table into true grid coordinates.
// UNO-free so that it can be tested without an office.
//
// What LibreOffice 7.4 exposes (seen on the seed .docx/.doc/.odt/.html alike):
// - Each row is a list of boxes. A horizontally merged cell is ONE box, so
//   box names in a row shift leftwards ("C4" may sit over grid column 4).
// - A vertically merged cell is a box in its first row with property
//   RowSpan = n; the rows below still hold a hidden "covered" box at the same
//   place, named as usual (e.g. "A2"), but getCellNames() omits it.
// - The row property TableColumnSeparators lists the inner boundaries of the
//   row's boxes (covered ones included) relative to TableColumnRelativeSum.
// So: box k of row r is named cellName(k, r); a box whose name getCellNames()
// lacks is covered; the union of all boundaries gives the grid columns.
// LibreOffice 7.0 has no RowSpan cell property: there a cell's row span is the
// run of covered boxes right below it at the same place.
#pragma once

#include <string>
#include <vector>

namespace nianbao::lo {

struct LayoutBox {
    std::string name;   // Writer cell name, e.g. "B2"
    int left = 0;       // boundaries in relative units (0 .. relativeSum)
    int right = 0;
    bool covered = false;  // hidden part of a vertically merged cell
    int rowSpan = 1;       // 0: not known (no RowSpan property), told by the covered boxes below
};

struct PlacedBox {
    std::string name;
    int row = 0, col = 0, rowSpan = 1, colSpan = 1;
};

struct TableLayout {
    int rows = 0;
    int cols = 0;
    std::vector<PlacedBox> cells;  // real (not covered) boxes, row-major
};

// Writer's cell name of box `col` in row `row` (both 0-based): columns run
// A..Z, a..z, then AA, AB, ... (bijective base 52); rows count from 1.
std::string cellName(int col, int row);

// rows[r] lists row r's boxes left to right. Boundaries closer than
// `tolerance` units are one grid line (.doc imports round widths per row).
TableLayout layoutTable(const std::vector<std::vector<LayoutBox>>& rows, int tolerance);

}  // namespace nianbao::lo
