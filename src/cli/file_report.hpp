// The outcome of checking one input, as every output format sees it.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "cli/inputs.hpp"
#include "cli/status.hpp"

namespace nianbao::cli {

struct FileReport {
    InputFile input;
    Status status = Status::Unreadable;
    std::string detail;        // why it was not checked (empty when checked)
    nlohmann::json findings;   // the service's findings object; null when not checked
    std::string pairedWith;    // --previous: last year's report it was compared with
    std::string note;          // checked, with a remark (a failed comparison)
    double seconds = 0;
};

// The findings object written for the file under --out: the service's own
// when it checked the file, otherwise an object with an "error" member.
nlohmann::json findingsOrError(const FileReport& r);

}  // namespace nianbao::cli
