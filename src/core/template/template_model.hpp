// The statutory report as a UNO-free description: what "insert the
// template" writes. Paragraphs carry a role (the writer maps roles to the
// document's styles and fonts); tables are grids with the official labels
// and merges, built from the same FormatDecl the recognizer reads, so that a
// generated template is recognized as exactly that format.
#pragma once

#include <map>
#include <string>
#include <variant>
#include <vector>

#include "core/grid.hpp"
#include "core/schema.hpp"

namespace nianbao::tmpl {

enum class Role { Title, Heading1, Heading2, Body, Placeholder };

struct TemplateParagraph {
    Role role = Role::Body;
    std::string text;  // placeholders written in 〔…〕
};

enum class CellKind { Header, RowLabel, Value };

struct TemplateCell {
    std::string text;
    int row = 0, col = 0, rowSpan = 1, colSpan = 1;
    CellKind kind = CellKind::Header;
    std::string key;  // value cells: "ROW.COL" (e.g. "new.np"); "" otherwise
};

struct TemplateTable {
    std::string id;  // "T2", "T3", "T4"
    int rows = 0, cols = 0;
    int headerRows = 0;       // rows repeated when the table crosses a page (T3)
    std::vector<int> widths;  // relative column widths, one per grid column
    std::vector<TemplateCell> cells;

    // The value cell with this key, nullptr if none.
    TemplateCell* valueCell(const std::string& key);
    const TemplateCell* valueCell(const std::string& key) const;
};

using TemplateBlock = std::variant<TemplateParagraph, TemplateTable>;

struct TemplatePart {
    std::string id;  // "report", "title", "intro", "S1".."S6", "T2".."T4"
    std::vector<TemplateBlock> blocks;
};

// Part ids in report order, "report" excluded.
const std::vector<std::string>& partIds();
bool isPartId(const std::string& id);  // also true for "report"

// One part (or "report": every part in order) of the given format.
// Throws std::invalid_argument for an unknown id.
TemplatePart buildPart(const std::string& id, const FormatDecl& format = format2021());

// The table of the format as the format draws it, value cells empty.
// Throws std::invalid_argument for an unknown table id.
TemplateTable buildTable(const FormatDecl& format, const std::string& tableId);

// Writes texts into value cells by key ("new.np" -> "8"); unknown keys are ignored.
void fillValues(TemplateTable& table, const std::map<std::string, std::string>& values);

// The part as the core's grid model, as a reader would give it back
// (table names "表格1".., addresses A1-style as for an unmerged grid).
Document toDocument(const TemplatePart& part, const std::string& name = "template");

}  // namespace nianbao::tmpl
