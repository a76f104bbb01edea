#include "core/localize/elimination.hpp"

#include <algorithm>
#include <cstdlib>
#include <numeric>

#include "core/localize/fh_internal.hpp"

namespace nianbao::fh {

namespace {

long long gcdOf(long long a, long long b) { return std::gcd(std::llabs(a), std::llabs(b)); }

enum class Elimination { Infeasible, Unique, Underdetermined, Overflow };

// Exact Gauss-Jordan elimination of the integer rows [coefficients | rhs]
// (`rows` rows of k + 1 entries each, row-major in `a`), keeping every row
// integral by cross-multiplying and dividing out common factors.
Elimination eliminate(std::vector<long long>& a, size_t rows, int k, std::vector<long long>& y) {
    const size_t width = static_cast<size_t>(k) + 1;
    auto at = [&](size_t r, size_t c) -> long long& { return a[r * width + c]; };
    size_t rank = 0;
    std::vector<int> pivotCol;
    for (int col = 0; col < k && rank < rows; ++col) {
        const size_t cc = static_cast<size_t>(col);
        size_t p = rank;
        while (p < rows && at(p, cc) == 0) ++p;
        if (p == rows) continue;
        if (p != rank) std::swap_ranges(&at(rank, 0), &at(rank, 0) + width, &at(p, 0));
        const long long g = at(rank, cc);
        for (size_t i = 0; i < rows; ++i) {
            const long long f = i == rank ? 0 : at(i, cc);
            if (f == 0) continue;
            const long long h = gcdOf(f, g);
            const long long gm = g / h, fm = f / h;
            long long common = 0;
            for (size_t c = 0; c < width; ++c) {
                long long x, z;
                if (__builtin_mul_overflow(at(i, c), gm, &x) || __builtin_mul_overflow(at(rank, c), fm, &z) ||
                    __builtin_sub_overflow(x, z, &at(i, c)))
                    return Elimination::Overflow;
                common = gcdOf(common, at(i, c));
            }
            if (common > 1)
                for (size_t c = 0; c < width; ++c) at(i, c) /= common;
        }
        pivotCol.push_back(col);
        ++rank;
    }
    for (size_t i = rank; i < rows; ++i)
        if (at(i, static_cast<size_t>(k)) != 0) return Elimination::Infeasible;
    if (static_cast<int>(rank) < k) return Elimination::Underdetermined;
    y.assign(static_cast<size_t>(k), 0);
    for (size_t i = 0; i < rank; ++i) {
        const long long piv = at(i, static_cast<size_t>(pivotCol[i]));
        const long long r = at(i, static_cast<size_t>(k));
        if (r % piv != 0) return Elimination::Infeasible;  // the only solution is fractional
        y[static_cast<size_t>(pivotCol[i])] = r / piv;
    }
    return Elimination::Unique;
}

}  // namespace

Subsystem solveSubsystem(const IntSystem& s, const std::vector<int>& unknown, std::vector<long long>& change) {
    std::vector<int> local(s.weight.size(), -1);  // variable -> column, -1: keeps its value
    for (size_t i = 0; i < unknown.size(); ++i) local[static_cast<size_t>(unknown[i])] = static_cast<int>(i);
    // The equations an unknown sits in; any other must already hold.
    std::vector<int> rows;
    for (size_t e = 0; e < s.equations.size(); ++e) {
        const bool touched = std::any_of(s.equations[e].begin(), s.equations[e].end(),
                                         [&](const Term& t) { return local[static_cast<size_t>(t.index)] >= 0; });
        if (touched) rows.push_back(static_cast<int>(e));
        else if (s.rhs[e] != 0) return Subsystem::Infeasible;
    }
    const int k = static_cast<int>(unknown.size());
    const size_t width = static_cast<size_t>(k) + 1;
    std::vector<long long> matrix(rows.size() * width, 0);
    std::vector<std::vector<std::pair<int, long long>>> equations;  // the same rows for GLPK
    std::vector<long long> rhs;
    for (size_t r = 0; r < rows.size(); ++r) {
        const size_t e = static_cast<size_t>(rows[r]);
        std::vector<std::pair<int, long long>> terms;
        for (const Term& t : s.equations[e]) {
            const int c = local[static_cast<size_t>(t.index)];
            if (c < 0) continue;
            matrix[r * width + static_cast<size_t>(c)] = t.coef;
            terms.push_back({c, t.coef});
        }
        matrix[r * width + static_cast<size_t>(k)] = s.rhs[e];
        equations.push_back(std::move(terms));
        rhs.push_back(s.rhs[e]);
    }
    std::vector<long long> lo, hi;
    for (int j : unknown) lo.push_back(s.lo[static_cast<size_t>(j)]), hi.push_back(s.hi[static_cast<size_t>(j)]);
    switch (eliminate(matrix, rows.size(), k, change)) {
        case Elimination::Overflow: return Subsystem::GiveUp;
        case Elimination::Infeasible: return Subsystem::Infeasible;
        case Elimination::Unique:
            for (size_t i = 0; i < unknown.size(); ++i)
                if (change[i] < lo[i] || change[i] > hi[i]) return Subsystem::Infeasible;
            return Subsystem::Feasible;
        case Elimination::Underdetermined: break;
    }
    switch (closestChanges(equations, rhs, lo, hi, change)) {
        case GlpkOutcome::Solved: return Subsystem::Feasible;
        case GlpkOutcome::NoSolution: return Subsystem::Infeasible;
        case GlpkOutcome::Failed: return Subsystem::GiveUp;
    }
    return Subsystem::GiveUp;
}

}  // namespace nianbao::fh
