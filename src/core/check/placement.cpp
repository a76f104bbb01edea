#include "core/check/placement.hpp"

#include <algorithm>

#include "core/text/normalize.hpp"

namespace nianbao {

namespace {

int utf16Length(const std::string& text) {
    int n = 0;
    for (char32_t c : decodeUtf8(text)) n += c > 0xFFFF ? 2 : 1;
    return n;
}

const Paragraph* paragraphAt(const Document& doc, int block) {
    if (block < 0 || static_cast<size_t>(block) >= doc.blocks.size()) return nullptr;
    return std::get_if<Paragraph>(&doc.blocks[static_cast<size_t>(block)]);
}

// The Writer cell of a recognized cell: its table's name and the cell name
// the reader put after it in the address ("表格2.C27" -> "表格2", "C27").
bool cellWhere(const Document& doc, const ReportCell& c, Where& w) {
    if (c.at.empty()) return false;
    std::string table, cell;
    const Table* t = c.block >= 0 && static_cast<size_t>(c.block) < doc.blocks.size()
                         ? std::get_if<Table>(&doc.blocks[static_cast<size_t>(c.block)])
                         : nullptr;
    if (t && c.at.size() > t->name().size() && c.at.compare(0, t->name().size(), t->name()) == 0 &&
        c.at[t->name().size()] == '.') {
        table = t->name();
        cell = c.at.substr(t->name().size() + 1);
    } else {
        const size_t dot = c.at.find('.');
        if (dot == std::string::npos) return false;
        table = c.at.substr(0, dot);
        cell = c.at.substr(dot + 1);
    }
    w = Where::inCell(table, cell);
    return true;
}

// The last paragraph before `block` (-1: none).
int paragraphBefore(const Document& doc, int block) {
    for (int b = std::min(block, static_cast<int>(doc.blocks.size())) - 1; b >= 0; --b)
        if (paragraphAt(doc, b)) return paragraphIndex(doc, b);
    return -1;
}

// A found section: its heading; a missing one: after the paragraph preceding
// the next section found in format order (the end of the document if none).
Where sectionWhere(const Document& doc, const Report& report, const std::string& id) {
    size_t i = 0;
    while (i < report.sections.size() && report.sections[i].id != id) ++i;
    if (i < report.sections.size() && report.sections[i].found) {
        const SectionHit& s = report.sections[i];
        const Paragraph* p = paragraphAt(doc, s.block);
        return Where::span(paragraphIndex(doc, s.block), 0, p ? utf16Length(p->text) : 0);
    }
    for (size_t k = i + 1; k < report.sections.size(); ++k)
        if (report.sections[k].found) return Where::after(paragraphBefore(doc, report.sections[k].block));
    return Where::after(paragraphBefore(doc, static_cast<int>(doc.blocks.size())));
}

bool isSectionId(const std::string& s) {
    return s.size() == 2 && s[0] == 'S' && s[1] >= '1' && s[1] <= '9';
}

// The first paragraph (before the first table) writing the year ("2023年").
bool yearWhere(const Document& doc, double year, Where& w) {
    if (year <= 0) return false;
    const std::string needle = std::to_string(static_cast<long long>(year)) + "年";
    for (size_t b = 0; b < doc.blocks.size(); ++b) {
        const Paragraph* p = paragraphAt(doc, static_cast<int>(b));
        if (!p) continue;
        const size_t at = p->text.find(needle);
        if (at == std::string::npos) continue;
        const int start = utf16Length(p->text.substr(0, at));
        w = Where::span(paragraphIndex(doc, static_cast<int>(b)), start, start + utf16Length(needle) - 1);
        return true;
    }
    return false;
}

void addOnce(std::vector<Where>& list, const Where& w) {
    if (std::find(list.begin(), list.end(), w) == list.end()) list.push_back(w);
}

// Where the prose states the number an N1 finding is about.
void statedWhere(const Document& doc, const Report& report, const Finding& f, std::vector<Where>& out) {
    if (!report.format || !f.lhs) return;
    for (const StatedNumber& s : report.stated) {
        if (s.claim < 0 || static_cast<size_t>(s.claim) >= report.format->claims.size()) continue;
        if (report.format->claims[static_cast<size_t>(s.claim)].cells != f.cells || s.value != *f.lhs) continue;
        if (paragraphAt(doc, s.block)) addOnce(out, Where::span(paragraphIndex(doc, s.block), s.start, s.end));
    }
}

// A table's section heading (or its insertion point): where a finding about a
// table none of whose cells were found belongs.
Where tableWhere(const Document& doc, const Report& report, const std::string& tableId) {
    std::string section;
    if (report.format)
        for (const TableDecl& t : report.format->tables)
            if (t.id == tableId) section = t.section;
    return sectionWhere(doc, report, section);
}

}  // namespace

int paragraphIndex(const Document& doc, int block) {
    const Paragraph* p = paragraphAt(doc, block);
    if (!p) return -1;
    if (p->index >= 0) return p->index;
    int n = 0;
    for (int b = 0; b < block; ++b) n += paragraphAt(doc, b) ? 1 : 0;
    return n;
}

void placeFindings(const Document& doc, const Report& report, std::vector<Finding>& findings,
                   Correction& correction) {
    for (Finding& f : findings) {
        if (!f.where.empty()) continue;
        if (f.rule == "N1") statedWhere(doc, report, f, f.where);
        for (const std::string& key : f.cells) {
            Where w;
            if (const ReportCell* c = report.cell(key)) {
                if (cellWhere(doc, *c, w)) addOnce(f.where, w);
            } else if (isSectionId(key)) {
                addOnce(f.where, sectionWhere(doc, report, key));
            }
        }
        Where w;
        if (f.where.empty() && f.rule == "N4" && (yearWhere(doc, f.rhs.value_or(0), w) || yearWhere(doc, f.lhs.value_or(0), w)))
            f.where.push_back(w);
        if (f.where.empty()) f.where.push_back(f.table.empty() ? Where::after(-1) : tableWhere(doc, report, f.table));
    }
    auto placeChange = [&](CellChange& c) {
        Where w;
        if (c.where.empty())
            if (const ReportCell* cell = report.cell(c.cell))
                if (cellWhere(doc, *cell, w)) c.where.push_back(w);
    };
    for (CellChange& c : correction.changes) placeChange(c);
    for (auto& alt : correction.alternatives)
        for (CellChange& c : alt) placeChange(c);
}

}  // namespace nianbao
