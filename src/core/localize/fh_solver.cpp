#include "core/localize/fh_solver.hpp"

#include <algorithm>
#include <cmath>

#include "core/localize/fh_internal.hpp"
#include "core/localize/typo.hpp"

namespace nianbao {

namespace fh {

std::vector<double> residuals(const FhProblem& p) {
    std::vector<double> d(p.equations.size());
    for (size_t e = 0; e < p.equations.size(); ++e)
        for (const auto& [v, c] : p.equations[e].terms) d[e] += c * p.vars[static_cast<size_t>(v)].value;
    return d;
}

int typoCount(const FhProblem& p, const FhSolution& s) {
    int n = 0;
    for (const auto& [v, value] : s.changes) {
        const FhVar& var = p.vars[static_cast<size_t>(v)];
        if (!var.invalid && !var.missing && isTypingSlip(var.text, value)) ++n;
    }
    return n;
}

void finish(std::vector<FhSolution> sols, FhResult& out) {
    // Among equally light corrections, prefer the one explained by typing slips.
    std::stable_sort(sols.begin(), sols.end(),
                     [](const FhSolution& a, const FhSolution& b) { return a.typos > b.typos; });
    out.best = std::move(sols[0]);
    out.alternatives.assign(std::make_move_iterator(sols.begin() + 1), std::make_move_iterator(sols.end()));
    out.status = out.alternatives.empty() ? CorrectionStatus::Unique : CorrectionStatus::Tied;
}

// Whether some variable sits in every violated equation: none, no single fix
// (the usual answer with several errors, found without a pass over the block).
bool oneVariableInAllViolated(const FhProblem& p, const std::vector<double>& d) {
    std::vector<int> candidates;
    bool first = true;
    for (size_t e = 0; e < p.equations.size(); ++e) {
        if (std::fabs(d[e]) <= kEps) continue;
        const auto& terms = p.equations[e].terms;
        if (first) {
            for (const auto& [v, c] : terms) candidates.push_back(v);
            first = false;
        } else {
            candidates.erase(std::remove_if(candidates.begin(), candidates.end(),
                                            [&](int v) {
                                                return std::none_of(terms.begin(), terms.end(),
                                                                    [&](const auto& t) { return t.first == v; });
                                            }),
                             candidates.end());
        }
        if (candidates.empty()) return false;
    }
    return true;
}

// Single-error shortcut. A variable alone fixes the block when it sits in
// exactly the violated equations and they agree on its new value. Any
// correction of two or more cells weighs at least the two smallest weights,
// so when the lightest single fix weighs less, the single fixes of that
// weight are exactly the optimal corrections; no MIP needed.
bool singleFix(const FhProblem& p, const std::vector<double>& d, FhResult& out) {
    const size_t n = p.vars.size();
    if (!oneVariableInAllViolated(p, d)) return false;
    std::vector<int> w;
    for (const FhVar& v : p.vars) {
        if (v.invalid) return false;
        w.push_back(v.weight);
    }
    if (n < 2) return false;
    std::partial_sort(w.begin(), w.begin() + 2, w.end());
    const int twoCells = w[0] + w[1];

    // Per variable: accumulated change implied by the equations it is in.
    std::vector<FhSolution> fixes;
    std::vector<int> violatedCount(n, 0), eqCount(n, 0);
    std::vector<double> delta(n, 0);
    std::vector<char> consistent(n, 1);
    int violated = 0;
    for (size_t e = 0; e < p.equations.size(); ++e) {
        const bool bad = std::fabs(d[e]) > kEps;
        violated += bad;
        for (const auto& [v, c] : p.equations[e].terms) {
            const size_t i = static_cast<size_t>(v);
            if (c == 0) continue;
            ++eqCount[i];
            if (!bad) {
                consistent[i] = 0;  // changing it would break a holding equation
                continue;
            }
            ++violatedCount[i];
            const double need = -d[e] / c;
            if (violatedCount[i] == 1)
                delta[i] = need;
            else if (std::fabs(delta[i] - need) > kEps)
                consistent[i] = 0;
        }
    }
    int lightest = -1;
    for (size_t i = 0; i < n; ++i) {
        if (!consistent[i] || violatedCount[i] != violated) continue;
        const FhVar& v = p.vars[i];
        const double to = v.value + delta[i];
        if (v.nonNegative && to < -kEps) continue;
        if (v.integer && std::fabs(to - std::round(to)) > kEps) continue;
        FhSolution s;
        s.changes = {{static_cast<int>(i), v.integer ? std::round(to) : to}};
        s.weight = v.weight;
        s.typos = typoCount(p, s);
        if (lightest < 0 || s.weight < lightest) lightest = s.weight;
        fixes.push_back(std::move(s));
    }
    if (fixes.empty() || lightest >= twoCells) return false;
    // Typing slips only order corrections of the same weight (finish()).
    std::vector<FhSolution> best;
    for (FhSolution& s : fixes)
        if (s.weight == lightest) best.push_back(std::move(s));
    finish(std::move(best), out);
    return true;
}

}  // namespace fh

FhResult solveFh(const FhProblem& p, int maxAlternatives) {
    return solveFh(p, maxAlternatives, FhMethod::Fast);
}

FhResult solveFhMip(const FhProblem& p, int maxAlternatives) {
    return solveFh(p, maxAlternatives, FhMethod::Mip);
}

FhResult solveFh(const FhProblem& p, int maxAlternatives, FhMethod method, Deadline deadline) {
    FhResult out;
    const std::vector<double> d = fh::residuals(p);
    bool violated = false, invalid = false;
    for (double r : d) violated = violated || std::fabs(r) > fh::kEps;
    for (const FhVar& v : p.vars) invalid = invalid || v.invalid;
    if (!violated && !invalid) return out;  // NoneNeeded
    const bool search = method == FhMethod::Fast || method == FhMethod::SearchOnly;
    const bool shortcut = method == FhMethod::Fast || method == FhMethod::Mip;
    if (shortcut && fh::singleFix(p, d, out)) return out;
    if (search) {
        switch (fh::searchFh(p, d, maxAlternatives, deadline, out)) {
            case fh::SearchOutcome::Decided: return out;
            case fh::SearchOutcome::OutOfTime:
            case fh::SearchOutcome::TooHeavy: out.status = CorrectionStatus::Undecided; return out;
            case fh::SearchOutcome::GaveUp: break;
        }
    }
    out = fh::solveMip(p, d, maxAlternatives, deadline);
    out.decidedByMip = true;
    return out;
}

}  // namespace nianbao
