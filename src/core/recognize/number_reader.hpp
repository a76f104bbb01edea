// Reading what is written in a value cell (format.md, "Reading a value cell").
#pragma once

#include <string_view>

#include "core/model/number_reading.hpp"
#include "core/model/schema.hpp"

namespace nianbao {

NumberReading readNumber(std::string_view text, ValueKind kind);

}  // namespace nianbao
