// Loading and saving documents in a worker's office: hidden, no macros, no
// questions (an aborting interaction handler), .html through Writer's HTML
// filter; saving with the filter that OUT's extension names.
#pragma once

#include <optional>
#include <string>

#include <com/sun/star/lang/XComponent.hpp>
#include <rtl/ustring.hxx>

#include "cli/office.hpp"

namespace nianbao::cli {

using DocumentRef = com::sun::star::uno::Reference<com::sun::star::lang::XComponent>;

std::string fileUrl(const std::string& path);  // absolute path -> file:// URL (percent-encoded)
// The same as an OUString, or nothing with why in `failure`.
std::optional<rtl::OUString> fileUrlOrSay(const std::string& path, std::string& failure);

// Loads path; on failure returns null and says why in `failure`
// ("password-protected", "LibreOffice could not load it", ...). Exceptions
// of a dying office (DisposedException, RuntimeException) pass through.
DocumentRef loadDocument(Office& office, const std::string& path, bool readOnly, std::string& failure);

// A new empty Writer document (for templates).
DocumentRef newTextDocument(Office& office);

// The export filter for OUT's extension (.docx .doc .odt); empty if none.
std::string saveFilterFor(const std::string& path);

// Stores doc at path with saveFilterFor(path); throws on failure.
void saveDocument(const DocumentRef& doc, const std::string& path);

// Closes without saving; never throws.
void closeDocument(const DocumentRef& doc);

bool isTextDocument(const DocumentRef& doc);

}  // namespace nianbao::cli
