// The GLPK reference solver (a MIP for the minimum-weight cells, re-solved
// with no-good cuts for ties), and GLPK for small value subproblems of the
// branch and bound (elimination.cpp). Every GLPK run is guarded
// (glpk_guard.hpp): a GLPK failure becomes Undecided, never abort().
#include <algorithm>
#include <chrono>
#include <cmath>

#include "core/localize/fh_internal.hpp"
#include "core/localize/glpk_guard.hpp"

namespace nianbao::fh {

namespace {

// x_j = v_j + p_j - n_j; delta_j binary; p_j <= M delta_j; n_j <= N_j delta_j.
// Columns (1-based): p_j = 3j+1, n_j = 3j+2, delta_j = 3j+3.
class FhMip {
public:
    FhMip(const FhProblem& p, const std::vector<double>& d, Deadline deadline)
        : p_(p), problem_(), lp_(problem_.get()), deadline_(deadline) {
        injectedFault(lp_);
        glp_set_obj_dir(lp_, GLP_MIN);
        const int n = static_cast<int>(p.vars.size());
        const int m = static_cast<int>(p.equations.size());
        double scale = 0;
        for (const FhVar& v : p.vars) scale += std::fabs(v.value);
        for (double r : d) scale += std::fabs(r);
        bigM_ = 2 * scale + 10;
        glp_add_cols(lp_, 3 * n);
        for (int j = 0; j < n; ++j) {
            const FhVar& v = p.vars[static_cast<size_t>(j)];
            const double down = v.nonNegative ? std::max(0.0, v.value) : bigM_;
            bound(col(j, 0), bigM_);
            bound(col(j, 1), v.invalid || v.missing ? 0 : down);
            glp_set_col_kind(lp_, col(j, 0), v.integer ? GLP_IV : GLP_CV);
            glp_set_col_kind(lp_, col(j, 1), v.integer ? GLP_IV : GLP_CV);
            glp_set_col_kind(lp_, col(j, 2), GLP_BV);
            glp_set_obj_coef(lp_, col(j, 2), v.weight);
        }
        std::vector<int> ia{0}, ja{0};
        std::vector<double> ar{0};
        glp_add_rows(lp_, m + 2 * n);
        for (int e = 0; e < m; ++e) {
            glp_set_row_bnds(lp_, e + 1, GLP_FX, -d[static_cast<size_t>(e)], -d[static_cast<size_t>(e)]);
            // Merge repeated variables so the matrix has no duplicate entries.
            std::vector<std::pair<int, int>> terms = p.equations[static_cast<size_t>(e)].terms;
            std::sort(terms.begin(), terms.end());
            for (size_t t = 0; t < terms.size(); ++t) {
                int c = terms[t].second;
                while (t + 1 < terms.size() && terms[t + 1].first == terms[t].first) c += terms[++t].second;
                if (c == 0) continue;
                for (int k = 0; k < 2; ++k) {
                    ia.push_back(e + 1);
                    ja.push_back(col(terms[t].first, k));
                    ar.push_back(k == 0 ? c : -c);
                }
            }
        }
        for (int j = 0; j < n; ++j) {
            const FhVar& v = p.vars[static_cast<size_t>(j)];
            const double down = glp_get_col_ub(lp_, col(j, 1));
            for (int k = 0; k < 2; ++k) {
                const int row = m + 2 * j + k + 1;
                glp_set_row_bnds(lp_, row, GLP_UP, 0, 0);
                ia.push_back(row), ja.push_back(col(j, k)), ar.push_back(1);
                const double link = k == 0 ? bigM_ : down;
                if (link > 0) ia.push_back(row), ja.push_back(col(j, 2)), ar.push_back(-link);
            }
            (void)v;
        }
        addImpliedEdits(d, ia, ja, ar);
        glp_load_matrix(lp_, static_cast<int>(ia.size()) - 1, ia.data(), ja.data(), ar.data());
        for (int j = 0; j < n; ++j)  // an unreadable cell gets a value in any case
            if (p.vars[static_cast<size_t>(j)].invalid) glp_set_col_bnds(lp_, col(j, 2), GLP_FX, 1, 1);
        glp_scale_prob(lp_, GLP_SF_AUTO);  // big-M rows: unscaled, the simplex can fail an assertion
        glp_init_iocp(&parm_);
        parm_.msg_lev = GLP_MSG_OFF;
        parm_.presolve = GLP_OFF;  // a warm-started simplex (solve()) precedes glp_intopt
        glp_init_smcp(&smcp_);
        smcp_.msg_lev = GLP_MSG_OFF;
        parm_.mir_cuts = GLP_ON;
        parm_.bt_tech = GLP_BT_BPH;  // best projection: finds light incumbents early
        parm_.cov_cuts = GLP_ON;
        parm_.clq_cuts = GLP_ON;
    }
    FhMip(const FhMip&) = delete;
    FhMip& operator=(const FhMip&) = delete;

    // A solve stopped by the deadline: the answer so far proves nothing.
    bool outOfTime() const { return outOfTime_; }

    // Minimum-weight set of positive-weight variables to change; false if infeasible.
    bool chooseCells(std::vector<char>& chosen, int& weight) {
        if (!solve()) return false;
        weight = static_cast<int>(std::lround(glp_mip_obj_val(lp_)));
        chosen.assign(p_.vars.size(), 0);
        for (size_t j = 0; j < p_.vars.size(); ++j)
            chosen[j] = p_.vars[j].weight > 0 && glp_mip_col_val(lp_, col(static_cast<int>(j), 2)) > 0.5;
        return true;
    }

    // Values for a chosen set: forced by the equations, else the smallest change.
    FhSolution values(const std::vector<char>& chosen, int weight) {
        const int n = static_cast<int>(p_.vars.size());
        for (int j = 0; j < n; ++j) {
            if (p_.vars[static_cast<size_t>(j)].weight > 0) {
                const double s = chosen[static_cast<size_t>(j)] ? 1 : 0;
                glp_set_col_bnds(lp_, col(j, 2), GLP_FX, s, s);
            }
            glp_set_obj_coef(lp_, col(j, 2), 0);
            glp_set_obj_coef(lp_, col(j, 0), 1);
            glp_set_obj_coef(lp_, col(j, 1), 1);
        }
        FhSolution s;
        s.weight = weight;
        if (solve()) {
            for (int j = 0; j < n; ++j) {
                const FhVar& v = p_.vars[static_cast<size_t>(j)];
                double x = v.value + glp_mip_col_val(lp_, col(j, 0)) - glp_mip_col_val(lp_, col(j, 1));
                if (v.integer) x = std::round(x);
                if (v.invalid || std::fabs(x - v.value) > kEps) s.changes.push_back({j, x});
            }
        }
        for (int j = 0; j < n; ++j) {  // back to the cell-choosing problem
            if (p_.vars[static_cast<size_t>(j)].weight > 0) glp_set_col_bnds(lp_, col(j, 2), GLP_DB, 0, 1);
            glp_set_obj_coef(lp_, col(j, 2), p_.vars[static_cast<size_t>(j)].weight);
            glp_set_obj_coef(lp_, col(j, 0), 0);
            glp_set_obj_coef(lp_, col(j, 1), 0);
        }
        s.typos = typoCount(p_, s);
        return s;
    }

    // Only choices no heavier than `weight` from now on: the tie search then
    // prunes every branch whose bound exceeds the optimum.
    void capWeight(int weight) {
        std::vector<int> ind{0};
        std::vector<double> val{0};
        for (size_t j = 0; j < p_.vars.size(); ++j)
            if (p_.vars[j].weight > 0) ind.push_back(col(static_cast<int>(j), 2)), val.push_back(p_.vars[j].weight);
        const int row = glp_add_rows(lp_, 1);
        glp_set_mat_row(lp_, row, static_cast<int>(ind.size()) - 1, ind.data(), val.data());
        glp_set_row_bnds(lp_, row, GLP_UP, 0, weight + 0.5);
    }

    // No-good cut: excludes exactly this choice of cells.
    void exclude(const std::vector<char>& chosen) {
        std::vector<int> ind{0};
        std::vector<double> val{0};
        int count = 0;
        for (size_t j = 0; j < p_.vars.size(); ++j) {
            if (p_.vars[j].weight <= 0) continue;
            ind.push_back(col(static_cast<int>(j), 2));
            val.push_back(chosen[j] ? 1 : -1);
            count += chosen[j];
        }
        const int row = glp_add_rows(lp_, 1);
        glp_set_mat_row(lp_, row, static_cast<int>(ind.size()) - 1, ind.data(), val.data());
        glp_set_row_bnds(lp_, row, GLP_UP, 0, count - 1);
    }

private:
    static int col(int j, int k) { return 3 * j + k + 1; }

    // Valid inequalities that make the LP relaxation tight enough for branch
    // and bound (big-M alone gives bounds near 0): a violated equation needs a
    // changed cell (sum delta >= 1); a cell changed in a holding equation
    // needs a second changed cell there (delta_j <= sum of the others').
    // Equations with an unreadable cell are left to the big-M rows.
    void addImpliedEdits(const std::vector<double>& d, std::vector<int>& ia, std::vector<int>& ja,
                         std::vector<double>& ar) {
        for (size_t e = 0; e < p_.equations.size(); ++e) {
            std::vector<int> vars;
            bool invalid = false;
            for (const auto& [v, c] : p_.equations[e].terms) {
                if (c == 0) continue;
                invalid = invalid || p_.vars[static_cast<size_t>(v)].invalid;
                if (std::find(vars.begin(), vars.end(), v) == vars.end()) vars.push_back(v);
            }
            if (invalid || vars.empty()) continue;
            if (std::fabs(d[e]) > kEps) {
                const int row = glp_add_rows(lp_, 1);
                glp_set_row_bnds(lp_, row, GLP_LO, 1, 0);
                for (int v : vars) ia.push_back(row), ja.push_back(col(v, 2)), ar.push_back(1);
                continue;
            }
            if (vars.size() < 2) continue;
            for (int j : vars) {
                const int row = glp_add_rows(lp_, 1);
                glp_set_row_bnds(lp_, row, GLP_UP, 0, 0);
                for (int v : vars) ia.push_back(row), ja.push_back(col(v, 2)), ar.push_back(v == j ? 1 : -1);
            }
        }
    }
    void bound(int c, double ub) {
        if (ub > 0)
            glp_set_col_bnds(lp_, c, GLP_DB, 0, ub);
        else
            glp_set_col_bnds(lp_, c, GLP_FX, 0, 0);
    }

    // The LP relaxation from the previous basis, then branch and bound. The
    // caller's deadline makes a solve stopped by it undecided; the safety
    // limit alone (no deadline near) keeps what GLPK found by then.
    bool solve() {
        using namespace std::chrono;
        int limit = kSafetyLimitMs;
        bool deadlineBinds = false;
        if (deadline_ != kNoDeadline) {
            const auto left = duration_cast<milliseconds>(deadline_ - steady_clock::now()).count();
            if (left < kSafetyLimitMs) limit = static_cast<int>(std::max<long long>(left, 0)), deadlineBinds = true;
        }
        if (limit <= 0) {
            outOfTime_ = true;
            return false;
        }
        parm_.tm_lim = limit;
        if (deadlineBinds) smcp_.tm_lim = limit;
        auto stoppedByDeadline = [&](int rc) { return rc == GLP_ETMLIM && deadlineBinds; };
        int rc = glp_simplex(lp_, &smcp_);
        if (rc != 0 && !stoppedByDeadline(rc)) {
            glp_adv_basis(lp_, 0);
            rc = glp_simplex(lp_, &smcp_);
        }
        if (rc != 0) {
            outOfTime_ = stoppedByDeadline(rc);
            return false;
        }
        if (glp_get_status(lp_) != GLP_OPT) return false;
        const int result = glp_intopt(lp_, &parm_);
        if (stoppedByDeadline(result)) outOfTime_ = true;
        return result == 0 && glp_mip_status(lp_) == GLP_OPT;
    }

    static constexpr int kSafetyLimitMs = 10000;
    const FhProblem& p_;
    GlpProblem problem_;
    glp_prob* lp_;
    Deadline deadline_;
    bool outOfTime_ = false;
    glp_iocp parm_;
    glp_smcp smcp_;
    double bigM_ = 0;
};

}  // namespace

FhResult solveMip(const FhProblem& p, const std::vector<double>& d, int maxAlternatives, Deadline deadline) {
    FhResult out;
    bool outOfTime = false;
    const bool ran = runGuarded([&] {
        glp_term_out(GLP_OFF);
        FhMip mip(p, d, deadline);
        std::vector<char> chosen;
        int weight = 0;
        if (!mip.chooseCells(chosen, weight)) {
            outOfTime = mip.outOfTime();
            out.status = CorrectionStatus::Impossible;
            return;
        }
        std::vector<FhSolution> sols{mip.values(chosen, weight)};
        mip.capWeight(weight);
        // Tied alternatives: exclude each optimal choice and solve again.
        while (static_cast<int>(sols.size()) <= maxAlternatives) {
            mip.exclude(chosen);
            int w = 0;
            if (!mip.chooseCells(chosen, w) || w > weight) break;
            sols.push_back(mip.values(chosen, w));
        }
        outOfTime = mip.outOfTime();
        finish(std::move(sols), out);
    });
    if (!ran || outOfTime) {
        out = FhResult{};
        out.status = CorrectionStatus::Undecided;
    }
    return out;
}

GlpkOutcome closestChanges(const std::vector<std::vector<std::pair<int, long long>>>& equations,
                           const std::vector<long long>& rhs, const std::vector<long long>& lo,
                           const std::vector<long long>& hi, std::vector<long long>& change) {
    bool ok = false;
    const bool ran = runGuarded([&] {
        glp_term_out(GLP_OFF);
        GlpProblem problem;
        glp_prob* lp = problem.get();
        injectedFault(lp);
        const int k = static_cast<int>(lo.size());
        // change_j = up_j - down_j; columns up_j = 2j+1, down_j = 2j+2.
        glp_add_cols(lp, 2 * k);
        for (int j = 0; j < k; ++j) {
            const double bounds[2] = {static_cast<double>(hi[static_cast<size_t>(j)]),
                                      static_cast<double>(-lo[static_cast<size_t>(j)])};
            for (int s = 0; s < 2; ++s) {
                const int c = 2 * j + s + 1;
                if (bounds[s] > 0)
                    glp_set_col_bnds(lp, c, GLP_DB, 0, bounds[s]);
                else
                    glp_set_col_bnds(lp, c, GLP_FX, 0, 0);
                glp_set_col_kind(lp, c, GLP_IV);
                glp_set_obj_coef(lp, c, 1);
            }
        }
        std::vector<int> ia{0}, ja{0};
        std::vector<double> ar{0};
        if (!equations.empty()) glp_add_rows(lp, static_cast<int>(equations.size()));
        for (size_t e = 0; e < equations.size(); ++e) {
            const double r = static_cast<double>(rhs[e]);
            glp_set_row_bnds(lp, static_cast<int>(e) + 1, GLP_FX, r, r);
            for (const auto& [v, c] : equations[e])
                for (int s = 0; s < 2; ++s) {
                    ia.push_back(static_cast<int>(e) + 1);
                    ja.push_back(2 * v + s + 1);
                    ar.push_back(static_cast<double>(s == 0 ? c : -c));
                }
        }
        glp_load_matrix(lp, static_cast<int>(ia.size()) - 1, ia.data(), ja.data(), ar.data());
        glp_iocp parm;
        glp_init_iocp(&parm);
        parm.msg_lev = GLP_MSG_OFF;
        parm.presolve = GLP_ON;
        parm.tm_lim = 10000;
        ok = glp_intopt(lp, &parm) == 0 && glp_mip_status(lp) == GLP_OPT;
        if (ok) {
            change.assign(static_cast<size_t>(k), 0);
            for (int j = 0; j < k; ++j)
                change[static_cast<size_t>(j)] =
                    std::llround(glp_mip_col_val(lp, 2 * j + 1) - glp_mip_col_val(lp, 2 * j + 2));
        }
    });
    if (!ran) return GlpkOutcome::Failed;
    return ok ? GlpkOutcome::Solved : GlpkOutcome::NoSolution;
}

}  // namespace nianbao::fh
