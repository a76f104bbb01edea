// The one entry point every front end calls: document -> findings.
#pragma once

#include <chrono>

#include "core/model/findings.hpp"
#include "core/model/grid.hpp"

namespace nianbao {

struct CheckOptions {
    const Document* previousYear = nullptr;  // enables Y1
    std::string previousError;               // set instead when last year's report could not be read
    bool localize = true;                    // run error localization
    // How long the search for the minimal correction may take; past it the
    // correction is "undecided" (the relations are still reported). 0: no limit.
    std::chrono::milliseconds solverBudget{0};
};

// Pure function of its input: never throws (errors land in CheckResult::error).
CheckResult check(const Document& doc, const CheckOptions& options = {});

}  // namespace nianbao
