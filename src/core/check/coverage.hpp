// C1: what the format mandates but this report did not let us check. A report
// whose T3 lacks a row must not come out clean: every relation through that
// row is reported as unchecked, naming what is missing by the format's labels.
// C2: a mandated row (or relation-free table) that is missing but that no
// check of this report reads — a county office without rule-making power
// leaving out T2's 规章 row is not "incomplete", only short of the format.
#pragma once

#include <vector>

#include "core/model/findings.hpp"

namespace nianbao {

// One C1 (warning) per mandated relation instance (per column, row or group)
// with a declared cell the recognizer did not find. For a declared row in no
// relation (T2's) none of whose cells were found, and a relation-free table not
// found at all: C1 when `previous` is given and a Y1 carry reads it, else C2.
std::vector<Finding> coverageFindings(const Report& report, const Report* previous = nullptr);

}  // namespace nianbao
