#include "uno/edit/table_writer.hpp"

#include <numeric>
#include <stdexcept>

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/table/BorderLine2.hpp>
#include <com/sun/star/table/BorderLineStyle.hpp>
#include <com/sun/star/table/TableBorder2.hpp>
#include <com/sun/star/text/HoriOrientation.hpp>
#include <com/sun/star/text/TableColumnSeparator.hpp>
#include <com/sun/star/text/VertOrientation.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/text/XTextContent.hpp>
#include <com/sun/star/text/XTextCursor.hpp>
#include <com/sun/star/text/XTextTableCursor.hpp>

#include "uno/ustring.hpp"

using namespace com::sun::star;
using com::sun::star::uno::Reference;
using com::sun::star::uno::Sequence;
using com::sun::star::uno::UNO_QUERY;
using com::sun::star::uno::UNO_QUERY_THROW;
using rtl::OUString;

namespace nianbao::lo::edit {

namespace {

// Writer names a row's boxes A, B, C… left to right: a horizontal merge
// makes one box of several, so the names right of it shift; a vertically
// covered box keeps its place (and name) in its row.
class BoxNames {
public:
    BoxNames(int rows, int cols) : starts_(static_cast<size_t>(rows)) {
        for (auto& row : starts_)
            for (int c = 0; c < cols; ++c) row.push_back(c);
    }
    std::string name(int row, int col) const {
        const auto& starts = starts_.at(static_cast<size_t>(row));
        for (size_t i = 0; i < starts.size(); ++i)
            if (starts[i] == col) return letters(static_cast<int>(i)) + std::to_string(row + 1);
        throw std::logic_error("no box starts at this grid slot");
    }
    void merge(int row, int col, int rowSpan, int colSpan) {
        for (int r = row; r < row + rowSpan; ++r) {
            auto& starts = starts_.at(static_cast<size_t>(r));
            std::vector<int> kept;
            for (int s : starts)
                if (s <= col || s >= col + colSpan) kept.push_back(s);
            starts = kept;
        }
    }

private:
    static std::string letters(int i) {
        // A..Z, then a..z (Writer's scheme for wide tables).
        if (i < 26) return std::string(1, static_cast<char>('A' + i));
        if (i < 52) return std::string(1, static_cast<char>('a' + i - 26));
        return letters(i / 52 - 1) + letters(i % 52);
    }
    std::vector<std::vector<int>> starts_;
};

table::BorderLine2 thinLine() {
    table::BorderLine2 line;
    line.Color = 0;
    line.LineStyle = table::BorderLineStyle::SOLID;
    line.LineWidth = 18;  // 0.5 pt in 1/100 mm
    line.OuterLineWidth = 18;
    return line;
}

void setColumnWidths(const Reference<beans::XPropertySet>& props, const std::vector<int>& widths) {
    sal_Int16 sum = 10000;
    props->getPropertyValue("TableColumnRelativeSum") >>= sum;
    Sequence<text::TableColumnSeparator> seps;
    props->getPropertyValue("TableColumnSeparators") >>= seps;
    const int total = std::accumulate(widths.begin(), widths.end(), 0);
    if (total <= 0 || seps.getLength() + 1 != static_cast<sal_Int32>(widths.size())) return;
    int running = 0;
    for (sal_Int32 i = 0; i < seps.getLength(); ++i) {
        running += widths[static_cast<size_t>(i)];
        seps[i].Position = static_cast<sal_Int16>(static_cast<long>(running) * sum / total);
        seps[i].IsVisible = true;
    }
    props->setPropertyValue("TableColumnSeparators", uno::Any(seps));
}

void setBorders(const Reference<beans::XPropertySet>& props) {
    table::TableBorder2 b;
    b.TopLine = b.BottomLine = b.LeftLine = b.RightLine = b.HorizontalLine = b.VerticalLine = thinLine();
    b.IsTopLineValid = b.IsBottomLineValid = b.IsLeftLineValid = b.IsRightLineValid = true;
    b.IsHorizontalLineValid = b.IsVerticalLineValid = true;
    b.Distance = 50;
    b.IsDistanceValid = true;
    props->setPropertyValue("TableBorder2", uno::Any(b));
}

Reference<text::XTextCursor> wholeText(const Reference<text::XText>& text) {
    Reference<text::XTextCursor> c = text->createTextCursor();
    c->gotoStart(false);
    c->gotoEnd(true);
    return c;
}

}  // namespace

Reference<text::XTextTable> writeTable(const Reference<text::XTextDocument>& doc, const Reference<text::XTextRange>& at,
                                       const tmpl::TemplateTable& t, const TemplateLooks& looks, EditSession& session) {
    Reference<lang::XMultiServiceFactory> factory(doc, UNO_QUERY_THROW);
    Reference<text::XTextTable> table(factory->createInstance("com.sun.star.text.TextTable"), UNO_QUERY_THROW);
    table->initialize(t.rows, t.cols);

    session.setRecording(false);
    at->getText()->insertTextContent(at, Reference<text::XTextContent>(table, UNO_QUERY_THROW), false);
    Reference<beans::XPropertySet> props(table, UNO_QUERY_THROW);
    props->setPropertyValue("HoriOrient", uno::Any(text::HoriOrientation::FULL));
    setColumnWidths(props, t.widths);
    if (t.headerRows > 0) {
        props->setPropertyValue("RepeatHeadline", uno::Any(true));
        props->setPropertyValue("HeaderRowCount", uno::Any(static_cast<sal_Int32>(t.headerRows)));
    } else {
        props->setPropertyValue("RepeatHeadline", uno::Any(false));
    }

    BoxNames names(t.rows, t.cols);
    for (const tmpl::TemplateCell& c : t.cells) {
        if (c.rowSpan == 1 && c.colSpan == 1) continue;
        const std::string first = names.name(c.row, c.col);
        const std::string last = names.name(c.row + c.rowSpan - 1, c.col + c.colSpan - 1);
        Reference<text::XTextTableCursor> cursor = table->createCursorByCellName(fromUtf8(first));
        if (!cursor.is() || !cursor->gotoCellByName(fromUtf8(last), true) || !cursor->mergeRange())
            throw std::runtime_error("could not merge cells " + first + ":" + last);
        names.merge(c.row, c.col, c.rowSpan, c.colSpan);
    }
    setBorders(props);

    // Texts recorded as insertions; their formatting is not a change of content.
    std::vector<std::pair<const tmpl::TemplateCell*, Reference<text::XText>>> cells;
    for (const tmpl::TemplateCell& c : t.cells) {
        Reference<text::XText> text(table->getCellByName(fromUtf8(names.name(c.row, c.col))), UNO_QUERY);
        if (!text.is()) throw std::runtime_error("the new table lacks cell " + names.name(c.row, c.col));
        cells.emplace_back(&c, text);
    }
    session.setRecording(true);
    for (auto& [c, text] : cells)
        if (!c->text.empty()) text->setString(fromUtf8(c->text));
    session.setRecording(false);
    for (auto& [c, text] : cells) {
        applyLook(doc, Reference<beans::XPropertySet>(wholeText(text), UNO_QUERY_THROW), looks.cell(c->kind));
        Reference<beans::XPropertySet> cellProps(text, UNO_QUERY);
        if (cellProps.is()) cellProps->setPropertyValue("VertOrient", uno::Any(text::VertOrientation::CENTER));
    }
    session.setRecording(true);
    return table;
}

}  // namespace nianbao::lo::edit
