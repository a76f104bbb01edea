// How a written paragraph or table cell looks: a paragraph style plus direct
// properties. Either taken from a paragraph already in the document (so an
// inserted heading matches the document's other headings) or from the
// typesetting conventions of published reports, with fonts that are installed.
#pragma once

#include <vector>

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/text/XTextRange.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include "core/template/template_model.hpp"

namespace nianbao::lo::edit {

struct ParagraphLook {
    rtl::OUString style;  // "" keeps the paragraph's style
    std::vector<com::sun::star::beans::PropertyValue> properties;
};

// The look of an existing paragraph (its style, fonts, sizes, alignment, indents).
ParagraphLook lookOf(const com::sun::star::uno::Reference<com::sun::star::text::XTextRange>& paragraph);

// Applies a look to the paragraph(s) a cursor spans; properties the target
// does not know are skipped, a missing style is not set.
void applyLook(const com::sun::star::uno::Reference<com::sun::star::text::XTextDocument>& doc,
               const com::sun::star::uno::Reference<com::sun::star::beans::XPropertySet>& cursor,
               const ParagraphLook& look);

// The conventional look of a template role / of table cells.
class TemplateLooks {
public:
    explicit TemplateLooks(const com::sun::star::uno::Reference<com::sun::star::uno::XComponentContext>& context);
    ParagraphLook paragraph(tmpl::Role role) const;
    ParagraphLook cell(tmpl::CellKind kind) const;

private:
    rtl::OUString song_, hei_, kai_, fang_;  // installed fonts chosen per family
};

}  // namespace nianbao::lo::edit
