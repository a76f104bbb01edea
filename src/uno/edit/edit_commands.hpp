// Edits of an open Writer document behind the service's editing methods
// (XReportChecker: applyFixes, insertTemplate, insertMissingSections,
// rebuildTable). Each call is one undo step made of tracked changes.
#pragma once

#include <string>
#include <vector>

#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/uno/Reference.hxx>
#include <com/sun/star/uno/XComponentContext.hpp>

namespace nianbao::lo::edit {

using DocumentRef = com::sun::star::uno::Reference<com::sun::star::lang::XComponent>;
using ContextRef = com::sun::star::uno::Reference<com::sun::star::uno::XComponentContext>;

// Each returns the findings JSON after the edit (insertTemplate: nothing) and
// throws std::exception on failure, leaving the document as it was.
// `expected`, when given ("T3.new.np:8"), is the correction the caller showed
// the user for those cells: applied only if the document's correction now is
// that same one, else nothing is written (the document changed meanwhile).
std::string applyFixes(const ContextRef& context, const DocumentRef& document,
                       const std::vector<std::string>& cells, int alternative,
                       const std::vector<std::string>& expected = {});
void insertTemplate(const ContextRef& context, const DocumentRef& document, const std::string& part);
std::string insertMissingSections(const ContextRef& context, const DocumentRef& document);
std::string rebuildTable(const ContextRef& context, const DocumentRef& document, const std::string& tableId);

}  // namespace nianbao::lo::edit
