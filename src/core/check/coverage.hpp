// C1: what the format mandates but this report did not let us check. A report
// whose T3 lacks a row must not come out clean: every relation through that
// row is reported as unchecked, naming what is missing by the format's labels.
#pragma once

#include <vector>

#include "core/model/findings.hpp"

namespace nianbao {

// One C1 (warning) per mandated relation instance (per column, row or group)
// with a declared cell the recognizer did not find, and, for a table without
// relations (T2), one per declared row none of whose cells were found.
std::vector<Finding> coverageFindings(const Report& report);

}  // namespace nianbao
