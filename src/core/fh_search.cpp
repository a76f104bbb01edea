// Exact Fellegi-Holt by best-first branch and bound over sets of changed
// variables (de Waal-style error localization). A node is a set S of
// positive-weight variables allowed to change (free ones, weight 0 or
// unreadable, always may). Requirements say which variable any optimal
// superset must add, each complete for optimal solutions:
// (i)   a violated equation with no variable of S: one of its variables;
// (ii)  a holding equation with S-variable j alone: j keeps its value there,
//       so S minus j would do as well for less; another of its variables;
// (iii) an equation with S-variable j alone forces j's change; a change that
//       is fractional, out of bounds, or differs from another such equation's:
//       another variable of the equation(s).
// Without requirements S is a leaf: exact integer elimination decides it (GLPK
// only for the rare underdetermined subsystem); an infeasible leaf needs a
// variable of an equation it touches. Keys are weight(S) plus the cheapest
// variables of pairwise disjoint requirements, so leaves pop in weight order:
// the first feasible one is optimal and its ties follow it.
#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <numeric>
#include <queue>
#include <unordered_set>

#include "core/fh_internal.hpp"

namespace nianbao::fh {

namespace {

using Terms = std::vector<std::pair<int, long long>>;
constexpr double kMaxMagnitude = 1e12;  // beyond it the MIP decides (no overflow here)
constexpr int kNodeBudget = 200000;     // a safety net: the MIP decides beyond it

// The problem in integer changes y_j = x_j - value_j: sum(c * y) = rhs.
struct IntSystem {
    std::vector<Terms> eqs;               // repeated variables merged, no zero coefficients
    std::vector<std::vector<int>> eqsOf;  // per variable, its equations
    std::vector<long long> rhs;           // minus the residual as written
    std::vector<long long> lo, hi;        // bounds on the change, as in the MIP
    std::vector<int> weight;
    std::vector<char> free;               // weight 0 or unreadable
    std::vector<int> freeVars;
    std::vector<int> violated;
    int fixedWeight = 0;                  // weights of unreadable variables (changed in any case)
};

bool toIntegers(const FhProblem& p, const std::vector<double>& d, IntSystem& s) {
    double scale = 0;
    for (const FhVar& v : p.vars) scale += std::fabs(v.value);
    for (double r : d) scale += std::fabs(r);
    const double bigM = 2 * scale + 10;  // the MIP's bound on any change
    if (bigM > kMaxMagnitude) return false;
    const long long m = static_cast<long long>(std::floor(bigM));
    const size_t n = p.vars.size();
    s.eqsOf.assign(n, {});
    for (size_t j = 0; j < n; ++j) {
        const FhVar& v = p.vars[j];
        if (!v.integer || v.value != std::round(v.value) || v.weight < 0) return false;
        const long long value = static_cast<long long>(v.value);
        const long long down = v.invalid || v.missing ? 0 : v.nonNegative ? std::max(0LL, value) : m;
        s.lo.push_back(-down);
        s.hi.push_back(m);
        s.weight.push_back(v.weight);
        const bool isFree = v.weight == 0 || v.invalid;
        s.free.push_back(isFree);
        if (isFree) s.freeVars.push_back(static_cast<int>(j));
        if (v.invalid) s.fixedWeight += v.weight;
    }
    for (size_t e = 0; e < p.equations.size(); ++e) {
        std::vector<std::pair<int, int>> terms = p.equations[e].terms;
        std::sort(terms.begin(), terms.end());
        Terms merged;
        long long rhs = 0;
        for (size_t t = 0; t < terms.size(); ++t) {
            long long c = terms[t].second;
            while (t + 1 < terms.size() && terms[t + 1].first == terms[t].first) c += terms[++t].second;
            if (std::llabs(c) > (1 << 16)) return false;
            rhs -= c * static_cast<long long>(p.vars[static_cast<size_t>(terms[t].first)].value);
            if (c == 0) continue;
            merged.push_back({terms[t].first, c});
            s.eqsOf[static_cast<size_t>(terms[t].first)].push_back(static_cast<int>(e));
        }
        if (rhs != 0) s.violated.push_back(static_cast<int>(e));
        s.eqs.push_back(std::move(merged));
        s.rhs.push_back(rhs);
    }
    return true;
}

long long gcdOf(long long a, long long b) { return std::gcd(std::llabs(a), std::llabs(b)); }

// Exact Gauss-Jordan elimination of integer rows [coefficients | rhs].
enum class Elimination { Infeasible, Unique, Underdetermined, Overflow };
Elimination eliminate(std::vector<std::vector<long long>>& a, int k, std::vector<long long>& y) {
    const size_t rows = a.size();
    size_t rank = 0;
    std::vector<int> pivotCol;
    for (int col = 0; col < k && rank < rows; ++col) {
        size_t p = rank;
        while (p < rows && a[p][static_cast<size_t>(col)] == 0) ++p;
        if (p == rows) continue;
        std::swap(a[rank], a[p]);
        const long long g = a[rank][static_cast<size_t>(col)];
        for (size_t i = 0; i < rows; ++i) {
            const long long f = i == rank ? 0 : a[i][static_cast<size_t>(col)];
            if (f == 0) continue;
            const long long h = gcdOf(f, g);
            const long long gm = g / h, fm = f / h;
            long long common = 0;
            for (size_t c = 0; c <= static_cast<size_t>(k); ++c) {
                long long x, z;
                if (__builtin_mul_overflow(a[i][c], gm, &x) || __builtin_mul_overflow(a[rank][c], fm, &z) ||
                    __builtin_sub_overflow(x, z, &a[i][c]))
                    return Elimination::Overflow;
                common = gcdOf(common, a[i][c]);
            }
            if (common > 1)
                for (long long& x : a[i]) x /= common;
        }
        pivotCol.push_back(col);
        ++rank;
    }
    for (size_t i = rank; i < rows; ++i)
        if (a[i][static_cast<size_t>(k)] != 0) return Elimination::Infeasible;
    if (static_cast<int>(rank) < k) return Elimination::Underdetermined;
    y.assign(static_cast<size_t>(k), 0);
    for (size_t i = 0; i < rank; ++i) {
        const long long piv = a[i][static_cast<size_t>(pivotCol[i])];
        const long long r = a[i][static_cast<size_t>(k)];
        if (r % piv != 0) return Elimination::Infeasible;  // the only solution is fractional
        y[static_cast<size_t>(pivotCol[i])] = r / piv;
    }
    return Elimination::Unique;
}

struct Node {
    int key = 0;
    int weight = 0;
    std::vector<int> set;     // positive-weight variables, ascending
    std::vector<int> branch;  // empty: a leaf
};

struct LaterNode {
    bool operator()(const Node& a, const Node& b) const {
        return a.key != b.key ? a.key > b.key : a.set > b.set;
    }
};

struct SetHash {
    size_t operator()(const std::vector<int>& v) const {
        size_t h = 1469598103934665603ULL;
        for (int x : v) h = (h ^ static_cast<size_t>(x)) * 1099511628211ULL;
        return h;
    }
};

class Search {
public:
    Search(const FhProblem& p, IntSystem s) : p_(p), s_(std::move(s)) {
        const size_t n = p.vars.size(), m = s_.eqs.size();
        mark_.assign(n, 0), seen_.assign(n, 0), forcedStamp_.assign(n, 0), local_.assign(n, -1);
        forced_.assign(n, 0), forcedEq_.assign(n, 0);
        eqStamp_.assign(m, 0), eqCount_.assign(m, 0), eqSingle_.assign(m, 0);
    }

    // False: gave up (budget, overflow), the MIP must decide.
    bool run(int maxAlternatives, FhResult& out) {
        std::priority_queue<Node, std::vector<Node>, LaterNode> queue;
        std::unordered_set<std::vector<int>, SetHash> visited;
        Node root;
        root.weight = s_.fixedWeight;
        visited.insert(root.set);
        int lb = 0;
        if (evaluate(root.set, lb, root.branch)) {
            root.key = root.weight + lb;
            queue.push(std::move(root));
        }
        std::vector<FhSolution> sols;
        int best = -1, nodes = 0;
        while (!queue.empty()) {
            Node node = std::move(const_cast<Node&>(queue.top()));  // popped right after
            queue.pop();
            if (best >= 0 && node.key > best) break;
            if (node.branch.empty()) {  // a leaf: decide its subsystem
                FhSolution sol;
                const Leaf leaf = solveLeaf(node, sol);
                if (leaf == Leaf::GiveUp) return false;
                if (leaf == Leaf::Feasible) {
                    best = node.weight;
                    sols.push_back(std::move(sol));
                    if (static_cast<int>(sols.size()) > maxAlternatives) break;
                    continue;
                }
                node.branch = touchedOutside(node.set);
            }
            for (int r : node.branch) {
                Node child;
                child.set = node.set;
                child.set.insert(std::upper_bound(child.set.begin(), child.set.end(), r), r);
                if (!visited.insert(child.set).second) continue;
                if (++nodes > kNodeBudget) return false;
                if (!evaluate(child.set, lb, child.branch)) continue;
                child.weight = node.weight + s_.weight[static_cast<size_t>(r)];
                child.key = child.weight + lb;
                if (best >= 0 && child.key > best) continue;
                queue.push(std::move(child));
            }
        }
        if (sols.empty()) {
            out.status = FhResult::Status::Impossible;
            return true;
        }
        finish(std::move(sols), out);
        return true;
    }

private:
    enum class Leaf { Feasible, Infeasible, GiveUp };

    // Marks S and the free variables with a new stamp (mark_ == stamp_).
    void markChangeable(const std::vector<int>& set) {
        ++stamp_;
        for (int j : set) mark_[static_cast<size_t>(j)] = stamp_;
        for (int j : s_.freeVars) mark_[static_cast<size_t>(j)] = stamp_;
    }
    bool changeable(int j) const { return mark_[static_cast<size_t>(j)] == stamp_; }

    // Equations with a changeable variable; eqCount_/eqSingle_ say how many and which.
    void touch(const std::vector<int>& set) {
        touched_.clear();
        auto visit = [&](int j) {
            for (int e : s_.eqsOf[static_cast<size_t>(j)]) {
                const size_t ei = static_cast<size_t>(e);
                if (eqStamp_[ei] != stamp_) eqStamp_[ei] = stamp_, eqCount_[ei] = 0, touched_.push_back(e);
                ++eqCount_[ei];
                eqSingle_[ei] = j;
            }
        };
        for (int j : set) visit(j);
        for (int j : s_.freeVars) visit(j);
    }

    // Appends the unchangeable variables of `e` (once) to the open requirement.
    void addOthers(int e) {
        for (const auto& [v, c] : s_.eqs[static_cast<size_t>(e)])
            if (!changeable(v) && seen_[static_cast<size_t>(v)] != seenStamp_)
                seen_[static_cast<size_t>(v)] = seenStamp_, reqVars_.push_back(v);
    }
    void requirement(int e, int other = -1) {
        const size_t begin = reqVars_.size();
        ++seenStamp_;
        addOthers(e);
        if (other >= 0) addOthers(other);
        reqs_.push_back({begin, reqVars_.size() - begin});
    }

    // The requirements of S; false when one cannot be met (no optimal superset).
    // Otherwise the smallest one to branch on (empty: a leaf) and a lower bound.
    bool evaluate(const std::vector<int>& set, int& lb, std::vector<int>& branch) {
        markChangeable(set);
        reqVars_.clear();
        reqs_.clear();
        for (int e : s_.violated) {  // (i)
            bool has = false;
            for (const auto& [v, c] : s_.eqs[static_cast<size_t>(e)]) has = has || changeable(v);
            if (!has) requirement(e);
        }
        touch(set);
        for (int e : touched_) {  // (ii), (iii)
            const size_t ei = static_cast<size_t>(e);
            if (eqCount_[ei] != 1) continue;
            const int j = eqSingle_[ei];
            const size_t ji = static_cast<size_t>(j);
            long long c = 0;
            for (const auto& [v, cv] : s_.eqs[ei])
                if (v == j) c = cv;
            const long long r = s_.rhs[ei];
            const long long y = r / c;
            const bool bad = r % c != 0 || y < s_.lo[ji] || y > s_.hi[ji] || (!s_.free[ji] && y == 0);
            if (bad)
                requirement(e);
            else if (forcedStamp_[ji] != stamp_)
                forcedStamp_[ji] = stamp_, forced_[ji] = y, forcedEq_[ji] = e;
            else if (forced_[ji] != y)
                requirement(e, forcedEq_[ji]);
        }
        branch.clear();
        lb = 0;
        if (reqs_.empty()) return true;
        order_.resize(reqs_.size());
        std::iota(order_.begin(), order_.end(), 0);
        std::sort(order_.begin(), order_.end(),
                  [&](size_t a, size_t b) { return reqs_[a].second < reqs_[b].second; });
        if (reqs_[order_[0]].second == 0) return false;
        branch.assign(reqVars_.begin() + static_cast<long>(reqs_[order_[0]].first),
                      reqVars_.begin() + static_cast<long>(reqs_[order_[0]].first + reqs_[order_[0]].second));
        ++seenStamp_;
        for (size_t q : order_) {  // disjoint requirements each cost their lightest variable
            const auto [begin, size] = reqs_[q];
            bool disjoint = true;
            int cheapest = 0;
            for (size_t i = begin; i < begin + size; ++i) {
                const size_t v = static_cast<size_t>(reqVars_[i]);
                disjoint = disjoint && seen_[v] != seenStamp_;
                cheapest = i == begin ? s_.weight[v] : std::min(cheapest, s_.weight[v]);
            }
            if (!disjoint) continue;
            for (size_t i = begin; i < begin + size; ++i) seen_[static_cast<size_t>(reqVars_[i])] = seenStamp_;
            lb += cheapest;
        }
        return true;
    }

    // Unchangeable variables of the equations S touches: a feasible superset
    // of an infeasible leaf adds one of them.
    std::vector<int> touchedOutside(const std::vector<int>& set) {
        markChangeable(set);
        touch(set);
        std::vector<int> out;
        ++seenStamp_;
        for (int e : touched_)
            for (const auto& [v, c] : s_.eqs[static_cast<size_t>(e)])
                if (!changeable(v) && seen_[static_cast<size_t>(v)] != seenStamp_)
                    seen_[static_cast<size_t>(v)] = seenStamp_, out.push_back(v);
        std::sort(out.begin(), out.end());
        return out;
    }

    Leaf solveLeaf(const Node& node, FhSolution& sol) {
        markChangeable(node.set);
        touch(node.set);
        std::vector<int> unknown(node.set);
        unknown.insert(unknown.end(), s_.freeVars.begin(), s_.freeVars.end());
        std::sort(unknown.begin(), unknown.end());
        const int k = static_cast<int>(unknown.size());
        for (int i = 0; i < k; ++i) local_[static_cast<size_t>(unknown[static_cast<size_t>(i)])] = i;
        std::vector<std::vector<long long>> a;
        for (int e : touched_) {
            std::vector<long long> row(static_cast<size_t>(k) + 1, 0);
            for (const auto& [v, c] : s_.eqs[static_cast<size_t>(e)])
                if (changeable(v)) row[static_cast<size_t>(local_[static_cast<size_t>(v)])] = c;
            row[static_cast<size_t>(k)] = s_.rhs[static_cast<size_t>(e)];
            a.push_back(std::move(row));
        }
        std::vector<long long> y;
        switch (eliminate(a, k, y)) {
            case Elimination::Overflow: return Leaf::GiveUp;
            case Elimination::Infeasible: return Leaf::Infeasible;
            case Elimination::Unique:
                for (int i = 0; i < k; ++i) {
                    const size_t j = static_cast<size_t>(unknown[static_cast<size_t>(i)]);
                    if (y[static_cast<size_t>(i)] < s_.lo[j] || y[static_cast<size_t>(i)] > s_.hi[j])
                        return Leaf::Infeasible;
                }
                break;
            case Elimination::Underdetermined: {
                std::vector<Terms> eqs;
                std::vector<long long> rhs, lo, hi;
                for (int e : touched_) {
                    Terms t;
                    for (const auto& [v, c] : s_.eqs[static_cast<size_t>(e)])
                        if (changeable(v)) t.push_back({local_[static_cast<size_t>(v)], c});
                    eqs.push_back(std::move(t));
                    rhs.push_back(s_.rhs[static_cast<size_t>(e)]);
                }
                for (int j : unknown) lo.push_back(s_.lo[static_cast<size_t>(j)]), hi.push_back(s_.hi[static_cast<size_t>(j)]);
                if (!closestChanges(eqs, rhs, lo, hi, y)) return Leaf::Infeasible;
                break;
            }
        }
        sol.weight = node.weight;
        for (int i = 0; i < k; ++i) {
            const int j = unknown[static_cast<size_t>(i)];
            const FhVar& v = p_.vars[static_cast<size_t>(j)];
            if (v.invalid || y[static_cast<size_t>(i)] != 0)
                sol.changes.push_back({j, v.value + static_cast<double>(y[static_cast<size_t>(i)])});
        }
        sol.typos = typoCount(p_, sol);
        return Leaf::Feasible;
    }

    const FhProblem& p_;
    IntSystem s_;
    int stamp_ = 0, seenStamp_ = 0;
    std::vector<int> mark_, seen_, forcedStamp_, local_, forcedEq_;
    std::vector<long long> forced_;
    std::vector<int> eqStamp_, eqCount_, eqSingle_, touched_;
    std::vector<int> reqVars_;
    std::vector<std::pair<size_t, size_t>> reqs_;  // (begin, size) in reqVars_
    std::vector<size_t> order_;
};

}  // namespace

bool searchFh(const FhProblem& p, const std::vector<double>& d, int maxAlternatives, FhResult& out) {
    IntSystem s;
    if (!toIntegers(p, d, s)) return false;
    Search search(p, std::move(s));
    FhResult result;
    if (!search.run(maxAlternatives, result)) return false;
    out = std::move(result);
    return true;
}

}  // namespace nianbao::fh
