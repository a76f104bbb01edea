// Checks beyond the tables' arithmetic (format.md N1-N4, Y1): the prose
// against the tables, the sections, the years, and last year's report.
#pragma once

#include <vector>

#include "core/model/findings.hpp"
#include "core/model/grid.hpp"

namespace nianbao {

// N1: the report's stated numbers that disagree with its tables.
std::vector<Finding> proseNumberFindings(const Report& report);
// N2 (S6 silent on 信息处理费, 2021 format) and N3 (sections missing, out of order, retitled).
std::vector<Finding> sectionFindings(const Document& doc, const Report& report);
// N4: data year vs title year; format version vs year.
std::vector<Finding> yearFindings(const Report& report);
// Y1: this year's carried-in and valid counts against last year's report.
std::vector<Finding> yearOverYearFindings(const Report& report, const Report& previous);

}  // namespace nianbao
