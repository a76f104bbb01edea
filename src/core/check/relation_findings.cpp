#include "core/check/relation_findings.hpp"

#include <algorithm>
#include <cmath>
#include <string_view>

#include "core/model/labels.hpp"

namespace nianbao {

namespace {

std::string joinLabels(const Report& report, const RelationIndex& index, CellSpan side) {
    std::string s;
    for (int i : side) {
        const ReportCell* c = index.cells[static_cast<size_t>(i)];
        if (!s.empty()) s += "、";
        s += columnLabel(report, c->table, c->col);
    }
    return s;
}

// The declaration whose messages a relation uses: its table's relation of the
// same rule, or for H5 the table's subtotal row or column.
const RelationDecl* declOf(const Report& report, const Relation& r) {
    const TableDecl* t = report.tableDecl(r.table);
    if (!t) return nullptr;
    for (const RelationDecl& d : t->relations)
        if (d.rule == r.rule) return &d;
    if (r.axis == Relation::Axis::Column) return &t->subtotalRow;
    if (r.axis == Relation::Axis::Row) return &t->subtotalColumn;
    return nullptr;
}

void describe(const Report& report, const IndexedRelation& r, const RelationIndex& index, Finding& f) {
    const std::string L = formatNumber(*f.lhs), R = formatNumber(*f.rhs);
    // A total equals the sum of its parts: the total is the side holding a single cell.
    const bool lhsIsTotal = r.lhs.size() == 1 || r.rhs.size() != 1;
    const CellSpan totalSide = lhsIsTotal ? r.lhs : r.rhs;
    const CellSpan partSide = lhsIsTotal ? r.rhs : r.lhs;
    const std::string& T = lhsIsTotal ? L : R;
    const std::string& P = lhsIsTotal ? R : L;
    const ReportCell* total = totalSide.empty() ? nullptr : index.cells[static_cast<size_t>(totalSide[0])];
    std::string scope, scopeEn, totalLabel = "总计";
    if (!f.column.empty()) {  // down a column: the total is a row
        const std::string column = columnLabel(report, f.table, f.column);
        scope = column + "列";
        scopeEn = "Column 「" + column + "」";
        if (total) {
            // The total's own label ("（七）总计"), without its group, reads naturally here.
            totalLabel = rowLabel(report, total->table, total->row);
            const size_t dot = totalLabel.rfind("·");
            if (dot != std::string::npos) totalLabel.erase(0, dot + std::string_view("·").size());
        }
    } else if (!f.row.empty()) {  // along a row: the total is a column
        const std::string row = rowLabel(report, f.table, f.row);
        scope = row + "行";
        scopeEn = "Row 「" + row + "」";
        if (total) totalLabel = columnLabel(report, total->table, total->col);
    } else if (total) {  // one group of cells (T4)
        scope = columnGroup(report, total->table, total->col);
        if (scope.empty()) scope = columnLabel(report, total->table, total->col);
        scopeEn = scope;
        totalLabel = columnLabel(report, total->table, total->col);
    }
    const std::string parts = joinLabels(report, index, partSide);
    const RelationDecl* d = declOf(report, *r.source);
    const std::string zh = d && !d->messageZh.empty() ? d->messageZh : "{scope}：{total}（{T}）不等于{parts}之和（{P}）";
    const std::string en = d && !d->messageEn.empty() ? d->messageEn : "{scope_en}: {total_en} ({T}) differs from the sum of its parts ({P})";
    f.message = fillTemplate(
        zh, {{"scope", scope}, {"total", totalLabel}, {"parts", parts}, {"T", T}, {"P", P}, {"L", L}, {"R", R}});
    f.messageEn = fillTemplate(en, {{"scope_en", scopeEn},
                                    {"total_en", "「" + totalLabel + "」"},
                                    {"T", T}, {"P", P}, {"L", L}, {"R", R}});
}

}  // namespace

std::vector<Finding> relationFindings(const Report& report, const RelationIndex& index) {
    std::vector<Finding> out;
    for (const IndexedRelation& r : index.relations) {
        if (!r.complete) continue;
        if (!r.readable || r.holds()) continue;
        const double l = r.lhsSum, rr = r.rhsSum;
        Finding f;
        f.rule = r.source->rule;
        f.severity = "error";
        f.table = r.source->table;
        f.row = r.row();
        f.column = r.column();
        f.cells.reserve(r.lhs.size() + r.rhs.size());
        for (const auto* side : {&r.lhs, &r.rhs})
            for (int i : *side) f.cells.push_back(index.cells[static_cast<size_t>(i)]->key());
        f.lhs = l;
        f.rhs = rr;
        describe(report, r, index, f);
        out.push_back(std::move(f));
    }
    return out;
}


}  // namespace nianbao
