// nianbao check: discovers the inputs, pairs them with last year's reports
// when asked, checks them in the worker pool and writes the outputs in input
// order (stable, diffable) as soon as each one's predecessors are done.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <stdexcept>
#include <optional>
#include <set>
#include <thread>

#include "cli/commands.hpp"
#include "cli/file_report.hpp"
#include "cli/interrupt.hpp"
#include "cli/profile.hpp"
#include "cli/progress.hpp"
#include "cli/reporters.hpp"
#include "cli/worker_pool.hpp"

namespace nianbao::cli {

namespace {

FileReport toReport(const InputFile& input, const TaskResult& r) {
    FileReport f;
    f.input = input;
    f.pairedWith = r.pairedWith;
    f.note = r.note;
    if (!r.checked) {
        f.status = r.failure;
        f.detail = r.detail.empty() ? "not checked" : r.detail;
        return f;
    }
    try {
        f.findings = nlohmann::json::parse(r.json);
        f.status = verdictOf(f.findings);
        if (f.findings.contains("error")) f.detail = f.findings["error"].is_string() ? f.findings["error"].get<std::string>() : "error";
        // What the reader could not read (a scan without text) is said with the status.
        else if (f.findings.contains("detail") && f.findings["detail"].is_string())
            f.detail = f.findings["detail"].get<std::string>();
    } catch (const nlohmann::json::exception&) {
        f.findings = nullptr;
        f.status = Status::Unreadable;
        f.detail = "the checker returned no valid JSON";
    }
    return f;
}

// Reads last year's titles; organ -> report. Organs found twice are ambiguous
// and left out (listed), so that no report is compared with the wrong one.
PreviousIndex indexPrevious(WorkerPool& pool, const std::vector<InputFile>& files, Progress& progress,
                            std::vector<std::string>& notes, bool& ok) {
    std::vector<std::string> organs(files.size());
    ok = pool.run(
        files.size(), [&](Office& o, std::size_t i) { return readOrgan(o, files[i]); },
        [&](std::size_t i) { progress.started(files[i].relative); },
        [&](std::size_t i, const TaskResult& r) {
            organs[i] = r.organ;
            progress.finished(files[i].relative, r.organ.empty() ? "no title" : r.organ);
        });
    PreviousIndex index;
    std::set<std::string> ambiguous;
    for (std::size_t i = 0; i < files.size(); ++i) {
        if (organs[i].empty()) {
            notes.push_back("last year, no organ in the title: " + files[i].relative);
        } else if (!index.emplace(organs[i], files[i]).second) {
            ambiguous.insert(organs[i]);
            notes.push_back("last year, " + organs[i] + " twice: " + index[organs[i]].relative + ", " + files[i].relative);
        }
    }
    for (const std::string& a : ambiguous) index.erase(a);
    return index;
}

std::string summaryLine(std::size_t files, const int (&counts)[kStatusCount], double seconds) {
    std::string line = std::to_string(files) + (files == 1 ? " file" : " files");
    char timing[64];
    std::snprintf(timing, sizeof timing, " in %.1f s (%.2f files/s):", seconds, seconds > 0 ? files / seconds : 0.0);
    line += timing;
    for (int s = 0; s < kStatusCount; ++s)
        line += std::string(s ? ", " : " ") + std::to_string(counts[s]) + " " + statusLabel(static_cast<Status>(s));
    return line;
}

}  // namespace

int runCheck(const Command& command, const LocalContext& local) {
    const CheckOptions& opt = command.check;
    const auto started = std::chrono::steady_clock::now();
    const Discovered found = discoverAll(opt.paths);
    const std::vector<InputFile> files = selectShard(found.files, opt.shard);
    // Folders that could not be read and files passed over are said once: by
    // the first shard (or the only run).
    const bool firstShard = opt.shard.count == 0 || opt.shard.index == 1;
    const std::vector<PassedOver> unreadable = firstShard ? found.unreadable : std::vector<PassedOver>();
    const std::vector<PassedOver> skipped = firstShard ? found.skipped : std::vector<PassedOver>();
    if (opt.listOnly) {
        for (const InputFile& f : files) std::printf("%s\n", f.relative.c_str());
        for (const PassedOver& u : unreadable) std::fprintf(stderr, "unreadable: %s (%s)\n", u.relative.c_str(), u.why.c_str());
        for (const PassedOver& s : skipped) std::fprintf(stderr, "skipped: %s (%s)\n", s.relative.c_str(), s.why.c_str());
        return 0;
    }
    std::vector<InputFile> previous;
    if (!opt.previousDir.empty()) previous = discoverInputs({opt.previousDir});
    std::FILE* out = stdout;
    std::FILE* summaryOut = opt.format == OutputFormat::Text ? stdout : stderr;

    int counts[kStatusCount] = {};
    std::unique_ptr<Reporter> reporter = makeReporter(opt.format, out);
    // A folder that could not be read is a row of its own: nothing goes unsaid.
    std::vector<FileReport> folderRows;
    for (const PassedOver& u : unreadable) {
        FileReport r;
        r.input = {std::string(), u.relative};
        r.status = Status::Unreadable;
        r.detail = u.why;
        folderRows.push_back(std::move(r));
        ++counts[static_cast<int>(Status::Unreadable)];
    }
    auto skippedSummary = [&] {
        if (skipped.empty()) return;
        std::string names;
        for (const PassedOver& s : skipped) names += (names.empty() ? "" : ", ") + s.relative;
        std::fprintf(summaryOut, "skipped %zu %s of other kinds: %s\n", skipped.size(),
                     skipped.size() == 1 ? "file" : "files", names.c_str());
    };
    if (files.empty()) {
        std::fprintf(stderr, "nianbao: no .docx .doc .wps .odt .html .htm .pdf files%s\n",
                     opt.shard.count ? " in this shard" : "");
        reporter->begin();
        for (const FileReport& r : folderRows) reporter->file(r);
        reporter->skipped(skipped);
        reporter->end();
        std::fprintf(summaryOut, "%s\n", summaryLine(folderRows.size(), counts, 0).c_str());
        skippedSummary();
        return exitCodeFor(counts);
    }

    ProfileTemplate profile(locateOxt(command.oxt));
    int jobs = opt.jobs > 0 ? opt.jobs : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    jobs = static_cast<int>(std::min<std::size_t>(jobs, std::max(files.size(), previous.size())));
    WorkerPool pool(local, profile, jobs, opt.timeoutSeconds, opt.filesPerOffice);

    std::vector<std::string> notes;
    PreviousIndex previousIndex;
    if (!previous.empty()) {
        Progress titles(previous.size(), Progress::choose(false));
        bool ok = true;
        previousIndex = indexPrevious(pool, previous, titles, notes, ok);
        titles.finish();
        if (!ok) {
            if (!pool.fatalError().empty()) throw std::runtime_error(pool.fatalError());
            return interruptedExitCode();
        }
    }

    Progress progress(files.size(), Progress::choose(opt.format == OutputFormat::Text && out == stdout));
    std::vector<std::optional<FileReport>> ready(files.size());
    std::size_t emitted = 0;
    std::vector<std::string> unpaired;
    std::size_t paired = 0, comparisonsFailed = 0;
    bool outputFailed = false;
    reporter->begin();
    for (const FileReport& r : folderRows) reporter->file(r);
    const bool ok = pool.run(
        files.size(),
        [&](Office& o, std::size_t i) { return checkFile(o, files[i], opt.previousDir.empty() ? nullptr : &previousIndex); },
        [&](std::size_t i) { progress.started(files[i].relative); },
        [&](std::size_t i, const TaskResult& r) {
            FileReport report = toReport(files[i], r);
            ++counts[static_cast<int>(report.status)];
            if (!opt.outDir.empty()) {
                try {
                    writeOutFile(opt.outDir, report);
                } catch (const std::exception& e) {
                    // The batch goes on; the exit code tells that an output is missing.
                    progress.clear();
                    std::fprintf(stderr, "nianbao: %s\n", e.what());
                    outputFailed = true;
                }
            }
            if (!r.pairedWith.empty()) ++paired;
            if (!r.note.empty()) ++comparisonsFailed;
            if (!opt.previousDir.empty() && r.checked && r.pairedWith.empty() && report.status != Status::NotAReport)
                unpaired.push_back(files[i].relative + (r.organ.empty() ? " (no organ in the title)" : " (" + r.organ + ")"));
            progress.finished(files[i].relative, statusWord(report.status));
            ready[i] = std::move(report);
            progress.clear();
            while (emitted < ready.size() && ready[emitted]) reporter->file(*ready[emitted++]);
            progress.redraw();
        },
        [&] { progress.tick(); });
    progress.finish();
    if (!ok) {
        if (!pool.fatalError().empty()) throw std::runtime_error(pool.fatalError());
        std::size_t done = 0;
        for (int c : counts) done += static_cast<std::size_t>(c);
        std::fprintf(stderr, "nianbao: interrupted after %zu of %zu files; every LibreOffice it started is ended\n",
                     done, files.size());
        return interruptedExitCode();
    }
    reporter->skipped(skipped);
    reporter->end();
    pool.shutdown();

    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    std::fprintf(summaryOut, "%s\n", summaryLine(files.size() + folderRows.size(), counts, seconds).c_str());
    skippedSummary();
    if (!opt.previousDir.empty()) {
        std::fprintf(summaryOut, "paired with last year's report: %zu of %zu\n", paired, files.size());
        if (comparisonsFailed)
            std::fprintf(summaryOut, "  the comparison itself failed for %zu of them (checked without it)\n",
                         comparisonsFailed);
        for (const std::string& u : unpaired) std::fprintf(summaryOut, "  no report of last year for %s\n", u.c_str());
        for (const std::string& n : notes) std::fprintf(summaryOut, "  %s\n", n.c_str());
    }
    std::fflush(summaryOut);
    return outputFailed ? 3 : exitCodeFor(counts);
}

int interruptedExitCode() { return 128 + (interruptSignal() ? interruptSignal() : 2); }

}  // namespace nianbao::cli
