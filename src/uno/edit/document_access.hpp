// What the editing commands need to find in an open Writer document: its
// body blocks in the reader's order (so block indices of the core's grid
// model point at them), a cell by its findings address, and a fresh check.
#pragma once

#include <string>
#include <vector>

#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/text/XTextRange.hpp>
#include <com/sun/star/text/XTextTable.hpp>
#include <com/sun/star/uno/Reference.hxx>

#include "core/model/findings.hpp"
#include "core/model/grid.hpp"

namespace nianbao::lo::edit {

using TextDocumentRef = com::sun::star::uno::Reference<com::sun::star::text::XTextDocument>;

struct BodyBlock {
    com::sun::star::uno::Reference<com::sun::star::text::XTextRange> paragraph;  // or
    com::sun::star::uno::Reference<com::sun::star::text::XTextTable> table;
};

// Paragraphs and tables of the body, exactly the blocks readDocument reads.
std::vector<BodyBlock> bodyBlocks(const TextDocumentRef& doc);

// The document as the core sees it, and its check.
struct Checked {
    Document grid;
    CheckResult result;
};
// Checked within the office's time budget (kDefaultSolverBudget): an edit is
// a click in Writer, and nothing may hold the office up. `localize` false
// skips the search for a correction (edits that do not write one).
Checked checkOpenDocument(const TextDocumentRef& doc, bool localize = true);

// The findings JSON of the document as it is now.
std::string findingsNow(const TextDocumentRef& doc);

// The text of the cell at a findings address ("表格2.C27"); throws
// std::runtime_error when the table or cell is not there.
com::sun::star::uno::Reference<com::sun::star::text::XText> cellText(const TextDocumentRef& doc,
                                                                       const std::string& at);
com::sun::star::uno::Reference<com::sun::star::text::XTextTable> tableNamed(const TextDocumentRef& doc,
                                                                             const std::string& name);

// True when both are the same Writer table. Compared by name: a table made
// through the API and the one the body enumeration gives are different objects.
bool sameTable(const com::sun::star::uno::Reference<com::sun::star::text::XTextTable>& a,
               const com::sun::star::uno::Reference<com::sun::star::text::XTextTable>& b);

// A value as plain digits ("8", "0.5").
std::string valueText(double v);

}  // namespace nianbao::lo::edit
