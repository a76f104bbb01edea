// Loading document dumps from tests/fixtures.
#pragma once

#include <string>

#include "core/model/grid.hpp"

namespace nianbao::test {

std::string fixturePath(const std::string& relative);
std::string readFile(const std::string& path);
// The document dump at tests/fixtures/<relative>; fails the test when unreadable.
Document loadDump(const std::string& relative);

}  // namespace nianbao::test
