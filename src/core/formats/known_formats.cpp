#include "core/formats/formats.hpp"

namespace nianbao {

const std::vector<const FormatDecl*>& knownFormats() {
    static const std::vector<const FormatDecl*> all = {&format2021(), &format2019()};
    return all;
}

}  // namespace nianbao
