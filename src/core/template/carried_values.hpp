// The values a rebuilt table carries over from the recognized one: each
// recognized cell to its cell in the 2021 layout (2019's single （六）其他处理
// row becomes 3.其他; 2019 T2 columns without a 2021 counterpart are listed,
// never silently dropped), the unique correction applied.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "core/findings.hpp"

namespace nianbao::tmpl {

struct CarriedCell {
    std::string from;  // full key in the recognized report ("T3.other.np")
    std::string to;    // full key in the 2021 table ("T3.other_3.np"), "" when not carried
    std::string text;  // what the new cell says (or the old one said, when not carried)
};

struct CarriedValues {
    std::map<std::string, std::string> values;  // 2021 "ROW.COL" -> text
    std::vector<CarriedCell> moved;             // carried under another id
    std::vector<CarriedCell> dropped;           // no cell of the 2021 table to carry them to
    std::vector<CellChange> corrected;          // the correction's changes applied
};

CarriedValues carryValues(const Report& report, const Correction& correction, const std::string& tableId);

// A value as plain digits ("8", "0.5").
std::string plainNumber(double v);

}  // namespace nianbao::tmpl
