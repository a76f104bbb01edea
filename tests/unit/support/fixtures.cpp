#include "support/fixtures.hpp"

#include <fstream>
#include <sstream>
#include <stdexcept>

#include "core/model/grid_dump.hpp"

namespace nianbao::test {

std::string fixturePath(const std::string& relative) { return std::string(NIANBAO_FIXTURES) + "/" + relative; }

std::string readFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot read " + path);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

Document loadDump(const std::string& relative) { return documentFromJson(readFile(fixturePath(relative))); }

}  // namespace nianbao::test
