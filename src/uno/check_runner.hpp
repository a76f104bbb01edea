// Document -> findings JSON, the one path shared by the service and the
// filter. Never throws: every failure becomes an error JSON.
#pragma once

#include <chrono>
#include <string>

#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/uno/Reference.hxx>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <com/sun/star/uno/XInterface.hpp>
#include <rtl/ustring.hxx>

namespace nianbao::lo {

// How long the search for the minimal correction may take inside the office
// before the correction is reported "undecided" (the findings stay complete):
// a check must never hold up the author's typing for long. 0: no limit.
constexpr std::chrono::milliseconds kDefaultSolverBudget{200};

// Findings JSON (findings.md) of a loaded document; `name` is the "document"
// member. A component that is not a text document gives an error JSON.
std::string findingsJson(const com::sun::star::uno::Reference<com::sun::star::uno::XInterface>& doc,
                         const std::string& name, std::chrono::milliseconds solverBudget = kDefaultSolverBudget);

// The same, checked against last year's report at `previousURL` (Y1): that
// report is loaded hidden and read-only, read, and closed again. When it
// cannot be loaded the document is still checked and the JSON's "previous"
// member carries the error.
std::string findingsJsonWithPrevious(
    const com::sun::star::uno::Reference<com::sun::star::uno::XComponentContext>& context,
    const com::sun::star::uno::Reference<com::sun::star::uno::XInterface>& doc, const std::string& name,
    const rtl::OUString& previousURL, std::chrono::milliseconds solverBudget = kDefaultSolverBudget);

// Opens a URL as openDocument does, read-only (null, with `failure`, when it
// cannot), and closes a document without throwing.
com::sun::star::uno::Reference<com::sun::star::lang::XComponent> loadHidden(
    const com::sun::star::uno::Reference<com::sun::star::uno::XComponentContext>& context,
    const rtl::OUString& url, std::string& failure);
void closeQuietly(const com::sun::star::uno::Reference<com::sun::star::lang::XComponent>& doc);

// The grid dump (core/grid_dump.hpp) of a loaded document, or an error JSON.
std::string dumpJson(const com::sun::star::uno::Reference<com::sun::star::uno::XInterface>& doc,
                     const std::string& name);

// errorJson that cannot throw.
std::string safeErrorJson(const std::string& name, const std::string& message);

// documentFileName that cannot throw ("" when the office fails).
std::string safeFileName(const com::sun::star::uno::Reference<com::sun::star::uno::XInterface>& doc);

}  // namespace nianbao::lo
