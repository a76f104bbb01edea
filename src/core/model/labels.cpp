#include "core/model/labels.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>

namespace nianbao {

const TableDecl* tableDeclOf(const Report& report, const std::string& tableId) {
    return report.tableDecl(tableId);
}

// An extra row (a publisher's subtotal) is named as the document writes it,
// never by the id recognition gave it.
std::string writtenRowLabel(const Report& report, const std::string& table, const std::string& row) {
    if (const RecognizedTable* t = report.table(table))
        for (const ReportCell& c : t->cells)
            if (c.row == row && !c.rowText.empty()) {
                std::string s;
                for (char ch : c.rowText) s += (ch == '\n' || ch == '\r' || ch == '\t') ? ' ' : ch;
                while (!s.empty() && s.back() == ' ') s.pop_back();
                while (!s.empty() && s.front() == ' ') s.erase(s.begin());
                if (!s.empty()) return s;
            }
    return "小计";
}

std::string tableTitle(const Report& report, const std::string& tableId) {
    const TableDecl* t = report.tableDecl(tableId);
    const SectionDecl* s = t && report.format ? report.format->section(t->section) : nullptr;
    const std::string title = s ? s->number + "、" + (s->titles.empty() ? std::string() : s->titles.front())
                                : std::string();
    return title.empty() ? std::string("表格") : "「" + title + "」的表格";
}

std::string rowLabel(const Report& report, const std::string& table, const std::string& row) {
    const TableDecl* t = tableDeclOf(report, table);
    const AxisDecl* a = t ? findRow(*t, row) : nullptr;
    if (!a || a->labels.empty()) return writtenRowLabel(report, table, row);
    return a->group.empty() ? a->labels[0] : a->group + "·" + a->labels[0];
}

std::string columnLabel(const Report& report, const std::string& table, const std::string& col) {
    const TableDecl* t = tableDeclOf(report, table);
    const AxisDecl* a = t ? findColumn(*t, col) : nullptr;
    if (!a) a = t ? findAxis(t->extraColumns, col) : nullptr;
    if (!a || a->labels.empty()) return "其他列";
    return a->labels[0];
}

std::string columnGroup(const Report& report, const std::string& table, const std::string& col) {
    const TableDecl* t = tableDeclOf(report, table);
    const AxisDecl* a = t ? findColumn(*t, col) : nullptr;
    return a ? a->group : std::string();
}

std::string cellLabel(const Report& report, const ReportCell& cell) {
    std::string s = cell.table + "「" + rowLabel(report, cell.table, cell.row) + "」行「" +
                    columnLabel(report, cell.table, cell.col) + "」列";
    if (!cell.at.empty()) s += "（" + cell.at + "）";
    return s;
}

std::string cellLabelEn(const Report& report, const ReportCell& cell) {
    // English messages name cells by the format's (Chinese) labels too: ids are internal.
    std::string s = cell.table + " 「" + rowLabel(report, cell.table, cell.row) + "」 / 「" +
                    columnLabel(report, cell.table, cell.col) + "」";
    if (!cell.at.empty()) s += " (" + cell.at + ")";
    return s;
}

// The template with each {name} replaced by its value.
std::string fillTemplate(const std::string& text, std::initializer_list<std::pair<std::string_view, std::string_view>> values) {
    std::string out;
    out.reserve(text.size() + 32);
    for (size_t i = 0; i < text.size();) {
        const size_t open = text.find('{', i);
        const size_t close = open == std::string::npos ? open : text.find('}', open);
        if (close == std::string::npos) {
            out.append(text, i, std::string::npos);
            break;
        }
        out.append(text, i, open - i);
        const std::string_view name(text.data() + open + 1, close - open - 1);
        auto found = std::find_if(values.begin(), values.end(), [&](const auto& v) { return v.first == name; });
        if (found != values.end()) out.append(found->second);
        else out.append(text, open, close - open + 1);
        i = close + 1;
    }
    return out;
}

std::string concat(std::initializer_list<std::string_view> parts) {
    size_t size = 0;
    for (std::string_view p : parts) size += p.size();
    std::string s;
    s.reserve(size);
    for (std::string_view p : parts) s.append(p);
    return s;
}

std::string formatNumber(double v) {
    if (std::isfinite(v) && std::fabs(v - std::round(v)) < 1e-9 && std::fabs(v) < 9e15) {
        char buf[24];  // to_chars: no locale, no format parsing (messages format many numbers)
        const auto end = std::to_chars(buf, buf + sizeof buf, static_cast<long long>(std::llround(v))).ptr;
        return std::string(buf, end);
    }
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.6f", v);
    std::string s = buf;
    while (!s.empty() && s.back() == '0') s.pop_back();
    if (!s.empty() && s.back() == '.') s.pop_back();
    return s;
}

std::string relationLabel(const Report& report, const IndexedRelation& r, const RelationIndex& index) {
    const std::string& row = r.row();
    const std::string& col = r.column();
    const std::string& table = r.source->table;
    std::string scope;
    if (!col.empty())
        scope = columnLabel(report, table, col).append("列");
    else if (!row.empty())
        scope = rowLabel(report, table, row).append("行");
    else if (!r.lhs.empty() || !r.rhs.empty()) {
        const int i = r.lhs.size() == 1 ? r.lhs[0] : (r.rhs.empty() ? r.lhs[0] : r.rhs[0]);
        const ReportCell* c = index.cells[static_cast<size_t>(i)];
        scope = columnGroup(report, c->table, c->col);
        if (scope.empty()) scope = columnLabel(report, c->table, c->col);
    }
    return concat({r.source->rule, "（", scope, "）"});
}

std::string relationLabelEn(const IndexedRelation& r, const RelationIndex& index) {
    const std::string& row = r.row();
    const std::string& col = r.column();
    if (!col.empty()) return concat({r.source->rule, " (column ", col, ")"});
    if (!row.empty()) return concat({r.source->rule, " (row ", row, ")"});
    if (!r.lhs.empty()) {
        const ReportCell* c = index.cells[static_cast<size_t>(r.lhs[0])];
        return r.source->rule + " (" + c->key() + ")";
    }
    return r.source->rule;
}

}  // namespace nianbao
