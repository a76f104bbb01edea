// Deciding a node of the search: with the set of variables allowed to change
// fixed, the equations they touch are a small integer system, solved exactly.
#pragma once

#include <vector>

#include "core/localize/int_system.hpp"

namespace nianbao::fh {

enum class Subsystem {
    Feasible,    // `change` holds the changes of `unknown`, in its order
    Infeasible,  // no integer changes within the bounds
    GiveUp,      // arithmetic overflow: the MIP must decide
};

// Changes of the variables `unknown` (ascending) alone that make every
// equation hold: forced ones by exact elimination, else (an underdetermined
// system) the closest ones found by GLPK.
Subsystem solveSubsystem(const IntSystem& s, const std::vector<int>& unknown, std::vector<long long>& change);

}  // namespace nianbao::fh
