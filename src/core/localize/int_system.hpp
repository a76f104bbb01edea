// The Fellegi-Holt problem in integer changes y_j = x_j - value_j, where the
// exact search works: every equation reads sum(coef * y) = rhs, rhs being
// minus what the equation is off by as written.
#pragma once

#include <limits>
#include <vector>

#include "core/localize/fh_solver.hpp"

namespace nianbao::fh {

struct Term {
    int index;  // a variable (in an equation) or an equation (in a variable's list)
    long long coef;
};

struct IntSystem {
    std::vector<std::vector<Term>> equations;  // by equation: variables ascending, merged, no zeros
    std::vector<std::vector<Term>> ofVar;      // by variable: (equation, coefficient), ascending
    std::vector<long long> rhs;
    std::vector<long long> lo, hi;  // bounds on each change, as in the MIP
    std::vector<int> weight;
    std::vector<char> free;         // weight 0 or unreadable: may change at no search cost
    std::vector<int> freeVars;
    std::vector<int> violated;      // equations with rhs != 0
    int fixedWeight = 0;            // unreadable variables change in any case
    int lightest = std::numeric_limits<int>::max();  // least weight of a variable not free
};

// False when the problem is not one of integers within safe magnitudes (then
// the GLPK MIP decides).
bool toIntegers(const FhProblem& p, const std::vector<double>& residuals, IntSystem& s);

}  // namespace nianbao::fh
