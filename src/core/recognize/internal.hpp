// Shared pieces of recognition (recognizer.hpp), one job per file:
// recognize_match.cpp (labels vs declarations), recognize_sections.cpp,
// recognize_t2.cpp, recognize_t3.cpp, recognize_t4.cpp,
// recognize_relations.cpp, recognizer.cpp (version choice, orchestration).
#pragma once

#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "core/model/grid.hpp"
#include "core/text/normalize.hpp"
#include "core/model/report.hpp"

namespace nianbao::recog {

// --- label matching (recognize_match.cpp) ---
// A cell's text as matched against declarations.
struct Label {
    std::u32string key;       // labelKey(text)
    std::u32string withoutNotes;  // labelKeyWithoutNotes(key), once per text rather than per match
    Numbering numbering;      // its leading numbering
    bool empty() const { return key.empty() && numbering.style == Numbering::Style::None; }
};
Label readLabel(const std::string& text);
bool axisMatches(const AxisDecl& axis, const Label& label);
bool textMatches(const std::string& declared, const Label& label);
// For a label no declaration matches exactly, one rule instead of one more
// variant per report: a declared text written inside the label with words
// around it (上一年项目本年收费金额 holds 本年收费金额; 行政诉讼（复议后起诉） holds
// 复议后起诉), or the label inside a declared text, four characters at least.
// Candidates are groups of texts (an axis's label variants); the index of the
// one group with the longest such overlap; -1 when none or when two tie.
int looseMatch(const std::vector<std::vector<const std::string*>>& candidates, const Label& label);
// The axis a label names: exactly, else by looseMatch over every axis's labels.
const AxisDecl* matchAxis(const std::vector<AxisDecl>& axes, const Label& label);
// The number an axis carries in its first label ("1.属于国家秘密" -> 1), 0 if none.
int axisNumber(const AxisDecl& axis);
// Any value text at all (not blank)?
bool hasText(const std::string& text);

// The value columns of row r (grid column -> column id). `header` where the
// row's cells start on the header's columns; a row drawn on other grid lines
// (the second of two tables a .docx or .doc round trip glued into one: its
// cells sit between other lines) by order instead: its last cells, one per
// header column, left to right.
std::map<int, std::string> rowColumns(const Table& t, int r, const std::map<int, std::string>& header);

// --- collecting cells of one table (recognize_match.cpp) ---
class CellSink {
public:
    explicit CellSink(const TableDecl& decl) : decl_(decl) {}
    // Adds the value cell covering grid slot (r, c) when it starts there; false
    // when there is none or the (row, col) id pair was already read.
    bool add(const std::string& row, const std::string& col, const Table& t, int block, int r, int c,
             ValueKind kind, bool total, bool extra);
    void noteTable(const Table& t);
    bool has(const std::string& row, const std::string& col) const;
    bool hasRow(const std::string& row) const;
    void removeRow(const std::string& row);
    // Records how a row's label is written (names extra rows in messages).
    void labelRow(const std::string& row, const std::string& text);
    size_t size() const { return cells_.size(); }
    // Declaration order, extras last in the order they were found.
    RecognizedTable finish() const;

private:
    const TableDecl& decl_;
    std::vector<ReportCell> cells_;
    std::set<std::pair<std::string, std::string>> seen_;
    std::vector<std::string> writerTables_;
};

// An extra row or column found in a table: its id and the group it sums.
struct Subtotal {
    std::string id;     // "sub1", "org_sub"
    std::string group;  // group label of the declared axes it sums
    bool column = false;
};
// Per table id, the subtotals its reader found (today T3's: the layouts seen in
// published reports add them there).
using SubtotalsByTable = std::map<std::string, std::vector<Subtotal>>;

// --- per-table readers; accept() says whether the table was theirs ---
class T2Reader {
public:
    explicit T2Reader(const TableDecl& decl) : decl_(decl), sink_(decl) {}
    static bool looksLike(const TableDecl& decl, const Table& t);
    void read(const Table& t, int block);
    // Right after a T2 part: a piece without its header row (a page break
    // inside a block) whose rows carry T2 labels; read with the last header.
    bool acceptContinuation(const Table& t, int block);
    RecognizedTable finish() const { return sink_.finish(); }

private:
    const TableDecl& decl_;
    CellSink sink_;
    std::map<int, std::string> columns_;  // grid column -> column id, from the last header row
    int lastCols_ = 0;
};

class T3Reader {
public:
    explicit T3Reader(const TableDecl& decl) : decl_(decl), sink_(decl) {}
    // A table with T3's header.
    bool acceptWithHeader(const Table& t, int block);
    // Right after a T3 part: a table without header whose rows carry T3 labels.
    bool acceptContinuation(const Table& t, int block);
    // Drops subtotal rows whose group has no declared rows (nothing to sum).
    RecognizedTable finish();
    const std::vector<Subtotal>& subtotals() const { return subtotals_; }

private:
    void readRows(const Table& t, int block, int firstRow);
    const TableDecl& decl_;
    CellSink sink_;
    std::map<int, std::string> columns_;  // grid column -> column id (declared or extra)
    int lastCols_ = 0;
    std::string group_;                   // the group the previous row belonged to
    std::vector<Subtotal> subtotals_;
};

class T4Reader {
public:
    explicit T4Reader(const TableDecl& decl) : decl_(decl), sink_(decl) {}
    bool accept(const Document& doc, const Table& t, int block);
    RecognizedTable finish() const { return sink_.finish(); }

    // Right after a T4 header whose values were not in it (a page break
    // between header and values): a table of the same width holding them.
    bool acceptValues(const Table& t, int block);

private:
    std::map<int, const AxisDecl*> pending_;  // grid column -> column, of a header still waiting for its values
    int pendingCols_ = 0;
    // The groups stacked one under another (each its own label, result-label
    // and value rows): every result label is read with the value below it.
    bool readStacked(const Table& t, int block);
    const TableDecl& decl_;
    CellSink sink_;
};

// --- sections and years (recognize_sections.cpp) ---
std::vector<SectionHit> findSections(const Document& doc, const FormatDecl& format);
int findTitleYear(const Document& doc, const std::vector<SectionHit>& sections);
int findDataYear(const Document& doc);

// --- relations (recognize_relations.cpp) ---
// H1..H4 from the declarations over cells that exist; H5 for the subtotals.
std::vector<Relation> expandRelations(const Report& report, const FormatDecl& format,
                                      const SubtotalsByTable& subtotals);

}  // namespace nianbao::recog
