#include "uno/open_document.hpp"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <stdexcept>
#include <vector>

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/document/MacroExecMode.hpp>
#include <com/sun/star/document/UpdateDocMode.hpp>
#include <com/sun/star/io/IOException.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/task/XInteractionHandler.hpp>
#include <osl/file.hxx>
#include <rtl/ref.hxx>

#include "core/pages/pdf_probe.hpp"
#include "uno/aborting_interaction.hpp"
#include "uno/ustring.hpp"

using namespace com::sun::star;
using com::sun::star::uno::Reference;
using com::sun::star::uno::Sequence;

namespace nianbao::lo {

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

rtl::OUString fileUrlOf(const std::string& path) {
    rtl::OUString url;
    const std::string absolute = std::filesystem::absolute(path).lexically_normal().string();
    if (osl::FileBase::getFileURLFromSystemPath(fromUtf8(absolute), url) != osl::FileBase::E_None)
        throw std::runtime_error("cannot make a URL of " + path);
    return url;
}

Reference<lang::XComponent> openDocument(const Reference<frame::XComponentLoader>& loader, const rtl::OUString& url,
                                         bool readOnly, std::string& failure) {
    rtl::OUString systemPath;
    const std::string path = osl::FileBase::getSystemPathFromFileURL(url, systemPath) == osl::FileBase::E_None
                                 ? toUtf8(systemPath)
                                 : std::string();  // not a local file: nothing to look into
    const pages::PdfProbe pdf = path.empty() ? pages::PdfProbe{} : pages::probePdf(path);
    if (pdf.encrypted) {  // the office would only stop to ask for the password
        failure = "password-protected";
        return nullptr;
    }
    rtl::Reference<AbortingInteraction> handler(new AbortingInteraction);
    std::vector<beans::PropertyValue> args = {
        property("Hidden", uno::Any(true)),
        property("ReadOnly", uno::Any(readOnly)),
        property("MacroExecutionMode", uno::Any(document::MacroExecMode::NEVER_EXECUTE)),
        property("UpdateDocMode", uno::Any(document::UpdateDocMode::NO_UPDATE)),
        property("InteractionHandler", uno::Any(Reference<task::XInteractionHandler>(handler.get()))),
    };
    const std::string ext = lowerExtension(path.empty() ? toUtf8(url) : path);
    if (pdf.pdf) args.push_back(property("FilterName", uno::Any(rtl::OUString("writer_pdf_import"))));
    else if (ext == ".html" || ext == ".htm") args.push_back(property("FilterName", uno::Any(rtl::OUString("HTML (StarWriter)"))));
    Sequence<beans::PropertyValue> seq(static_cast<sal_Int32>(args.size()));
    for (std::size_t i = 0; i < args.size(); ++i) seq[static_cast<sal_Int32>(i)] = args[i];

    Reference<lang::XComponent> doc;
    std::string error;
    try {
        doc = loader->loadComponentFromURL(url, "_blank", 0, seq);
    } catch (const lang::IllegalArgumentException& e) {
        error = toUtf8(e.Message);
    } catch (const io::IOException& e) {
        error = toUtf8(e.Message);
    }
    if (doc.is()) return doc;
    failure = handler->reason();
    if (failure.empty()) failure = "LibreOffice could not load it" + (error.empty() ? std::string() : ": " + error);
    return doc;
}

}  // namespace nianbao::lo
