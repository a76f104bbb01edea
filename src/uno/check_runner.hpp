// Document -> findings JSON, the one path shared by the service and the
// filter. Never throws: every failure becomes an error JSON.
#pragma once

#include <string>

#include <com/sun/star/uno/Reference.hxx>
#include <com/sun/star/uno/XInterface.hpp>

namespace nianbao::lo {

// Findings JSON (findings.md) of a loaded document; `name` is the "document"
// member. A component that is not a text document gives an error JSON.
std::string findingsJson(const com::sun::star::uno::Reference<com::sun::star::uno::XInterface>& doc,
                         const std::string& name);

// The grid dump (core/grid_dump.hpp) of a loaded document, or an error JSON.
std::string dumpJson(const com::sun::star::uno::Reference<com::sun::star::uno::XInterface>& doc,
                     const std::string& name);

// errorJson that cannot throw.
std::string safeErrorJson(const std::string& name, const std::string& message);

// documentFileName that cannot throw ("" when the office fails).
std::string safeFileName(const com::sun::star::uno::Reference<com::sun::star::uno::XInterface>& doc);

}  // namespace nianbao::lo
