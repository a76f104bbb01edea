// Reads text as it would read with every tracked change accepted.
#pragma once

#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/text/XTextRange.hpp>
#include <com/sun/star/uno/Reference.hxx>
#include <rtl/ustring.hxx>

namespace nianbao::lo {

// Text of a paragraph's portions, leaving out text inside Delete redlines.
// `inDelete` carries the state across paragraphs (a deletion may span them).
rtl::OUString acceptedParagraphText(
    const com::sun::star::uno::Reference<com::sun::star::text::XTextRange>& paragraph,
    int& inDelete);

// Text of a cell (or any XText): paragraphs joined by '\n' like getString();
// a nested table contributes its cells' text.
rtl::OUString acceptedText(const com::sun::star::uno::Reference<com::sun::star::text::XText>& text);

}  // namespace nianbao::lo
