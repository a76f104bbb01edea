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

}  // namespace nianbao
