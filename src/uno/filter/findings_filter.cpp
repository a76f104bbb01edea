#include "uno/filter/findings_filter.hpp"

#include <algorithm>
#include <chrono>

#include <cstdlib>
#include <cstring>

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/io/XOutputStream.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/ucb/SimpleFileAccess.hpp>
#include <com/sun/star/ucb/XSimpleFileAccess3.hpp>
#include <cppuhelper/supportsservice.hxx>
#include <nlohmann/json.hpp>

#include "uno/check_runner.hpp"
#include "uno/ustring.hpp"

using namespace com::sun::star;
using com::sun::star::uno::Reference;
using com::sun::star::uno::Sequence;
using com::sun::star::uno::UNO_QUERY;
using rtl::OUString;

namespace nianbao::lo {

namespace {

Reference<io::XOutputStream> outputStream(const Sequence<beans::PropertyValue>& descriptor,
                                          const Reference<uno::XComponentContext>& context) {
    Reference<io::XOutputStream> out;
    OUString url;
    for (sal_Int32 i = 0; i < descriptor.getLength(); ++i) {
        if (descriptor[i].Name == "OutputStream") descriptor[i].Value >>= out;
        else if (descriptor[i].Name == "URL") descriptor[i].Value >>= url;
    }
    // Callers of storeToURL from macros may pass only the URL.
    if (!out.is() && !url.isEmpty())
        out = ucb::SimpleFileAccess::create(context)->openFileWrite(url);
    return out;
}

// NIANBAO_FILTER_DUMP=1 makes the filter write the grid dump instead of the
// findings: the way to see what the reader made of a document.
bool dumpRequested() {
    const char* v = std::getenv("NIANBAO_FILTER_DUMP");
    return v && std::strcmp(v, "1") == 0;
}

// The filter's options: soffice passes the text after the second colon of
// --convert-to 'json:nianbao_findings:OPTIONS' as the descriptor's
// FilterOptions string. OPTIONS is a JSON object — "previous": last year's
// report (Y1), "solver_budget_ms": the localization's time budget — or a bare
// URL of last year's report; FilterData entries of those names (macros) work too.
struct FilterSettings {
    OUString previous;
    std::chrono::milliseconds solverBudget = kDefaultSolverBudget;
};

FilterSettings filterSettings(const Sequence<beans::PropertyValue>& descriptor) {
    FilterSettings settings;
    OUString& url = settings.previous;
    for (sal_Int32 i = 0; i < descriptor.getLength(); ++i) {
        if (descriptor[i].Name == "FilterOptions") {
            OUString options;
            descriptor[i].Value >>= options;
            const std::string text = toUtf8(options.trim());
            if (text.empty()) continue;
            if (text.front() != '{') {
                url = options.trim();
                continue;
            }
            const auto json = nlohmann::json::parse(text, nullptr, false);
            if (json.is_object() && json.contains("previous") && json["previous"].is_string())
                url = fromUtf8(json["previous"].get<std::string>());
            if (json.is_object() && json.contains("solver_budget_ms") && json["solver_budget_ms"].is_number_integer())
                settings.solverBudget = std::chrono::milliseconds(std::max(0, json["solver_budget_ms"].get<int>()));
        } else if (descriptor[i].Name == "FilterData") {
            Sequence<beans::PropertyValue> data;
            descriptor[i].Value >>= data;
            for (sal_Int32 k = 0; k < data.getLength(); ++k) {
                sal_Int32 ms = 0;
                if (data[k].Name == "previous") data[k].Value >>= url;
                if (data[k].Name == "solver_budget_ms" && (data[k].Value >>= ms))
                    settings.solverBudget = std::chrono::milliseconds(std::max<sal_Int32>(0, ms));
            }
        }
    }
    return settings;
}

}  // namespace

FindingsFilter::FindingsFilter(const Reference<uno::XComponentContext>& context) : context_(context) {}

OUString FindingsFilter::implementationName() { return "org.nianbao.comp.FindingsFilter"; }

Sequence<OUString> FindingsFilter::serviceNames() {
    Sequence<OUString> names(1);
    names[0] = "com.sun.star.document.ExportFilter";
    return names;
}

Reference<uno::XInterface> FindingsFilter::create(const Reference<uno::XComponentContext>& context) {
    return static_cast<cppu::OWeakObject*>(new FindingsFilter(context));
}

sal_Bool FindingsFilter::filter(const Sequence<beans::PropertyValue>& descriptor) {
    try {
        Reference<io::XOutputStream> out = outputStream(descriptor, context_);
        if (!out.is()) return false;
        const std::string name = safeFileName(source_);
        const FilterSettings settings = filterSettings(descriptor);
        const std::string json =
            !source_.is()                 ? safeErrorJson(name, "no source document")
            : dumpRequested()             ? dumpJson(source_, name)
            : settings.previous.isEmpty() ? findingsJson(source_, name, settings.solverBudget)
                                          : findingsJsonWithPrevious(context_, source_, name, settings.previous,
                                                                     settings.solverBudget);
        Sequence<sal_Int8> bytes(reinterpret_cast<const sal_Int8*>(json.data()),
                                 static_cast<sal_Int32>(json.size()));
        out->writeBytes(bytes);
        out->flush();
        return true;
    } catch (...) {
        // A filter must not throw into the office: report failure instead.
        return false;
    }
}

void FindingsFilter::cancel() {}

void FindingsFilter::setSourceDocument(const Reference<lang::XComponent>& document) { source_ = document; }

void FindingsFilter::initialize(const Sequence<uno::Any>&) {}

OUString FindingsFilter::getImplementationName() { return implementationName(); }

sal_Bool FindingsFilter::supportsService(const OUString& name) { return cppu::supportsService(this, name); }

Sequence<OUString> FindingsFilter::getSupportedServiceNames() { return serviceNames(); }

}  // namespace nianbao::lo
