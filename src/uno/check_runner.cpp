#include "uno/check_runner.hpp"

#include <exception>

#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/uno/Exception.hpp>

#include "core/checker.hpp"
#include "core/output/findings_json.hpp"
#include "core/model/grid_dump.hpp"
#include "uno/reader/document_reader.hpp"
#include "uno/ustring.hpp"

using namespace com::sun::star;
using com::sun::star::uno::Reference;
using com::sun::star::uno::UNO_QUERY;

namespace nianbao::lo {

namespace {

template <class Body>
std::string guarded(const std::string& name, Body body) {
    try {
        return body();
    } catch (const uno::Exception& e) {
        return safeErrorJson(name, "LibreOffice: " + toUtf8(e.Message));
    } catch (const std::exception& e) {
        return safeErrorJson(name, e.what());
    } catch (...) {
        return safeErrorJson(name, "unknown error");
    }
}

nianbao::Document read(const Reference<uno::XInterface>& doc, const std::string& name) {
    Reference<text::XTextDocument> text(doc, UNO_QUERY);
    if (!text.is()) throw std::runtime_error("not a text document");
    return readDocument(text, name);
}

}  // namespace

// errorJson itself may throw (e.g. a message that is not UTF-8): then a
// fixed object still tells the caller that the check failed.
std::string safeErrorJson(const std::string& name, const std::string& message) {
    try {
        return errorJson(name, message);
    } catch (...) {
        return "{\"schema\": \"nianbao-findings/1\", \"error\": \"internal error\"}";
    }
}

std::string safeFileName(const Reference<uno::XInterface>& doc) {
    try {
        return documentFileName(doc);
    } catch (...) {
        return std::string();
    }
}

std::string findingsJson(const Reference<uno::XInterface>& doc, const std::string& name) {
    return guarded(name, [&] { return toJson(check(read(doc, name))); });
}

std::string dumpJson(const Reference<uno::XInterface>& doc, const std::string& name) {
    return guarded(name, [&] { return documentToJson(read(doc, name)); });
}

}  // namespace nianbao::lo
