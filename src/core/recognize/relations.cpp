// Every hard sum relation expanded to concrete cell keys: H1..H4 from the
// declarations (declared cells only, and only where every cell exists), H5
// for the subtotal rows and columns a publisher added.
#include "core/recognize/internal.hpp"

namespace nianbao::recog {

namespace {

// The cells of `keys` as indices over every table's cells in table order
// (Relation::lhsAt); false when one does not exist.
bool resolve(const Report& report, const std::vector<std::string>& keys, std::vector<int>& at) {
    for (const std::string& k : keys) {
        const ReportCell* c = report.cell(k);
        if (!c) return false;
        size_t offset = 0;
        for (const RecognizedTable& t : report.tables) {
            if (c >= t.cells.data() && c < t.cells.data() + t.cells.size()) {
                at.push_back(static_cast<int>(offset + static_cast<size_t>(c - t.cells.data())));
                break;
            }
            offset += t.cells.size();
        }
    }
    return true;
}

void addIfComplete(const Report& report, std::vector<Relation>& out, Relation r) {
    if (r.lhs.empty() || r.rhs.empty()) return;
    if (resolve(report, r.lhs, r.lhsAt) && resolve(report, r.rhs, r.rhsAt)) out.push_back(std::move(r));
}

std::string key(const std::string& table, const std::string& row, const std::string& col) {
    return table + "." + row + "." + col;
}

}  // namespace

std::vector<Relation> expandRelations(const Report& report, const FormatDecl& format,
                                      const SubtotalsByTable& subtotals) {
    std::vector<Relation> out;
    for (const TableDecl& declared : format.tables) {
        const RecognizedTable* found = report.table(declared.id);
        if (!found || !found->found) continue;
        const TableDecl& t = *report.tableDecl(declared.id);  // the layout it is written in
        for (const RelationDecl& d : t.relations) {
            switch (d.scope) {
                case RelationDecl::Scope::EachColumn:
                    for (const AxisDecl& col : t.columns) {
                        Relation r{d.rule, t.id, col.id, {}, {}, Relation::Axis::Column};
                        for (const std::string& row : d.lhs) r.lhs.push_back(key(t.id, row, col.id));
                        for (const std::string& row : d.rhs) r.rhs.push_back(key(t.id, row, col.id));
                        addIfComplete(report, out, std::move(r));
                    }
                    break;
                case RelationDecl::Scope::EachRow:
                    for (const AxisDecl& row : t.rows) {
                        Relation r{d.rule, t.id, row.id, {}, {}, Relation::Axis::Row};
                        for (const std::string& col : d.lhs) r.lhs.push_back(key(t.id, row.id, col));
                        for (const std::string& col : d.rhs) r.rhs.push_back(key(t.id, row.id, col));
                        addIfComplete(report, out, std::move(r));
                    }
                    break;
                case RelationDecl::Scope::Single: {
                    Relation r{d.rule, t.id, "", {}, {}};
                    for (const std::string& k : d.lhs) r.lhs.push_back(t.id + "." + k);
                    for (const std::string& k : d.rhs) r.rhs.push_back(t.id + "." + k);
                    addIfComplete(report, out, std::move(r));
                    break;
                }
            }
        }
    }

    // H5: a subtotal row sums the declared (non-total) rows of its group in
    // each column; a subtotal column sums its group's columns in each row.
    for (const auto& [tableId, found] : subtotals) {
        const TableDecl* decl = report.tableDecl(tableId);
        const RecognizedTable* table = report.table(tableId);
        if (!decl || !table) continue;
        for (const Subtotal& s : found) {
            if (!s.column) {
                std::vector<std::string> cols;
                for (const ReportCell& c : table->cells)
                    if (c.row == s.id) cols.push_back(c.col);
                for (const std::string& col : cols) {
                    Relation r{"H5", tableId, col, {key(tableId, s.id, col)}, {}, Relation::Axis::Column};
                    for (const AxisDecl& row : decl->rows)
                        if (row.group == s.group && !row.total && table->cell(row.id, col))
                            r.rhs.push_back(key(tableId, row.id, col));
                    addIfComplete(report, out, std::move(r));
                }
            } else {
                std::vector<std::string> rows;
                for (const ReportCell& c : table->cells)
                    if (c.col == s.id) rows.push_back(c.row);
                for (const std::string& row : rows) {
                    Relation r{"H5", tableId, row, {key(tableId, row, s.id)}, {}, Relation::Axis::Row};
                    for (const AxisDecl& col : decl->columns)
                        if (col.group == s.group && !col.total && table->cell(row, col.id))
                            r.rhs.push_back(key(tableId, row, col.id));
                    addIfComplete(report, out, std::move(r));
                }
            }
        }
    }
    return out;
}

}  // namespace nianbao::recog
