// Prints a template part of the core (core/template) as JSON, so the
// LibreOffice tests can compare what the extension wrote with the model
// and build fixtures (a 2019-format T3) from it.
// Usage: nianbao_template_dump PART [2021|2019]
#include <iostream>

#include <nlohmann/json.hpp>

#include "core/template/template_model.hpp"

int main(int argc, char** argv) {
    if (argc < 2) {
        std::cerr << "usage: nianbao_template_dump PART [2021|2019]\n";
        return 2;
    }
    try {
        const std::string version = argc > 2 ? argv[2] : "2021";
        const nianbao::FormatDecl& format = version == "2019" ? nianbao::format2019() : nianbao::format2021();
        const nianbao::tmpl::TemplatePart part = nianbao::tmpl::buildPart(argv[1], format);
        nlohmann::json blocks = nlohmann::json::array();
        for (const auto& b : part.blocks) {
            if (const auto* p = std::get_if<nianbao::tmpl::TemplateParagraph>(&b)) {
                blocks.push_back({{"p", p->text}, {"role", static_cast<int>(p->role)}});
                continue;
            }
            const auto& t = std::get<nianbao::tmpl::TemplateTable>(b);
            nlohmann::json cells = nlohmann::json::array();
            for (const auto& c : t.cells)
                cells.push_back({c.row, c.col, c.rowSpan, c.colSpan, c.text, c.key});
            blocks.push_back({{"table", t.id}, {"rows", t.rows}, {"cols", t.cols}, {"cells", cells}});
        }
        std::cout << nlohmann::json{{"part", part.id}, {"blocks", blocks}}.dump() << "\n";
        return 0;
    } catch (const std::exception& e) {
        std::cerr << e.what() << "\n";
        return 1;
    }
}
