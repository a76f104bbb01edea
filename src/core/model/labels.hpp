// Human-readable names for tables, rows, columns and cells, taken from the
// format declaration (AxisDecl.labels[0] and group), falling back to the ids.
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>

#include "core/model/relation_index.hpp"
#include "core/model/report.hpp"

namespace nianbao {

const TableDecl* tableDeclOf(const Report& report, const std::string& tableId);
std::string rowLabel(const Report& report, const std::string& table, const std::string& row);
// A table named by its section: 「三、收到和处理政府信息公开申请情况」的表格.
std::string tableTitle(const Report& report, const std::string& tableId);
std::string columnLabel(const Report& report, const std::string& table, const std::string& col);
// The header group a column belongs to ("行政复议"), "" when none.
std::string columnGroup(const Report& report, const std::string& table, const std::string& col);
// "T3「一、本年新收政府信息公开申请数量」行「自然人」列（表格2.D4）"
std::string cellLabel(const Report& report, const ReportCell& cell);
// "T3.new.np (表格2.D4)"
std::string cellLabelEn(const Report& report, const ReportCell& cell);
// Short names of a relation for correction notes: "H1（自然人列）", "H1 (column np)".
std::string relationLabel(const Report& report, const IndexedRelation& r, const RelationIndex& index);
std::string relationLabelEn(const IndexedRelation& r, const RelationIndex& index);
// 7 -> "7", 2.5 -> "2.5": integers print without a decimal point.
std::string formatNumber(double v);
// A message template with each {name} replaced by its value (unknown names kept).
std::string fillTemplate(const std::string& text,
                         std::initializer_list<std::pair<std::string_view, std::string_view>> values);
// The pieces joined in one allocation (messages are built from many).
std::string concat(std::initializer_list<std::string_view> parts);

}  // namespace nianbao
