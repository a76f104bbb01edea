// T2, T3 and T4 drawn from their TableDecl: every label comes from the
// declaration (its first wording), the merges are those of the format.
#include <stdexcept>

#include "core/template/template_model.hpp"
#include "core/template/template_text.hpp"

namespace nianbao::tmpl {

namespace {

void add(TemplateTable& t, int r, int c, std::string text, CellKind kind, int rs = 1, int cs = 1,
         std::string key = {}) {
    TemplateCell cell;
    cell.text = std::move(text);
    cell.row = r;
    cell.col = c;
    cell.rowSpan = rs;
    cell.colSpan = cs;
    cell.kind = kind;
    cell.key = std::move(key);
    t.cells.push_back(std::move(cell));
}

const std::string& label(const AxisDecl& a) { return a.labels.front(); }

// T2: four grid columns; each block (第二十条第（…）项) is a full-width
// header row, a 信息内容 row with its column labels, then its rows. A block
// with fewer than three value columns widens them to fill the three.
TemplateTable t2(const TableDecl& d) {
    TemplateTable t;
    t.id = d.id;
    t.cols = 4;
    t.widths = {31, 23, 23, 23};
    int r = 0;
    for (size_t i = 0; i < d.rows.size();) {
        const std::string& block = d.rows[i].group;
        size_t end = i;
        while (end < d.rows.size() && d.rows[end].group == block) ++end;
        const std::vector<std::string>& columns = d.rows[i].columns;
        const int n = static_cast<int>(columns.size());
        const int span = 3 / n;
        auto spanOf = [&](int k) { return k + 1 == n ? 3 - k * span : span; };
        add(t, r++, 0, block, CellKind::Header, 1, 4);
        add(t, r, 0, text::kT2ContentHeader, CellKind::Header);
        for (int k = 0; k < n; ++k) {
            const AxisDecl* col = findColumn(d, columns[static_cast<size_t>(k)]);
            if (!col) throw std::logic_error("T2 row names an undeclared column");
            add(t, r, 1 + k * span, label(*col), CellKind::Header, 1, spanOf(k));
        }
        ++r;
        for (; i < end; ++i, ++r) {
            add(t, r, 0, label(d.rows[i]), CellKind::RowLabel);
            for (int k = 0; k < n; ++k)
                add(t, r, 1 + k * span, "", CellKind::Value, 1, spanOf(k),
                    d.rows[i].id + "." + columns[static_cast<size_t>(k)]);
        }
    }
    t.rows = r;
    return t;
}

// T3: a corner note (3 x 3) stating H1, the applicant header over three
// rows, then the data rows; the grouped (result) rows sit under one label
// spanning them all, sub-groups under a label spanning theirs.
TemplateTable t3(const TableDecl& d) {
    TemplateTable t;
    t.id = d.id;
    t.headerRows = 3;
    const int valueCols = static_cast<int>(d.columns.size());
    t.cols = 3 + valueCols;
    t.widths = {6, 8, 30};
    for (int k = 0; k < valueCols; ++k) t.widths.push_back(8);

    std::string note = text::kT3NoteOpen;
    for (const RelationDecl& rel : d.relations)
        if (rel.statedInHeader) note += rel.descriptionZh;
    note += text::kT3NoteClose;
    add(t, 0, 0, note, CellKind::Header, 3, 3);
    const std::string& top = d.columns.front().group;
    add(t, 0, 3, top, CellKind::Header, 1, valueCols);
    for (int k = 0; k < valueCols;) {
        const AxisDecl& col = d.columns[static_cast<size_t>(k)];
        if (col.group == top) {
            add(t, 1, 3 + k, label(col), CellKind::Header, 2, 1);
            ++k;
            continue;
        }
        int end = k;
        while (end < valueCols && d.columns[static_cast<size_t>(end)].group == col.group) ++end;
        add(t, 1, 3 + k, col.group, CellKind::Header, 1, end - k);
        for (; k < end; ++k) add(t, 2, 3 + k, label(d.columns[static_cast<size_t>(k)]), CellKind::Header);
    }

    const int n = static_cast<int>(d.rows.size());
    auto runOf = [&](int i, auto same) {
        int e = i;
        while (e < n && same(d.rows[static_cast<size_t>(e)])) ++e;
        return e - i;
    };
    std::string results;  // the label over every grouped row
    for (int i = 0; i < n; ++i) {
        const AxisDecl& row = d.rows[static_cast<size_t>(i)];
        const int r = 3 + i;
        if (row.group.empty()) {
            add(t, r, 0, label(row), CellKind::RowLabel, 1, 3);
        } else {
            if (i == 0 || d.rows[static_cast<size_t>(i - 1)].group.empty()) {
                results = row.group;
                add(t, r, 0, results, CellKind::RowLabel,
                    runOf(i, [](const AxisDecl& a) { return !a.group.empty(); }), 1);
            }
            if (row.group == results) {
                add(t, r, 1, label(row), CellKind::RowLabel, 1, 2);
            } else {
                if (d.rows[static_cast<size_t>(i - 1)].group != row.group)
                    add(t, r, 1, row.group, CellKind::RowLabel,
                        runOf(i, [&](const AxisDecl& a) { return a.group == row.group; }), 1);
                add(t, r, 2, label(row), CellKind::RowLabel);
            }
        }
        for (int k = 0; k < valueCols; ++k)
            add(t, r, 3 + k, "", CellKind::Value, 1, 1, row.id + "." + d.columns[static_cast<size_t>(k)].id);
    }
    t.rows = 3 + n;
    return t;
}

// T4: 行政复议 over two header rows, 行政诉讼 over its two groups, the five
// result labels of every group, one row of counts.
TemplateTable t4(const TableDecl& d) {
    TemplateTable t;
    t.id = d.id;
    t.headerRows = 3;
    const int cols = static_cast<int>(d.columns.size());
    t.cols = cols;
    t.rows = 4;
    t.widths.assign(static_cast<size_t>(cols), 1);
    const AxisDecl& counts = d.rows.front();
    bool lawsuitHeader = false;
    for (int k = 0; k < cols;) {
        const std::string& group = d.columns[static_cast<size_t>(k)].group;
        int end = k;
        while (end < cols && d.columns[static_cast<size_t>(end)].group == group) ++end;
        if (k == 0) {
            add(t, 0, 0, group, CellKind::Header, 2, end);
        } else {
            if (!lawsuitHeader) add(t, 0, k, text::kT4LawsuitHeader, CellKind::Header, 1, cols - k);
            lawsuitHeader = true;
            add(t, 1, k, group, CellKind::Header, 1, end - k);
        }
        for (; k < end; ++k) {
            const AxisDecl& col = d.columns[static_cast<size_t>(k)];
            add(t, 2, k, label(col), CellKind::Header);
            add(t, 3, k, "", CellKind::Value, 1, 1, counts.id + "." + col.id);
        }
    }
    return t;
}

}  // namespace

TemplateTable buildTable(const FormatDecl& format, const std::string& tableId) {
    const TableDecl* d = format.table(tableId);
    if (!d) throw std::invalid_argument("unknown table: " + tableId);
    if (tableId == "T2") return t2(*d);
    if (tableId == "T3") return t3(*d);
    if (tableId == "T4") return t4(*d);
    throw std::invalid_argument("no layout for table: " + tableId);
}

TemplateCell* TemplateTable::valueCell(const std::string& key) {
    for (TemplateCell& c : cells)
        if (c.kind == CellKind::Value && c.key == key) return &c;
    return nullptr;
}

const TemplateCell* TemplateTable::valueCell(const std::string& key) const {
    return const_cast<TemplateTable*>(this)->valueCell(key);
}

void fillValues(TemplateTable& table, const std::map<std::string, std::string>& values) {
    for (TemplateCell& c : table.cells) {
        if (c.kind != CellKind::Value) continue;
        auto it = values.find(c.key);
        if (it != values.end()) c.text = it->second;
    }
}

}  // namespace nianbao::tmpl
