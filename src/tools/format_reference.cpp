// Prints docs/format.md: the format versions as the code declares them
// (src/core/formats), so the reference can never drift from what is checked.
// The test format_reference_current compares the committed file with this output.
#include <iostream>
#include <string>
#include <vector>

#include "core/formats/formats.hpp"

using namespace nianbao;

namespace {

std::string join(const std::vector<std::string>& items, const char* sep) {
    std::string s;
    for (const std::string& i : items) s += (s.empty() ? "" : sep) + i;
    return s;
}

const char* kindName(ValueKind k) {
    switch (k) {
        case ValueKind::Count: return "count";
        case ValueKind::SignedCount: return "signed count";
        case ValueKind::Amount: return "amount (decimal)";
    }
    return "";
}

const char* scopeName(RelationDecl::Scope s) {
    switch (s) {
        case RelationDecl::Scope::EachColumn: return "every value column";
        case RelationDecl::Scope::EachRow: return "every data row";
        case RelationDecl::Scope::Single: return "once";
    }
    return "";
}

// Markdown table cells must not break the table.
std::string cell(std::string s) {
    for (size_t p = s.find('|'); p != std::string::npos; p = s.find('|', p + 2)) s.replace(p, 1, "\\|");
    return s;
}

void axes(const char* what, const std::vector<AxisDecl>& list, bool columns) {
    std::cout << "| " << what << " id | label (variants) | group |" << (columns ? " kind |" : " columns |")
              << " total |\n|---|---|---|---|---|\n";
    for (const AxisDecl& a : list)
        std::cout << "| `" << a.id << "` | " << cell(join(a.labels, " / ")) << " | " << cell(a.group) << " | "
                  << (columns ? kindName(a.kind) : (a.columns.empty() ? "all" : join(a.columns, ", "))) << " | "
                  << (a.total ? "yes" : "") << " |\n";
    std::cout << "\n";
}

void table(const TableDecl& t) {
    std::cout << "### " << t.id << " (section " << t.section << ")\n\n";
    axes("row", t.rows, false);
    axes("column", t.columns, true);
    if (!t.extraColumns.empty()) {
        std::cout << "Extra columns some publishers add (checked by H5 only):\n\n";
        axes("column", t.extraColumns, true);
    }
    if (!t.subtotalLabels.empty())
        std::cout << "Subtotal rows are recognized by the labels " << join(t.subtotalLabels, "、")
                  << " (checked by H5 only).\n\n";
    if (t.relations.empty()) return;
    std::cout << "| rule | applied | left side | right side | message when it fails |\n|---|---|---|---|---|\n";
    for (const RelationDecl& r : t.relations)
        std::cout << "| " << r.rule << " | " << scopeName(r.scope) << " | " << join(r.lhs, " + ") << " | "
                  << join(r.rhs, " + ") << " | " << cell(r.messageZh) << " |\n";
    std::cout << "\n";
}

void format(const FormatDecl& f) {
    std::cout << "## Version " << f.version << " — " << f.source << "\n\n";
    std::cout << "Applies to reports on ";
    if (f.firstYear && f.lastYear) std::cout << f.firstYear << "–" << f.lastYear;
    else if (f.firstYear) std::cout << f.firstYear << " and later";
    else std::cout << f.lastYear << " and earlier";
    std::cout << " (N4). Recognized by the labels only it has: " << join(f.distinguishingLabels, "、") << ".\n\n";
    std::cout << "### Sections\n\n| id | heading | accepted titles | required | must mention (N2) |\n|---|---|---|---|---|\n";
    for (const SectionDecl& s : f.sections)
        std::cout << "| " << s.id << " | " << s.number << "、" << s.titles[0] << " | " << cell(join(s.titles, " / "))
                  << " | " << (s.required ? "yes" : "no") << " | " << s.mustMention << " |\n";
    std::cout << "\n";
    for (const TableDecl& t : f.tables) table(t);
    std::cout << "### Numbers stated in the text (N1)\n\n| starts with | must contain | within | table cells summed |\n"
                 "|---|---|---|---|\n";
    for (const ClaimDecl& c : f.claims)
        std::cout << "| " << c.keyword << " | " << c.mustContain << " | " << c.window << " characters | "
                  << join(c.cells, " + ") << " |\n";
    std::cout << "\n";
    if (f.carries.empty()) return;
    std::cout << "### Continuing last year's report (Y1)\n\nThis year's cell equals last year's plus and minus "
                 "this year's cells, applied along every value column or data row of its table:\n\n"
                 "| table | applied | this year | = last year | + this year | − this year | message when it fails |\n"
                 "|---|---|---|---|---|---|---|\n";
    for (const CarryDecl& c : f.carries)
        std::cout << "| " << c.table << " | " << scopeName(c.scope) << " | " << c.now << " | " << c.before << " | "
                  << join(c.plus, " + ") << " | " << join(c.minus, " + ") << " | " << cell(c.messageZh) << " |\n";
    std::cout << "\n";
}

std::vector<std::string> idsOnlyIn(const std::vector<AxisDecl>& a, const std::vector<AxisDecl>& b) {
    std::vector<std::string> out;
    for (const AxisDecl& x : a) {
        bool shared = false;
        for (const AxisDecl& y : b) shared = shared || y.id == x.id;
        if (!shared) out.push_back("`" + x.id + "`");
    }
    return out;
}

// How each table's layout differs between the versions: a table is read in
// whichever layout reads most of it, so these are the layouts a report can mix.
void layouts(const std::vector<const FormatDecl*>& formats) {
    std::cout << "## Layouts per table\n\n"
                 "Each table is read in the layout of whichever version reads most of its cells; the report's "
                 "`format_version` is the newest layout any of its tables is in (ties go to the version the "
                 "document's labels point to). A table in an older layout than the report is checked with that "
                 "version's rows and relations and reported as L1 (findings.md); `tables[].layout` in the "
                 "findings names its version. Rebuilding a table converts every table whose layout differs:\n\n"
                 "| table |";
    for (size_t i = 1; i < formats.size(); ++i)
        std::cout << " only in " << formats[0]->version << " (vs " << formats[i]->version << ") | only in "
                  << formats[i]->version << " |";
    std::cout << "\n|---|";
    for (size_t i = 1; i < formats.size(); ++i) std::cout << "---|---|";
    std::cout << "\n";
    for (const TableDecl& t : formats[0]->tables) {
        std::cout << "| " << t.id << " |";
        for (size_t i = 1; i < formats.size(); ++i) {
            const TableDecl* o = formats[i]->table(t.id);
            if (!o) {
                std::cout << " (no such table) | |";
                continue;
            }
            std::vector<std::string> mine = idsOnlyIn(t.rows, o->rows), theirs = idsOnlyIn(o->rows, t.rows);
            for (const std::string& c : idsOnlyIn(t.columns, o->columns)) mine.push_back("column " + c);
            for (const std::string& c : idsOnlyIn(o->columns, t.columns)) theirs.push_back("column " + c);
            std::cout << " " << (mine.empty() && theirs.empty() ? "same layout" : join(mine, ", ")) << " | "
                      << join(theirs, ", ") << " |";
        }
        std::cout << "\n";
    }
    std::cout << "\nLabels are matched after normalization (full- and half-width forms, numbering, spaces and line "
                 "breaks, notes in brackets). Where no declared label matches exactly, a T2 row or column and a T4 "
                 "group are taken by containment: a declared label of four characters or more written inside a "
                 "longer header (上一年项目本年收费金额 holds 本年收费金额), or a header of four characters or "
                 "more inside a declared label; the longest such overlap wins, and two candidates that tie match "
                 "neither.\n\n";
}

}  // namespace

int main() {
    std::cout << "# Format reference\n\n"
                 "<!-- Generated by build/src/tools/nianbao_format_reference from src/core/formats; "
                 "do not edit by hand. -->\n\n"
                 "What nianbao recognizes and checks, printed from the declarations the code reads. A cell is "
                 "named `TABLE.ROW.COLUMN` (e.g. `T3.r_total.np`); these ids appear in the findings JSON and the "
                 "service's methods. Relations whose left and right sides name rows are applied down every value "
                 "column; those naming columns along every data row. What each rule id means, and the findings "
                 "that are not relations (V, N, Y, C), is in [findings.md](findings.md).\n\n";
    layouts(knownFormats());
    for (const FormatDecl* f : knownFormats()) format(*f);
    return 0;
}
