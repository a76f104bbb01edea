// Error localization (format.md, "Which cell is wrong"): the Fellegi-Holt
// minimum-weight set of cells whose change makes every hard relation hold,
// solved exactly (fh_solver: branch and bound, GLPK MIP as reference), with the corrected values, uniqueness, tied
// alternatives, and a preference for changes explained by a typing slip.
#pragma once

#include "core/localize/fh_solver.hpp"
#include "core/model/findings.hpp"
#include "core/model/relation_index.hpp"

namespace nianbao {

// Integer weights keep tie detection exact. Totals are derived, so changing
// one is more plausible than changing a part; blank/placeholder cells are
// missing values and cost almost nothing to impute; Invalid cells are free
// (they must be given a value anyway).
struct LocalizerWeights {
    int part = 100;
    int total = 75;
    int missing = 5;
};

struct LocalizerOptions {
    int maxAlternatives = 5;
    // No correction weighing more than twelve changed parts is proposed
    // (Undecided): a table that needs more is rewritten, not corrected.
    int maxWeight = 12 * LocalizerWeights().part;
    LocalizerWeights weights;
    FhMethod method = FhMethod::Fast;  // FhMethod::Mip: the GLPK reference
    Deadline deadline = kNoDeadline;   // past it: CorrectionStatus::Undecided
};

Correction localize(const Report& report, const RelationIndex& index,
                    const LocalizerOptions& options = {});

}  // namespace nianbao
