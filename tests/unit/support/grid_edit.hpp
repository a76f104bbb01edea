// Editing document grids the way publishers (or page breaks) change real
// reports: cells rewritten, rows dropped, tables split into pieces. Tests
// derive such documents from the seed instead of hand-writing grids.
#pragma once

#include <functional>
#include <map>
#include <string>
#include <vector>

#include "core/model/grid.hpp"

namespace nianbao::test {

// A copy of `t` keeping only the grid rows `keep` says yes to (in order),
// named `name`. A merged cell loses the rows dropped from its span; when its
// first row is dropped, the part left keeps its text only if `keepCutText`
// (Writer splits a merged cell across a page with the text in the first part).
Table keepRows(const Table& t, const std::function<bool(int)>& keep, const std::string& name,
               bool keepCutText = false);

// `t` with grid rows [from, to) and, first, its header rows [0, header).
Table rowRange(const Table& t, int header, int from, int to, const std::string& name);

// A copy of `t` with only grid columns [from, to), named `name`; merged
// cells are clipped to them (the clipped part keeps the text).
Table columnRange(const Table& t, int from, int to, const std::string& name);

// `t` without grid column `col` (merged cells across it lose that column).
Table withoutColumn(const Table& t, int col);

// `doc` with its n-th table replaced by `pieces`, `between` (paragraphs)
// standing between consecutive pieces.
Document replaceTable(const Document& doc, int n, const std::vector<Table>& pieces,
                      const std::vector<Paragraph>& between = {});

// Cells rewritten by address ("表格2.C27" -> "8").
Table withTexts(const Table& t, const std::map<std::string, std::string>& texts);

// The first grid row of `t` whose cells' text contains `needle`, -1 if none.
int rowContaining(const Table& t, const std::string& needle);

// Index in doc.blocks of the n-th table (0-based), -1 if none.
int tableBlock(const Document& doc, int n);

}  // namespace nianbao::test
