// Checker tests: builds Reports directly (no recognizer): every declared T3/T4 cell of a
// format, read from given texts, with the hard relations expanded the way
// recognize() does. Lets checker and localizer tests run on exact inputs.
#pragma once

#include <map>
#include <string>

#include "core/model/report.hpp"

namespace nianbao::ctest {

using CellTexts = std::map<std::string, std::string>;  // "T3.new.np" -> text

// Cells not named in `texts` read "0".
Report buildReport(const CellTexts& texts, const FormatDecl* format = nullptr /* 2021 */);

// The seed report's T3 and T4 as published (fixtures/seed/miyun-commerce-2023.txt).
CellTexts seedTexts();

// All T3 row ids / column ids of the 2021 format, T4 column ids.
std::vector<std::string> t3Rows();
std::vector<std::string> t3Columns();
std::vector<std::string> t4Columns();

}  // namespace nianbao::ctest
