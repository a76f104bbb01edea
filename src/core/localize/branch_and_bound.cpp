// Exact Fellegi-Holt by best-first branch and bound over sets of changed
// variables (de Waal-style error localization). A node is a set S of
// positive-weight variables allowed to change (free ones, weight 0 or
// unreadable, always may). Requirements name variables one of which any
// optimal superset of S must add:
// (i)   a violated equation with no variable of S: one of its variables;
// (ii)  a holding equation with S-variable j alone: j keeps its value there,
//       so S minus j would do as well for less: another of its variables;
// (iii) an equation with S-variable j alone forces j's change; a change that
//       is fractional, out of bounds, or differs from another such equation's:
//       another variable of the equation(s).
// A node without requirements is a leaf: exact elimination decides it
// (elimination.cpp); an infeasible leaf needs a variable of an equation it
// touches. A node's key is weight(S) plus the cheapest variables of pairwise
// disjoint requirements, a lower bound, so leaves pop in weight order: the
// first feasible one is optimal and its ties follow it.
#include <algorithm>
#include <limits>
#include <queue>
#include <set>

#include "core/localize/elimination.hpp"
#include "core/localize/fh_internal.hpp"
#include "core/localize/int_system.hpp"

namespace nianbao::fh {

namespace {

constexpr int kNodeBudget = 200000;  // a safety net: beyond it the MIP decides
constexpr int kNoBudget = std::numeric_limits<int>::max();

struct Node {
    int key = 0;     // weight + lower bound
    int weight = 0;  // of the set, plus the unreadable variables'
    std::vector<int> set;     // positive-weight variables allowed to change, ascending
    std::vector<int> branch;  // variables to add next; empty: a leaf
};

// Pops the lowest key first; among equal keys the lexicographically smaller
// set, so ties come out in a stable order.
struct Later {
    bool operator()(const Node& a, const Node& b) const {
        return a.key != b.key ? a.key > b.key : b.set < a.set;
    }
};

class Search {
public:
    Search(const FhProblem& p, const IntSystem& s, Deadline deadline) : p_(p), s_(s), deadline_(deadline) {}

    SearchOutcome run(int maxAlternatives, FhResult& out) {
        std::priority_queue<Node, std::vector<Node>, Later> queue;
        std::set<std::vector<int>> visited{{}};
        Node root;
        root.weight = s_.fixedWeight;
        if (evaluate(root, kNoBudget)) queue.push(std::move(root));
        std::vector<FhSolution> sols;
        int best = -1, nodes = 0;
        while (!queue.empty()) {
            Node node = queue.top();
            queue.pop();
            if (best >= 0 && node.key > best) break;
            // Keys come out lowest first: every correction left is heavier.
            if (best < 0 && node.key > p_.maxWeight) return SearchOutcome::TooHeavy;
            if (node.branch.empty()) {  // a leaf: decide its subsystem
                FhSolution sol;
                const Subsystem leaf = solveLeaf(node, sol);
                if (leaf == Subsystem::GiveUp) return SearchOutcome::GaveUp;
                if (leaf == Subsystem::Feasible) {
                    best = node.weight;
                    sols.push_back(std::move(sol));
                    if (static_cast<int>(sols.size()) > maxAlternatives) break;
                    continue;
                }
                node.branch = touchedOutside(node.set);
            }
            for (int r : node.branch) {
                const int weight = node.weight + s_.weight[static_cast<size_t>(r)];
                if (best >= 0 && weight > best) continue;  // past the first solution only ties matter
                Node child;
                child.set = node.set;
                child.set.insert(std::upper_bound(child.set.begin(), child.set.end(), r), r);
                if (!visited.insert(child.set).second) continue;
                if (++nodes > kNodeBudget) return SearchOutcome::GaveUp;
                if ((nodes & 255) == 0 && pastDeadline(deadline_)) return SearchOutcome::OutOfTime;
                child.weight = weight;
                if (evaluate(child, best >= 0 ? best - weight : kNoBudget)) queue.push(std::move(child));
            }
        }
        if (sols.empty()) {
            out.status = CorrectionStatus::Impossible;
            return SearchOutcome::Decided;
        }
        finish(std::move(sols), out);
        return SearchOutcome::Decided;
    }

private:
    struct Requirement {
        std::vector<int> vars;  // unchangeable variables, one of which must be added
        int cheapest = 0;
    };

    // S and the free variables.
    std::vector<char> changeable(const std::vector<int>& set) const {
        std::vector<char> out = s_.free;
        for (int j : set) out[static_cast<size_t>(j)] = 1;
        return out;
    }

    Requirement requirement(const std::vector<char>& canChange, std::initializer_list<int> equations) const {
        Requirement q;
        q.cheapest = std::numeric_limits<int>::max();
        for (int e : equations)
            for (const Term& t : s_.equations[static_cast<size_t>(e)])
                if (!canChange[static_cast<size_t>(t.index)] &&
                    std::find(q.vars.begin(), q.vars.end(), t.index) == q.vars.end()) {
                    q.vars.push_back(t.index);
                    q.cheapest = std::min(q.cheapest, s_.weight[static_cast<size_t>(t.index)]);
                }
        return q;
    }

    // The node's requirements give its branch (the smallest one) and key.
    // False when one cannot be met, or they cost more than `budget`.
    bool evaluate(Node& node, int budget) const {
        const std::vector<char> canChange = changeable(node.set);
        std::vector<Requirement> reqs;
        std::vector<long long> forced(s_.weight.size());
        std::vector<int> forcedBy(s_.weight.size(), -1);
        for (size_t e = 0; e < s_.equations.size(); ++e) {
            int count = 0, single = -1;
            long long coef = 0;
            for (const Term& t : s_.equations[e])
                if (canChange[static_cast<size_t>(t.index)]) ++count, single = t.index, coef = t.coef;
            const int ei = static_cast<int>(e);
            if (count == 0) {
                if (s_.rhs[e] != 0) reqs.push_back(requirement(canChange, {ei}));  // (i)
                continue;
            }
            if (count != 1) continue;
            const size_t j = static_cast<size_t>(single);
            const long long y = s_.rhs[e] / coef;
            const bool bad = s_.rhs[e] % coef != 0 || y < s_.lo[j] || y > s_.hi[j] || (!s_.free[j] && y == 0);
            if (bad) {
                reqs.push_back(requirement(canChange, {ei}));  // (ii), (iii)
            } else if (forcedBy[j] < 0) {
                forced[j] = y, forcedBy[j] = ei;
            } else if (forced[j] != y) {
                reqs.push_back(requirement(canChange, {ei, forcedBy[j]}));  // (iii)
            }
            if (!reqs.empty() && reqs.back().vars.empty()) return false;
        }
        node.branch.clear();
        node.key = node.weight;
        if (reqs.empty()) return true;
        std::stable_sort(reqs.begin(), reqs.end(),
                         [](const Requirement& a, const Requirement& b) { return a.vars.size() < b.vars.size(); });
        node.branch = reqs[0].vars;
        // Disjoint requirements each cost at least their cheapest variable.
        std::vector<char> used(s_.weight.size(), 0);
        int bound = 0;
        for (const Requirement& q : reqs) {
            if (std::any_of(q.vars.begin(), q.vars.end(), [&](int v) { return used[static_cast<size_t>(v)]; }))
                continue;
            for (int v : q.vars) used[static_cast<size_t>(v)] = 1;
            bound += q.cheapest;
            if (bound > budget) return false;
        }
        node.key += bound;
        return true;
    }

    // Unchangeable variables of the equations S touches, ascending: a feasible
    // superset of an infeasible leaf adds one of them.
    std::vector<int> touchedOutside(const std::vector<int>& set) const {
        const std::vector<char> canChange = changeable(set);
        std::vector<int> out;
        for (const std::vector<Term>& eq : s_.equations) {
            const bool touched = std::any_of(eq.begin(), eq.end(),
                                             [&](const Term& t) { return canChange[static_cast<size_t>(t.index)]; });
            if (!touched) continue;
            for (const Term& t : eq)
                if (!canChange[static_cast<size_t>(t.index)]) out.push_back(t.index);
        }
        std::sort(out.begin(), out.end());
        out.erase(std::unique(out.begin(), out.end()), out.end());
        return out;
    }

    Subsystem solveLeaf(const Node& node, FhSolution& sol) const {
        std::vector<int> unknown = node.set;
        unknown.insert(unknown.end(), s_.freeVars.begin(), s_.freeVars.end());
        std::sort(unknown.begin(), unknown.end());
        std::vector<long long> y;
        const Subsystem result = solveSubsystem(s_, unknown, y);
        if (result != Subsystem::Feasible) return result;
        sol.weight = node.weight;
        for (size_t i = 0; i < unknown.size(); ++i) {
            const int j = unknown[i];
            const FhVar& v = p_.vars[static_cast<size_t>(j)];
            if (v.invalid || y[i] != 0) sol.changes.push_back({j, v.value + static_cast<double>(y[i])});
        }
        sol.typos = typoCount(p_, sol);
        return Subsystem::Feasible;
    }

    const FhProblem& p_;
    const IntSystem& s_;
    Deadline deadline_;
};

}  // namespace

SearchOutcome searchFh(const FhProblem& p, const std::vector<double>& d, int maxAlternatives, Deadline deadline,
                       FhResult& out) {
    IntSystem s;
    if (!toIntegers(p, d, s)) return SearchOutcome::GaveUp;
    FhResult result;
    const SearchOutcome outcome = Search(p, s, deadline).run(maxAlternatives, result);
    if (outcome == SearchOutcome::Decided) out = std::move(result);
    return outcome;
}

}  // namespace nianbao::fh
