// Names of correction statuses as they appear in the findings JSON.
#include "core/model/findings.hpp"

namespace nianbao {

const char* statusName(Correction::Status s) {
    switch (s) {
        case Correction::Status::NoneNeeded: return "none-needed";
        case Correction::Status::Unique: return "unique";
        case Correction::Status::Tied: return "tied";
        case Correction::Status::Impossible: return "impossible";
    }
    return "none-needed";
}

const char* verdictOf(const CheckResult& result) {
    if (!result.error.empty()) return "unreadable";
    if (!result.report || !result.report->format) return "not-a-report";
    bool incomplete = false, warnings = false;
    for (const Finding& f : result.findings) {
        if (f.severity == "error") return "errors";
        incomplete = incomplete || f.rule == "C1";
        warnings = warnings || f.severity == "warning";
    }
    if (incomplete) return "incomplete";
    return warnings ? "warnings" : "clean";
}

}  // namespace nianbao
