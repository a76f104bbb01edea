// The product's side of the GLPK fault seam (glpk_guard.hpp): nothing. Alone
// in its file so that a test executable's definition replaces it at link time.
#include "core/localize/glpk_guard.hpp"

namespace nianbao::fh {

void injectedFault(glp_prob*) {}

}  // namespace nianbao::fh
