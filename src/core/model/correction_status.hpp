// How the search for the minimal correction ended; shared by the solver and
// the findings it feeds.
#pragma once

namespace nianbao {

enum class CorrectionStatus {
    NoneNeeded,  // every hard relation holds
    Unique,      // one minimal correction
    Tied,        // several of the same weight
    Impossible,  // no values make every relation hold
    Undecided,   // the solver ran out of its time budget or failed
};

const char* statusName(CorrectionStatus s);  // "none-needed", "unique", ...

}  // namespace nianbao
