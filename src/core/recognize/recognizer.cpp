// recognize(): reads the document against every known format version and
// keeps the one its labels fit best (distinguishing labels first, then how
// many value cells it recognizes) — never the year.
#include "core/recognize/recognizer.hpp"
#include "core/formats/formats.hpp"

#include <algorithm>
#include <exception>
#include <string>

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

size_t cellsOf(const Attempt& a, const std::string& table) {
    const RecognizedTable* t = a.report.table(table);
    return t ? t->cells.size() : 0;
}

bool newer(const FormatDecl& a, const FormatDecl& b) { return std::stoi(a.version) > std::stoi(b.version); }

// Each table is read in the layout that reads most of it; the report's format
// is the newest layout any of its tables is written in (a 2019 report whose T3
// was rebuilt in the 2021 layout is a 2021 report with an old T2), ties going to
// the version the whole document's labels chose.
void chooseLayouts(std::vector<Attempt>& attempts, size_t best, Report& report,
                   SubtotalsByTable& subtotals) {
    const FormatDecl* format = attempts[best].report.format;
    for (const RecognizedTable& t : attempts[best].report.tables)
        for (const Attempt& a : attempts)
            if (cellsOf(a, t.id) > cellsOf(attempts[best], t.id) && newer(*a.report.format, *format))
                format = a.report.format;
    size_t home = best;
    for (size_t i = 0; i < attempts.size(); ++i)
        if (attempts[i].report.format == format) home = i;
    report.tables.clear();
    for (const RecognizedTable& t : attempts[home].report.tables) {
        size_t from = home;
        for (size_t i = 0; i < attempts.size(); ++i)
            if (cellsOf(attempts[i], t.id) > cellsOf(attempts[from], t.id)) from = i;
        RecognizedTable chosen = *attempts[from].report.table(t.id);
        if (from != home) chosen.layout = attempts[from].report.format;
        report.tables.push_back(std::move(chosen));
        if (auto it = attempts[from].subtotals.find(t.id); it != attempts[from].subtotals.end())
            subtotals[t.id] = it->second;
    }
    report.format = format;
}

Report recognizeUnchecked(const Document& doc) {
    std::vector<Attempt> attempts;
    size_t best = 0;
    long long bestScore = 0;
    for (const FormatDecl* f : knownFormats()) {
        Attempt a = readTables(doc, *f);
        a.report.format = f;
        const long long score = static_cast<long long>(distinguishingHits(doc, *f)) * 100000 +
                                static_cast<long long>(a.cells);
        if (attempts.empty() || score > bestScore) {
            best = attempts.size();
            bestScore = score;
        }
        attempts.push_back(std::move(a));
    }
    Report report;
    if (attempts.empty()) return report;
    std::vector<SectionHit> sections = findSections(doc, *attempts[best].report.format);
    const int sectionsFound =
        static_cast<int>(std::count_if(sections.begin(), sections.end(), [](const SectionHit& s) { return s.found; }));
    // Not a report: no table of the format and hardly any of its headings.
    if (attempts[best].cells == 0 && sectionsFound < kSectionsForProseOnlyReport) return report;

    SubtotalsByTable subtotals;
    chooseLayouts(attempts, best, report, subtotals);
    report.sections = report.format == attempts[best].report.format ? std::move(sections)
                                                                     : findSections(doc, *report.format);
    report.titleYear = findTitleYear(doc, report.sections);
    report.dataYear = findDataYear(doc);
    report.stated = statedNumbers(doc, *report.format);
    report.relations = expandRelations(report, *report.format, subtotals);
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
