// A comment (Writer annotation) that says why nianbao changed something.
#pragma once

#include <string>

#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/text/XTextRange.hpp>

namespace nianbao::lo::edit {

// Inserts the comment at `at` (a collapsed position in some text).
void addComment(const com::sun::star::uno::Reference<com::sun::star::text::XTextDocument>& doc,
                const com::sun::star::uno::Reference<com::sun::star::text::XTextRange>& at,
                const std::string& content);

}  // namespace nianbao::lo::edit
