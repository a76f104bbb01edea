// The one way nianbao opens a file, for the service, the deck's comparison
// with last year, and the command line: hidden, macros off, no one to answer
// questions (a password, a repair offer: refused and said), read-only where
// it only reads; a PDF (by its header) into Writer through the PDF import, a
// locked one refused before the office is asked; .html/.htm through Writer's
// own HTML import, fragments without <html> too.
#pragma once

#include <string>

#include <com/sun/star/frame/XComponentLoader.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/uno/Reference.hxx>

namespace nianbao::lo {

// `path` is a local file path. Returns null and says why in `failure` when the
// file cannot be opened ("password-protected", "damaged file …", the office's
// own message); throws only what the loader throws beyond that (a dead office).
com::sun::star::uno::Reference<com::sun::star::lang::XComponent> openDocument(
    const com::sun::star::uno::Reference<com::sun::star::frame::XComponentLoader>& loader, const std::string& path,
    bool readOnly, std::string& failure);

}  // namespace nianbao::lo
