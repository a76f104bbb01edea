// A template table as a real Writer table: the official merges, widths
// that fill the text area, single 0.5 pt borders, centered values, header
// rows repeated across pages.
#pragma once

#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/text/XTextRange.hpp>
#include <com/sun/star/text/XTextTable.hpp>

#include "core/template/template_model.hpp"
#include "uno/edit/edit_session.hpp"
#include "uno/edit/paragraph_look.hpp"

namespace nianbao::lo::edit {

// Inserts the table at `at` (Writer puts it before the paragraph `at` is in)
// and fills it: structure and formatting unrecorded, cell texts recorded.
com::sun::star::uno::Reference<com::sun::star::text::XTextTable> writeTable(
    const com::sun::star::uno::Reference<com::sun::star::text::XTextDocument>& doc,
    const com::sun::star::uno::Reference<com::sun::star::text::XTextRange>& at, const tmpl::TemplateTable& table,
    const TemplateLooks& looks, EditSession& session);

}  // namespace nianbao::lo::edit
