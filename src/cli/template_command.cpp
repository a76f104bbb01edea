// nianbao template -o OUT [--organ NAME] [--year YYYY]: a blank statutory
// report from the service, placeholders filled where given, saved as OUT.
#include <cstdio>

#include <com/sun/star/util/XReplaceDescriptor.hpp>
#include <com/sun/star/util/XReplaceable.hpp>

#include "cli/commands.hpp"
#include "cli/deadline.hpp"
#include "cli/documents.hpp"
#include "uno/ustring.hpp"

using namespace com::sun::star;
using com::sun::star::uno::Reference;
using com::sun::star::uno::UNO_QUERY_THROW;

namespace nianbao::cli {

namespace {

int replaceAll(const DocumentRef& doc, const std::string& placeholder, const std::string& value) {
    Reference<util::XReplaceable> replaceable(doc, UNO_QUERY_THROW);
    Reference<util::XReplaceDescriptor> d = replaceable->createReplaceDescriptor();
    d->setSearchString(lo::fromUtf8(placeholder));
    d->setReplaceString(lo::fromUtf8(value));
    return replaceable->replaceAll(Reference<util::XSearchDescriptor>(d, UNO_QUERY_THROW));
}

}  // namespace

int runTemplate(const Command& command, const LocalContext& local) {
    const TemplateOptions& opt = command.templ;
    if (saveFilterFor(opt.output).empty()) throw UsageError("template: OUT must end in .docx, .doc or .odt");
    ProfileTemplate profile(locateOxt(command.oxt));
    Office office(local, profile, "template");
    office.start();
    Deadline deadline(120, [&office] { office.kill(); });  // a blank report takes a second or two
    DocumentRef doc = newTextDocument(office);
    if (!doc.is()) throw std::runtime_error("LibreOffice could not create a text document");
    try {
        office.checker()->insertTemplate(doc, "report");
        // The template shows every placeholder at least once; none found means
        // the template changed and the option silently did nothing.
        if (!opt.organ.empty() && replaceAll(doc, "〔机关名称〕", opt.organ) == 0)
            std::fprintf(stderr, "nianbao: warning: the template has no 〔机关名称〕 to fill\n");
        if (!opt.year.empty() && replaceAll(doc, "〔年度〕", opt.year) == 0)
            std::fprintf(stderr, "nianbao: warning: the template has no 〔年度〕 to fill\n");
        saveDocument(doc, opt.output);
        closeDocument(doc);
    } catch (...) {
        closeDocument(doc);
        throw;
    }
    office.stop();
    std::printf("wrote %s\n", opt.output.c_str());
    return 0;
}

}  // namespace nianbao::cli
