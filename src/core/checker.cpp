// check(): recognize, then checkReport; never throws.
#include "core/checker.hpp"

#include <exception>

#include "core/check_report.hpp"
#include "core/recognize/recognizer.hpp"

namespace nianbao {

CheckResult check(const Document& doc, const CheckOptions& options) {
    try {
        Report previous;
        const Report* prev = nullptr;
        std::optional<PreviousReport> about;
        if (options.previousYear) {
            previous = recognize(*options.previousYear);
            if (previous.format) prev = &previous;
            about = PreviousReport{options.previousYear->name,
                                   previous.dataYear ? previous.dataYear : previous.titleYear,
                                   previous.format != nullptr, {}};
        } else if (!options.previousError.empty()) {
            about = PreviousReport{{}, 0, false, options.previousError};
        }
        CheckResult result = checkReport(doc, recognize(doc), prev, options);
        result.previous = std::move(about);
        return result;
    } catch (const std::exception& e) {
        CheckResult r;
        r.document = doc.name;
        r.error = std::string("检查失败 / check failed: ") + e.what();
        return r;
    } catch (...) {
        CheckResult r;
        r.document = doc.name;
        r.error = "检查失败 / check failed: unknown error";
        return r;
    }
}

}  // namespace nianbao
