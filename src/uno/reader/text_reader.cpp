#include "uno/reader/text_reader.hpp"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XEnumeration.hpp>
#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/table/XCell.hpp>
#include <com/sun/star/text/XTextTable.hpp>
#include <rtl/ustrbuf.hxx>

using namespace com::sun::star;
using com::sun::star::uno::Reference;
using com::sun::star::uno::UNO_QUERY;
using rtl::OUString;

namespace nianbao::lo {

namespace {

OUString stringProperty(const Reference<beans::XPropertySet>& props, const char* name) {
    OUString s;
    props->getPropertyValue(OUString::createFromAscii(name)) >>= s;
    return s;
}

// Writer marks a tracked change with zero-width "Redline" portions: one with
// IsStart=true where it begins and one with IsStart=false where it ends.
void trackRedline(const Reference<beans::XPropertySet>& portion, int& inDelete) {
    if (stringProperty(portion, "RedlineType") != "Delete") return;
    bool isStart = false;
    portion->getPropertyValue("IsStart") >>= isStart;
    inDelete = isStart ? inDelete + 1 : (inDelete > 0 ? inDelete - 1 : 0);
}

OUString tableText(const Reference<text::XTextTable>& table) {
    rtl::OUStringBuffer out;
    const uno::Sequence<OUString> names = table->getCellNames();
    for (sal_Int32 i = 0; i < names.getLength(); ++i) {
        Reference<text::XText> cell(table->getCellByName(names[i]), UNO_QUERY);
        if (!cell.is()) continue;
        if (out.getLength()) out.append(' ');
        out.append(acceptedText(cell));
    }
    return out.makeStringAndClear();
}

}  // namespace

OUString acceptedParagraphText(const Reference<text::XTextRange>& paragraph, int& inDelete) {
    Reference<container::XEnumerationAccess> access(paragraph, UNO_QUERY);
    if (!access.is()) return paragraph->getString();
    rtl::OUStringBuffer out;
    Reference<container::XEnumeration> portions = access->createEnumeration();
    while (portions->hasMoreElements()) {
        Reference<beans::XPropertySet> portion(portions->nextElement(), UNO_QUERY);
        if (!portion.is()) continue;
        if (stringProperty(portion, "TextPortionType") == "Redline") {
            trackRedline(portion, inDelete);
            continue;
        }
        if (inDelete > 0) continue;
        Reference<text::XTextRange> range(portion, UNO_QUERY);
        if (range.is()) out.append(range->getString());
    }
    return out.makeStringAndClear();
}

OUString acceptedText(const Reference<text::XText>& text) {
    Reference<container::XEnumerationAccess> access(text, UNO_QUERY);
    if (!access.is()) return text->getString();
    rtl::OUStringBuffer out;
    int inDelete = 0;
    bool first = true;
    Reference<container::XEnumeration> blocks = access->createEnumeration();
    while (blocks->hasMoreElements()) {
        uno::Any element = blocks->nextElement();
        if (!first) out.append('\n');
        first = false;
        Reference<text::XTextTable> nested(element, UNO_QUERY);
        if (nested.is()) {
            out.append(tableText(nested));
            continue;
        }
        Reference<text::XTextRange> paragraph(element, UNO_QUERY);
        if (paragraph.is()) out.append(acceptedParagraphText(paragraph, inDelete));
    }
    return out.makeStringAndClear();
}

}  // namespace nianbao::lo
