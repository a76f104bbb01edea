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
};

struct CellChange {
    std::string cell;  // "T3.r_total.np"
    std::string from;  // text as written
    double to = 0;
    std::string why;   // Chinese: which relations it restores; "typing slip" when one
    std::string whyEn;
    bool typo = false;  // the new value is a typing slip of the written one
};

struct Correction {
    CorrectionStatus status = CorrectionStatus::NoneNeeded;
    std::vector<CellChange> changes;
    std::vector<std::vector<CellChange>> alternatives;  // other equally good corrections (capped)
};

struct CheckResult {
    std::string document;
    // Shared, not copied: a recognized report outlives many checks (re-checks
    // after edits, the benchmark), and copying its strings cost more than checking.
    std::shared_ptr<const Report> report = std::make_shared<const Report>();
    std::vector<Finding> findings;
    Correction correction;
    std::string error;  // non-empty: the document could not be checked
};

}  // namespace nianbao
