// A document LibreOffice's PDF import made (Writer with --infilter=
// writer_pdf_import, or Draw): no text tables, only shapes — text frames with
// their place on the page, lines, rectangles. Walks those shapes into the
// core's pages::Page (the geometry lives in src/core/pages).
#pragma once

#include <vector>

#include <com/sun/star/uno/Reference.hxx>
#include <com/sun/star/uno/XInterface.hpp>

#include "core/pages/page_content.hpp"

namespace nianbao::lo {

// The shapes of every page, in order; empty when the document has none.
// A shape's index (TextRun::shape) is its index on the draw page it is on,
// counted over all pages for a Writer document (one draw page).
std::vector<pages::Page> readPages(const com::sun::star::uno::Reference<com::sun::star::uno::XInterface>& doc);

// True for a document made by the PDF import (it has shapes and no body text).
bool isImportedPdf(const com::sun::star::uno::Reference<com::sun::star::uno::XInterface>& doc);

}  // namespace nianbao::lo
