#include "uno/check_runner.hpp"

#include <exception>
#include <map>
#include <mutex>
#include <vector>

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/container/XEnumeration.hpp>
#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/frame/XComponentLoader.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/uno/Exception.hpp>
#include <com/sun/star/util/XCloseable.hpp>
#include <osl/file.hxx>

#include "core/checker.hpp"
#include "core/output/findings_json.hpp"
#include "core/model/grid_dump.hpp"
#include "uno/reader/document_reader.hpp"
#include "uno/open_document.hpp"
#include "uno/reader/page_reader.hpp"
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
    if (isImportedPdf(doc)) {  // a published PDF: positioned text, no text tables
        const std::vector<pages::Page> found = readPages(doc);
        nianbao::Document d = pages::documentFromPages(found, name);
        if (pages::scannedWithoutText(found)) d.readerNote = "scanned pages, no text";
        return d;
    }
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

std::string findingsJson(const Reference<uno::XInterface>& doc, const std::string& name,
                         std::chrono::milliseconds solverBudget) {
    return guarded(name, [&] {
        CheckOptions options;
        options.solverBudget = solverBudget;
        return toJson(check(read(doc, name), options));
    });
}

Reference<lang::XComponent> loadHidden(const Reference<uno::XComponentContext>& context, const rtl::OUString& url,
                                       std::string& failure) {
    Reference<frame::XComponentLoader> loader(frame::Desktop::create(context), uno::UNO_QUERY_THROW);
    return openDocument(loader, url, true, failure);
}

void closeQuietly(const Reference<lang::XComponent>& doc) {
    try {
        Reference<util::XCloseable> closeable(doc, UNO_QUERY);
        if (closeable.is()) closeable->close(true);
        else if (doc.is()) doc->dispose();
    } catch (...) {
        // Left open: the result stands.
    }
}

namespace {

// Last year's report, read once: every refresh of the deck with Compare set,
// and every checkWithPrevious, would otherwise load and read it again (ten
// times the cost of the check). Kept per file URL while the file's time and
// size stay the same; a few at most.
struct FileStamp {
    sal_uInt32 seconds = 0, nanos = 0;
    sal_uInt64 size = 0;
    bool operator==(const FileStamp& o) const { return seconds == o.seconds && nanos == o.nanos && size == o.size; }
};

bool stampOf(const rtl::OUString& url, FileStamp& out) {
    osl::DirectoryItem item;
    if (osl::DirectoryItem::get(url, item) != osl::FileBase::E_None) return false;
    osl::FileStatus status(osl_FileStatus_Mask_ModifyTime | osl_FileStatus_Mask_FileSize);
    if (item.getFileStatus(status) != osl::FileBase::E_None) return false;
    const TimeValue t = status.getModifyTime();
    out = {t.Seconds, t.Nanosec, status.getFileSize()};
    return true;
}

struct ReadReport {
    FileStamp stamp;
    nianbao::Document grid;
};

std::mutex previousMutex;
std::map<rtl::OUString, ReadReport> previousReports;  // by URL
constexpr size_t kPreviousKept = 8;

bool cachedPrevious(const rtl::OUString& url, const FileStamp& stamp, nianbao::Document& out) {
    std::lock_guard<std::mutex> lock(previousMutex);
    const auto it = previousReports.find(url);
    if (it == previousReports.end() || !(it->second.stamp == stamp)) return false;
    out = it->second.grid;
    return true;
}

void keepPrevious(const rtl::OUString& url, const FileStamp& stamp, const nianbao::Document& grid) {
    std::lock_guard<std::mutex> lock(previousMutex);
    if (previousReports.size() >= kPreviousKept && !previousReports.count(url)) previousReports.clear();
    previousReports[url] = {stamp, grid};
}

}  // namespace

std::string findingsJsonWithPrevious(const Reference<uno::XComponentContext>& context,
                                     const Reference<uno::XInterface>& doc, const std::string& name,
                                     const rtl::OUString& previousURL, std::chrono::milliseconds solverBudget) {
    return guarded(name, [&] {
        nianbao::Document current = read(doc, name);
        nianbao::Document previous;
        CheckOptions options;
        options.solverBudget = solverBudget;
        Reference<lang::XComponent> loaded;
        bool ours = false;  // loaded here, so closed here
        FileStamp stamp;
        const bool stamped = stampOf(previousURL, stamp);
        if (stamped && cachedPrevious(previousURL, stamp, previous)) {
            options.previousYear = &previous;
            return toJson(check(current, options));
        }
        try {
            // Checked before loading: afterwards the new document is open too.
            std::vector<Reference<uno::XInterface>> before;
            Reference<container::XEnumerationAccess> all(frame::Desktop::create(context)->getComponents(), UNO_QUERY);
            if (all.is())
                for (Reference<container::XEnumeration> e = all->createEnumeration(); e->hasMoreElements();)
                    before.push_back(Reference<uno::XInterface>(e->nextElement(), UNO_QUERY));
            std::string failure;
            loaded = loadHidden(context, previousURL, failure);
            ours = loaded.is();
            for (const auto& open : before)
                ours = ours && open != Reference<uno::XInterface>(loaded, UNO_QUERY);
            if (loaded.is()) {
                previous = read(loaded, safeFileName(loaded));
                options.previousYear = &previous;
                if (stamped) keepPrevious(previousURL, stamp, previous);
            } else {
                options.previousError = "LibreOffice could not load " + toUtf8(previousURL) + ": " + failure;
            }
        } catch (const uno::Exception& e) {
            options.previousError = "LibreOffice: " + toUtf8(e.Message);
        } catch (const std::exception& e) {
            options.previousError = e.what();
        }
        if (ours) closeQuietly(loaded);
        return toJson(check(current, options));
    });
}

std::string dumpJson(const Reference<uno::XInterface>& doc, const std::string& name) {
    return guarded(name, [&] { return documentToJson(read(doc, name)); });
}

}  // namespace nianbao::lo
