#include "uno/sidebar/document_places.hpp"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <string>

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XEnumeration.hpp>
#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/frame/DispatchHelper.hpp>
#include <com/sun/star/frame/XDispatchProvider.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/table/XCell.hpp>
#include <com/sun/star/table/XCellRange.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/text/XTextCursor.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/text/XTextRange.hpp>
#include <com/sun/star/text/XTextTable.hpp>
#include <com/sun/star/text/XTextTablesSupplier.hpp>
#include <com/sun/star/view/XSelectionSupplier.hpp>
#include <com/sun/star/view/XViewSettingsSupplier.hpp>

#include "uno/reader/page_reader.hpp"
#include "uno/ustring.hpp"

using namespace com::sun::star;
using com::sun::star::uno::Reference;
using com::sun::star::uno::UNO_QUERY;
using com::sun::star::uno::UNO_QUERY_THROW;
using rtl::OUString;

namespace nianbao::sidebar {

namespace {

// "C27" -> column 2 (0-based), row 27. Only one-letter columns: enough for
// the report's tables, and a rectangle of those is easy to name.
bool splitCellName(const std::string& name, int& column, int& row) {
    if (name.size() < 2 || name[0] < 'A' || name[0] > 'Z') return false;
    for (size_t i = 1; i < name.size(); ++i)
        if (!std::isdigit(static_cast<unsigned char>(name[i]))) return false;
    column = name[0] - 'A';
    row = std::atoi(name.c_str() + 1);
    return row > 0;
}

Reference<table::XCellRange> tableNamed(const Reference<frame::XModel>& model, const std::string& name) {
    Reference<text::XTextTablesSupplier> supplier(model, UNO_QUERY_THROW);
    Reference<container::XNameAccess> tables = supplier->getTextTables();
    const OUString n = lo::fromUtf8(name);
    if (!tables->hasByName(n)) return Reference<table::XCellRange>();
    return Reference<table::XCellRange>(tables->getByName(n), UNO_QUERY);
}

// The whole text of a cell: selecting it puts the view inside that cell.
Reference<uno::XInterface> cellText(const Reference<table::XCellRange>& table, const std::string& cell) {
    Reference<text::XTextTable> t(table, UNO_QUERY_THROW);
    Reference<text::XText> text(t->getCellByName(lo::fromUtf8(cell)), UNO_QUERY);
    if (!text.is()) return Reference<uno::XInterface>();
    Reference<text::XTextCursor> cursor = text->createTextCursor();
    cursor->gotoStart(false);
    cursor->gotoEnd(true);
    return Reference<uno::XInterface>(cursor, UNO_QUERY);
}

// Cells of one table as the rectangle spanning them ("C3:C27"), when their
// names are plain (A..Z + row); otherwise the first cell.
Reference<uno::XInterface> cellsSelection(const Reference<frame::XModel>& model, const std::vector<Place>& cells) {
    Reference<table::XCellRange> table = tableNamed(model, cells.front().table);
    // A table read from a published PDF is no Writer table: its cells are
    // named by the shape that holds their text.
    if (!table.is()) return lo::shapeNamed(model, cells.front().cell);
    if (cells.size() > 1) {
        int c0 = 1 << 20, r0 = 1 << 20, c1 = -1, r1 = -1;
        bool plain = true;
        for (const Place& p : cells) {
            int c = 0, r = 0;
            if (p.table != cells.front().table || !splitCellName(p.cell, c, r)) {
                plain = false;
                break;
            }
            c0 = std::min(c0, c), c1 = std::max(c1, c), r0 = std::min(r0, r), r1 = std::max(r1, r);
        }
        if (plain && (c0 != c1 || r0 != r1)) {
            const std::string range = std::string(1, static_cast<char>('A' + c0)) + std::to_string(r0) + ":" +
                                      std::string(1, static_cast<char>('A' + c1)) + std::to_string(r1);
            try {
                return Reference<uno::XInterface>(table->getCellRangeByName(lo::fromUtf8(range)), UNO_QUERY);
            } catch (const uno::Exception&) {
                // Merged cells can make the rectangle invalid: fall back to the first cell.
            }
        }
    }
    return cellText(table, cells.front().cell);
}

// The n-th top-level paragraph of the body text (tables not counted).
Reference<text::XTextRange> bodyParagraph(const Reference<frame::XModel>& model, int index) {
    Reference<text::XTextDocument> doc(model, UNO_QUERY_THROW);
    Reference<container::XEnumerationAccess> access(doc->getText(), UNO_QUERY_THROW);
    Reference<container::XEnumeration> e = access->createEnumeration();
    int n = 0;
    while (e->hasMoreElements()) {
        Reference<lang::XServiceInfo> info(e->nextElement(), UNO_QUERY);
        if (!info.is() || !info->supportsService("com.sun.star.text.Paragraph")) continue;
        if (n++ == index) return Reference<text::XTextRange>(info, UNO_QUERY);
    }
    return Reference<text::XTextRange>();
}

Reference<uno::XInterface> textSelection(const Reference<frame::XModel>& model, const Place& p) {
    Reference<text::XTextRange> para = bodyParagraph(model, p.paragraph);
    if (!para.is()) return Reference<uno::XInterface>();
    Reference<text::XTextCursor> cursor = para->getText()->createTextCursorByRange(p.kind == Place::Kind::After
                                                                                        ? para->getEnd()
                                                                                        : para->getStart());
    if (p.kind == Place::Kind::Text) {
        cursor->goRight(static_cast<sal_Int16>(std::max(p.start, 0)), false);
        cursor->goRight(static_cast<sal_Int16>(std::max(p.end - p.start, 0)), true);
    }
    return Reference<uno::XInterface>(cursor, UNO_QUERY);
}

// A frame of a published PDF (the import makes one per text run). Writer
// keeps the shapes of pages it has not laid out yet on an invisible layer,
// where select() reports success and selects nothing: asking the view for its
// page count lays out every page first (tens of milliseconds for a report).
// Selecting a shape does not scroll to it; jumping to it by name, as the
// Navigator does, selects it and shows it.
bool showShape(const Reference<uno::XComponentContext>& context, const Reference<frame::XController>& controller,
               const Reference<uno::XInterface>& shape) {
    Reference<beans::XPropertySet> view(controller, UNO_QUERY);
    try {
        if (view.is()) view->getPropertyValue("PageCount");
    } catch (const uno::Exception&) {
        // A view without the property: select what is laid out.
    }
    if (!Reference<view::XSelectionSupplier>(controller, UNO_QUERY_THROW)->select(uno::Any(shape))) return false;
    Reference<container::XNamed> named(shape, UNO_QUERY);
    Reference<frame::XDispatchProvider> frame(controller->getFrame(), UNO_QUERY);
    const uno::Any before = controller->getViewData();
    if (context.is() && named.is() && !named->getName().isEmpty() && frame.is()) {
        uno::Sequence<beans::PropertyValue> args(1);
        args[0].Name = "Bookmark";
        args[0].Value <<= named->getName() + "|drawingobject";
        frame::DispatchHelper::create(context)->executeDispatch(frame, ".uno:JumpToMark", "", 0, args);
    }
    // LibreOffice 7.0 ignores a jump to a drawing object (7.4 does it); setting
    // the zoom the view already has makes it show its selection there.
    Reference<view::XViewSettingsSupplier> settings(controller, UNO_QUERY);
    if (controller->getViewData() == before && settings.is()) {
        Reference<beans::XPropertySet> zoom = settings->getViewSettings();
        zoom->setPropertyValue("ZoomValue", zoom->getPropertyValue("ZoomValue"));
    }
    return true;
}

}  // namespace

bool selectPlaces(const Reference<uno::XComponentContext>& context, const Reference<frame::XController>& controller,
                  const std::vector<Place>& places) {
    if (!controller.is() || places.empty()) return false;
    Reference<frame::XModel> model = controller->getModel();
    Reference<view::XSelectionSupplier> selection(controller, UNO_QUERY);
    if (!model.is() || !selection.is()) return false;
    Reference<uno::XInterface> target;
    if (places.front().kind == Place::Kind::Cell) {
        std::vector<Place> cells;
        for (const Place& p : places)
            if (p.kind == Place::Kind::Cell && p.table == places.front().table) cells.push_back(p);
        target = cellsSelection(model, cells);
    } else {
        target = textSelection(model, places.front());
    }
    if (!target.is()) return false;
    Reference<lang::XServiceInfo> info(target, UNO_QUERY);
    if (info.is() && info->supportsService("com.sun.star.drawing.Shape")) return showShape(context, controller, target);
    return selection->select(uno::Any(target));
}

}  // namespace nianbao::sidebar
