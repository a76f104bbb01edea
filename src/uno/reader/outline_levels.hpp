// Outline level of a paragraph, from the paragraph or else its style.
#pragma once

#include <map>

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/uno/Reference.hxx>
#include <rtl/ustring.hxx>

namespace nianbao::lo {

// A paragraph's OutlineLevel property is 0 when the level comes from its
// style (an HTML <h1> is "Heading 1" with level 0 on the paragraph), so the
// style's level is the fallback, and for Writer/Web (no chapter numbering)
// the style name "Heading N"; cached per style name for one document.
class OutlineLevels {
public:
    explicit OutlineLevels(const com::sun::star::uno::Reference<com::sun::star::text::XTextDocument>& doc);
    int of(const com::sun::star::uno::Reference<com::sun::star::beans::XPropertySet>& paragraph);

private:
    com::sun::star::uno::Reference<com::sun::star::container::XNameAccess> styles_;
    std::map<rtl::OUString, int> cache_;
};

}  // namespace nianbao::lo
