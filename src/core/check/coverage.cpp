#include "core/check/coverage.hpp"

#include <algorithm>

#include "core/model/labels.hpp"

namespace nianbao {

namespace {

struct Instance {
    const RelationDecl* decl;
    std::string scope;  // column id (EachColumn), row id (EachRow), "" (Single)
    std::vector<std::pair<std::string, std::string>> cells;  // (row, col)
};

// A cell the format has: a declared row and column, the column one the row uses.
bool declared(const TableDecl& t, const std::string& row, const std::string& col) {
    const AxisDecl* r = findRow(t, row);
    if (!r || !findColumn(t, col)) return false;
    return r->columns.empty() || std::find(r->columns.begin(), r->columns.end(), col) != r->columns.end();
}

std::vector<Instance> instances(const TableDecl& t) {
    std::vector<Instance> out;
    for (const RelationDecl& d : t.relations) {
        switch (d.scope) {
            case RelationDecl::Scope::EachColumn:
                for (const AxisDecl& col : t.columns) {
                    Instance in{&d, col.id, {}};
                    for (const auto* side : {&d.lhs, &d.rhs})
                        for (const std::string& row : *side) in.cells.emplace_back(row, col.id);
                    out.push_back(std::move(in));
                }
                break;
            case RelationDecl::Scope::EachRow:
                for (const AxisDecl& row : t.rows) {
                    Instance in{&d, row.id, {}};
                    for (const auto* side : {&d.lhs, &d.rhs})
                        for (const std::string& col : *side) in.cells.emplace_back(row.id, col);
                    out.push_back(std::move(in));
                }
                break;
            case RelationDecl::Scope::Single: {
                Instance in{&d, "", {}};
                for (const auto* side : {&d.lhs, &d.rhs})
                    for (const std::string& k : *side) {
                        const size_t dot = k.find('.');
                        in.cells.emplace_back(k.substr(0, dot), dot == std::string::npos ? "" : k.substr(dot + 1));
                    }
                out.push_back(std::move(in));
                break;
            }
        }
    }
    return out;
}

// What the table's section is called, for a table not found at all.
std::string tableName(const Report& report, const TableDecl& t) {
    std::string title;
    if (const SectionDecl* s = report.format->section(t.section))
        title = s->number + "、" + (s->titles.empty() ? std::string() : s->titles.front());
    return title.empty() ? std::string("表格") : "「" + title + "」的表格";
}

bool hasRow(const RecognizedTable* t, const std::string& row) {
    return t && std::any_of(t->cells.begin(), t->cells.end(), [&](const ReportCell& c) { return c.row == row; });
}

bool hasColumn(const RecognizedTable* t, const std::string& col) {
    return t && std::any_of(t->cells.begin(), t->cells.end(), [&](const ReportCell& c) { return c.col == col; });
}

void addOnce(std::vector<std::string>& list, std::string s) {
    if (std::find(list.begin(), list.end(), s) == list.end()) list.push_back(std::move(s));
}

std::string joined(const std::vector<std::string>& parts, const char* sep) {
    std::string s;
    for (const std::string& p : parts) s += (s.empty() ? "" : sep) + p;
    return s;
}

// "H2（自然人列）", "H3（（一）予以公开行）", "H4（行政复议）".
std::string relationName(const Report& report, const TableDecl& t, const Instance& in) {
    std::string scope;
    switch (in.decl->scope) {
        case RelationDecl::Scope::EachColumn: scope = columnLabel(report, t.id, in.scope) + "列"; break;
        case RelationDecl::Scope::EachRow: scope = rowLabel(report, t.id, in.scope) + "行"; break;
        case RelationDecl::Scope::Single:
            scope = in.cells.empty() ? std::string() : columnGroup(report, t.id, in.cells.front().second);
            if (scope.empty() && !in.cells.empty()) scope = columnLabel(report, t.id, in.cells.front().second);
            break;
    }
    return in.decl->rule + "（" + scope + "）";
}

Finding coverageFinding(const TableDecl& t, const std::string& what, const std::string& checkable) {
    Finding f;
    f.rule = "C1";
    f.severity = "warning";
    f.table = t.id;
    f.message = "未找到" + what + "，" + checkable + "无法核对";
    f.messageEn = what + " not found: " + checkable + " cannot be checked";
    return f;
}

}  // namespace

std::vector<Finding> coverageFindings(const Report& report) {
    std::vector<Finding> out;
    if (!report.format) return out;
    for (const TableDecl& t : report.format->tables) {
        const RecognizedTable* found = report.table(t.id);
        const bool tableFound = found && found->found;
        for (const Instance& in : instances(t)) {
            const bool mandated = std::all_of(in.cells.begin(), in.cells.end(),
                                              [&](const auto& rc) { return declared(t, rc.first, rc.second); });
            if (!mandated) continue;
            std::vector<std::string> missing;
            for (const auto& [row, col] : in.cells) {
                if (found && found->cell(row, col)) continue;
                if (!tableFound) addOnce(missing, tableName(report, t));
                else if (!hasRow(found, row)) addOnce(missing, "「" + rowLabel(report, t.id, row) + "」行");
                else if (!hasColumn(found, col)) addOnce(missing, "「" + columnLabel(report, t.id, col) + "」列");
                else
                    addOnce(missing, "「" + rowLabel(report, t.id, row) + "」行「" + columnLabel(report, t.id, col) +
                                         "」列的单元格");
            }
            if (missing.empty()) continue;
            Finding f = coverageFinding(t, joined(missing, "、"), relationName(report, t, in));
            if (in.decl->scope == RelationDecl::Scope::EachColumn) f.column = in.scope;
            if (in.decl->scope == RelationDecl::Scope::EachRow) f.row = in.scope;
            for (const auto& [row, col] : in.cells) f.cells.push_back(t.id + "." + row + "." + col);
            out.push_back(std::move(f));
        }
        if (!t.relations.empty()) continue;
        // A table the format gives no sum (T2): the table, and each row it mandates.
        if (!tableFound) {
            out.push_back(coverageFinding(t, tableName(report, t), "其中的数据"));
            continue;
        }
        for (const AxisDecl& row : t.rows) {
            if (hasRow(found, row.id)) continue;
            Finding f = coverageFinding(t, "「" + rowLabel(report, t.id, row.id) + "」行", "该行数据");
            f.row = row.id;
            for (const AxisDecl& col : t.columns)
                if (declared(t, row.id, col.id)) f.cells.push_back(t.id + "." + row.id + "." + col.id);
            out.push_back(std::move(f));
        }
    }
    return out;
}

}  // namespace nianbao
