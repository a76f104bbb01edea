#include "uno/reader/document_reader.hpp"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XEnumeration.hpp>
#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/document/XRedlinesSupplier.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/text/XTextRange.hpp>
#include <com/sun/star/text/XTextTable.hpp>
#include <rtl/uri.hxx>

#include "uno/reader/outline_levels.hpp"
#include "uno/reader/table_reader.hpp"
#include "uno/reader/text_reader.hpp"
#include "uno/ustring.hpp"

using namespace com::sun::star;
using com::sun::star::uno::Reference;
using com::sun::star::uno::UNO_QUERY;
using rtl::OUString;

namespace nianbao::lo {

namespace {

// Only documents with tracked changes pay for the portion walk.
bool hasTrackedChanges(const Reference<text::XTextDocument>& doc) {
    Reference<document::XRedlinesSupplier> supplier(doc, UNO_QUERY);
    if (!supplier.is()) return false;
    Reference<container::XEnumerationAccess> redlines(supplier->getRedlines(), UNO_QUERY);
    return redlines.is() && redlines->hasElements();
}

// `inDelete` carries a tracked deletion from one paragraph into the next.
nianbao::Paragraph readParagraph(const Reference<text::XTextRange>& range, bool acceptChanges,
                                 OutlineLevels& levels, int& inDelete) {
    nianbao::Paragraph p;
    p.text = toUtf8(acceptChanges ? acceptedParagraphText(range, inDelete) : range->getString());
    p.outlineLevel = levels.of(Reference<beans::XPropertySet>(range, UNO_QUERY));
    return p;
}

}  // namespace

nianbao::Document readDocument(const Reference<text::XTextDocument>& doc, const std::string& name) {
    nianbao::Document out;
    out.name = name;
    const bool acceptChanges = hasTrackedChanges(doc);
    OutlineLevels levels(doc);
    Reference<container::XEnumerationAccess> body(doc->getText(), UNO_QUERY);
    if (!body.is()) return out;
    // The body enumeration yields paragraphs and tables only: frames, headers,
    // footers and drawing shapes live elsewhere and are ignored.
    Reference<container::XEnumeration> blocks = body->createEnumeration();
    int paragraphs = 0;  // the top-level paragraph index findings' `where` names
    int inDelete = 0;    // inside a tracked deletion (it may span paragraphs)
    bool join = false;   // the previous paragraph's end is deleted: this one joins it
    while (blocks->hasMoreElements()) {
        uno::Any element = blocks->nextElement();
        Reference<text::XTextTable> table(element, UNO_QUERY);
        if (table.is()) {
            out.blocks.emplace_back(readTable(table, acceptChanges));
            join = false;
            continue;
        }
        Reference<lang::XServiceInfo> info(element, UNO_QUERY);
        Reference<text::XTextRange> range(element, UNO_QUERY);
        if (range.is() && (!info.is() || info->supportsService("com.sun.star.text.Paragraph"))) {
            nianbao::Paragraph p = readParagraph(range, acceptChanges, levels, inDelete);
            p.index = paragraphs++;
            auto* previous = join && !out.blocks.empty() ? std::get_if<nianbao::Paragraph>(&out.blocks.back()) : nullptr;
            if (previous) {
                // Accepted, the deletion joins the two paragraphs; one wholly
                // deleted up to here leaves this paragraph's own attributes.
                if (previous->text.empty()) previous->outlineLevel = p.outlineLevel;
                previous->text += p.text;
            } else {
                out.blocks.emplace_back(std::move(p));
            }
            join = acceptChanges && inDelete > 0;
        }
    }
    return out;
}

std::string documentFileName(const Reference<uno::XInterface>& doc) {
    Reference<frame::XModel> model(doc, UNO_QUERY);
    if (!model.is()) return std::string();
    OUString url = model->getURL();
    const sal_Int32 cut = std::max(url.lastIndexOf('/'), url.lastIndexOf('\\'));
    url = url.copy(cut + 1);
    return toUtf8(rtl::Uri::decode(url, rtl_UriDecodeWithCharset, RTL_TEXTENCODING_UTF8));
}

}  // namespace nianbao::lo
