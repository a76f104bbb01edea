// Findings the user chose to ignore, per open document: kept while the
// document is open (whatever happens to the sidebar panel) and forgotten when
// it is closed. Main thread only.
#pragma once

#include <set>
#include <string>

#include <com/sun/star/uno/Reference.hxx>
#include <com/sun/star/uno/XInterface.hpp>

namespace nianbao::sidebar {

std::set<std::string> ignoredFindings(const com::sun::star::uno::Reference<com::sun::star::uno::XInterface>& document);
void ignoreFinding(const com::sun::star::uno::Reference<com::sun::star::uno::XInterface>& document,
                   const std::string& key);

}  // namespace nianbao::sidebar
