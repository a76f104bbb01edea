// The one entry point every front end calls: document -> findings.
#pragma once

#include "core/model/findings.hpp"
#include "core/model/grid.hpp"

namespace nianbao {

struct CheckOptions {
    const Document* previousYear = nullptr;  // enables Y1
    std::string previousError;               // set instead when last year's report could not be read
    bool localize = true;                    // run error localization
};

// Pure function of its input: never throws (errors land in CheckResult::error).
CheckResult check(const Document& doc, const CheckOptions& options = {});

}  // namespace nianbao
