// T2 (二、主动公开政府信息情况): blocks of a header row (信息内容 | column labels)
// followed by labelled rows; one table or one small table per block.
#include <algorithm>

#include "core/recognize/internal.hpp"

namespace nianbao::recog {

namespace {

const AxisDecl* matchColumn(const TableDecl& d, const Label& l) { return matchAxis(d.columns, l); }

const AxisDecl* matchRow(const TableDecl& d, const Label& l) { return matchAxis(d.rows, l); }

// Column labels in row r: grid column -> column id.
std::map<int, std::string> headerOf(const TableDecl& d, const Table& t, int r) {
    std::map<int, std::string> h;
    for (int c = 0; c < t.cols(); ++c)
        if (t.isOrigin(r, c))
            if (const AxisDecl* a = matchColumn(d, readLabel(t.textAt(r, c)))) h[c] = a->id;
    return h;
}

// The row's label: its first written cell.
const AxisDecl* rowOf(const TableDecl& d, const Table& t, int r) {
    for (int c = 0; c < t.cols(); ++c) {
        const std::string& text = t.textAt(r, c);
        if (hasText(text)) return matchRow(d, readLabel(text));
    }
    return nullptr;
}

}  // namespace

bool T2Reader::looksLike(const TableDecl& d, const Table& t) {
    bool rows = false, header = false, fullHeader = false;
    for (int r = 0; r < t.rows() && !(rows && header); ++r) {
        rows = rows || rowOf(d, t, r);
        const size_t columns = headerOf(d, t, r).size();
        header = header || columns > 0;
        fullHeader = fullHeader || columns >= 2;  // a piece cut right after its header row
    }
    return (rows && header) || fullHeader;
}

void T2Reader::read(const Table& t, int block) {
    sink_.noteTable(t);
    for (int r = 0; r < t.rows(); ++r) {
        std::map<int, std::string> header = headerOf(decl_, t, r);
        if (!header.empty()) {
            columns_ = header;
            continue;
        }
        const AxisDecl* row = rowOf(decl_, t, r);
        if (!row) continue;
        for (const auto& [c, id] : rowColumns(t, r, columns_)) {
            if (!row->columns.empty() && std::find(row->columns.begin(), row->columns.end(), id) == row->columns.end())
                continue;
            const AxisDecl* col = findColumn(decl_, id);
            if (col) sink_.add(row->id, id, t, block, r, c, col->kind, row->total || col->total, false);
        }
    }
    lastCols_ = t.cols();
}

bool T2Reader::acceptContinuation(const Table& t, int block) {
    if (columns_.empty()) return false;
    bool rows = false;
    for (int r = 0; r < t.rows() && !rows; ++r) rows = rowOf(decl_, t, r) != nullptr;
    if (!rows) return false;
    // Same value columns, counted from the right (the label column may differ).
    std::map<int, std::string> shifted;
    const int shift = t.cols() - lastCols_;
    for (const auto& [c, id] : columns_)
        if (c + shift >= 0 && c + shift < t.cols()) shifted[c + shift] = id;
    columns_ = shifted;
    read(t, block);
    return true;
}

}  // namespace nianbao::recog
