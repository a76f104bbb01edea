// The verdict of a check (findings.md): the first of its words that applies.
#include "core/model/findings.hpp"

namespace nianbao {

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
