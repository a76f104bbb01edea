// A document LibreOffice's PDF import made (Writer with --infilter=
// writer_pdf_import, or Draw): no text tables, only shapes — text frames with
// their place on the page, lines, rectangles. Walks those shapes into the
// core's pages::Page (the geometry lives in src/core/pages).
#pragma once

#include <string>
#include <vector>

#include <com/sun/star/uno/Reference.hxx>
#include <com/sun/star/uno/XInterface.hpp>

#include "core/pages/page_content.hpp"

namespace nianbao::lo {

// The shapes of every page, in order; empty when the document has none.
// A shape's index (TextRun::shape) is its index on the draw page it is on,
// counted over all pages for a Writer document (one draw page).
std::vector<pages::Page> readPages(const com::sun::star::uno::Reference<com::sun::star::uno::XInterface>& doc);

// The shape a cell address names ("S57": the 57th shape of the Writer draw
// page), to select it; null when there is none.
com::sun::star::uno::Reference<com::sun::star::uno::XInterface> shapeNamed(
    const com::sun::star::uno::Reference<com::sun::star::uno::XInterface>& doc, const std::string& cell);

// True for a document made by the PDF import (the filter it was loaded with).
bool isImportedPdf(const com::sun::star::uno::Reference<com::sun::star::uno::XInterface>& doc);

}  // namespace nianbao::lo
