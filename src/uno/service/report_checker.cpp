#include "uno/service/report_checker.hpp"

#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/frame/XComponentLoader.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/util/XCloseable.hpp>
#include <cppuhelper/supportsservice.hxx>

#include "uno/check_runner.hpp"
#include "uno/open_document.hpp"
#include "uno/reader/document_reader.hpp"
#include "uno/edit/edit_commands.hpp"
#include "uno/ustring.hpp"
#include "uno/version.hpp"

using namespace com::sun::star;
using com::sun::star::uno::Reference;
using com::sun::star::uno::Sequence;
using com::sun::star::uno::UNO_QUERY;
using com::sun::star::uno::UNO_QUERY_THROW;
using rtl::OUString;

namespace nianbao::lo {

namespace {

// Only a null or non-text document is the caller's mistake; everything else
// is reported inside the JSON.
void requireTextDocument(const Reference<lang::XComponent>& document, ReportChecker* self) {
    Reference<text::XTextDocument> text(document, UNO_QUERY);
    if (!text.is())
        throw lang::IllegalArgumentException("nianbao: not a text document",
                                             static_cast<cppu::OWeakObject*>(self), 0);
}

std::string lastSegment(const OUString& url) {
    return toUtf8(url.copy(url.lastIndexOf('/') + 1));
}

}  // namespace

ReportChecker::ReportChecker(const Reference<uno::XComponentContext>& context) : context_(context) {}

OUString ReportChecker::implementationName() { return "org.nianbao.comp.ReportChecker"; }

Sequence<OUString> ReportChecker::serviceNames() {
    Sequence<OUString> names(1);
    names[0] = "org.nianbao.ReportChecker";
    return names;
}

Reference<uno::XInterface> ReportChecker::create(const Reference<uno::XComponentContext>& context) {
    return static_cast<cppu::OWeakObject*>(new ReportChecker(context));
}

OUString ReportChecker::checkDocument(const Reference<lang::XComponent>& document) {
    try {
        requireTextDocument(document, this);
        return fromUtf8(findingsJson(document, safeFileName(document), solverBudget()));
    } catch (const lang::IllegalArgumentException&) {
        throw;
    } catch (...) {
        return fromUtf8(safeErrorJson(std::string(), "unexpected failure"));
    }
}

OUString ReportChecker::dumpDocument(const Reference<lang::XComponent>& document) {
    try {
        requireTextDocument(document, this);
        return fromUtf8(dumpJson(document, safeFileName(document)));
    } catch (const lang::IllegalArgumentException&) {
        throw;
    } catch (...) {
        return fromUtf8(safeErrorJson(std::string(), "unexpected failure"));
    }
}

OUString ReportChecker::checkURL(const OUString& url) {
    // Everything below catches: a check never throws into the caller.
    const std::string name = lastSegment(url);
    Reference<lang::XComponent> doc;
    std::string json;
    std::string failure;
    try {
        Reference<frame::XComponentLoader> loader(frame::Desktop::create(context_), UNO_QUERY_THROW);
        doc = openDocument(loader, url, true, failure);
        json = doc.is() ? findingsJson(doc, safeFileName(doc), solverBudget()) : safeErrorJson(name, failure);
    } catch (const uno::Exception& e) {
        json = safeErrorJson(name, "LibreOffice: " + toUtf8(e.Message));
    } catch (...) {
        json = safeErrorJson(name, "unknown error");
    }
    try {
        Reference<util::XCloseable> closeable(doc, UNO_QUERY);
        if (closeable.is()) closeable->close(true);
        else if (doc.is()) doc->dispose();
    } catch (...) {
        // The document stays open; the result is still valid.
    }
    return fromUtf8(json);
}

OUString ReportChecker::checkWithPrevious(const Reference<lang::XComponent>& document, const OUString& previousURL) {
    try {
        requireTextDocument(document, this);
        return fromUtf8(findingsJsonWithPrevious(context_, document, safeFileName(document), previousURL, solverBudget()));
    } catch (const lang::IllegalArgumentException&) {
        throw;
    } catch (...) {
        return fromUtf8(safeErrorJson(std::string(), "unexpected failure"));
    }
}

// The editing methods: a failure leaves the document as it was and comes back
// as an error JSON (insertTemplate, which returns nothing, as a RuntimeException).
template <class Edit>
OUString ReportChecker::editing(const Reference<lang::XComponent>& document, Edit edit) {
    requireTextDocument(document, this);
    try {
        return fromUtf8(edit());
    } catch (const std::exception& e) {
        return fromUtf8(safeErrorJson(safeFileName(document), e.what()));
    } catch (const uno::Exception& e) {
        return fromUtf8(safeErrorJson(safeFileName(document), "LibreOffice: " + toUtf8(e.Message)));
    } catch (...) {
        return fromUtf8(safeErrorJson(safeFileName(document), "unexpected failure"));
    }
}

OUString ReportChecker::applyFixes(const Reference<lang::XComponent>& document, const Sequence<OUString>& cells,
                                   sal_Int32 alternative) {
    return editing(document, [&] {
        std::vector<std::string> ids;
        for (const OUString& c : cells) ids.push_back(toUtf8(c));
        return edit::applyFixes(context_, document, ids, alternative);
    });
}

void ReportChecker::insertTemplate(const Reference<lang::XComponent>& document, const OUString& part) {
    requireTextDocument(document, this);
    try {
        edit::insertTemplate(context_, document, toUtf8(part));
    } catch (const std::invalid_argument& e) {
        throw lang::IllegalArgumentException(fromUtf8(e.what()), static_cast<cppu::OWeakObject*>(this), 1);
    } catch (const std::exception& e) {
        throw uno::RuntimeException(fromUtf8(e.what()), static_cast<cppu::OWeakObject*>(this));
    }
}

OUString ReportChecker::insertMissingSections(const Reference<lang::XComponent>& document) {
    return editing(document, [&] { return edit::insertMissingSections(context_, document); });
}

OUString ReportChecker::rebuildTable(const Reference<lang::XComponent>& document, const OUString& tableId) {
    return editing(document, [&] { return edit::rebuildTable(context_, document, toUtf8(tableId)); });
}

sal_Int32 ReportChecker::getSolverBudget() { return budgetMs_; }

void ReportChecker::setSolverBudget(sal_Int32 milliseconds) { budgetMs_ = milliseconds < 0 ? 0 : milliseconds; }

std::chrono::milliseconds ReportChecker::solverBudget() const { return std::chrono::milliseconds(budgetMs_); }

OUString ReportChecker::version() { return NIANBAO_VERSION; }

OUString ReportChecker::getImplementationName() { return implementationName(); }

sal_Bool ReportChecker::supportsService(const OUString& name) { return cppu::supportsService(this, name); }

Sequence<OUString> ReportChecker::getSupportedServiceNames() { return serviceNames(); }

}  // namespace nianbao::lo
