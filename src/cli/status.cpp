#include "cli/status.hpp"

#include <nlohmann/json.hpp>

namespace nianbao::cli {

const char* statusWord(Status s) {
    switch (s) {
        case Status::Clean: return "clean";
        case Status::Warnings: return "warnings";
        case Status::Errors: return "errors";
        case Status::Incomplete: return "incomplete";
        case Status::NotAReport: return "not-a-report";
        case Status::Unreadable: return "unreadable";
        case Status::TimedOut: return "timed-out";
    }
    return "unreadable";
}

const char* statusLabel(Status s) {
    switch (s) {
        case Status::NotAReport: return "not a report";
        case Status::TimedOut: return "timed out";
        default: return statusWord(s);
    }
}

namespace {

bool fromWord(const std::string& word, Status& out) {
    for (int i = 0; i < kStatusCount; ++i)
        if (word == statusWord(static_cast<Status>(i))) {
            out = static_cast<Status>(i);
            return true;
        }
    return false;
}

// C1 marks a mandated relation that could not be checked; a mandated table
// that was not found means the same even from a service without C1.
bool somethingUnchecked(const nlohmann::json& r) {
    for (const auto& f : r.value("findings", nlohmann::json::array()))
        if (f.is_object() && f.value("rule", "") == "C1") return true;
    for (const auto& t : r.value("tables", nlohmann::json::array()))
        if (t.is_object() && t.contains("found") && t["found"] == false) return true;
    return false;
}

bool anyOfSeverity(const nlohmann::json& r, const char* severity) {
    for (const auto& f : r.value("findings", nlohmann::json::array()))
        if (f.is_object() && f.value("severity", "") == severity) return true;
    return false;
}

}  // namespace

Status verdictOf(const nlohmann::json& r) {
    Status s;
    if (!r.is_object() || r.contains("error")) return Status::Unreadable;
    if (r.contains("verdict") && r["verdict"].is_string() && fromWord(r["verdict"].get<std::string>(), s)) return s;
    if (!r.contains("format_version") || r["format_version"].is_null()) return Status::NotAReport;
    if (anyOfSeverity(r, "error")) return Status::Errors;
    if (somethingUnchecked(r)) return Status::Incomplete;
    if (anyOfSeverity(r, "warning")) return Status::Warnings;
    return Status::Clean;
}

int exitCodeFor(const int (&counts)[kStatusCount]) {
    auto n = [&](Status s) { return counts[static_cast<int>(s)]; };
    if (n(Status::Unreadable) || n(Status::TimedOut) || n(Status::NotAReport)) return 2;
    if (n(Status::Errors) || n(Status::Incomplete)) return 1;
    return 0;
}

}  // namespace nianbao::cli
