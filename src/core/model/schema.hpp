// The statutory format as data: one FormatDecl per format version
// (formats/format_2021.cpp, formats/format_2019.cpp). Recognition, checking,
// localization and the template model read these declarations; a future
// format version is one more declaration, not new code paths.
#pragma once

#include <string>
#include <vector>

namespace nianbao {

enum class ValueKind {
    Count,        // non-negative integer (件, 个)
    SignedCount,  // integer that may be negative (2019 本年增/减)
    Amount,       // non-negative decimal (万元, 元)
};

// A row or a column of a table. Labels are matched after normalization
// (normalize.hpp): any listed variant identifies the axis.
struct AxisDecl {
    std::string id;                   // e.g. "new", "np", "rv_tot"
    std::vector<std::string> labels;  // first = the format's own wording
    bool total = false;               // a derived total: weighs less when localizing
    std::string group;                // label of the enclosing header ("（三）不予公开", "行政复议")
    // Rows only: columns that exist in this row (T2 blocks differ); empty = all.
    std::vector<std::string> columns;
    ValueKind kind = ValueKind::Count;  // columns only
    // The id this row or column has in the newest format, when a table is
    // rebuilt in it ("" = the same id; absent there: the value is not carried).
    std::string successor;
};

// A linear relation template over a table. For EachColumn, lhs/rhs hold row ids
// and the relation is instantiated once per value column; for EachRow they hold
// column ids, once per data row; for Single they hold "row.col" cell keys.
struct RelationDecl {
    enum class Scope { EachColumn, EachRow, Single };
    std::string rule;  // "H1", "H2", ... (format.md)
    Scope scope = Scope::Single;
    std::vector<std::string> lhs;
    std::vector<std::string> rhs;
    // What a failure says. Placeholders the check fills in: {scope} (the
    // column or row it runs along, or the T4 group), {total} and {parts} (the
    // labels of the summed-to cell and of the summed ones), {T} and {P} (their
    // values), {L} and {R} (the two sides); in English {scope_en} and
    // {total_en} stand for the first two.
    std::string messageZh;
    std::string messageEn;
    // What the relation says, as a heading for the findings it gives.
    std::string descriptionZh;
    std::string descriptionEn;
    bool statedInHeader = false;  // the format prints descriptionZh in the table's corner (T3's H1)
};

struct TableDecl {
    std::string id;       // "T2", "T3", "T4"
    std::string section;  // "S2"...
    std::vector<AxisDecl> rows;
    std::vector<AxisDecl> columns;
    std::vector<RelationDecl> relations;
    // Subtotals some publishers add (format.md): a column listed here (e.g. the
    // 法人或其他组织小计 column, id "org_sub") sums the declared columns of its
    // group; a row labelled with one of subtotalLabels (or with a group's own
    // label and numbers in it) sums the declared rows of the group it sits in.
    // Both are recognized as extra cells and checked only by H5.
    std::vector<AxisDecl> extraColumns;
    std::vector<std::string> subtotalLabels;
    // H5's messages for a subtotal row (down a column) and a subtotal column
    // (along a row); rule, lhs and rhs are worked out at recognition.
    RelationDecl subtotalRow, subtotalColumn;
};

struct SectionDecl {
    std::string id;                   // "S1".."S6"
    std::string number;               // "一".."六"
    std::vector<std::string> titles;  // accepted titles without the number, first = canonical
    bool required = true;
    // N2: a word the section's text must contain, and what its absence means
    // (e.g. "处理费": the section says nothing on information processing fees).
    std::string mustMention;
    std::string mentionWhatZh, mentionWhatEn;
};

// A number the prose states about the tables (N1), e.g. "共收到…申请8件":
// the keyword that starts the statement, a word that must stand between it and
// the number in the same clause, and the cells whose sum the number states.
struct ClaimDecl {
    std::string keyword;
    std::string mustContain;         // "" = none
    size_t window = 0;               // code points from the keyword to the number
    std::vector<std::string> cells;  // full keys ("T3.new.total"), summed
    std::string whatZh, whatEn;      // what the number counts, for messages
};

// Y1: a value this year's report continues from last year's. Applied along
// `scope` (EachColumn: once per value column, the ids below naming rows;
// EachRow: once per row holding all the cells, the ids naming columns):
//   this year's `now` = last year's `before` + this year's `plus` - this year's `minus`.
struct CarryDecl {
    std::string table;
    RelationDecl::Scope scope = RelationDecl::Scope::EachColumn;
    std::string now, before;
    std::vector<std::string> plus, minus;
    // What a failure says: {scope} (the column's or row's label), {this} and
    // {last} (the two reports, by year when they state it), {N}, {B}, {P}, {M}
    // (the values of now, before, plus, minus); {this_en} and {last_en} in English.
    std::string messageZh, messageEn;
};

struct FormatDecl {
    std::string version;  // "2021", "2019"
    std::string source;   // "国办公开办函〔2021〕30号"
    std::vector<SectionDecl> sections;
    std::vector<TableDecl> tables;
    std::vector<ClaimDecl> claims;  // N1
    std::vector<CarryDecl> carries;  // Y1, against last year's report (of any version)
    // N4: the report years this version applies to (lastYear 0: still in force).
    int firstYear = 0, lastYear = 0;
    // Labels only this version has (its fingerprint against the other versions).
    std::vector<std::string> distinguishingLabels;

    const TableDecl* table(const std::string& id) const;
    const SectionDecl* section(const std::string& id) const;
    bool appliesTo(int year) const { return year >= firstYear && (lastYear == 0 || year <= lastYear); }
};

// Lookup helpers on a TableDecl.
const AxisDecl* findAxis(const std::vector<AxisDecl>& axes, const std::string& id);
const AxisDecl* findRow(const TableDecl& t, const std::string& id);
const AxisDecl* findColumn(const TableDecl& t, const std::string& id);

}  // namespace nianbao
