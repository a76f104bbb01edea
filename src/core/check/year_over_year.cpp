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

int yearOf(const Report& r) { return r.dataYear ? r.dataYear : r.titleYear; }

// "2023年报告" when the report says its year, else which of the two it is.
std::string reportName(const Report& r, const char* fallback) {
    const int y = yearOf(r);
    return y ? std::to_string(y) + "年报告" : std::string(fallback);
}

std::string reportNameEn(const Report& r, const char* fallback) {
    const int y = yearOf(r);
    return y ? "the " + std::to_string(y) + " report" : std::string(fallback);
}

}  // namespace

std::vector<Finding> yearOverYearFindings(const Report& report, const Report& previous) {
    std::vector<Finding> out;
    if (!report.format || !previous.format) return out;
    const std::string now = reportName(report, "本年报告"), before = reportName(previous, "上年报告");
    const std::string nowEn = reportNameEn(report, "this year's report"),
                      beforeEn = reportNameEn(previous, "last year's report");
    // carried_in(N) = carried_out(N-1), per T3 column.
    if (const RecognizedTable* t3 = report.table("T3"))
        for (const ReportCell& c : t3->cells) {
            if (c.row != "carried_in") continue;
            double in = 0, out_ = 0;
            if (!c.reading.ok() || !valueOf(previous, "T3.carried_out." + c.col, out_)) continue;
            in = c.reading.value;
            if (std::fabs(in - out_) < 1e-9) continue;
            Finding f;
            f.rule = "Y1";
            f.severity = "warning";
            f.table = "T3";
            f.column = c.col;
            f.cells = {c.key()};
            f.lhs = in;
            f.rhs = out_;
            const std::string col = columnLabel(report, "T3", c.col);
            f.message = col + "列：" + now + "的上年结转（" + formatNumber(in) + "）不等于" + before +
                        "的结转下年度继续办理（" + formatNumber(out_) + "）";
            f.messageEn = "Column 「" + col + "」: carried in by " + nowEn + " (" + formatNumber(in) +
                          ") differs from carried forward by " + beforeEn + " (" + formatNumber(out_) + ")";
            out.push_back(std::move(f));
        }
    // valid(N) = valid(N-1) + made(N) - repealed(N), for rules and normative documents.
    for (const char* row : {"rules", "normative"}) {
        const std::string base = std::string("T2.") + row + ".";
        double valid = 0, made = 0, repealed = 0, last = 0;
        if (!valueOf(report, base + "valid", valid) || !valueOf(report, base + "made", made) ||
            !valueOf(report, base + "repealed", repealed) || !valueOf(previous, base + "valid", last))
            continue;
        const double expected = last + made - repealed;
        if (std::fabs(valid - expected) < 1e-9) continue;
        Finding f;
        f.rule = "Y1";
        f.severity = "warning";
        f.table = "T2";
        f.row = row;
        f.cells = {base + "valid", base + "made", base + "repealed"};
        f.lhs = valid;
        f.rhs = expected;
        const std::string label = rowLabel(report, "T2", row);
        f.message = label + "：" + now + "的现行有效件数（" + formatNumber(valid) + "）不等于" + before +
                    "的现行有效件数（" + formatNumber(last) + "）加本年制发（" + formatNumber(made) +
                    "）减本年废止（" + formatNumber(repealed) + "）";
        f.messageEn = "「" + label + "」: valid in " + nowEn + " (" + formatNumber(valid) + ") differs from " +
                      formatNumber(last) + " valid in " + beforeEn + " + made " + formatNumber(made) +
                      " - repealed " + formatNumber(repealed);
        out.push_back(std::move(f));
    }
    return out;
}

}  // namespace nianbao
