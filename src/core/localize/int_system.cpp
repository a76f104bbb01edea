#include "core/localize/int_system.hpp"

#include <algorithm>
#include <cmath>
#include <cstdlib>

namespace nianbao::fh {

namespace {

constexpr double kMaxMagnitude = 1e12;  // beyond it the MIP decides (no overflow in the search)
constexpr long long kMaxCoefficient = 1 << 16;

}  // namespace

bool toIntegers(const FhProblem& p, const std::vector<double>& residuals, IntSystem& s) {
    double scale = 0;
    for (const FhVar& v : p.vars) scale += std::fabs(v.value);
    for (double r : residuals) scale += std::fabs(r);
    const double bigM = 2 * scale + 10;  // the MIP's bound on any change
    if (!(bigM <= kMaxMagnitude)) return false;  // NaN and infinities too
    const long long m = static_cast<long long>(std::floor(bigM));
    const size_t n = p.vars.size();
    s.lo.resize(n), s.hi.assign(n, m), s.weight.resize(n), s.free.resize(n), s.ofVar.assign(n, {});
    for (size_t j = 0; j < n; ++j) {
        const FhVar& v = p.vars[j];
        const long long value = static_cast<long long>(v.value);  // |value| < bigM: no overflow
        if (!v.integer || static_cast<double>(value) != v.value || v.weight < 0) return false;
        s.lo[j] = -(v.invalid || v.missing ? 0 : v.nonNegative ? std::max(0LL, value) : m);
        s.weight[j] = v.weight;
        const bool isFree = v.weight == 0 || v.invalid;
        s.free[j] = isFree;
        if (isFree) s.freeVars.push_back(static_cast<int>(j));
        else s.lightest = std::min(s.lightest, v.weight);
        if (v.invalid) s.fixedWeight += v.weight;
    }
    for (const FhEquation& eq : p.equations) {
        std::vector<std::pair<int, int>> terms = eq.terms;
        std::sort(terms.begin(), terms.end());
        std::vector<Term> merged;
        for (const auto& [var, coef] : terms) {
            if (!merged.empty() && merged.back().index == var) merged.back().coef += coef;
            else merged.push_back({var, coef});
        }
        merged.erase(std::remove_if(merged.begin(), merged.end(), [](const Term& t) { return t.coef == 0; }),
                     merged.end());
        long long rhs = 0;
        const int e = static_cast<int>(s.equations.size());
        for (const Term& t : merged) {
            if (std::llabs(t.coef) > kMaxCoefficient) return false;
            rhs -= t.coef * static_cast<long long>(p.vars[static_cast<size_t>(t.index)].value);
            s.ofVar[static_cast<size_t>(t.index)].push_back({e, t.coef});
        }
        s.equations.push_back(std::move(merged));
        s.rhs.push_back(rhs);
        if (rhs != 0) s.violated.push_back(e);
    }
    return true;
}

}  // namespace nianbao::fh
