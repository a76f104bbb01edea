// The Fellegi-Holt solver against brute force on small random sum systems,
// and the typing-slip classifier.
#include <gtest/gtest.h>

#include <cmath>
#include <functional>
#include <random>

#include "core/localize/fh_solver.hpp"
#include "core/localize/typo.hpp"

using namespace nianbao;

namespace {

// Minimum weight of a variable set whose change (to values 0..maxValue) makes
// every equation hold; -1 when none up to three variables does.
int bruteForce(const FhProblem& p, int maxValue) {
    const int n = static_cast<int>(p.vars.size());
    int best = -1;
    std::vector<double> x(static_cast<size_t>(n));
    for (int mask = 0; mask < (1 << n); ++mask) {
        if (__builtin_popcount(static_cast<unsigned>(mask)) > 3) continue;
        int w = 0;
        std::vector<int> free;
        for (int j = 0; j < n; ++j)
            if (mask >> j & 1) w += p.vars[static_cast<size_t>(j)].weight, free.push_back(j);
        if (best >= 0 && w >= best) continue;
        for (int j = 0; j < n; ++j) x[static_cast<size_t>(j)] = p.vars[static_cast<size_t>(j)].value;
        bool ok = false;
        std::function<void(size_t)> rec = [&](size_t k) {
            if (ok) return;
            if (k == free.size()) {
                for (const FhEquation& e : p.equations) {
                    double s = 0;
                    for (const auto& [v, c] : e.terms) s += c * x[static_cast<size_t>(v)];
                    if (std::fabs(s) > 1e-9) return;
                }
                ok = true;
                return;
            }
            for (int val = 0; val <= maxValue && !ok; ++val) {
                if (val == p.vars[static_cast<size_t>(free[k])].value) continue;  // a change is a change
                x[static_cast<size_t>(free[k])] = val;
                rec(k + 1);
            }
            x[static_cast<size_t>(free[k])] = p.vars[static_cast<size_t>(free[k])].value;
        };
        rec(0);
        if (ok) best = w;
    }
    return best;
}

}  // namespace

TEST(FhSolver, MatchesBruteForceOnSmallSumSystems) {
    std::mt19937 rng(5);
    int solved = 0;
    for (int it = 0; it < 400; ++it) {
        // 6-7 variables, 2-3 equations "first = sum of some others" (totals and parts).
        FhProblem p;
        const int n = 6 + static_cast<int>(rng() % 2);
        for (int j = 0; j < n; ++j) {
            FhVar v;
            v.value = static_cast<double>(rng() % 6);
            v.weight = rng() % 3 == 0 ? 75 : 100;
            p.vars.push_back(v);
        }
        const int m = 2 + static_cast<int>(rng() % 2);
        for (int e = 0; e < m; ++e) {
            FhEquation eq;
            const int total = static_cast<int>(rng() % static_cast<unsigned>(n));
            eq.terms.push_back({total, 1});
            for (int j = 0; j < n; ++j)
                if (j != total && rng() % 2) eq.terms.push_back({j, -1});
            if (eq.terms.size() < 2) eq.terms.push_back({(total + 1) % n, -1});
            p.equations.push_back(eq);
        }
        const int brute = bruteForce(p, 30);
        const FhResult r = solveFh(p, 5);
        if (brute < 0) continue;  // needs more than three changes or values > 30
        ++solved;
        if (brute == 0) {
            EXPECT_EQ(r.status, CorrectionStatus::NoneNeeded);
            continue;
        }
        ASSERT_NE(r.status, CorrectionStatus::Impossible) << it;
        // The solver's correction must hold; it may only beat the brute force
        // (values 0..30) with a value above 30.
        std::vector<double> x;
        for (const FhVar& v : p.vars) x.push_back(v.value);
        double largest = 0;
        for (const auto& [v, val] : r.best.changes) x[static_cast<size_t>(v)] = val, largest = std::max(largest, val);
        for (const FhEquation& e : p.equations) {
            double s = 0;
            for (const auto& [v, c] : e.terms) s += c * x[static_cast<size_t>(v)];
            ASSERT_NEAR(s, 0, 1e-9) << "system " << it;
        }
        if (largest <= 30) EXPECT_EQ(r.best.weight, brute) << "system " << it;
        else EXPECT_LE(r.best.weight, brute) << "system " << it;
        for (const FhSolution& alt : r.alternatives) EXPECT_EQ(alt.weight, brute);
    }
    EXPECT_GT(solved, 250);
}

TEST(FhSolver, InvalidCellsAreGivenTheirForcedValue) {
    FhProblem p;
    p.vars.resize(3);
    p.vars[0].value = 5;  // total
    p.vars[1].value = 2;
    p.vars[2].invalid = true;
    p.vars[2].weight = 0;
    p.equations.push_back({{{0, 1}, {1, -1}, {2, -1}}});
    const FhResult r = solveFh(p);
    ASSERT_EQ(r.status, CorrectionStatus::Unique);
    ASSERT_EQ(r.best.changes.size(), 1u);
    EXPECT_EQ(r.best.changes[0], (std::pair<int, double>{2, 3}));
}

TEST(FhSolver, NegativeCountsAreImpossible) {
    FhProblem p;
    p.vars.resize(2);
    p.vars[0].value = 1;
    p.vars[1].value = 1;
    p.equations.push_back({{{0, 1}, {1, 1}}});  // x0 + x1 = 0 with x >= 0: both must go to 0
    const FhResult r = solveFh(p);
    EXPECT_EQ(r.status, CorrectionStatus::Unique);
    EXPECT_EQ(r.best.changes.size(), 2u);
}

TEST(Typo, RecognizesTheSlipsOfFormatMd) {
    EXPECT_EQ(typingSlip("21", 12), Slip::SwappedDigits);
    EXPECT_EQ(typingSlip("17", 18), Slip::WrongDigit);
    EXPECT_EQ(typingSlip("7", 8), Slip::None);  // one digit: no evidence of a slip
    EXPECT_EQ(typingSlip("110", 10), Slip::ExtraDigit);
    EXPECT_EQ(typingSlip("1", 10), Slip::MissingDigit);
    EXPECT_EQ(typingSlip("3 1", 3), Slip::SplitDigits);
    EXPECT_EQ(typingSlip("１２", 13), Slip::WrongDigit);  // full-width digits
    EXPECT_EQ(typingSlip("12", 12), Slip::None);
    EXPECT_EQ(typingSlip("10", 8), Slip::None);
    EXPECT_EQ(typingSlip("123", 321), Slip::None);
    EXPECT_EQ(typingSlip("abc", 1), Slip::None);
    EXPECT_EQ(typingSlip("", 1), Slip::None);
    EXPECT_EQ(typingSlip("5", 2.5), Slip::None);
}

// Typing slips order corrections of equal weight and nothing else.
TEST(Typo, BreaksTiesOnly) {
    // parts 12 + 5 = total 18, both parts weigh the same: 12 -> 13 is a slip
    // of one digit, 5 -> 6 is not evidence of anything, so 13 comes first.
    FhProblem tie;
    tie.vars.resize(3);
    const std::string written[] = {"12", "5", "18"};
    for (int i = 0; i < 3; ++i) tie.vars[static_cast<size_t>(i)].text = written[i];
    tie.vars[0].value = 12, tie.vars[1].value = 5, tie.vars[2].value = 18;
    tie.vars[2].weight = 1000;  // the total is trusted here
    tie.equations.push_back({{{0, 1}, {1, 1}, {2, -1}}});
    const FhResult r = solveFh(tie);
    ASSERT_EQ(r.status, CorrectionStatus::Tied);
    EXPECT_EQ(r.best.changes, (std::vector<std::pair<int, double>>{{0, 13}}));

    // The same with a lighter total: changing it wins, slip or not.
    FhProblem lighter = tie;
    lighter.vars[2].weight = 75;
    const FhResult l = solveFh(lighter);
    ASSERT_EQ(l.status, CorrectionStatus::Unique);
    EXPECT_EQ(l.best.changes, (std::vector<std::pair<int, double>>{{2, 17}}));
}
