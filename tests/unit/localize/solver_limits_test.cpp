// The solver never hurts the office: a GLPK failure, a search past its
// deadline and a table too broken to correct all end as "undecided", and the
// process goes on.
#include <gtest/gtest.h>

#include <chrono>
#include <random>

#include "core/check_report.hpp"
#include "core/localize/fh_solver.hpp"
#include "core/localize/localizer.hpp"
#include "core/model/relation_index.hpp"
#include "support/checker_reports.hpp"
#include "support/glpk_fault_injection.hpp"

using namespace nianbao;

namespace {

// A system of many overlapping equations with many wrong values: far more
// sets of cells to try than any deadline below allows.
FhProblem largeWrongSystem() {
    std::mt19937 rng(5);
    FhProblem p;
    const int n = 400;
    p.vars.resize(n);
    for (FhVar& v : p.vars) v.value = static_cast<double>(rng() % 50), v.weight = 60 + static_cast<int>(rng() % 5);
    for (int e = 0; e < 260; ++e) {
        FhEquation eq;
        double sum = 0;
        for (int k = 0; k < 6; ++k) {
            const int v = static_cast<int>(rng() % n);
            eq.terms.push_back({v, 1});
            sum += p.vars[static_cast<size_t>(v)].value;
        }
        // A total variable per equation, wrong about half of the time.
        const int total = static_cast<int>(rng() % n);
        eq.terms.push_back({total, -1});
        p.vars[static_cast<size_t>(total)].value = sum + (rng() % 2 ? 0 : 1 + rng() % 7);
        p.equations.push_back(std::move(eq));
    }
    return p;
}

}  // namespace

TEST(SolverLimits, GlpkFailureInsideACheckIsUndecided) {
    const Report report = ctest::buildReport(ctest::seedTexts());
    const RelationIndex index(report);
    LocalizerOptions viaGlpk;
    viaGlpk.method = FhMethod::Mip;
    injectGlpkFaultForTesting();
    const Correction failed = localize(report, index, viaGlpk);
    EXPECT_EQ(failed.status, CorrectionStatus::Undecided);
    EXPECT_TRUE(failed.changes.empty());
    // GLPK starts afresh: the same check now succeeds.
    const Correction again = localize(report, index, viaGlpk);
    EXPECT_EQ(again.status, CorrectionStatus::Unique);
    EXPECT_EQ(again.changes.size(), 4u);
}

TEST(SolverLimits, GlpkFailureInASubsystemHandsOverToTheMip) {
    // Two unreadable cells in one equation: an underdetermined subsystem the
    // search hands to GLPK, which fails; the MIP then decides.
    FhProblem p;
    p.vars.resize(3);
    p.vars[0].invalid = p.vars[1].invalid = true;
    p.vars[2].value = 3;
    p.equations.push_back({{{0, 1}, {1, 1}, {2, -1}}});
    injectGlpkFaultForTesting();
    const FhResult r = solveFh(p, 5, FhMethod::SearchOnly);
    EXPECT_TRUE(r.decidedByMip);
    EXPECT_NE(r.status, CorrectionStatus::Undecided);
    EXPECT_NE(r.status, CorrectionStatus::Impossible);
}

TEST(SolverLimits, SearchPastItsDeadlineIsUndecided) {
    const FhProblem p = largeWrongSystem();
    const auto budget = std::chrono::milliseconds(100);
    const auto start = std::chrono::steady_clock::now();
    const FhResult r = solveFh(p, 5, FhMethod::Fast, start + budget);
    const auto took = std::chrono::steady_clock::now() - start;
    EXPECT_EQ(r.status, CorrectionStatus::Undecided);
    // A generous margin for a loaded machine: without the deadline this system
    // takes about 45 s (measured on the 2-core development machine).
    EXPECT_LT(took, budget + std::chrono::seconds(3));
}

TEST(SolverLimits, UndecidedCheckStillReportsTheRelations) {
    CheckOptions options;
    options.solverBudget = std::chrono::milliseconds(1);
    const CheckResult r =
        checkReport(Document{"seed", {}}, ctest::buildReport(ctest::seedTexts()), nullptr, options);
    // The seed is decided long before 1 ms; what matters is that the findings
    // never depend on the correction.
    EXPECT_EQ(std::count_if(r.findings.begin(), r.findings.end(), [](const Finding& f) { return f.severity == "error"; }),
              5);
}

namespace {

// n equations x_i = y_i, each broken: the least correction changes n cells.
FhProblem brokenPairs(int n) {
    FhProblem p;
    for (int i = 0; i < n; ++i) {
        FhVar x, y;
        x.value = i + 1;
        y.value = i + 2;
        p.vars.push_back(x);
        p.vars.push_back(y);
        p.equations.push_back({{{2 * i, 1}, {2 * i + 1, -1}}});
    }
    return p;
}

}  // namespace

TEST(SolverLimits, CorrectionsHeavierThanTheLimitAreNotSearchedFor) {
    FhProblem p = brokenPairs(8);
    p.maxWeight = 8 * 100;
    FhResult r = solveFh(p, 5, FhMethod::Fast);
    EXPECT_NE(r.status, CorrectionStatus::Undecided) << "eight changes are within a limit of eight";
    EXPECT_EQ(r.best.changes.size(), 8u);
    p.maxWeight = 7 * 100;
    r = solveFh(p, 5, FhMethod::Fast);
    EXPECT_EQ(r.status, CorrectionStatus::Undecided);
    EXPECT_TRUE(r.best.changes.empty());
}

TEST(SolverLimits, AThoroughlyBrokenTableIsUndecidedAtOnce) {
    // Every equation of the large system wrong, no deadline: the limit alone
    // ends the search (without it the proof takes tens of seconds).
    FhProblem p = largeWrongSystem();
    p.maxWeight = 12 * 100;
    const auto start = std::chrono::steady_clock::now();
    const FhResult r = solveFh(p, 5, FhMethod::Fast);
    EXPECT_EQ(r.status, CorrectionStatus::Undecided);
    EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(5));
}
