#include "uno/service/report_checker.hpp"

#include <functional>
#include <string>

#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <cppuhelper/supportsservice.hxx>

#include "uno/check_runner.hpp"
#include "uno/reader/document_reader.hpp"
#include "uno/edit/edit_commands.hpp"
#include "uno/main_thread.hpp"
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

// What checking a URL gave: json empty when the document did not open.
struct UrlCheck {
    std::string json;
    std::string failure;
    bool notText = false;  // opened, but not as a text document (json: its error JSON)
};

// Loads url read-only, checks it and closes it; never throws.
UrlCheck checkAt(const Reference<uno::XComponentContext>& context, const OUString& url,
                 std::chrono::milliseconds budget) {
    UrlCheck r;
    Reference<lang::XComponent> doc;
    try {
        doc = loadHidden(context, url, r.failure);
        if (doc.is()) {
            r.notText = !Reference<text::XTextDocument>(doc, UNO_QUERY).is();
            r.json = findingsJson(doc, safeFileName(doc), budget);
        }
    } catch (const uno::Exception& e) {
        r.failure = "LibreOffice: " + toUtf8(e.Message);
    } catch (...) {
        r.failure = "unknown error";
    }
    closeQuietly(doc);  // left open on failure: the result is still valid
    return r;
}

// body's result, computed on the office's main thread; body must not throw.
OUString jsonOnMainThread(const Reference<uno::XComponentContext>& context, const std::function<std::string()>& body) {
    std::string json;
    runOnMainThread(context, [&] { json = body(); });
    return fromUtf8(json);
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
        return jsonOnMainThread(context_, [&] { return findingsJson(document, safeFileName(document), solverBudget()); });
    } catch (const lang::IllegalArgumentException&) {
        throw;
    } catch (...) {
        return fromUtf8(safeErrorJson(std::string(), "unexpected failure"));
    }
}

OUString ReportChecker::dumpDocument(const Reference<lang::XComponent>& document) {
    try {
        requireTextDocument(document, this);
        return jsonOnMainThread(context_, [&] { return dumpJson(document, safeFileName(document)); });
    } catch (const lang::IllegalArgumentException&) {
        throw;
    } catch (...) {
        return fromUtf8(safeErrorJson(std::string(), "unexpected failure"));
    }
}

OUString ReportChecker::checkURL(const OUString& url) {
    // Never throws into the caller: a file that does not open is an error JSON.
    try {
        return jsonOnMainThread(context_, [&] {
            const UrlCheck r = checkAt(context_, url, solverBudget());
            return r.json.empty() ? safeErrorJson(lastSegment(url), r.failure) : r.json;
        });
    } catch (...) {
        return fromUtf8(safeErrorJson(std::string(), "unexpected failure"));
    }
}

OUString ReportChecker::checkFile(const OUString& url, OUString& failure, sal_Bool& notText) {
    try {
        UrlCheck r;
        runOnMainThread(context_, [&] { r = checkAt(context_, url, solverBudget()); });
        failure = fromUtf8(r.notText ? "not a text document" : r.failure);
        notText = r.notText;
        return r.notText ? OUString() : fromUtf8(r.json);
    } catch (...) {
        failure = "unexpected failure";
        notText = false;
        return OUString();
    }
}

OUString ReportChecker::checkWithPrevious(const Reference<lang::XComponent>& document, const OUString& previousURL) {
    try {
        requireTextDocument(document, this);
        return jsonOnMainThread(context_, [&] {
            return findingsJsonWithPrevious(context_, document, safeFileName(document), previousURL, solverBudget());
        });
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
