#include "support/grid_edit.hpp"

#include <algorithm>

namespace nianbao::test {

Table keepRows(const Table& t, const std::function<bool(int)>& keep, const std::string& name, bool keepCutText) {
    std::vector<int> newRow(static_cast<size_t>(t.rows()), -1);
    int n = 0;
    for (int r = 0; r < t.rows(); ++r)
        if (keep(r)) newRow[static_cast<size_t>(r)] = n++;
    Table out(name, n, t.cols());
    for (const SourceCell& c : t.cells()) {
        int first = -1, span = 0;
        for (int r = c.row; r < c.row + c.rowSpan && r < t.rows(); ++r) {
            if (newRow[static_cast<size_t>(r)] < 0) continue;
            if (first < 0) first = newRow[static_cast<size_t>(r)];
            ++span;
        }
        if (first < 0) continue;
        SourceCell copy = c;
        copy.row = first;
        copy.rowSpan = span;
        if (newRow[static_cast<size_t>(c.row)] < 0 && !keepCutText) copy.text.clear();
        out.addCell(std::move(copy));
    }
    return out;
}

Table rowRange(const Table& t, int header, int from, int to, const std::string& name) {
    return keepRows(t, [&](int r) { return r < header || (r >= from && r < to); }, name);
}

Table columnRange(const Table& t, int from, int to, const std::string& name) {
    Table out(name, t.rows(), to - from);
    for (const SourceCell& c : t.cells()) {
        const int first = std::max(c.col, from), last = std::min(c.col + c.colSpan, to);
        if (first >= last) continue;
        SourceCell copy = c;
        copy.col = first - from;
        copy.colSpan = last - first;
        out.addCell(std::move(copy));
    }
    return out;
}

Table withoutColumn(const Table& t, int col) {
    Table out(t.name(), t.rows(), t.cols() - 1);
    for (const SourceCell& c : t.cells()) {
        SourceCell copy = c;
        if (c.col > col) --copy.col;
        else if (c.col + c.colSpan > col) --copy.colSpan;
        if (copy.colSpan < 1) continue;  // the cell was only that column
        out.addCell(std::move(copy));
    }
    return out;
}

Document replaceTable(const Document& doc, int n, const std::vector<Table>& pieces,
                      const std::vector<Paragraph>& between) {
    Document out{doc.name, {}};
    const int at = tableBlock(doc, n);
    for (size_t b = 0; b < doc.blocks.size(); ++b) {
        if (static_cast<int>(b) != at) {
            out.blocks.push_back(doc.blocks[b]);
            continue;
        }
        for (size_t i = 0; i < pieces.size(); ++i) {
            if (i > 0)
                for (const Paragraph& p : between) out.blocks.push_back(p);
            out.blocks.push_back(pieces[i]);
        }
    }
    return out;
}

Table withTexts(const Table& t, const std::map<std::string, std::string>& texts) {
    Table out(t.name(), t.rows(), t.cols());
    for (SourceCell c : t.cells()) {
        const auto it = texts.find(c.address);
        if (it != texts.end()) c.text = it->second;
        out.addCell(std::move(c));
    }
    return out;
}

int rowContaining(const Table& t, const std::string& needle) {
    for (int r = 0; r < t.rows(); ++r)
        for (int c = 0; c < t.cols(); ++c)
            if (t.isOrigin(r, c) && t.textAt(r, c).find(needle) != std::string::npos) return r;
    return -1;
}

int tableBlock(const Document& doc, int n) {
    for (size_t b = 0; b < doc.blocks.size(); ++b)
        if (std::holds_alternative<Table>(doc.blocks[b]) && n-- == 0) return static_cast<int>(b);
    return -1;
}

}  // namespace nianbao::test
