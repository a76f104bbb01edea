// Y1: what this year's report carries over from last year's must match it.
#include <cmath>

#include "core/model/labels.hpp"
#include "core/check/prose_checks.hpp"

namespace nianbao {

namespace {

bool valueOf(const Report& r, const std::string& key, double& v) {
    const ReportCell* c = r.cell(key);
    if (!c || !c->reading.ok()) return false;
    v = c->reading.value;
    return true;
}

}  // namespace

std::vector<Finding> yearOverYearFindings(const Report& report, const Report& previous) {
    std::vector<Finding> out;
    if (!report.format || !previous.format) return out;
    // carried_in(N) = carried_out(N-1), per T3 column.
    if (const RecognizedTable* t3 = report.table("T3"))
        for (const ReportCell& c : t3->cells) {
            if (c.row != "carried_in") continue;
            double now = 0, before = 0;
            if (!c.reading.ok() || !valueOf(previous, "T3.carried_out." + c.col, before)) continue;
            now = c.reading.value;
            if (std::fabs(now - before) < 1e-9) continue;
            Finding f;
            f.rule = "Y1";
            f.severity = "warning";
            f.table = "T3";
            f.column = c.col;
            f.cells = {c.key()};
            f.lhs = now;
            f.rhs = before;
            f.message = columnLabel(report, "T3", c.col) + "列：上年结转（" + formatNumber(now) +
                        "）不等于上年报告的结转下年度继续办理（" + formatNumber(before) + "）";
            f.messageEn = "Column " + c.col + ": carried in (" + formatNumber(now) +
                          ") differs from last year's carried forward (" + formatNumber(before) + ")";
            out.push_back(std::move(f));
        }
    // valid(N) = valid(N-1) + made(N) - repealed(N), for rules and normative documents.
    for (const char* row : {"rules", "normative"}) {
        const std::string base = std::string("T2.") + row + ".";
        double valid = 0, made = 0, repealed = 0, before = 0;
        if (!valueOf(report, base + "valid", valid) || !valueOf(report, base + "made", made) ||
            !valueOf(report, base + "repealed", repealed) || !valueOf(previous, base + "valid", before))
            continue;
        const double expected = before + made - repealed;
        if (std::fabs(valid - expected) < 1e-9) continue;
        Finding f;
        f.rule = "Y1";
        f.severity = "warning";
        f.table = "T2";
        f.row = row;
        f.cells = {base + "valid", base + "made", base + "repealed"};
        f.lhs = valid;
        f.rhs = expected;
        f.message = rowLabel(report, "T2", row) + "：现行有效件数（" + formatNumber(valid) +
                    "）不等于上年现行有效件数（" + formatNumber(before) + "）加本年制发（" +
                    formatNumber(made) + "）减本年废止（" + formatNumber(repealed) + "）";
        f.messageEn = std::string(row) + ": valid (" + formatNumber(valid) + ") differs from last year's " +
                      formatNumber(before) + " + made " + formatNumber(made) + " - repealed " +
                      formatNumber(repealed);
        out.push_back(std::move(f));
    }
    return out;
}

}  // namespace nianbao
