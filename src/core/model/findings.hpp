// The result of a check (findings.md, schema "nianbao-findings/1"): every
// failed relation, warning and the proposed minimal correction.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/model/correction_status.hpp"
#include "core/model/report.hpp"

namespace nianbao {

// A place in the document (findings.md "where"): one of a Writer table cell,
// a character range of a body paragraph, or the paragraph after which
// something missing belongs.
struct Where {
    enum class Kind { Cell, Span, After };
    Kind kind = Kind::Cell;
    std::string table, cell;  // Cell: Writer table and cell name ("表格2", "C27")
    int paragraph = -1;       // Span: top-level body paragraph index (tables' paragraphs not counted),
    int start = 0, end = 0;   //   UTF-16 offsets in it; After: the paragraph it belongs after (-1: first)
    static Where inCell(std::string table, std::string cell) { return {Kind::Cell, std::move(table), std::move(cell)}; }
    static Where span(int paragraph, int start, int end) { return {Kind::Span, {}, {}, paragraph, start, end}; }
    static Where after(int paragraph) { return {Kind::After, {}, {}, paragraph}; }
    bool operator==(const Where& o) const {
        return kind == o.kind && table == o.table && cell == o.cell && paragraph == o.paragraph &&
               start == o.start && end == o.end;
    }
};

struct Finding {
    std::string rule;      // "H1", "V2", "N1", ...
    std::string severity;  // "error", "warning", "info"
    std::string table;     // "T3" or "" (prose findings)
    std::string row;       // row id when the relation runs along a row, else ""
    std::string column;    // column id when it runs down a column, else ""
    std::vector<std::string> cells;  // full keys "T3.new.np"
    std::optional<double> lhs, rhs;
    std::string message;    // Chinese, names labels, numbers and what to change
    std::string messageEn;
    std::vector<Where> where;  // filled after the checks (check/placement.hpp)
};

struct CellChange {
    std::string cell;  // "T3.r_total.np"
    std::string from;  // text as written
    double to = 0;
    std::string why;   // Chinese: which relations it restores; "typing slip" when one
    std::string whyEn;
    bool typo = false;  // the new value is a typing slip of the written one
    std::vector<Where> where;
};

struct Correction {
    CorrectionStatus status = CorrectionStatus::NoneNeeded;
    std::vector<CellChange> changes;
    std::vector<std::vector<CellChange>> alternatives;  // other equally good corrections (capped)
};

// Last year's report, when one was given (Y1): which file, which year, and
// whether it could be used.
struct PreviousReport {
    std::string document;
    int year = 0;           // its statistics (or title) year, 0 when it says none
    bool recognized = false;
    std::string error;      // non-empty: it could not be loaded or read
};

struct CheckResult {
    std::string document;
    int year = 0;  // the report's statistics (or title) year, 0 when it says none
    std::optional<PreviousReport> previous;
    // Shared, not copied: a recognized report outlives many checks (re-checks
    // after edits, the benchmark), and copying its strings cost more than checking.
    std::shared_ptr<const Report> report = std::make_shared<const Report>();
    std::vector<Finding> findings;
    Correction correction;
    std::string error;  // non-empty: the document could not be checked
    std::string detail;  // the reader's note on a document it could not read as a report
};

// The one word a script branches on (findings.md "verdict"); the first that
// applies: unreadable, not-a-report, errors, incomplete (some C1), warnings, clean.
const char* verdictOf(const CheckResult& result);

}  // namespace nianbao
