// T3 (三、收到和处理政府信息公开申请情况): value columns by their header labels,
// rows by their labels in any of the label columns, sub-rows by their number
// within the current group; a second part without header continues the first.
#include <algorithm>

#include "core/recognize/internal.hpp"
#include "core/recognize/number_reader.hpp"

namespace nianbao::recog {

namespace {

constexpr int kMaxHeaderRows = 10;

bool matchesColumn(const TableDecl& d, const Label& l) {
    for (const AxisDecl& a : d.columns)
        if (axisMatches(a, l)) return true;
    for (const AxisDecl& a : d.extraColumns)
        if (axisMatches(a, l)) return true;
    return false;
}

bool matchesRow(const TableDecl& d, const Label& l) {
    return std::any_of(d.rows.begin(), d.rows.end(), [&](const AxisDecl& a) { return axisMatches(a, l); });
}

// A row holds data when one of its cells is a row label and not a column label
// ("其他" and "总计" are both).
bool isDataRow(const TableDecl& d, const Table& t, int r) {
    for (int c = 0; c < t.cols(); ++c) {
        if (!t.isOrigin(r, c)) continue;
        const Label l = readLabel(t.textAt(r, c));
        if (matchesRow(d, l) && !matchesColumn(d, l)) return true;
    }
    return false;
}

// Numbers under at least two of the columns found so far: data, whatever
// its labels say ("3.其他" and "（七）总计" are column labels too, and may be
// the first rows of a piece that repeats the header).
bool hasValues(const Table& t, int r, const std::map<int, std::string>& columns) {
    int numbers = 0;
    for (const auto& kv : columns) {
        const std::string& text = t.textAt(r, kv.first);
        if (!hasText(text)) continue;
        const NumberReading n = readNumber(text, ValueKind::Count);
        numbers += n.status == NumberReading::Status::Number || n.status == NumberReading::Status::Repaired;
    }
    return numbers >= 2;
}

struct Header {
    std::map<int, std::string> columns;
    int declared = 0;  // how many declared (not extra) columns were found
    int firstDataRow = 0;
};

Header findHeader(const TableDecl& d, const Table& t) {
    Header h;
    int lastHeaderRow = -1;
    const int limit = std::min(t.rows(), kMaxHeaderRows);
    int r = 0;
    for (; r < limit; ++r) {
        if (isDataRow(d, t, r) || (h.declared >= 3 && hasValues(t, r, h.columns))) break;
        for (int c = 0; c < t.cols(); ++c) {
            if (!t.isOrigin(r, c) || h.columns.count(c)) continue;
            const Label l = readLabel(t.textAt(r, c));
            std::string id;
            for (const AxisDecl& a : d.columns)
                if (id.empty() && axisMatches(a, l)) id = a.id;
            const bool declared = !id.empty();
            for (const AxisDecl& a : d.extraColumns)
                if (id.empty() && axisMatches(a, l)) id = a.id;
            if (id.empty()) continue;
            const bool taken = std::any_of(h.columns.begin(), h.columns.end(),
                                           [&](const auto& kv) { return kv.second == id; });
            if (taken) continue;
            h.columns[c] = id;
            h.declared += declared ? 1 : 0;
            lastHeaderRow = r;
        }
    }
    h.firstDataRow = r < limit ? r : lastHeaderRow + 1;
    return h;
}

// Rows carrying a T3 row label ("（七）总计" counts here, though it is also a column label).
int countLabelledRows(const TableDecl& d, const Table& t) {
    int n = 0;
    for (int r = 0; r < t.rows(); ++r) {
        bool labelled = false;
        for (int c = 0; c < t.cols() && !labelled; ++c)
            labelled = t.isOrigin(r, c) && matchesRow(d, readLabel(t.textAt(r, c)));
        n += labelled ? 1 : 0;
    }
    return n;
}

const AxisDecl* findColumnOrExtra(const TableDecl& d, const std::string& id) {
    if (const AxisDecl* a = findColumn(d, id)) return a;
    for (const AxisDecl& a : d.extraColumns)
        if (a.id == id) return &a;
    return nullptr;
}

// The group label a cell names ("（三）不予公开"), or "".
std::string groupOf(const TableDecl& d, const Label& l) {
    for (const AxisDecl& a : d.rows)
        if (!a.group.empty() && textMatches(a.group, l)) return a.group;
    return {};
}

// The declared row a label names: by text (preferring the current group),
// else by its number within the current group ("5." under （三）不予公开).
const AxisDecl* matchRow(const TableDecl& d, const Label& l, const std::string& group) {
    const AxisDecl* byText = nullptr;
    for (const AxisDecl& a : d.rows) {
        if (!axisMatches(a, l)) continue;
        if (a.group == group) return &a;
        if (!byText) byText = &a;
    }
    if (byText) return byText;
    if (l.numbering.style == Numbering::Style::None) return nullptr;
    const bool arabic = l.numbering.style == Numbering::Style::Arabic ||
                        l.numbering.style == Numbering::Style::ParenArabic;
    const AxisDecl* byNumber = nullptr;
    int hits = 0;
    for (const AxisDecl& a : d.rows) {
        if (axisNumber(a) != l.numbering.value) continue;
        const Numbering n = splitNumbering(canonical(a.labels.front()));
        const bool aArabic = n.style == Numbering::Style::Arabic || n.style == Numbering::Style::ParenArabic;
        if (arabic != aArabic || (!arabic && n.style != l.numbering.style)) continue;
        if (arabic && (group.empty() || a.group != group)) continue;  // 1. 2. … only mean something in a group
        byNumber = &a;
        ++hits;
    }
    return hits == 1 ? byNumber : nullptr;
}

bool isSubtotalLabel(const TableDecl& d, const Label& l) {
    return std::any_of(d.subtotalLabels.begin(), d.subtotalLabels.end(),
                       [&](const std::string& s) { return textMatches(s, l); });
}

}  // namespace

bool T3Reader::acceptWithHeader(const Table& t, int block) {
    const Header h = findHeader(decl_, t);
    if (h.declared < 3) return false;
    columns_ = h.columns;
    lastCols_ = t.cols();
    readRows(t, block, h.firstDataRow);
    return true;
}

bool T3Reader::acceptContinuation(const Table& t, int block) {
    // One labelled row is enough: the caller only asks right after a T3 part.
    if (columns_.empty() || countLabelledRows(decl_, t) < 1) return false;
    bool strict = false;
    for (int r = 0; r < t.rows() && !strict; ++r) strict = isDataRow(decl_, t, r);
    if (!strict) return false;
    // A part split off across a page: same value columns, counted from the right.
    std::map<int, std::string> shifted;
    const int shift = t.cols() - lastCols_;
    for (const auto& [c, id] : columns_)
        if (c + shift >= 0 && c + shift < t.cols()) shifted[c + shift] = id;
    columns_ = shifted;
    lastCols_ = t.cols();
    readRows(t, block, 0);
    return true;
}

void T3Reader::readRows(const Table& t, int block, int firstRow) {
    if (columns_.empty()) return;
    sink_.noteTable(t);
    for (int r = std::max(firstRow, 0); r < t.rows(); ++r) {
        const std::map<int, std::string> columns = rowColumns(t, r, columns_);
        const int firstValueCol = columns.begin()->first;
        // The label cells of this row, left to right, each read once.
        std::vector<const SourceCell*> labels;
        for (int c = 0; c < firstValueCol; ++c) {
            const SourceCell* cell = t.at(r, c);
            if (!cell || !hasText(cell->text)) continue;
            if (cell->col + cell->colSpan > firstValueCol) continue;  // a note across the value columns
            if (std::find(labels.begin(), labels.end(), cell) == labels.end()) labels.push_back(cell);
        }
        bool values = false;
        for (const auto& kv : columns) values = values || hasText(t.textAt(r, kv.first));

        std::string group = group_;
        const AxisDecl* row = nullptr;
        bool subtotal = false;
        for (size_t i = 0; i < labels.size(); ++i) {
            const Label l = readLabel(labels[i]->text);
            const bool last = i + 1 == labels.size();
            const std::string g = groupOf(decl_, l);
            if (!g.empty() && !(last && matchRow(decl_, l, group))) {
                group = g;
                subtotal = last && values;  // a group's own row with numbers: its subtotal
                continue;
            }
            if (!last) continue;
            row = matchRow(decl_, l, group);
            subtotal = !row && values && isSubtotalLabel(decl_, l);
        }
        if (row && !sink_.hasRow(row->id)) {
            for (const auto& [c, id] : columns) {
                const AxisDecl* col = findColumnOrExtra(decl_, id);
                if (!col) continue;
                const bool extra = !findColumn(decl_, id);
                sink_.add(row->id, id, t, block, r, c, col->kind, row->total || col->total, extra);
            }
            group_ = row->group;
        } else if (subtotal && !group.empty()) {
            const std::string id = "sub" + std::to_string(subtotals_.size() + 1);
            subtotals_.push_back({id, group, false});
            for (const auto& [c, colId] : columns)
                if (const AxisDecl* col = findColumnOrExtra(decl_, colId))
                    sink_.add(id, colId, t, block, r, c, col->kind, true, true);
            sink_.labelRow(id, labels.back()->text);
            group_ = group;
        } else {
            group_ = group;
        }
    }
    for (const auto& kv : columns_)
        if (!findColumn(decl_, kv.second) &&
            std::none_of(subtotals_.begin(), subtotals_.end(), [&](const Subtotal& s) { return s.id == kv.second; })) {
            const AxisDecl* col = findColumnOrExtra(decl_, kv.second);
            subtotals_.push_back({kv.second, col ? col->group : std::string(), true});
        }
}

RecognizedTable T3Reader::finish() {
    // A subtotal of a group none of whose rows are here sums nothing: drop it
    // (e.g. the 2019 single （六）其他处理 row read against the 2021 format).
    std::vector<Subtotal> kept;
    for (const Subtotal& s : subtotals_) {
        bool parts = false;
        for (const AxisDecl& a : s.column ? decl_.columns : decl_.rows)
            if (a.group == s.group)
                parts = parts || (s.column ? true : sink_.hasRow(a.id));
        if (parts || s.column) kept.push_back(s);
        else sink_.removeRow(s.id);
    }
    subtotals_ = kept;
    return sink_.finish();
}

}  // namespace nianbao::recog
