#include "cli/documents.hpp"

#include <filesystem>
#include <stdexcept>
#include <vector>

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/document/MacroExecMode.hpp>
#include <com/sun/star/document/UpdateDocMode.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/io/IOException.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/task/ErrorCodeIOException.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/util/XCloseable.hpp>
#include <rtl/ref.hxx>

#include "uno/open_document.hpp"
#include "uno/ustring.hpp"

using namespace com::sun::star;
using com::sun::star::uno::Reference;
using com::sun::star::uno::Sequence;
using com::sun::star::uno::UNO_QUERY;
using com::sun::star::uno::UNO_QUERY_THROW;

namespace nianbao::cli {

using lo::lowerExtension;
using lo::property;

std::string fileUrl(const std::string& path) { return lo::toUtf8(lo::fileUrlOf(path)); }

std::optional<rtl::OUString> fileUrlOrSay(const std::string& path, std::string& failure) {
    try {
        return lo::fileUrlOf(path);
    } catch (const std::runtime_error& e) {  // no URL can be made of the path
        failure = e.what();
        return std::nullopt;
    }
}

DocumentRef loadDocument(Office& office, const std::string& path, bool readOnly, std::string& failure) {
    const std::optional<rtl::OUString> url = fileUrlOrSay(path, failure);
    return url ? lo::openDocument(office.loader(), *url, readOnly, failure) : DocumentRef();
}

DocumentRef newTextDocument(Office& office) {
    Sequence<beans::PropertyValue> args(1);
    args[0] = property("Hidden", uno::Any(true));
    return office.loader()->loadComponentFromURL("private:factory/swriter", "_blank", 0, args);
}

std::string saveFilterFor(const std::string& path) {
    const std::string ext = lowerExtension(path);
    if (ext == ".docx") return "MS Word 2007 XML";
    if (ext == ".doc") return "MS Word 97";
    if (ext == ".odt") return "writer8";
    return std::string();
}

void saveDocument(const DocumentRef& doc, const std::string& path) {
    const std::string filter = saveFilterFor(path);
    if (filter.empty()) throw std::runtime_error("cannot save as " + path + ": use .docx, .doc or .odt");
    Sequence<beans::PropertyValue> args(2);
    args[0] = property("FilterName", uno::Any(lo::fromUtf8(filter)));
    args[1] = property("Overwrite", uno::Any(true));
    try {
        Reference<frame::XStorable>(doc, UNO_QUERY_THROW)->storeToURL(lo::fromUtf8(fileUrl(path)), args);
    } catch (const io::IOException& e) {
        throw std::runtime_error("LibreOffice could not write " + path + ": " + lo::toUtf8(e.Message));
    }
}

void closeDocument(const DocumentRef& doc) {
    try {
        Reference<util::XCloseable> closeable(doc, UNO_QUERY);
        if (closeable.is()) closeable->close(true);
        else if (doc.is()) doc->dispose();
    } catch (...) {
        // A document that will not close goes with its office.
    }
}

bool isTextDocument(const DocumentRef& doc) { return Reference<text::XTextDocument>(doc, UNO_QUERY).is(); }

}  // namespace nianbao::cli
