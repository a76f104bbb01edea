#include "core/check_report.hpp"

#include "core/localize/localizer.hpp"
#include "core/check/coverage.hpp"
#include "core/check/layout_findings.hpp"
#include "core/check/placement.hpp"
#include "core/check/prose_checks.hpp"
#include "core/check/reading_findings.hpp"
#include "core/check/relation_findings.hpp"
#include "core/model/relation_index.hpp"

namespace nianbao {

CheckResult checkReport(const Document& doc, std::shared_ptr<const Report> report, const Report* previous,
                        const CheckOptions& options) {
    CheckResult result;
    result.document = doc.name;
    result.detail = doc.readerNote;
    result.report = std::move(report);
    const Report& r = *result.report;
    result.year = r.dataYear ? r.dataYear : r.titleYear;
    if (!r.format) return result;  // not a report: nothing to hold it to
    const RelationIndex index(r);
    result.findings = relationFindings(r, index);
    auto append = [&](std::vector<Finding> more) {
        result.findings.insert(result.findings.end(), std::make_move_iterator(more.begin()),
                               std::make_move_iterator(more.end()));
    };
    append(readingFindings(r));
    append(proseNumberFindings(r));
    append(sectionFindings(doc, r));
    append(yearFindings(r));
    if (previous) append(yearOverYearFindings(r, *previous));
    append(coverageFindings(r, previous));
    append(layoutFindings(r));
    if (options.localize) {
        LocalizerOptions lo;
        if (options.solverBudget.count() > 0) lo.deadline = std::chrono::steady_clock::now() + options.solverBudget;
        result.correction = localize(r, index, lo);
    }
    placeFindings(doc, r, result.findings, result.correction);
    return result;
}

}  // namespace nianbao
