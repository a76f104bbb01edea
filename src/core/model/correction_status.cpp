// Names of correction statuses as they appear in the findings JSON.
#include "core/model/correction_status.hpp"

namespace nianbao {

const char* statusName(CorrectionStatus s) {
    switch (s) {
        case CorrectionStatus::NoneNeeded: return "none-needed";
        case CorrectionStatus::Unique: return "unique";
        case CorrectionStatus::Tied: return "tied";
        case CorrectionStatus::Impossible: return "impossible";
        case CorrectionStatus::Undecided: return "undecided";
    }
    return "none-needed";
}

}  // namespace nianbao
