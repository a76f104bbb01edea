#include "core/localize/glpk_guard.hpp"

#include "core/localize/fh_solver.hpp"

namespace nianbao::fh {

namespace {

struct GlpkFailed {};

thread_local bool failed = false;  // GLPK reported an error: its objects are invalid

void throwOnError(void*) {
    failed = true;
    throw GlpkFailed{};
}

}  // namespace

bool runGuarded(const std::function<void()>& body) {
    failed = false;
    glp_error_hook(throwOnError, nullptr);
    bool ok = true;
    try {
        body();
    } catch (const GlpkFailed&) {
        ok = false;
    }
    if (ok) {
        glp_error_hook(nullptr, nullptr);
    } else {
        glp_free_env();  // also drops the hook; the next GLPK call starts afresh
        failed = false;
    }
    return ok;
}

GlpProblem::GlpProblem() : p_(glp_create_prob()) {}

GlpProblem::~GlpProblem() {
    if (!failed) glp_delete_prob(p_);
}

}  // namespace nianbao::fh
