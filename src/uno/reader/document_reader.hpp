// Reads a Writer (or Writer/Web) document into the core's Document model:
// body paragraphs and tables in document order, tables as true grids.
// Read-only: never modifies the document (nor its modified flag).
#pragma once

#include <string>

#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/uno/Reference.hxx>

#include "core/model/grid.hpp"

namespace nianbao::lo {

// Throws com::sun::star::uno::Exception (or std::exception) when the
// document cannot be read; callers turn that into an error JSON.
nianbao::Document readDocument(
    const com::sun::star::uno::Reference<com::sun::star::text::XTextDocument>& doc,
    const std::string& name);

// The file name (last URL segment, decoded) of a loaded document, "" if new.
std::string documentFileName(const com::sun::star::uno::Reference<com::sun::star::uno::XInterface>& doc);

}  // namespace nianbao::lo
