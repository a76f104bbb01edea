// A JSON dump of a Document (blocks and grids), so tests, fuzzers and bug
// reports can carry a document's structure without LibreOffice:
// {"name": "...", "blocks": [{"p": "text", "level": 0},
//   {"table": "表格1", "rows": R, "cols": C,
//    "cells": [[row, col, rowSpan, colSpan, "text", "address"], ...]}]}
#pragma once

#include <string>

#include "core/model/grid.hpp"

namespace nianbao {

std::string documentToJson(const Document& doc);
// Throws std::runtime_error with a readable message on malformed input.
Document documentFromJson(const std::string& json);

}  // namespace nianbao
