#include "uno/reader/page_reader.hpp"

#include <com/sun/star/awt/Point.hpp>
#include <com/sun/star/awt/Size.hpp>
#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/beans/XPropertySetInfo.hpp>
#include <com/sun/star/container/XEnumeration.hpp>
#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/drawing/XDrawPage.hpp>
#include <com/sun/star/drawing/XDrawPageSupplier.hpp>
#include <com/sun/star/drawing/XDrawPages.hpp>
#include <com/sun/star/drawing/XDrawPagesSupplier.hpp>
#include <com/sun/star/drawing/XShape.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/text/XTextRange.hpp>

#include "uno/ustring.hpp"

using namespace com::sun::star;
using com::sun::star::uno::Reference;
using com::sun::star::uno::UNO_QUERY;
using rtl::OUString;

namespace nianbao::lo {

namespace {

// Writer offers its shapes only through XDrawPageSupplier, deprecated in the
// API but the one way there is (and in every version we support).
Reference<drawing::XDrawPage> writerDrawPage(const Reference<uno::XInterface>& doc) {
    Reference<drawing::XDrawPageSupplier> one(doc, UNO_QUERY);
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
    return one.is() ? one->getDrawPage() : nullptr;
#pragma GCC diagnostic pop
}

// One shape into the page it is on.
void addShape(pages::Page& page, const Reference<drawing::XShape>& shape, int index) {
    Reference<lang::XServiceInfo> info(shape, UNO_QUERY);
    if (!info.is()) return;
    auto is = [&](const char* service) { return info->supportsService(OUString::createFromAscii(service)); };
    const awt::Point at = shape->getPosition();
    const awt::Size size = shape->getSize();
    const pages::Rect box{static_cast<double>(at.X), static_cast<double>(at.Y), static_cast<double>(size.Width),
                          static_cast<double>(size.Height)};
    if (is("com.sun.star.drawing.TextShape")) {
        Reference<text::XTextRange> text(shape, UNO_QUERY);
        if (!text.is()) return;
        pages::TextRun run{box.x, box.y, box.width, box.height, toUtf8(text->getString()), index};
        if (!run.text.empty()) page.runs.push_back(std::move(run));
    } else if (is("com.sun.star.drawing.LineShape") || is("com.sun.star.drawing.PolyLineShape")) {
        // A drawn ruling: horizontal (no height) or vertical (no width); its box is the segment.
        if (size.Height <= 1) pages::addLine(page, box.x, box.y, box.x + box.width, box.y);
        else if (size.Width <= 1) pages::addLine(page, box.x, box.y, box.x, box.y + box.height);
    } else if (is("com.sun.star.drawing.PolyPolygonShape") || is("com.sun.star.drawing.RectangleShape") ||
               is("com.sun.star.drawing.ClosedBezierShape")) {
        pages::addRect(page, box);  // WPS fills every cell: the rectangle's edges are its rulings
    } else if (is("com.sun.star.drawing.GraphicObjectShape")) {
        ++page.images;
    }
}

// A shape the office cannot place (some anchor kinds answer getPosition with
// an exception) is left out, not the whole page.
void addShapeSafely(pages::Page& page, const Reference<drawing::XShape>& shape, int index) {
    try {
        addShape(page, shape, index);
    } catch (const uno::RuntimeException&) {
    }
}

int anchorPage(const Reference<drawing::XShape>& shape) {
    Reference<beans::XPropertySet> props(shape, UNO_QUERY);
    sal_Int16 page = 1;
    if (props.is() && props->getPropertySetInfo()->hasPropertyByName("AnchorPageNo"))
        props->getPropertyValue("AnchorPageNo") >>= page;
    return page > 0 ? page : 1;
}

}  // namespace

std::vector<pages::Page> readPages(const Reference<uno::XInterface>& doc) {
    std::vector<pages::Page> out;
    Reference<drawing::XDrawPagesSupplier> many(doc, UNO_QUERY);
    // Draw: a draw page per PDF page. (Writer may offer XDrawPagesSupplier
    // too, with its one draw page: it is read below, by anchor page.)
    if (many.is() && !Reference<text::XTextDocument>(doc, UNO_QUERY).is()) {
        Reference<drawing::XDrawPages> list = many->getDrawPages();
        for (sal_Int32 p = 0; list.is() && p < list->getCount(); ++p) {
            Reference<drawing::XDrawPage> page(list->getByIndex(p), UNO_QUERY);
            out.emplace_back();
            for (sal_Int32 i = 0; page.is() && i < page->getCount(); ++i) {
                Reference<drawing::XShape> shape(page->getByIndex(i), UNO_QUERY);
                if (shape.is()) addShapeSafely(out.back(), shape, static_cast<int>(i));
            }
        }
        return out;
    }
    Reference<drawing::XDrawPage> page = writerDrawPage(doc);  // Writer: one draw page, shapes anchored to pages
    for (sal_Int32 i = 0; page.is() && i < page->getCount(); ++i) {
        Reference<drawing::XShape> shape(page->getByIndex(i), UNO_QUERY);
        if (!shape.is()) continue;
        const size_t p = static_cast<size_t>(anchorPage(shape));
        if (out.size() < p) out.resize(p);
        addShapeSafely(out[p - 1], shape, static_cast<int>(i));
    }
    return out;
}

Reference<uno::XInterface> shapeNamed(const Reference<uno::XInterface>& doc, const std::string& cell) {
    if (cell.size() < 2 || cell[0] != 'S' || cell.find_first_not_of("0123456789", 1) != std::string::npos)
        return nullptr;
    const Reference<drawing::XDrawPage> page = writerDrawPage(doc);
    const long index = std::stol(cell.substr(1));
    if (!page.is() || index >= page->getCount()) return nullptr;
    return Reference<uno::XInterface>(page->getByIndex(static_cast<sal_Int32>(index)), UNO_QUERY);
}

bool isImportedPdf(const Reference<uno::XInterface>& doc) {
    // The filter it was loaded with says it: writer_pdf_import, draw_pdf_import.
    Reference<frame::XModel> model(doc, UNO_QUERY);
    if (!model.is()) return false;
    const uno::Sequence<beans::PropertyValue> args = model->getArgs();
    for (sal_Int32 i = 0; i < args.getLength(); ++i) {
        OUString filter;
        if (args[i].Name == "FilterName" && (args[i].Value >>= filter)) return filter.indexOf("pdf_import") >= 0;
    }
    return false;
}

}  // namespace nianbao::lo
