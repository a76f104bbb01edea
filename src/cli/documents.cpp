#include "cli/documents.hpp"

#include <algorithm>
#include <cctype>
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
#include <osl/file.hxx>
#include <rtl/ref.hxx>

#include "cli/aborting_interaction.hpp"
#include "core/pages/pdf_probe.hpp"
#include "cli/ustr.hpp"

using namespace com::sun::star;
using com::sun::star::uno::Reference;
using com::sun::star::uno::Sequence;
using com::sun::star::uno::UNO_QUERY;
using com::sun::star::uno::UNO_QUERY_THROW;

namespace nianbao::cli {

namespace {

beans::PropertyValue property(const char* name, const uno::Any& value) {
    beans::PropertyValue p;
    p.Name = rtl::OUString::createFromAscii(name);
    p.Value = value;
    return p;
}

std::string lowerExtension(const std::string& path) {
    std::string ext = std::filesystem::path(path).extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
    return ext;
}

}  // namespace

std::string fileUrl(const std::string& path) {
    rtl::OUString url;
    const std::string absolute = std::filesystem::absolute(path).lexically_normal().string();
    if (osl::FileBase::getFileURLFromSystemPath(ou(absolute), url) != osl::FileBase::E_None)
        throw std::runtime_error("cannot make a URL of " + path);
    return utf8(url);
}

DocumentRef loadDocument(Office& office, const std::string& path, bool readOnly, std::string& failure) {
    rtl::Reference<AbortingInteraction> handler(new AbortingInteraction);
    std::vector<beans::PropertyValue> args = {
        property("Hidden", uno::Any(true)),
        property("ReadOnly", uno::Any(readOnly)),
        property("MacroExecutionMode", uno::Any(document::MacroExecMode::NEVER_EXECUTE)),
        property("UpdateDocMode", uno::Any(document::UpdateDocMode::NO_UPDATE)),
        property("InteractionHandler", uno::Any(Reference<task::XInteractionHandler>(handler.get()))),
    };
    // A page fragment without <html> would otherwise not be taken for HTML;
    // Writer's own HTML filter (not Writer/Web) gives the same reading as .docx.
    const std::string ext = lowerExtension(path);
    if (ext == ".html" || ext == ".htm") args.push_back(property("FilterName", uno::Any(ou("HTML (StarWriter)"))));
    // A published PDF into Writer (not Draw): positioned text the reader rebuilds tables from.
    if (pages::probePdf(path).pdf) args.push_back(property("FilterName", uno::Any(ou("writer_pdf_import"))));
    Sequence<beans::PropertyValue> seq(static_cast<sal_Int32>(args.size()));
    for (std::size_t i = 0; i < args.size(); ++i) seq[static_cast<sal_Int32>(i)] = args[i];

    DocumentRef doc;
    std::string error;
    try {
        doc = office.loader()->loadComponentFromURL(ou(fileUrl(path)), "_blank", 0, seq);
    } catch (const lang::IllegalArgumentException& e) {
        error = utf8(e.Message);
    } catch (const io::IOException& e) {
        error = utf8(e.Message);
    }
    if (doc.is()) return doc;
    failure = handler->reason();
    if (failure.empty()) failure = "LibreOffice could not load it" + (error.empty() ? std::string() : ": " + error);
    return doc;
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
    args[0] = property("FilterName", uno::Any(ou(filter)));
    args[1] = property("Overwrite", uno::Any(true));
    try {
        Reference<frame::XStorable>(doc, UNO_QUERY_THROW)->storeToURL(ou(fileUrl(path)), args);
    } catch (const io::IOException& e) {
        throw std::runtime_error("LibreOffice could not write " + path + ": " + utf8(e.Message));
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
