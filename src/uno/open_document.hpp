// The one way nianbao opens a file, for the service, the deck's comparison
// with last year, and the command line: hidden, macros off, no one to answer
// questions (a password, a repair offer: refused and said), read-only where
// it only reads; a PDF (by its header) into Writer through the PDF import, a
// locked one refused before the office is asked; .html/.htm through Writer's
// own HTML import, fragments without <html> too.
#pragma once

#include <string>

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/frame/XComponentLoader.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/uno/Reference.hxx>

namespace nianbao::lo {

// A load or store argument.
com::sun::star::beans::PropertyValue property(const char* name, const com::sun::star::uno::Any& value);
// ".docx" for "a/B.DOCX".
std::string lowerExtension(const std::string& path);
// The file URL of a local path (made absolute); throws std::runtime_error.
rtl::OUString fileUrlOf(const std::string& path);

// Any URL the office loads; a local file's is looked into first (a PDF's
// header). Returns null and says why in `failure` when the document cannot be
// opened ("password-protected", "damaged file …", the office's own message);
// throws only what the loader throws beyond that (a dead office).
com::sun::star::uno::Reference<com::sun::star::lang::XComponent> openDocument(
    const com::sun::star::uno::Reference<com::sun::star::frame::XComponentLoader>& loader, const rtl::OUString& url,
    bool readOnly, std::string& failure);

}  // namespace nianbao::lo
