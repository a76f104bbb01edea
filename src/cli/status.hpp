// The status of one input file after a batch check, and the verdict words
// shared with the findings JSON ("verdict" member, docs/findings.md).
#pragma once

#include <string>

#include <nlohmann/json_fwd.hpp>

namespace nianbao::cli {

// Ordered as in the closing summary.
enum class Status { Clean, Warnings, Errors, Incomplete, NotAReport, Unreadable, TimedOut };
constexpr int kStatusCount = 7;

const char* statusWord(Status s);    // "clean", "not-a-report", "timed-out", ...
const char* statusLabel(Status s);   // "clean", "not a report", "timed out", ... (summary)

// The verdict of a findings object: its own "verdict" member when it has one,
// otherwise derived from the findings with the same precedence (unreadable,
// not-a-report, errors, incomplete, warnings, clean).
Status verdictOf(const nlohmann::json& findings);

// 0: every report clean or with warnings only; 1: some report has errors or
// is incomplete; 2: some file could not be checked (unreadable, timed out,
// not a report).
int exitCodeFor(const int (&counts)[kStatusCount]);

}  // namespace nianbao::cli
