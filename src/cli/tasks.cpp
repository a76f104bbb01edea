#include "cli/tasks.hpp"

#include <filesystem>
#include <optional>
#include <vector>

#include <nlohmann/json.hpp>

#include <com/sun/star/container/XEnumeration.hpp>
#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/text/XTextRange.hpp>

#include "cli/documents.hpp"
#include "cli/organ_name.hpp"
#include "uno/ustring.hpp"

using namespace com::sun::star;
using com::sun::star::uno::Reference;
using com::sun::star::uno::UNO_QUERY;
using com::sun::star::uno::UNO_QUERY_THROW;

namespace nianbao::cli {

namespace {

// The body's first paragraphs (tables skipped): where the title is.
std::vector<std::string> leadingParagraphs(const DocumentRef& doc, int count) {
    std::vector<std::string> out;
    Reference<text::XTextDocument> text(doc, UNO_QUERY_THROW);
    Reference<container::XEnumerationAccess> access(text->getText(), UNO_QUERY_THROW);
    Reference<container::XEnumeration> e = access->createEnumeration();
    for (int seen = 0; seen < count * 2 && e->hasMoreElements() && static_cast<int>(out.size()) < count; ++seen) {
        Reference<lang::XServiceInfo> info(e->nextElement(), UNO_QUERY);
        if (!info.is() || !info->supportsService("com.sun.star.text.Paragraph")) continue;
        Reference<text::XTextRange> range(info, UNO_QUERY);
        if (range.is()) out.push_back(lo::toUtf8(range->getString()));
    }
    return out;
}

bool emptyFile(const std::string& path) {
    std::error_code ec;
    return std::filesystem::file_size(path, ec) == 0 && !ec;
}

const char* const kNotText = "LibreOffice opened it, but not as a text document";

// A file not worth the office's time; fills r.
bool emptyInput(const InputFile& file, TaskResult& r) {
    if (!emptyFile(file.path)) return false;
    r.detail = "empty file (0 bytes)";
    return true;
}

// Loads the file read-only; a failure fills r and returns null.
DocumentRef open(Office& office, const InputFile& file, TaskResult& r) {
    if (emptyInput(file, r)) return DocumentRef();
    std::string failure;
    DocumentRef doc = loadDocument(office, file.path, true, failure);
    if (!doc.is()) {
        r.detail = failure;
        return doc;
    }
    if (!isTextDocument(doc)) {
        closeDocument(doc);
        r.failure = Status::NotAReport;
        r.detail = kNotText;
        return DocumentRef();
    }
    return doc;
}

// One call into the office, which loads, checks and closes the file on its
// main thread: driving the document from here costs 1.5x as much.
TaskResult checkAlone(Office& office, const InputFile& file) {
    TaskResult r;
    if (emptyInput(file, r)) return r;
    const std::optional<rtl::OUString> url = fileUrlOrSay(file.path, r.detail);
    if (!url) return r;
    rtl::OUString failure;
    sal_Bool notText = false;
    const rtl::OUString json = office.checker()->checkFile(*url, failure, notText);
    if (notText) {
        r.failure = Status::NotAReport;
        r.detail = kNotText;
    } else if (json.isEmpty()) {
        r.detail = lo::toUtf8(failure);
    } else {
        r.json = lo::toUtf8(json);
        r.checked = true;
    }
    return r;
}

}  // namespace

TaskResult checkFile(Office& office, const InputFile& file, const PreviousIndex* previous) {
    if (!previous) return checkAlone(office, file);
    // Pairing needs the title before the check: the document is opened here.
    TaskResult r;
    DocumentRef doc = open(office, file, r);
    if (!doc.is()) return r;
    try {
        r.organ = organFromTitle(leadingParagraphs(doc, 12));
        const auto it = r.organ.empty() ? previous->end() : previous->find(r.organ);
        if (it != previous->end()) {
            r.pairedWith = it->second.relative;
            r.json = lo::toUtf8(office.checker()->checkWithPrevious(doc, lo::fromUtf8(fileUrl(it->second.path))));
            // A comparison that fails must not cost the report its own check.
            const nlohmann::json parsed = nlohmann::json::parse(r.json, nullptr, false);
            if (parsed.is_discarded() || (parsed.is_object() && parsed.contains("error"))) {
                r.note = "the comparison with " + r.pairedWith + " failed: " +
                         (parsed.is_object() && parsed["error"].is_string() ? parsed["error"].get<std::string>()
                                                                            : std::string("no valid JSON"));
                r.json.clear();
            }
        }
        if (r.json.empty()) r.json = lo::toUtf8(office.checker()->checkDocument(doc));
        r.checked = true;
    } catch (...) {
        closeDocument(doc);
        throw;
    }
    closeDocument(doc);
    return r;
}

TaskResult readOrgan(Office& office, const InputFile& file) {
    TaskResult r;
    DocumentRef doc = open(office, file, r);
    if (!doc.is()) return r;
    try {
        r.organ = organFromTitle(leadingParagraphs(doc, 12));
        r.checked = true;
    } catch (...) {
        closeDocument(doc);
        throw;
    }
    closeDocument(doc);
    return r;
}

}  // namespace nianbao::cli
