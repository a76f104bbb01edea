// recognize(): reads the document against every known format version and
// keeps the one its labels fit best (distinguishing labels first, then how
// many value cells it recognizes) — never the year.
#include "core/recognize/recognizer.hpp"
#include "core/formats/formats.hpp"

#include <algorithm>
#include <exception>

#include "core/recognize/stated_numbers.hpp"
#include "core/recognize/internal.hpp"
#include "core/model/relation_index.hpp"

namespace nianbao {

namespace {

using namespace recog;

struct Attempt {
    Report report;
    SubtotalsByTable subtotals;
    size_t cells = 0;
};

Attempt readTables(const Document& doc, const FormatDecl& format) {
    Attempt a;
    const TableDecl* t2 = format.table("T2");
    const TableDecl* t3 = format.table("T3");
    const TableDecl* t4 = format.table("T4");
    T2Reader r2(*t2);
    T3Reader r3(*t3);
    T4Reader r4(*t4);
    bool previousWasT3 = false, previousWasT2 = false, previousWasT4 = false;
    for (size_t b = 0; b < doc.blocks.size(); ++b) {
        const auto* table = std::get_if<Table>(&doc.blocks[b]);
        if (!table) continue;
        const int block = static_cast<int>(b);
        const bool wasT3 = previousWasT3, wasT2 = previousWasT2, wasT4 = previousWasT4;
        previousWasT3 = previousWasT2 = previousWasT4 = false;
        if (r3.acceptWithHeader(*table, block)) {
            previousWasT3 = true;
            continue;
        }
        if (r4.accept(doc, *table, block)) {
            previousWasT4 = true;
            continue;
        }
        if (wasT4 && r4.acceptValues(*table, block)) continue;
        if (wasT3 && r3.acceptContinuation(*table, block)) {
            previousWasT3 = true;
            continue;
        }
        if (T2Reader::looksLike(*t2, *table)) {
            r2.read(*table, block);
            previousWasT2 = true;
        } else if (wasT2 && r2.acceptContinuation(*table, block)) {
            previousWasT2 = true;
        }
    }
    for (const TableDecl& t : format.tables) {
        RecognizedTable rt;
        if (&t == t2) rt = r2.finish();
        else if (&t == t3) rt = r3.finish();
        else if (&t == t4) rt = r4.finish();
        rt.id = t.id;
        a.cells += rt.cells.size();
        a.report.tables.push_back(std::move(rt));
    }
    if (t3) a.subtotals[t3->id] = r3.subtotals();
    return a;
}

// How many of a format's distinguishing labels the document's tables carry.
int distinguishingHits(const Document& doc, const FormatDecl& format) {
    std::vector<bool> hit(format.distinguishingLabels.size(), false);
    for (const Block& b : doc.blocks) {
        const auto* t = std::get_if<Table>(&b);
        if (!t) continue;
        for (const SourceCell& cell : t->cells()) {
            const Label l = readLabel(cell.text);
            if (l.key.empty()) continue;
            for (size_t i = 0; i < hit.size(); ++i)
                hit[i] = hit[i] || textMatches(format.distinguishingLabels[i], l);
        }
    }
    return static_cast<int>(std::count(hit.begin(), hit.end(), true));
}

constexpr int kSectionsForProseOnlyReport = 3;

Report recognizeUnchecked(const Document& doc) {
    const FormatDecl* best = nullptr;
    Attempt bestAttempt;
    long long bestScore = 0;
    for (const FormatDecl* f : knownFormats()) {
        Attempt a = readTables(doc, *f);
        const long long score = static_cast<long long>(distinguishingHits(doc, *f)) * 100000 +
                                static_cast<long long>(a.cells);
        if (!best || score > bestScore) {
            best = f;
            bestScore = score;
            bestAttempt = std::move(a);
        }
    }
    Report report;
    if (!best) return report;
    std::vector<SectionHit> sections = findSections(doc, *best);
    const int sectionsFound =
        static_cast<int>(std::count_if(sections.begin(), sections.end(), [](const SectionHit& s) { return s.found; }));
    // Not a report: no table of the format and hardly any of its headings.
    if (bestAttempt.cells == 0 && sectionsFound < kSectionsForProseOnlyReport) return report;

    report = std::move(bestAttempt.report);
    report.format = best;
    report.sections = std::move(sections);
    report.titleYear = findTitleYear(doc, report.sections);
    report.dataYear = findDataYear(doc);
    report.stated = statedNumbers(doc, *best);
    report.relations = expandRelations(report, *best, bestAttempt.subtotals);
    report.blocks = relationBlocks(RelationIndex(report));
    return report;
}

}  // namespace

Report recognize(const Document& doc) {
    try {
        return recognizeUnchecked(doc);
    } catch (const std::exception&) {
        return Report{};  // out of memory and the like: "not recognized", never a throw
    }
}

}  // namespace nianbao
