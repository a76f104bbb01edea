// Declaration parts both format versions share (sections, T3 header and
// rows, T4), so each version file states only what is its own.
#pragma once

#include "core/model/schema.hpp"

namespace nianbao::formats {

// S1..S6 with the title variants seen in published reports.
std::vector<SectionDecl> commonSections();

// T3 rows new, carried_in, r_open … noproc_5; the caller appends its own
// （六）其他处理 rows, then r_total and carried_out (t3Tail).
TableDecl t3Head();
void t3Tail(TableDecl& t3);  // appends r_total, carried_out and H1..H3

TableDecl t4();

// N1's statements about T3 and T4, the same in both versions.
std::vector<ClaimDecl> commonClaims();
// Y1 of T3: what is carried over this year was carried forward last year.
CarryDecl t3Carry();

AxisDecl axis(std::string id, std::vector<std::string> labels, std::string group = {},
              bool total = false);
// A value column of the given kind (counts unless said otherwise).
AxisDecl valueColumn(std::string id, std::vector<std::string> labels,
                     ValueKind kind = ValueKind::Count);
// A T2 row of a block (第二十条第（…）项) with the columns that block has.
AxisDecl t2Row(std::string id, std::vector<std::string> labels, std::string block,
               std::vector<std::string> columns);

}  // namespace nianbao::formats
