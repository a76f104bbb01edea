// T4 (四、行政复议、行政诉讼情况): each value column by its sub-label
// (结果维持 …) under its group (行政复议 / 未经复议直接起诉 / 复议后起诉), wherever the
// header rows put them; also when published as three small tables.
#include <algorithm>

#include "core/recognize/internal.hpp"

namespace nianbao::recog {

namespace {

constexpr int kMaxHeaderRows = 6;

std::vector<std::string> groupsOf(const TableDecl& d) {
    std::vector<std::string> groups;
    for (const AxisDecl& a : d.columns)
        if (!a.group.empty() && std::find(groups.begin(), groups.end(), a.group) == groups.end())
            groups.push_back(a.group);
    return groups;
}

std::string matchGroup(const std::vector<std::string>& groups, const Label& l) {
    for (const std::string& g : groups)
        if (textMatches(g, l)) return g;
    return {};
}

// The group a heading paragraph just before the table names ("（一）行政复议").
std::string groupBefore(const Document& doc, int block, const std::vector<std::string>& groups) {
    for (int b = block - 1; b >= 0 && b >= block - 3; --b) {
        const auto* p = std::get_if<Paragraph>(&doc.blocks[static_cast<size_t>(b)]);
        if (!p) break;
        const std::string g = matchGroup(groups, readLabel(p->text));
        if (!g.empty()) return g;
    }
    return {};
}

}  // namespace

bool T4Reader::accept(const Document& doc, const Table& t, int block) {
    const std::vector<std::string> groups = groupsOf(decl_);
    struct Slot { std::string group; const SourceCell* sub = nullptr; };
    std::map<int, Slot> slots;
    int lastHeaderRow = -1, subs = 0;
    const int limit = std::min(t.rows(), kMaxHeaderRows);
    for (int c = 0; c < t.cols(); ++c) {
        Slot s;
        for (int r = 0; r < limit; ++r) {
            const SourceCell* cell = t.at(r, c);
            if (!cell) continue;
            const Label l = readLabel(cell->text);
            const std::string g = matchGroup(groups, l);
            if (!g.empty()) {
                s.group = g;
                continue;
            }
            if (std::max(cell->col, 0) != c) continue;
            const bool isSub = std::any_of(decl_.columns.begin(), decl_.columns.end(),
                                           [&](const AxisDecl& a) { return axisMatches(a, l); });
            if (isSub) {
                s.sub = cell;
                lastHeaderRow = std::max(lastHeaderRow, std::max(cell->row, 0) + cell->rowSpan - 1);
            }
        }
        if (s.sub) {
            slots[c] = s;
            ++subs;
        }
    }
    if (subs < 3) return false;

    // Columns without a group in the table: the heading before it, else the
    // first group not read yet (three small tables in format order).
    std::string fallback = groupBefore(doc, block, groups);
    if (fallback.empty())
        for (const std::string& g : groups) {
            const bool read = std::any_of(decl_.columns.begin(), decl_.columns.end(), [&](const AxisDecl& a) {
                return a.group == g && sink_.has("counts", a.id);
            });
            if (!read) {
                fallback = g;
                break;
            }
        }

    std::map<int, const AxisDecl*> columns;
    for (const auto& [c, s] : slots) {
        const std::string group = s.group.empty() ? fallback : s.group;
        const Label l = readLabel(s.sub->text);
        for (const AxisDecl& a : decl_.columns)
            if (a.group == group && axisMatches(a, l) && !sink_.has("counts", a.id)) {
                columns[c] = &a;
                break;
            }
    }
    if (columns.empty()) return true;  // T4's header, nothing left to read

    // The data row: the first after the header with anything written in it.
    int dataRow = -1;
    for (int r = lastHeaderRow + 1; r < t.rows() && dataRow < 0; ++r)
        for (const auto& kv : columns)
            if (hasText(t.textAt(r, kv.first))) dataRow = r;
    if (dataRow < 0 && lastHeaderRow + 1 < t.rows()) dataRow = lastHeaderRow + 1;
    sink_.noteTable(t);
    if (dataRow < 0) return true;
    const AxisDecl& row = decl_.rows.front();
    for (const auto& [c, col] : columns)
        sink_.add(row.id, col->id, t, block, dataRow, c, col->kind, col->total || row.total, false);
    return true;
}

}  // namespace nianbao::recog
