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

// C2: a mandated part missing that no check of this report needs. The format
// keeps every row, with 0 where there is nothing to report.
Finding keptWithZeros(const TableDecl& t, const std::string& what, const char* it) {
    Finding f;
    f.rule = "C2";
    f.severity = "warning";
    f.table = t.id;
    f.message = "缺少" + what + "：法定格式保留" + it + "，无数据时应填0";
    f.messageEn = what + " is missing: the statutory format keeps it, with 0 where there is nothing to report";
    return f;
}

// Does a declared relation of the table read this row (in any column)?
bool inMandatedRelation(const TableDecl& t, const std::string& row) {
    for (const Instance& in : instances(t))
        for (const auto& rc : in.cells)
            if (rc.first == row && declared(t, rc.first, rc.second)) return true;
    return false;
}

// Does a Y1 carry of the format read this row of the table ("" : any row)?
bool carriedIn(const FormatDecl& format, const TableDecl& t, const std::string& row) {
    for (const CarryDecl& c : format.carries) {
        if (c.table != t.id) continue;
        if (row.empty()) return true;
        if (c.scope == RelationDecl::Scope::EachRow) {  // the carry's columns, in the rows that have them
            if (declared(t, row, c.now)) return true;
            continue;
        }
        if (c.now == row) return true;
        for (const auto* side : {&c.plus, &c.minus})
            if (std::find(side->begin(), side->end(), row) != side->end()) return true;
    }
    return false;
}

}  // namespace

std::vector<Finding> coverageFindings(const Report& report, const Report* previous) {
    std::vector<Finding> out;
    if (!report.format) return out;
    for (const TableDecl& official : report.format->tables) {
        const TableDecl& t = *report.tableDecl(official.id);  // in the layout it was read in
        const RecognizedTable* found = report.table(t.id);
        const bool tableFound = found && found->found;
        for (const Instance& in : instances(t)) {
            const bool mandated = std::all_of(in.cells.begin(), in.cells.end(),
                                              [&](const auto& rc) { return declared(t, rc.first, rc.second); });
            if (!mandated) continue;
            std::vector<std::string> missing;
            for (const auto& [row, col] : in.cells) {
                if (found && found->cell(row, col)) continue;
                if (!tableFound) addOnce(missing, tableTitle(report, t.id));
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
        // Rows (or a whole table) the format mandates but no relation of this
        // check reads: C1 when last year's comparison (Y1) needed them, else C2.
        const bool yearNeedsTable = previous && carriedIn(*report.format, t, "");
        if (!tableFound) {
            if (!t.relations.empty()) continue;  // its relations were reported above
            out.push_back(yearNeedsTable ? coverageFinding(t, tableTitle(report, t.id), "与上年报告的衔接（Y1）")
                                         : keptWithZeros(t, tableTitle(report, t.id), "该表"));
            continue;
        }
        for (const AxisDecl& row : t.rows) {
            if (hasRow(found, row.id) || inMandatedRelation(t, row.id)) continue;
            const std::string what = "「" + rowLabel(report, t.id, row.id) + "」行";
            Finding f = previous && carriedIn(*report.format, t, row.id)
                            ? coverageFinding(t, what, "与上年报告的衔接（Y1）")
                            : keptWithZeros(t, what, "该行");
            f.row = row.id;
            for (const AxisDecl& col : t.columns)
                if (declared(t, row.id, col.id)) f.cells.push_back(t.id + "." + row.id + "." + col.id);
            out.push_back(std::move(f));
        }
    }
    return out;
}

}  // namespace nianbao
