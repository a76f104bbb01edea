// Lookups on a recognized Report (report.hpp).
#include "core/model/report.hpp"

namespace nianbao {

const ReportCell* RecognizedTable::cell(const std::string& row, const std::string& col) const {
    for (const ReportCell& c : cells)
        if (c.row == row && c.col == col) return &c;
    return nullptr;
}

const RecognizedTable* Report::table(const std::string& id) const {
    for (const RecognizedTable& t : tables)
        if (t.id == id) return &t;
    return nullptr;
}

const TableDecl* Report::tableDecl(const std::string& id) const {
    const RecognizedTable* t = table(id);
    const FormatDecl* f = t && t->layout ? t->layout : format;
    return f ? f->table(id) : nullptr;
}

const ReportCell* Report::cell(const std::string& key) const {
    // Keys are TABLE.ROW.COL; ids never contain dots.
    const size_t a = key.find('.');
    if (a == std::string::npos) return nullptr;
    const size_t b = key.find('.', a + 1);
    if (b == std::string::npos) return nullptr;
    const RecognizedTable* t = table(key.substr(0, a));
    if (!t) return nullptr;
    return t->cell(key.substr(a + 1, b - a - 1), key.substr(b + 1));
}

}  // namespace nianbao
