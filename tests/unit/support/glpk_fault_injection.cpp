#include "support/glpk_fault_injection.hpp"

#include "core/localize/glpk_guard.hpp"

namespace {
thread_local bool faultPending = false;
}

namespace nianbao::fh {

void injectedFault(glp_prob* p) {
    if (!faultPending) return;
    faultPending = false;
    glp_set_obj_dir(p, -12345);  // not a direction: GLPK reports an error
}

}  // namespace nianbao::fh

namespace nianbao {

void injectGlpkFaultForTesting() { faultPending = true; }

}  // namespace nianbao
