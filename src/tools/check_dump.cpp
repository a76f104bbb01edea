// Checks a document dump (model/grid_dump.hpp: what the UNO reader saw, or
// tests/tools/html_to_grid.py's stand-in) and prints the findings JSON: the
// core alone, for looking at a layout without starting an office.
//   nianbao_check_dump DUMP.json [PREVIOUS_YEAR_DUMP.json]
#include <fstream>
#include <iostream>
#include <sstream>

#include "core/checker.hpp"
#include "core/model/grid_dump.hpp"
#include "core/output/findings_json.hpp"

namespace {

std::string slurp(const char* path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error(std::string("cannot read ") + path);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2 || argc > 3) {
        std::cerr << "usage: nianbao_check_dump DUMP.json [PREVIOUS_YEAR_DUMP.json]\n";
        return 2;
    }
    try {
        const nianbao::Document doc = nianbao::documentFromJson(slurp(argv[1]));
        nianbao::Document previous;
        nianbao::CheckOptions options;
        if (argc == 3) {
            previous = nianbao::documentFromJson(slurp(argv[2]));
            options.previousYear = &previous;
        }
        std::cout << nianbao::toJson(nianbao::check(doc, options)) << "\n";
        return 0;
    } catch (const std::exception& e) {
        std::cerr << "nianbao_check_dump: " << e.what() << "\n";
        return 2;
    }
}
