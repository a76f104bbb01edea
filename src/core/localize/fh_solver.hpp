// The Fellegi-Holt problem on plain numbers, independent of reports: given
// values that violate linear equations sum(coef * x) = 0, find the
// minimum-weight set of variables to change (then the values, forced by the
// equations or else closest to the written ones). Exact: a shortcut for the
// common single-error case that is provably optimal, then a branch and bound
// over sets of changed variables (branch_and_bound.cpp); the GLPK MIP
// (fh_mip.cpp) is the reference and the safety net when the search cannot
// decide. A deadline turns a search that runs too long into Undecided, and so
// does a lower bound above the problem's maxWeight.
#pragma once

#include <chrono>
#include <limits>
#include <string_view>
#include <utility>
#include <vector>

#include "core/model/correction_status.hpp"

namespace nianbao {

using Deadline = std::chrono::steady_clock::time_point;
constexpr Deadline kNoDeadline = Deadline::max();
inline bool pastDeadline(Deadline d) { return d != kNoDeadline && std::chrono::steady_clock::now() > d; }

struct FhVar {
    double value = 0;         // as read (0 for invalid and missing)
    int weight = 100;         // cost of changing it (0: free)
    bool invalid = false;     // unreadable: must get a value, at no cost
    bool missing = false;     // blank/placeholder: a value to impute
    bool nonNegative = true;  // counts; false for signed counts
    bool integer = true;      // counts; false for amounts
    std::string_view text;    // as written, for the typing-slip preference
};

struct FhEquation {
    std::vector<std::pair<int, int>> terms;  // (var, coefficient)
};

struct FhProblem {
    std::vector<FhVar> vars;
    std::vector<FhEquation> equations;
    // Heavier corrections are not looked for (Undecided): changing that much
    // is no repair of slips, and proving the optimum of a thoroughly broken
    // table costs the whole time budget.
    int maxWeight = std::numeric_limits<int>::max();
};

struct FhSolution {
    std::vector<std::pair<int, double>> changes;  // (var, new value), var ascending
    int weight = 0;
    int typos = 0;  // changes explained by a typing slip
};

struct FhResult {
    CorrectionStatus status = CorrectionStatus::NoneNeeded;
    FhSolution best;
    std::vector<FhSolution> alternatives;  // same weight, other cells (capped)
    bool decidedByMip = false;  // the search gave up (or was not asked) and GLPK decided
};

enum class FhMethod {
    Fast,        // shortcut, then the search; the MIP only when the search gives up
    SearchOnly,  // the search without the shortcut (for cross-checks)
    Mip,         // the GLPK reference: shortcut, then the MIP
    MipOnly,     // the MIP without the shortcut (for cross-checks of SearchOnly)
};

FhResult solveFh(const FhProblem& problem, int maxAlternatives = 5);
FhResult solveFh(const FhProblem& problem, int maxAlternatives, FhMethod method, Deadline deadline = kNoDeadline);
FhResult solveFhMip(const FhProblem& problem, int maxAlternatives = 5);

}  // namespace nianbao
