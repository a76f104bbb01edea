// GLPK ends the process with abort() on an internal error unless its error
// hook leaves first — inside the office that would take the user's unsaved
// documents with it. runGuarded installs a hook that throws (GLPK is compiled
// with -fexceptions, so the exception unwinds through its C frames), catches
// it, and frees GLPK's environment, as GLPK requires after an error.
#pragma once

#include <glpk.h>

#include <functional>

namespace nianbao::fh {

// False when GLPK failed inside `body`; every GLPK object is gone then.
bool runGuarded(const std::function<void()>& body);

// A GLPK problem owned by a scope; not deleted again once an error freed it.
class GlpProblem {
public:
    GlpProblem();
    ~GlpProblem();
    GlpProblem(const GlpProblem&) = delete;
    GlpProblem& operator=(const GlpProblem&) = delete;
    glp_prob* get() const { return p_; }

private:
    glp_prob* p_;
};

// Where a test makes GLPK fail. The core's own definition does nothing
// (glpk_no_fault.cpp); the unit tests link one that can make an invalid call
// (tests/unit/support/glpk_fault_injection.cpp) in its place, so no build
// users get can be made to fail here.
void injectedFault(glp_prob* p);

}  // namespace nianbao::fh
