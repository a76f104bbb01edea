#include "core/model/schema.hpp"

namespace nianbao {

const TableDecl* FormatDecl::table(const std::string& id) const {
    for (const TableDecl& t : tables)
        if (t.id == id) return &t;
    return nullptr;
}

const SectionDecl* FormatDecl::section(const std::string& id) const {
    for (const SectionDecl& s : sections)
        if (s.id == id) return &s;
    return nullptr;
}

const AxisDecl* findAxis(const std::vector<AxisDecl>& axes, const std::string& id) {
    for (const AxisDecl& a : axes)
        if (a.id == id) return &a;
    return nullptr;
}

const AxisDecl* findRow(const TableDecl& t, const std::string& id) { return findAxis(t.rows, id); }

const AxisDecl* findColumn(const TableDecl& t, const std::string& id) { return findAxis(t.columns, id); }

}  // namespace nianbao
