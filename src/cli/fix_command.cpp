// nianbao fix IN -o OUT: the unique correction and the missing sections,
// written by the service as tracked changes with comments, saved as OUT.
#include <cstdio>
#include <filesystem>
#include <set>
#include <stdexcept>

#include <com/sun/star/uno/Sequence.hxx>
#include <nlohmann/json.hpp>

#include "cli/commands.hpp"
#include "core/pages/pdf_probe.hpp"
#include "cli/deadline.hpp"
#include "cli/documents.hpp"
#include "cli/status.hpp"
#include "uno/ustring.hpp"

namespace nianbao::cli {

namespace {

std::set<std::string> foundSections(const nlohmann::json& r) {
    std::set<std::string> ids;
    for (const auto& s : r.value("sections", nlohmann::json::array()))
        if (s.value("found", false)) ids.insert(s.value("id", ""));
    return ids;
}

std::string scalar(const nlohmann::json& v) { return v.is_string() ? v.get<std::string>() : v.dump(); }

std::string describeChanges(const nlohmann::json& changes) {
    std::string out;
    for (const auto& c : changes)
        out += "  " + c.value("cell", "?") + ": " + scalar(c.value("from", nlohmann::json(""))) + " -> " +
               scalar(c.value("to", nlohmann::json(""))) + "\n";
    return out;
}

nlohmann::json parsed(const std::string& json, const char* what) {
    nlohmann::json r = nlohmann::json::parse(json, nullptr, false);
    if (r.is_discarded()) throw std::runtime_error(std::string(what) + " returned no valid JSON");
    if (r.contains("error")) throw std::runtime_error(std::string(what) + ": " + scalar(r["error"]));
    return r;
}

// Loads, corrects, saves; returns the exit code.
int fixDocument(Office& office, const FixOptions& opt) {
    // Edited on a private copy: IN keeps no lock file even if soffice has to be ended.
    const std::filesystem::path copy = std::filesystem::path(office.workDir()) /
                                       ("input" + std::filesystem::path(opt.input).extension().string());
    std::filesystem::copy_file(opt.input, copy, std::filesystem::copy_options::overwrite_existing);
    std::string failure;
    DocumentRef doc = loadDocument(office, copy.string(), false, failure);
    if (!doc.is()) {
        std::fprintf(stderr, "nianbao: %s: %s\n", opt.input.c_str(), failure.c_str());
        return 2;
    }
    if (!isTextDocument(doc)) {
        closeDocument(doc);
        std::fprintf(stderr, "nianbao: %s is not a text document\n", opt.input.c_str());
        return 2;
    }
    try {
        const nlohmann::json before = parsed(lo::toUtf8(office.checker()->checkDocument(doc)), "the check");
        if (verdictOf(before) == Status::NotAReport) {
            closeDocument(doc);
            std::fprintf(stderr, "nianbao: %s is not an annual report; nothing written\n", opt.input.c_str());
            return 2;
        }
        const nlohmann::json correction = before.value("correction", nlohmann::json::object());
        const std::string status = correction.value("status", "");
        if (status == "unique") {
            parsed(lo::toUtf8(office.checker()->applyFixes(doc, com::sun::star::uno::Sequence<rtl::OUString>(), 0)),
                   "applyFixes");
            std::printf("corrected (tracked changes with comments):\n%s",
                        describeChanges(correction.value("changes", nlohmann::json::array())).c_str());
        } else if (status == "tied") {
            const auto alternatives = correction.value("alternatives", nlohmann::json::array());
            std::printf("tables left alone: %zu equally small corrections, choose one by hand:\n",
                        alternatives.size() + 1);
            std::printf(" 1.\n%s", describeChanges(correction.value("changes", nlohmann::json::array())).c_str());
            for (std::size_t i = 0; i < alternatives.size(); ++i)
                std::printf(" %zu.\n%s", i + 2, describeChanges(alternatives[i]).c_str());
        } else if (status == "none-needed") {
            std::printf("tables: every relation holds, nothing to correct\n");
        } else {
            std::printf("tables: no correction (%s)\n", status.empty() ? "none proposed" : status.c_str());
        }
        const nlohmann::json after = parsed(lo::toUtf8(office.checker()->insertMissingSections(doc)), "insertMissingSections");
        const std::set<std::string> had = foundSections(before), has = foundSections(after);
        std::string inserted;
        for (const std::string& id : has)
            if (!had.count(id)) inserted += " " + id;
        std::printf("sections inserted:%s\n", inserted.empty() ? " none" : inserted.c_str());
        saveDocument(doc, opt.output);
        closeDocument(doc);
        const Status verdict = verdictOf(after);
        std::printf("wrote %s (%s after the fix)\n", opt.output.c_str(), statusWord(verdict));
        return verdict == Status::Errors || verdict == Status::Incomplete ? 1 : 0;
    } catch (...) {
        closeDocument(doc);
        throw;
    }
}

}  // namespace

int runFix(const Command& command, const LocalContext& local) {
    const FixOptions& opt = command.fix;
    if (!std::filesystem::is_regular_file(opt.input)) throw UsageError("fix: no such file: " + opt.input);
    if (pages::probePdf(opt.input).pdf) {
        std::fprintf(stderr,
                     "nianbao: %s is a PDF: a published PDF cannot be corrected; fix the document it was made "
                     "from (.docx, .doc, .odt) and publish it again\n",
                     opt.input.c_str());
        return 2;
    }
    if (saveFilterFor(opt.output).empty()) throw UsageError("fix: OUT must end in .docx, .doc or .odt");
    if (std::filesystem::exists(opt.output) && std::filesystem::equivalent(opt.input, opt.output))
        throw UsageError("fix: OUT must not be IN (the original stays as it was)");

    ProfileTemplate profile(locateOxt(command.oxt));
    Office office(local, profile, "fix");
    office.start();
    int code;
    {
        Deadline deadline(opt.timeoutSeconds, [&office] { office.kill(); });
        try {
            code = fixDocument(office, opt);
        } catch (...) {
            if (!deadline.expired()) throw;
            std::fprintf(stderr, "nianbao: %s: no result within %g s (--timeout)\n", opt.input.c_str(),
                         opt.timeoutSeconds);
            code = 2;
        }
    }
    office.stop();
    return code;
}

}  // namespace nianbao::cli
