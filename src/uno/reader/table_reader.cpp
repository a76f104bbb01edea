#include "uno/reader/table_reader.hpp"

#include <set>
#include <vector>

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/table/XCell.hpp>
#include <com/sun/star/table/XTableRows.hpp>
#include <com/sun/star/text/TableColumnSeparator.hpp>
#include <com/sun/star/text/XText.hpp>

#include "uno/reader/table_layout.hpp"
#include "uno/reader/text_reader.hpp"
#include "uno/ustring.hpp"

using namespace com::sun::star;
using com::sun::star::uno::Reference;
using com::sun::star::uno::Sequence;
using com::sun::star::uno::UNO_QUERY;
using rtl::OUString;

namespace nianbao::lo {

namespace {

// Boxes of row r from its TableColumnSeparators; rows without usable
// separators fall back to one grid column per named box.
std::vector<LayoutBox> rowBoxes(const Reference<text::XTextTable>& table,
                                const Reference<container::XIndexAccess>& rows, int r,
                                int relativeSum, const std::set<std::string>& realNames) {
    std::vector<LayoutBox> boxes;
    Reference<beans::XPropertySet> row(rows->getByIndex(r), UNO_QUERY);
    Sequence<text::TableColumnSeparator> seps;
    if (row.is() && (row->getPropertyValue("TableColumnSeparators") >>= seps)) {
        int left = 0;
        for (sal_Int32 k = 0; k <= seps.getLength(); ++k) {
            LayoutBox b;
            b.name = cellName(static_cast<int>(k), r);
            b.left = left;
            b.right = k < seps.getLength() ? seps[k].Position : relativeSum;
            left = b.right;
            boxes.push_back(b);
        }
    } else {
        for (int k = 0; realNames.count(cellName(k, r)); ++k) {
            LayoutBox b;
            b.name = cellName(k, r);
            b.left = k * 100;
            b.right = (k + 1) * 100;
            boxes.push_back(b);
        }
    }
    for (auto& b : boxes) {
        b.covered = !realNames.count(b.name);
        if (b.covered) continue;
        Reference<beans::XPropertySet> cell(table->getCellByName(fromUtf8(b.name)), UNO_QUERY);
        sal_Int32 span = 0;  // not known: LibreOffice 7.0 has no RowSpan (table_layout.hpp)
        if (cell.is() && cell->getPropertySetInfo()->hasPropertyByName("RowSpan"))
            cell->getPropertyValue("RowSpan") >>= span;
        b.rowSpan = span > 0 ? static_cast<int>(span) : 0;
    }
    return boxes;
}

// A row deleted as a tracked change: Writer marks such a row as not only
// having text changes (HasTextChangesOnly false, as for an inserted row) and
// puts its text in a deletion, so accepted it reads empty while it has text.
bool deletedRow(const Reference<text::XTextTable>& table, const Reference<container::XIndexAccess>& rows, int r,
                const std::vector<LayoutBox>& boxes) {
    Reference<beans::XPropertySet> row(rows->getByIndex(r), UNO_QUERY);
    if (!row.is() || !row->getPropertySetInfo()->hasPropertyByName("HasTextChangesOnly")) return false;
    bool textOnly = true;
    row->getPropertyValue("HasTextChangesOnly") >>= textOnly;
    if (textOnly) return false;
    bool written = false;
    for (const LayoutBox& b : boxes) {
        if (b.covered) continue;
        Reference<text::XText> text(table->getCellByName(fromUtf8(b.name)), UNO_QUERY);
        if (!text.is()) continue;
        if (!acceptedText(text).isEmpty()) return false;
        written = written || !text->getString().isEmpty();
    }
    return written;
}

}  // namespace

nianbao::Table readTable(const Reference<text::XTextTable>& table, bool acceptChanges) {
    Reference<container::XNamed> named(table, UNO_QUERY);
    const std::string name = named.is() ? toUtf8(named->getName()) : std::string();

    std::set<std::string> realNames;
    const Sequence<OUString> names = table->getCellNames();
    for (sal_Int32 i = 0; i < names.getLength(); ++i) realNames.insert(toUtf8(names[i]));

    Reference<beans::XPropertySet> props(table, UNO_QUERY);
    sal_Int16 relativeSum = 10000;
    if (props.is()) props->getPropertyValue("TableColumnRelativeSum") >>= relativeSum;
    Reference<container::XIndexAccess> rows(table->getRows(), UNO_QUERY);
    const int rowCount = rows.is() ? static_cast<int>(rows->getCount()) : 0;

    std::vector<std::vector<LayoutBox>> layoutRows;
    for (int r = 0; r < rowCount; ++r) {
        std::vector<LayoutBox> boxes = rowBoxes(table, rows, r, relativeSum, realNames);
        if (acceptChanges && deletedRow(table, rows, r, boxes)) continue;  // gone once accepted
        layoutRows.push_back(std::move(boxes));
    }
    // Lines closer than 1 % of the width are one: .doc rows round the same line
    // differently, and hand-made tables are misaligned by a hair; no real
    // column is that narrow (T3 and T4 columns are 5-6 %).
    const TableLayout layout = layoutTable(layoutRows, std::max(1, relativeSum / 100));

    nianbao::Table out(name, layout.rows, layout.cols);
    for (const PlacedBox& p : layout.cells) {
        Reference<text::XText> text(table->getCellByName(fromUtf8(p.name)), UNO_QUERY);
        nianbao::SourceCell cell;
        if (text.is()) cell.text = toUtf8(acceptChanges ? acceptedText(text) : text->getString());
        cell.address = name + "." + p.name;
        cell.row = p.row;
        cell.col = p.col;
        cell.rowSpan = p.rowSpan;
        cell.colSpan = p.colSpan;
        out.addCell(std::move(cell));
    }
    return out;
}

}  // namespace nianbao::lo
