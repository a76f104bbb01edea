#include "core/check/relation_findings.hpp"

#include <cmath>
#include <string_view>

#include "core/model/labels.hpp"

namespace nianbao {

namespace {

std::string joinLabels(const Report& report, const IndexedRelation& r, const RelationIndex& index,
                       CellSpan side, bool byColumn) {
    std::string s;
    for (int i : side) {
        const ReportCell* c = index.cells[static_cast<size_t>(i)];
        if (!s.empty()) s += "、";
        s += byColumn ? columnLabel(report, c->table, c->col) : rowLabel(report, c->table, c->row);
    }
    (void)r;
    return s;
}

void describe(const Report& report, const IndexedRelation& r, const RelationIndex& index,
              Finding& f) {
    const std::string L = formatNumber(*f.lhs), R = formatNumber(*f.rhs);
    const std::string& rule = r.source->rule;
    if (rule == "H1") {
        const std::string col = columnLabel(report, f.table, f.column);
        f.message = concat({col, "列：第一项加第二项之和（", L, "）不等于第三项加第四项之和（", R, "）"});
        f.messageEn = concat({"Column 「", col, "」: new + carried over (", L,
                              ") differs from total handled + carried forward (", R, ")"});
        return;
    }
    // The other rules say "a total equals the sum of its parts": name the total
    // by the side holding a single cell.
    const bool lhsIsTotal = r.lhs.size() == 1 || r.rhs.size() != 1;
    const CellSpan totalSide = lhsIsTotal ? r.lhs : r.rhs;
    const CellSpan partSide = lhsIsTotal ? r.rhs : r.lhs;
    const std::string& T = lhsIsTotal ? L : R;
    const std::string& P = lhsIsTotal ? R : L;
    const ReportCell* total =
        totalSide.empty() ? nullptr : index.cells[static_cast<size_t>(totalSide[0])];
    if (!f.column.empty()) {  // H2 (or H5 subtotal rows): down a column
        const std::string col = columnLabel(report, f.table, f.column);
        // The total's own label ("（七）总计"), without its group, reads naturally here.
        const std::string label = total ? rowLabel(report, total->table, total->row) : "总计";
        std::string_view tl = label;
        const size_t dot = tl.rfind("·");
        if (dot != std::string_view::npos) tl.remove_prefix(dot + std::string_view("·").size());
        const char* parts = f.rule == "H2" ? "各项办理结果" : "各分项";
        f.message = concat({col, "列：", tl, "（", T, "）不等于", parts, "之和（", P, "）"});
        f.messageEn = concat({"Column 「", col, "」: 「", tl, "」 (", T, ") differs from the sum of its rows (", P, ")"});
    } else if (!f.row.empty()) {  // H3 (or H5 subtotal columns): along a row
        const std::string row = rowLabel(report, f.table, f.row);
        const std::string tl = total ? columnLabel(report, total->table, total->col) : "总计";
        f.message = concat({row, "行：", tl, "（", T, "）不等于", joinLabels(report, r, index, partSide, true),
                            "之和（", P, "）"});
        f.messageEn = concat({"Row 「", row, "」: 「", tl, "」 (", T, ") differs from the sum of its columns (", P, ")"});
    } else {  // H4: one group of T4
        std::string group = total ? columnGroup(report, total->table, total->col) : "";
        if (group.empty() && total) group = columnLabel(report, total->table, total->col);
        const std::string tl = total ? columnLabel(report, total->table, total->col) : "总计";
        f.message = concat({group, "：", tl, "（", T, "）不等于", joinLabels(report, r, index, partSide, true),
                            "之和（", P, "）"});
        f.messageEn = concat({group, ": 「", tl, "」 (", T, ") differs from the sum of its parts (", P, ")"});
    }
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
