// Matching written labels against the declarations, and collecting the value
// cells of one table in declaration order.
#include <algorithm>
#include <unordered_map>

#include "core/recognize/number_reader.hpp"
#include "core/recognize/internal.hpp"

namespace nianbao::recog {

namespace {

Label computeLabel(const std::string& text) {
    Label l;
    l.numbering = splitNumbering(canonical(text));
    l.key = l.numbering.rest;
    // A trailing colon is punctuation, not part of the label.
    while (!l.key.empty() && (l.key.back() == ':' || l.key.back() == U'。')) l.key.pop_back();
    l.withoutNotes = labelKeyWithoutNotes(l.key);
    return l;
}

}  // namespace

Label readLabel(const std::string& text) {
    // The same cell is read by every table reader and both format versions:
    // remember recent texts (bounded, per thread).
    thread_local std::unordered_map<std::string, Label> cache;
    if (text.size() > 256) return computeLabel(text);
    const auto it = cache.find(text);
    if (it != cache.end()) return it->second;
    if (cache.size() > 4096) cache.clear();
    return cache.emplace(text, computeLabel(text)).first->second;
}

namespace {

struct DeclaredKey {
    std::string text;  // the declaration it was made from
    std::u32string key, withoutNotes;
};

// Declared labels are few and matched against every cell: normalize each once
// per thread (recognition may run on several documents at a time). Keyed by
// the declaration's address (they live in the static formats), so a lookup
// hashes a pointer; the text is compared in case a caller's string is not one.
const DeclaredKey& declaredKey(const std::string& declared) {
    thread_local std::unordered_map<const std::string*, DeclaredKey> cache;
    if (cache.size() > 4096) cache.clear();  // bounded, should callers pass temporaries
    DeclaredKey& k = cache[&declared];
    if (k.text != declared || k.key.empty()) {
        k.text = declared;
        k.key = labelKey(declared);
        k.withoutNotes = labelKeyWithoutNotes(k.key);
    }
    return k;
}

}  // namespace

bool textMatches(const std::string& declared, const Label& label) {
    if (label.key.empty()) return false;
    const DeclaredKey& d = declaredKey(declared);
    if (d.key == label.key) return true;
    if (d.withoutNotes.empty()) return false;
    // Only a label with a note can match without it.
    if (d.withoutNotes.size() == d.key.size() && label.key.find('(') == std::u32string::npos) return false;
    return d.withoutNotes == label.withoutNotes;
}

namespace {

constexpr size_t kLooseMinChars = 4;

// How many characters of `declared` and `label` overlap by containment, 0 if
// neither holds the other (or the held one is too short to mean anything).
size_t overlap(const DeclaredKey& d, const Label& l) {
    size_t best = 0;
    for (const std::u32string* dk : {&d.key, &d.withoutNotes})
        for (const std::u32string* lk : {&l.key, &l.withoutNotes}) {
            if (dk->empty() || lk->empty()) continue;
            if (dk->size() >= kLooseMinChars && lk->find(*dk) != std::u32string::npos) best = std::max(best, dk->size());
            if (lk->size() >= kLooseMinChars && dk->find(*lk) != std::u32string::npos) best = std::max(best, lk->size());
        }
    return best;
}

}  // namespace

int looseMatch(const std::vector<std::vector<const std::string*>>& candidates, const Label& label) {
    if (label.key.empty()) return -1;
    int best = -1;
    size_t bestLength = 0;
    bool tie = false;
    for (size_t i = 0; i < candidates.size(); ++i) {
        size_t n = 0;  // a candidate's best over its texts
        for (const std::string* text : candidates[i]) n = std::max(n, overlap(declaredKey(*text), label));
        if (n == 0 || n < bestLength) continue;
        tie = n == bestLength;
        best = static_cast<int>(i);
        bestLength = n;
    }
    return tie ? -1 : best;
}

const AxisDecl* matchAxis(const std::vector<AxisDecl>& axes, const Label& label) {
    for (const AxisDecl& a : axes)
        if (axisMatches(a, label)) return &a;
    std::vector<std::vector<const std::string*>> texts;
    for (const AxisDecl& a : axes) {
        texts.emplace_back();
        for (const std::string& l : a.labels) texts.back().push_back(&l);
    }
    const int i = looseMatch(texts, label);
    return i < 0 ? nullptr : &axes[static_cast<size_t>(i)];
}

bool axisMatches(const AxisDecl& axis, const Label& label) {
    return std::any_of(axis.labels.begin(), axis.labels.end(),
                       [&](const std::string& l) { return textMatches(l, label); });
}

int axisNumber(const AxisDecl& axis) {
    if (axis.labels.empty()) return 0;
    const Numbering n = splitNumbering(canonical(axis.labels.front()));
    return n.style == Numbering::Style::None ? 0 : n.value;
}

bool hasText(const std::string& text) {
    return std::any_of(text.begin(), text.end(), [](char c) {
        return c != ' ' && c != '\t' && c != '\n' && c != '\r';
    }) && !canonical(text).empty();
}

std::map<int, std::string> rowColumns(const Table& t, int r, const std::map<int, std::string>& header) {
    bool aligned = true;
    for (const auto& kv : header) aligned = aligned && t.isOrigin(r, kv.first);
    if (aligned || header.empty()) return header;
    std::vector<const SourceCell*> cells;  // the row's cells, left to right, each once
    for (int c = 0; c < t.cols(); ++c)
        if (t.isOrigin(r, c)) cells.push_back(t.at(r, c));
    // Values are the last cells, reaching the table's right edge, after a label.
    if (cells.size() <= header.size() || cells.back()->col + cells.back()->colSpan < t.cols()) return header;
    std::map<int, std::string> out;
    size_t i = cells.size() - header.size();
    for (const auto& kv : header) out[std::max(cells[i++]->col, 0)] = kv.second;
    return out;
}

bool CellSink::add(const std::string& row, const std::string& col, const Table& t, int block, int r,
                   int c, ValueKind kind, bool total, bool extra) {
    const SourceCell* cell = t.at(r, c);
    if (!cell || std::max(cell->row, 0) != r || std::max(cell->col, 0) != c) return false;
    if (!seen_.insert({row, col}).second) return false;
    ReportCell rc;
    rc.table = decl_.id;
    rc.row = row;
    rc.col = col;
    rc.text = cell->text;
    rc.at = cell->address;
    rc.reading = readNumber(cell->text, kind);
    rc.total = total;
    rc.extra = extra;
    rc.block = block;
    rc.gridRow = r;
    rc.gridCol = c;
    cells_.push_back(std::move(rc));
    noteTable(t);
    return true;
}

void CellSink::noteTable(const Table& t) {
    if (std::find(writerTables_.begin(), writerTables_.end(), t.name()) == writerTables_.end())
        writerTables_.push_back(t.name());
}

bool CellSink::has(const std::string& row, const std::string& col) const {
    return seen_.count({row, col}) > 0;
}

bool CellSink::hasRow(const std::string& row) const {
    return std::any_of(cells_.begin(), cells_.end(), [&](const ReportCell& c) { return c.row == row; });
}

void CellSink::removeRow(const std::string& row) {
    cells_.erase(std::remove_if(cells_.begin(), cells_.end(), [&](const ReportCell& c) { return c.row == row; }),
                 cells_.end());
    for (auto it = seen_.begin(); it != seen_.end();) it = it->first == row ? seen_.erase(it) : std::next(it);
}

void CellSink::labelRow(const std::string& row, const std::string& text) {
    for (ReportCell& c : cells_)
        if (c.row == row) c.rowText = text;
}

RecognizedTable CellSink::finish() const {
    auto indexOf = [](const std::vector<AxisDecl>& axes, const std::string& id) {
        for (size_t i = 0; i < axes.size(); ++i)
            if (axes[i].id == id) return static_cast<int>(i);
        return -1;
    };
    // Sort key: declared cells by (row, column) declaration order, extras after.
    std::vector<std::pair<std::pair<int, int>, size_t>> order;
    for (size_t i = 0; i < cells_.size(); ++i) {
        const ReportCell& c = cells_[i];
        const int r = indexOf(decl_.rows, c.row), k = indexOf(decl_.columns, c.col);
        if (c.extra || r < 0 || k < 0)
            order.push_back({{1 << 20, static_cast<int>(i)}, i});
        else
            order.push_back({{r, k}, i});
    }
    std::stable_sort(order.begin(), order.end());
    RecognizedTable out;
    out.id = decl_.id;
    out.found = !cells_.empty();
    out.writerTables = writerTables_;
    for (const auto& o : order) out.cells.push_back(cells_[o.second]);
    return out;
}

}  // namespace nianbao::recog
