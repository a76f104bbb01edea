// Writes a template part (paragraphs and tables) into a Writer text at a
// position, as paragraphs of its own: text before and after the position
// stays in its paragraphs.
#pragma once

#include <functional>

#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/text/XTextRange.hpp>
#include <com/sun/star/text/XTextTable.hpp>

#include "core/template/template_model.hpp"
#include "uno/edit/edit_session.hpp"
#include "uno/edit/paragraph_look.hpp"

namespace nianbao::lo::edit {

struct WrittenPart {
    // The first written paragraph (where a comment about the edit goes), and
    // the tables written, in order.
    com::sun::star::uno::Reference<com::sun::star::text::XTextRange> firstParagraph;
    std::vector<com::sun::star::uno::Reference<com::sun::star::text::XTextTable>> tables;
};

// How each paragraph role looks in this document.
using LookOfRole = std::function<ParagraphLook(tmpl::Role)>;

WrittenPart writePart(const com::sun::star::uno::Reference<com::sun::star::text::XTextDocument>& doc,
                      const com::sun::star::uno::Reference<com::sun::star::text::XTextRange>& at,
                      const tmpl::TemplatePart& part, const LookOfRole& look, const TemplateLooks& tableLooks,
                      EditSession& session);

}  // namespace nianbao::lo::edit
