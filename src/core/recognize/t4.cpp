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
    std::vector<std::vector<const std::string*>> texts;
    for (const std::string& g : groups) texts.push_back({&g});
    const int i = looseMatch(texts, l);  // 行政诉讼（未经复议直接起诉） names 未经复议直接起诉
    return i < 0 ? std::string() : groups[static_cast<size_t>(i)];
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

bool isResultLabel(const TableDecl& d, const Label& l) {
    return std::any_of(d.columns.begin(), d.columns.end(), [&](const AxisDecl& a) { return axisMatches(a, l); });
}

// A grid column holding result labels on two rows or more: the groups are
// stacked, not side by side.
bool stacked(const TableDecl& d, const Table& t) {
    for (int c = 0; c < t.cols(); ++c) {
        int labels = 0;
        for (int r = 0; r < t.rows(); ++r)
            if (t.isOrigin(r, c) && isResultLabel(d, readLabel(t.textAt(r, c)))) ++labels;
        if (labels >= 2) return true;
    }
    return false;
}

}  // namespace

bool T4Reader::readStacked(const Table& t, int block) {
    const std::vector<std::string> groups = groupsOf(decl_);
    std::vector<std::string> columnGroup(static_cast<size_t>(t.cols()));  // the group above each column
    int added = 0;
    for (int r = 0; r < t.rows(); ++r) {
        std::string rowGroup;  // a group label at the row's start spans its band
        for (int c = 0; c < t.cols(); ++c) {
            const SourceCell* cell = t.at(r, c);
            if (!cell) continue;
            const std::string g = matchGroup(groups, readLabel(cell->text));
            if (g.empty()) continue;
            if (cell->rowSpan > 1 || cell->colSpan == 1) rowGroup = g;
            for (int k = std::max(cell->col, 0); k < cell->col + cell->colSpan && k < t.cols(); ++k)
                columnGroup[static_cast<size_t>(k)] = g;
        }
        for (int c = 0; c < t.cols(); ++c) {
            if (!t.isOrigin(r, c)) continue;
            const SourceCell* cell = t.at(r, c);
            const Label l = readLabel(cell->text);
            if (!isResultLabel(decl_, l)) continue;
            const std::string& group = rowGroup.empty() ? columnGroup[static_cast<size_t>(c)] : rowGroup;
            const int below = r + cell->rowSpan;
            if (below >= t.rows() || isResultLabel(decl_, readLabel(t.textAt(below, c)))) continue;
            for (const AxisDecl& a : decl_.columns)
                if (a.group == group && axisMatches(a, l) && !sink_.has("counts", a.id)) {
                    const AxisDecl& row = decl_.rows.front();
                    added += sink_.add(row.id, a.id, t, block, below, c, a.kind, a.total || row.total, false) ? 1 : 0;
                    break;
                }
        }
    }
    if (added) sink_.noteTable(t);
    return added > 0;
}

bool T4Reader::acceptValues(const Table& t, int block) {
    if (pending_.empty() || t.cols() != pendingCols_) return false;
    int dataRow = -1;
    for (int r = 0; r < t.rows() && dataRow < 0; ++r)
        for (const auto& kv : pending_)
            if (hasText(t.textAt(r, kv.first))) dataRow = r;
    if (dataRow < 0) return false;
    // Only numbers: a row of labels is another table, not these values.
    for (const auto& [c, col] : pending_)
        if (isResultLabel(decl_, readLabel(t.textAt(dataRow, c)))) return false;
    const AxisDecl& row = decl_.rows.front();
    for (const auto& [c, col] : pending_)
        sink_.add(row.id, col->id, t, block, dataRow, c, col->kind, col->total || row.total, false);
    pending_.clear();
    return true;
}

bool T4Reader::accept(const Document& doc, const Table& t, int block) {
    if (stacked(decl_, t) && readStacked(t, block)) return true;
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
    pending_.clear();
    if (dataRow < 0) {
        pending_ = columns;
        pendingCols_ = t.cols();
        return true;
    }
    const AxisDecl& row = decl_.rows.front();
    for (const auto& [c, col] : columns)
        sink_.add(row.id, col->id, t, block, dataRow, c, col->kind, col->total || row.total, false);
    return true;
}

}  // namespace nianbao::recog
