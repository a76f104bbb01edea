// What a worker does with one file: check it (optionally against last year's
// report), or just read the organ from its title (to pair --previous).
#pragma once

#include <map>
#include <string>

#include "cli/inputs.hpp"
#include "cli/office.hpp"
#include "cli/status.hpp"

namespace nianbao::cli {

struct TaskResult {
    bool checked = false;                 // json holds the service's findings
    Status failure = Status::Unreadable;  // when not checked
    std::string detail;                   // why not checked, in words
    std::string json;
    std::string organ;       // from the title, when asked
    std::string pairedWith;  // relative path of last year's report, if paired
    std::string note;        // checked, but something to say (the comparison failed)
};

// organ -> last year's report
using PreviousIndex = std::map<std::string, InputFile>;

// previous: null without --previous. UNO exceptions of a dying office pass through.
TaskResult checkFile(Office& office, const InputFile& file, const PreviousIndex* previous);

TaskResult readOrgan(Office& office, const InputFile& file);

}  // namespace nianbao::cli
