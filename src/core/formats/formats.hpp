// The format versions nianbao knows, each one declaration (format_2021.cpp,
// format_2019.cpp).
#pragma once

#include <vector>

#include "core/model/schema.hpp"

namespace nianbao {

const FormatDecl& format2021();
const FormatDecl& format2019();
// All known versions, newest first.
const std::vector<const FormatDecl*>& knownFormats();

}  // namespace nianbao
