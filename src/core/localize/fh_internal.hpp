// Pieces shared by the Fellegi-Holt solvers (fh_solver.cpp dispatches,
// branch_and_bound.cpp is the exact search, fh_mip.cpp the GLPK MIP).
#pragma once

#include <vector>

#include "core/localize/fh_solver.hpp"

namespace nianbao::fh {

constexpr double kEps = 1e-6;

// sum(coef * value) per equation: 0 when it holds as written.
std::vector<double> residuals(const FhProblem& p);
int typoCount(const FhProblem& p, const FhSolution& s);
// Equally light corrections, typing slips first (stable), into `out`.
void finish(std::vector<FhSolution> sols, FhResult& out);
// The common single-error case, provably optimal without a search.
bool singleFix(const FhProblem& p, const std::vector<double>& d, FhResult& out);

// The GLPK reference: minimum-weight cells, no-good cuts for ties, then
// values. Undecided when GLPK fails or runs past the deadline.
FhResult solveMip(const FhProblem& p, const std::vector<double>& d, int maxAlternatives, Deadline deadline);

// GLPK on a small integer system: sum(coef * change) = rhs per equation,
// lo <= change <= hi. The least total change into `change`.
enum class GlpkOutcome { Solved, NoSolution, Failed };
GlpkOutcome closestChanges(const std::vector<std::vector<std::pair<int, long long>>>& equations,
                           const std::vector<long long>& rhs, const std::vector<long long>& lo,
                           const std::vector<long long>& hi, std::vector<long long>& change);

// The exact branch and bound. GaveUp when it cannot decide (values not
// integral, arithmetic overflow, node budget): then the MIP must. TooHeavy:
// every correction weighs more than the problem's maxWeight.
enum class SearchOutcome { Decided, GaveUp, OutOfTime, TooHeavy };
SearchOutcome searchFh(const FhProblem& p, const std::vector<double>& d, int maxAlternatives, Deadline deadline,
                       FhResult& out);

}  // namespace nianbao::fh
