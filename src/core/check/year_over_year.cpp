// Y1: what this year's report continues from last year's must match it.
// The rules are the format's CarryDecl declarations (formats/*.cpp).
#include <cmath>

#include "core/check/prose_checks.hpp"
#include "core/model/labels.hpp"

namespace nianbao {

namespace {

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

bool valueOf(const Report& r, const std::string& key, double& v) {
    const ReportCell* c = r.cell(key);
    if (!c || !c->reading.ok()) return false;
    v = c->reading.value;
    return true;
}

// The id an axis of this year's format had in last year's (older) format:
// the same, or the one declared to become it.
std::string idBefore(const Report& previous, const std::string& table, bool row, const std::string& id) {
    const TableDecl* t = previous.format ? previous.format->table(table) : nullptr;
    if (!t) return id;
    for (const AxisDecl& a : row ? t->rows : t->columns)
        if (a.successor == id) return a.id;
    return id;
}

// One carry along one column (EachColumn) or row (EachRow) of its table.
struct Along {
    std::string row, col;  // the fixed one set, the other "" (filled per item)
    std::string key(const std::string& table, const std::string& item) const {
        return table + "." + (row.empty() ? item : row) + "." + (col.empty() ? item : col);
    }
};

// The sum of the items' cells, their keys appended to `keys` when given;
// false when a cell is missing or unreadable.
bool sum(const Report& r, const std::string& table, const Along& at, const std::vector<std::string>& items,
         double& total, std::vector<std::string>* keys = nullptr) {
    total = 0;
    for (const std::string& i : items) {
        double v = 0;
        if (!valueOf(r, at.key(table, i), v)) return false;
        total += v;
        if (keys) keys->push_back(at.key(table, i));
    }
    return true;
}

}  // namespace

std::vector<Finding> yearOverYearFindings(const Report& report, const Report& previous) {
    std::vector<Finding> out;
    if (!report.format || !previous.format) return out;
    const std::string now = reportName(report, "本年报告"), before = reportName(previous, "上年报告");
    const std::string nowEn = reportNameEn(report, "this year's report"),
                      beforeEn = reportNameEn(previous, "last year's report");
    for (const CarryDecl& c : report.format->carries) {
        const TableDecl* t = report.tableDecl(c.table);
        if (!t) continue;
        const bool eachColumn = c.scope == RelationDecl::Scope::EachColumn;
        for (const AxisDecl& axis : eachColumn ? t->columns : t->rows) {
            const Along at = eachColumn ? Along{"", axis.id} : Along{axis.id, ""};
            const Along was = eachColumn ? Along{"", idBefore(previous, c.table, false, axis.id)}
                                         : Along{idBefore(previous, c.table, true, axis.id), ""};
            double n = 0, b = 0, p = 0, m = 0;
            std::vector<std::string> keys;
            if (!sum(report, c.table, at, {c.now}, n, &keys) || !sum(report, c.table, at, c.plus, p, &keys) ||
                !sum(report, c.table, at, c.minus, m, &keys))
                continue;
            const std::string beforeId = idBefore(previous, c.table, eachColumn, c.before);
            if (!sum(previous, c.table, was, {beforeId}, b)) continue;
            const double expected = b + p - m;
            if (std::fabs(n - expected) < 1e-9) continue;
            Finding f;
            f.rule = "Y1";
            f.severity = "warning";
            f.table = c.table;
            (eachColumn ? f.column : f.row) = axis.id;
            f.cells = keys;
            f.lhs = n;
            f.rhs = expected;
            const std::string scope = eachColumn ? columnLabel(report, c.table, axis.id)
                                                 : rowLabel(report, c.table, axis.id);
            const std::string N = formatNumber(n), B = formatNumber(b), P = formatNumber(p), M = formatNumber(m);
            f.message = fillTemplate(c.messageZh, {{"scope", scope}, {"this", now}, {"last", before},
                                                   {"N", N}, {"B", B}, {"P", P}, {"M", M}});
            f.messageEn = fillTemplate(c.messageEn, {{"scope", scope}, {"this_en", nowEn}, {"last_en", beforeEn},
                                                     {"N", N}, {"B", B}, {"P", P}, {"M", M}});
            out.push_back(std::move(f));
        }
    }
    return out;
}

}  // namespace nianbao
