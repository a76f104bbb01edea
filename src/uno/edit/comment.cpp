#include "uno/edit/comment.hpp"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/text/XTextContent.hpp>
#include <com/sun/star/util/DateTime.hpp>
#include <osl/time.h>

#include "uno/ustring.hpp"

using namespace com::sun::star;
using com::sun::star::uno::Reference;
using com::sun::star::uno::UNO_QUERY_THROW;

namespace nianbao::lo::edit {

namespace {

util::DateTime now() {
    util::DateTime d;
    TimeValue utc{}, local{};
    oslDateTime t{};
    if (osl_getSystemTime(&utc) && osl_getLocalTimeFromSystemTime(&utc, &local) &&
        osl_getDateTimeFromTimeValue(&local, &t)) {
        d.Year = t.Year;
        d.Month = t.Month;
        d.Day = t.Day;
        d.Hours = t.Hours;
        d.Minutes = t.Minutes;
        d.Seconds = t.Seconds;
    }
    return d;
}

}  // namespace

void addComment(const Reference<text::XTextDocument>& doc, const Reference<text::XTextRange>& at,
                const std::string& content) {
    Reference<lang::XMultiServiceFactory> factory(doc, UNO_QUERY_THROW);
    Reference<beans::XPropertySet> field(factory->createInstance("com.sun.star.text.textfield.Annotation"),
                                         UNO_QUERY_THROW);
    field->setPropertyValue("Author", uno::Any(fromUtf8("年报 nianbao")));
    field->setPropertyValue("Content", uno::Any(fromUtf8(content)));
    field->setPropertyValue("DateTimeValue", uno::Any(now()));
    Reference<text::XTextContent> annotation(field, UNO_QUERY_THROW);
    at->getText()->insertTextContent(at, annotation, false);
}

}  // namespace nianbao::lo::edit
