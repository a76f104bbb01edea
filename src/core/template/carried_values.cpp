#include "core/template/carried_values.hpp"
#include "core/formats/formats.hpp"

#include <cmath>
#include <cstdio>

namespace nianbao::tmpl {

namespace {

// The 2021 ROW.COL a cell of the given format goes to, "" if none.
std::string target2021(const FormatDecl& from, const std::string& table, const std::string& row,
                       const std::string& col) {
    const TableDecl* t21 = format2021().table(table);
    if (!t21) return {};
    // Ids the newest format renamed are declared by the older one (AxisDecl::successor).
    auto successor = [](const AxisDecl* a, const std::string& id) {
        return a && !a->successor.empty() ? a->successor : id;
    };
    const TableDecl* tFrom = from.table(table);
    const std::string r = successor(tFrom ? findRow(*tFrom, row) : nullptr, row);
    const std::string c = successor(tFrom ? findColumn(*tFrom, col) : nullptr, col);
    const AxisDecl* rowDecl = findRow(*t21, r);
    if (!rowDecl || !findColumn(*t21, c)) return {};
    if (!rowDecl->columns.empty()) {
        bool has = false;
        for (const std::string& k : rowDecl->columns) has |= k == c;
        if (!has) return {};
    }
    return r + "." + c;
}

}  // namespace

std::string plainNumber(double v) {
    char buf[64];
    if (std::fabs(v - std::round(v)) < 1e-9) {
        std::snprintf(buf, sizeof buf, "%.0f", std::round(v));
        return buf;
    }
    std::snprintf(buf, sizeof buf, "%.4f", v);
    std::string s = buf;
    while (!s.empty() && s.back() == '0') s.pop_back();
    if (!s.empty() && s.back() == '.') s.pop_back();
    return s;
}

CarriedValues carryValues(const Report& report, const Correction& correction, const std::string& tableId) {
    CarriedValues out;
    const RecognizedTable* t = report.table(tableId);
    if (!t || !report.format) return out;
    std::map<std::string, const CellChange*> changes;
    if (correction.status == CorrectionStatus::Unique)
        for (const CellChange& ch : correction.changes) changes[ch.cell] = &ch;
    for (const ReportCell& c : t->cells) {
        const std::string key = c.key();
        std::string text;
        auto change = changes.find(key);
        if (change != changes.end()) {
            text = plainNumber(change->second->to);
            out.corrected.push_back(*change->second);
        } else if (c.reading.ok()) {
            text = plainNumber(c.reading.value);
        } else {
            text = c.text;
        }
        const FormatDecl& layout = t->layout ? *t->layout : *report.format;  // the table's own version
        const std::string to = c.extra ? std::string() : target2021(layout, tableId, c.row, c.col);
        if (to.empty()) {
            out.dropped.push_back({key, "", c.text});
            continue;
        }
        if (to != c.row + "." + c.col) out.moved.push_back({key, tableId + "." + to, text});
        out.values[to] = text;
    }
    return out;
}

}  // namespace nianbao::tmpl
