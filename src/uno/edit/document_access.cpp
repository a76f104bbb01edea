#include "uno/edit/document_access.hpp"

#include <stdexcept>

#include <com/sun/star/container/XEnumeration.hpp>
#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/text/XTextTablesSupplier.hpp>

#include "core/checker.hpp"
#include "core/template/carried_values.hpp"
#include "uno/check_runner.hpp"
#include "uno/reader/document_reader.hpp"
#include "uno/ustring.hpp"

using namespace com::sun::star;
using com::sun::star::uno::Reference;
using com::sun::star::uno::UNO_QUERY;
using com::sun::star::uno::UNO_QUERY_THROW;

namespace nianbao::lo::edit {

std::vector<BodyBlock> bodyBlocks(const TextDocumentRef& doc) {
    std::vector<BodyBlock> out;
    Reference<container::XEnumerationAccess> body(doc->getText(), UNO_QUERY_THROW);
    Reference<container::XEnumeration> e = body->createEnumeration();
    while (e->hasMoreElements()) {
        uno::Any element = e->nextElement();
        BodyBlock b;
        b.table.set(element, UNO_QUERY);
        if (!b.table.is()) {
            Reference<lang::XServiceInfo> info(element, UNO_QUERY);
            Reference<text::XTextRange> range(element, UNO_QUERY);
            if (!range.is() || (info.is() && !info->supportsService("com.sun.star.text.Paragraph"))) continue;
            b.paragraph = range;
        }
        out.push_back(b);
    }
    return out;
}

Checked checkOpenDocument(const TextDocumentRef& doc, bool localize) {
    Checked c;
    c.grid = readDocument(doc, safeFileName(doc));
    CheckOptions options;
    options.localize = localize;
    options.solverBudget = kDefaultSolverBudget;
    c.result = check(c.grid, options);
    if (!c.result.error.empty()) throw std::runtime_error(c.result.error);
    return c;
}

std::string findingsNow(const TextDocumentRef& doc) { return findingsJson(doc, safeFileName(doc)); }

Reference<text::XTextTable> tableNamed(const TextDocumentRef& doc, const std::string& name) {
    Reference<text::XTextTablesSupplier> supplier(doc, UNO_QUERY_THROW);
    Reference<container::XNameAccess> tables = supplier->getTextTables();
    if (!tables->hasByName(fromUtf8(name))) throw std::runtime_error("no table named " + name);
    return Reference<text::XTextTable>(tables->getByName(fromUtf8(name)), UNO_QUERY_THROW);
}

Reference<text::XText> cellText(const TextDocumentRef& doc, const std::string& at) {
    const size_t dot = at.rfind('.');
    if (dot == std::string::npos || dot == 0) throw std::runtime_error("not a cell address: " + at);
    Reference<text::XTextTable> table = tableNamed(doc, at.substr(0, dot));
    Reference<text::XText> text(table->getCellByName(fromUtf8(at.substr(dot + 1))), UNO_QUERY);
    if (!text.is()) throw std::runtime_error("no cell at " + at);
    return text;
}

bool sameTable(const Reference<text::XTextTable>& a, const Reference<text::XTextTable>& b) {
    Reference<container::XNamed> na(a, UNO_QUERY), nb(b, UNO_QUERY);
    return na.is() && nb.is() && na->getName() == nb->getName();
}

std::string valueText(double v) { return tmpl::plainNumber(v); }

}  // namespace nianbao::lo::edit
