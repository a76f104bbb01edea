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
// the first feasible one is optimal and its ties follow it. Past it, a child
// is only evaluated when its node's other requirements fit in the room left.
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <limits>
#include <memory>
#include <numeric>
#include <queue>

#include "core/localize/fh_internal.hpp"

namespace nianbao::fh {

namespace {

constexpr double kMaxMagnitude = 1e12;  // beyond it the MIP decides (no overflow here)
constexpr int kNodeBudget = 200000;     // a safety net: the MIP decides beyond it
constexpr size_t kMaxEquations = 1024;  // the layout's bit sets are m x n bits; beyond it the MIP decides

// A read-only view of a run in a flat array.
template <class T>
struct Span {
    const T* first;
    const T* last;
    const T* begin() const { return first; }
    const T* end() const { return last; }
    size_t size() const { return static_cast<size_t>(last - first); }
};

struct Term {
    int var;  // or an equation, in a variable's list
    long long coef;
};

// What of a system depends only on its equations: the terms by equation and
// by variable (flat, offset tables, so the search walks contiguous memory) and
// each equation's variables as a bit set. Built once per equation system and
// reused while the next one is the same (layoutOf()).
struct Layout {
    size_t vars = 0;
    std::vector<FhEquation> source;       // the equations it was built from
    bool ok = true;                       // no coefficient beyond 2^16 (else the MIP decides)
    std::vector<Term> terms;              // repeated variables merged, no zero coefficients
    std::vector<int> termsAt;             // equation e: terms[termsAt[e], termsAt[e + 1])
    std::vector<int> eqsAt;               // variable j: eqList[eqsAt[j], eqsAt[j + 1])
    std::vector<Term> eqList;             // (equation, j's coefficient there), equations ascending
    size_t words = 0;                     // 64-bit words per variable bit set
    std::vector<uint64_t> eqBits;         // equation e: words [e * words, (e + 1) * words)
};

std::shared_ptr<const Layout> buildLayout(const FhProblem& p) {
    auto out = std::make_shared<Layout>();
    Layout& l = *out;
    const size_t n = p.vars.size();
    l.vars = n;
    l.source = p.equations;
    size_t total = 0;
    for (const FhEquation& e : p.equations) total += e.terms.size();
    l.terms.reserve(total);
    std::vector<int> eqCount(n + 1, 0);
    l.termsAt.reserve(p.equations.size() + 1);
    l.termsAt.push_back(0);
    for (const FhEquation& eq : p.equations) {
        // The equation's terms by variable (insertion: short and nearly sorted),
        // repeated variables merged, zero coefficients dropped.
        const size_t from = l.terms.size();
        for (const auto& [var, coef] : eq.terms) {
            size_t i = l.terms.size();
            l.terms.push_back({var, coef});
            for (; i > from && l.terms[i - 1].var > var; --i) l.terms[i] = l.terms[i - 1];
            l.terms[i] = {var, coef};
        }
        size_t out = from;
        for (size_t t = from; t < l.terms.size(); ++t) {
            Term term = l.terms[t];
            while (t + 1 < l.terms.size() && l.terms[t + 1].var == term.var) term.coef += l.terms[++t].coef;
            if (std::llabs(term.coef) > (1 << 16)) l.ok = false;
            if (term.coef == 0) continue;
            l.terms[out++] = term;
            ++eqCount[static_cast<size_t>(term.var) + 1];
        }
        l.terms.resize(out);
        l.termsAt.push_back(static_cast<int>(l.terms.size()));
    }
    std::partial_sum(eqCount.begin(), eqCount.end(), eqCount.begin());
    l.eqsAt = eqCount;
    l.eqList.resize(l.terms.size());
    const size_t m = p.equations.size();
    for (size_t e = 0; e < m; ++e)  // equation order: ascending per variable
        for (int t = l.termsAt[e]; t < l.termsAt[e + 1]; ++t) {
            const Term& term = l.terms[static_cast<size_t>(t)];
            l.eqList[static_cast<size_t>(eqCount[static_cast<size_t>(term.var)]++)] = {static_cast<int>(e), term.coef};
        }
    l.words = (n + 63) / 64;
    l.eqBits.assign(m * l.words, 0);
    for (size_t e = 0; e < m; ++e)
        for (int t = l.termsAt[e]; t < l.termsAt[e + 1]; ++t) {
            const int v = l.terms[static_cast<size_t>(t)].var;
            l.eqBits[e * l.words + static_cast<size_t>(v) / 64] |= uint64_t{1} << (v % 64);
        }
    return out;
}

bool sameEquations(const std::vector<FhEquation>& a, const std::vector<FhEquation>& b) {
    return a.size() == b.size() &&
           std::equal(a.begin(), a.end(), b.begin(), [](const FhEquation& x, const FhEquation& y) { return x.terms == y.terms; });
}

// The layout of p's equations: the last one built on this thread when p has
// the same equations (a re-check of a document, another report of the same
// layout: every standard 2021 T3 is one system), else a new one. Only values
// differ between such checks, and they are never part of the layout.
std::shared_ptr<const Layout> layoutOf(const FhProblem& p) {
    thread_local std::shared_ptr<const Layout> last;
    if (last && last->vars == p.vars.size() && sameEquations(last->source, p.equations)) return last;
    last = buildLayout(p);
    return last;
}

// The problem in integer changes y_j = x_j - value_j: sum(c * y) = rhs, over
// its layout.
struct IntSystem {
    std::shared_ptr<const Layout> layout;
    std::vector<long long> rhs;           // minus the residual as written
    std::vector<long long> lo, hi;        // bounds on the change, as in the MIP
    std::vector<int> weight;
    std::vector<char> free;               // weight 0 or unreadable
    std::vector<int> freeVars;
    std::vector<int> violated;
    int fixedWeight = 0;                  // weights of unreadable variables (changed in any case)
    int lightest = std::numeric_limits<int>::max();  // the least weight of a variable not free

    size_t equations() const { return rhs.size(); }
    Span<Term> eq(int e) const {
        const size_t i = static_cast<size_t>(e);
        return {layout->terms.data() + layout->termsAt[i], layout->terms.data() + layout->termsAt[i + 1]};
    }
    Span<Term> eqsOf(int j) const {
        const size_t i = static_cast<size_t>(j);
        return {layout->eqList.data() + layout->eqsAt[i], layout->eqList.data() + layout->eqsAt[i + 1]};
    }
};

bool toIntegers(const FhProblem& p, const std::vector<double>& d, IntSystem& s) {
    double scale = 0;
    for (const FhVar& v : p.vars) scale += std::fabs(v.value);
    for (double r : d) scale += std::fabs(r);
    const double bigM = 2 * scale + 10;  // the MIP's bound on any change
    if (!(bigM <= kMaxMagnitude)) return false;  // NaN and infinities too
    const long long m = static_cast<long long>(std::floor(bigM));
    const size_t n = p.vars.size();
    s.lo.resize(n), s.hi.assign(n, m), s.weight.resize(n), s.free.resize(n);
    for (size_t j = 0; j < n; ++j) {
        const FhVar& v = p.vars[j];
        const long long value = static_cast<long long>(v.value);  // |value| < bigM: no overflow
        if (!v.integer || static_cast<double>(value) != v.value || v.weight < 0) return false;
        s.lo[j] = -(v.invalid || v.missing ? 0 : v.nonNegative ? std::max(0LL, value) : m);
        s.weight[j] = v.weight;
        const bool isFree = v.weight == 0 || v.invalid;
        s.free[j] = isFree;
        if (isFree) s.freeVars.push_back(static_cast<int>(j));
        else s.lightest = std::min(s.lightest, v.weight);
        if (v.invalid) s.fixedWeight += v.weight;
    }
    s.layout = layoutOf(p);
    if (!s.layout->ok) return false;
    const size_t equations = p.equations.size();
    s.rhs.resize(equations);
    for (size_t e = 0; e < equations; ++e) {
        long long rhs = 0;
        for (const Term& t : s.eq(static_cast<int>(e)))
            rhs -= t.coef * static_cast<long long>(p.vars[static_cast<size_t>(t.var)].value);
        s.rhs[e] = rhs;
        if (rhs != 0) s.violated.push_back(static_cast<int>(e));
    }
    return true;
}

long long gcdOf(long long a, long long b) { return std::gcd(std::llabs(a), std::llabs(b)); }

// Exact Gauss-Jordan elimination of integer rows [coefficients | rhs], `rows`
// rows of k + 1 entries each in `a`.
enum class Elimination { Infeasible, Unique, Underdetermined, Overflow };
Elimination eliminate(std::vector<long long>& a, size_t rows, int k, std::vector<long long>& y) {
    const size_t width = static_cast<size_t>(k) + 1;
    auto at = [&](size_t r, size_t c) -> long long& { return a[r * width + c]; };
    size_t rank = 0;
    std::vector<int> pivotCol;
    for (int col = 0; col < k && rank < rows; ++col) {
        const size_t cc = static_cast<size_t>(col);
        size_t p = rank;
        while (p < rows && at(p, cc) == 0) ++p;
        if (p == rows) continue;
        if (p != rank) std::swap_ranges(&at(rank, 0), &at(rank, 0) + width, &at(p, 0));
        const long long g = at(rank, cc);
        for (size_t i = 0; i < rows; ++i) {
            const long long f = i == rank ? 0 : at(i, cc);
            if (f == 0) continue;
            const long long h = gcdOf(f, g);
            const long long gm = g / h, fm = f / h;
            long long common = 0;
            for (size_t c = 0; c < width; ++c) {
                long long x, z;
                if (__builtin_mul_overflow(at(i, c), gm, &x) || __builtin_mul_overflow(at(rank, c), fm, &z) ||
                    __builtin_sub_overflow(x, z, &at(i, c)))
                    return Elimination::Overflow;
                common = gcdOf(common, at(i, c));
            }
            if (common > 1)
                for (size_t c = 0; c < width; ++c) at(i, c) /= common;
        }
        pivotCol.push_back(col);
        ++rank;
    }
    for (size_t i = rank; i < rows; ++i)
        if (at(i, static_cast<size_t>(k)) != 0) return Elimination::Infeasible;
    if (static_cast<int>(rank) < k) return Elimination::Underdetermined;
    y.assign(static_cast<size_t>(k), 0);
    for (size_t i = 0; i < rank; ++i) {
        const long long piv = at(i, static_cast<size_t>(pivotCol[i]));
        const long long r = at(i, static_cast<size_t>(k));
        if (r % piv != 0) return Elimination::Infeasible;  // the only solution is fractional
        y[static_cast<size_t>(pivotCol[i])] = r / piv;
    }
    return Elimination::Unique;
}

// Variables one of which any optimal superset of a node's set must add: the
// unchangeable ones of an equation (and of a second one, when two disagree).
struct Requirement {
    size_t size = 0;  // how many variables
    int cheapest = 0; // the least weight among them
    int eq = -1, other = -1;
};

// A node's set (positive-weight variables, ascending) and branch (empty: a
// leaf) are runs in the search's pool, so nodes are plain values.
struct Node {
    int key = 0;
    int weight = 0;
    int set = 0, setSize = 0;
    int branch = 0, branchSize = 0;
};

// The sets generated so far: open addressing on a 64-bit hash of the set,
// exact comparison on a hash match. Entries point into the pool.
class SetTable {
public:
    // False when the set [at, at + size) of `pool` is already there.
    bool insert(const std::vector<int>& pool, int at, int size) {
        if (2 * (used_ + 1) > slots_.size()) grow(pool);
        const uint64_t h = hash(pool.data() + at, size);
        for (size_t i = h & (slots_.size() - 1);; i = (i + 1) & (slots_.size() - 1)) {
            Slot& slot = slots_[i];
            if (slot.size < 0) {
                slot = {h, at, size};
                ++used_;
                return true;
            }
            if (slot.hash == h && slot.size == size &&
                std::equal(pool.begin() + slot.at, pool.begin() + slot.at + size, pool.begin() + at))
                return false;
        }
    }

private:
    struct Slot {
        uint64_t hash = 0;
        int at = 0, size = -1;  // size -1: empty
    };
    static uint64_t hash(const int* v, int size) {
        uint64_t h = 1469598103934665603ULL;
        for (int i = 0; i < size; ++i) h = (h ^ static_cast<uint64_t>(v[i])) * 1099511628211ULL;
        return h ^ (h >> 29);
    }
    void grow(const std::vector<int>& pool) {
        std::vector<Slot> old(std::max<size_t>(512, 2 * slots_.size()));
        old.swap(slots_);
        used_ = 0;
        for (const Slot& s : old)
            if (s.size >= 0) insert(pool, s.at, s.size);
    }
    std::vector<Slot> slots_;
    size_t used_ = 0;
};

class Search {
public:
    Search(const FhProblem& p, IntSystem s) : p_(p), s_(std::move(s)) {
        const size_t n = p.vars.size(), m = s_.equations();
        mark_.assign(n, 0), seen_.assign(n, 0), forcedStamp_.assign(n, 0), local_.assign(n, -1);
        forced_.assign(n, 0), forcedEq_.assign(n, 0);
        eqStamp_.assign(m, 0), eqCount_.assign(m, 0), eqSingle_.assign(m, 0), eqSingleCoef_.assign(m, 0);
        // Per equation: its variables lightest first.
        byWeight_.reserve(s_.layout->terms.size());
        for (size_t e = 0; e < m; ++e) {
            const size_t from = byWeight_.size();
            for (const Term& t : s_.eq(static_cast<int>(e))) {  // insertion: short, stable, no buffer
                size_t i = byWeight_.size();
                byWeight_.push_back(t.var);
                for (; i > from && s_.weight[static_cast<size_t>(byWeight_[i - 1])] > s_.weight[static_cast<size_t>(t.var)]; --i)
                    byWeight_[i] = byWeight_[i - 1];
                byWeight_[i] = t.var;
            }
        }
        words_ = s_.layout->words;
        changeableBits_.assign(words_, 0);
    }

    // False: gave up (budget, overflow), the MIP must decide.
    bool run(int maxAlternatives, FhResult& out) {
        auto later = [this](const Node& a, const Node& b) {
            if (a.key != b.key) return a.key > b.key;
            return std::lexicographical_compare(set(b).begin(), set(b).end(), set(a).begin(), set(a).end());
        };
        std::priority_queue<Node, std::vector<Node>, decltype(later)> queue(later);
        SetTable visited;
        Node root;
        root.weight = s_.fixedWeight;
        visited.insert(pool_, 0, 0);
        int lb = 0;
        if (evaluate(set(root), kNoBudget, lb)) {
            root.key = root.weight + lb;
            keepBranch(root);
            queue.push(root);
        }
        std::vector<FhSolution> sols;
        int best = -1, nodes = 0;
        while (!queue.empty()) {
            Node node = queue.top();
            queue.pop();
            if (best >= 0 && node.key > best) break;
            if (node.branchSize == 0) {  // a leaf: decide its subsystem
                FhSolution sol;
                const Leaf leaf = solveLeaf(node, sol);
                if (leaf == Leaf::GiveUp) return false;
                if (leaf == Leaf::Feasible) {
                    best = node.weight;
                    sols.push_back(std::move(sol));
                    if (static_cast<int>(sols.size()) > maxAlternatives) break;
                    continue;
                }
                touchedOutside(set(node));
                keepBranch(node);
            }
            // Past the first solution only ties are wanted. A child keeps every
            // requirement of the node that does not contain its variable, so a
            // child whose weight leaves no room to meet those needs no evaluation.
            const bool tail = best >= 0 && prepareTail(node);
            for (int b = 0; b < node.branchSize; ++b) {
                const int r = pool_[static_cast<size_t>(node.branch + b)];
                const int room = best - node.weight - s_.weight[static_cast<size_t>(r)];
                if (best >= 0 && (room < 0 || (tail && !coverableWithout(r, room)))) continue;
                Node child;
                child.set = static_cast<int>(pool_.size());
                child.setSize = node.setSize + 1;
                pool_.resize(pool_.size() + static_cast<size_t>(child.setSize));
                const auto from = pool_.begin() + node.set;
                const auto split = std::upper_bound(from, from + node.setSize, r);
                auto to = std::copy(from, split, pool_.begin() + child.set);
                *to++ = r;
                std::copy(split, from + node.setSize, to);
                if (!visited.insert(pool_, child.set, child.setSize)) {
                    pool_.resize(static_cast<size_t>(child.set));
                    continue;
                }
                if (++nodes > kNodeBudget) return false;
                child.weight = node.weight + s_.weight[static_cast<size_t>(r)];
                if (!evaluate(set(child), best >= 0 ? best - child.weight : kNoBudget, lb)) continue;
                child.key = child.weight + lb;
                if (best >= 0 && child.key > best) continue;
                keepBranch(child);
                queue.push(child);
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

    Span<int> set(const Node& n) const { return {pool_.data() + n.set, pool_.data() + n.set + n.setSize}; }
    // Moves the branch just computed (branch_) into the pool, owned by `n`.
    void keepBranch(Node& n) {
        n.branch = static_cast<int>(pool_.size());
        n.branchSize = static_cast<int>(branch_.size());
        pool_.insert(pool_.end(), branch_.begin(), branch_.end());
    }

    // Marks S and the free variables with a new stamp (mark_ == stamp_).
    void markChangeable(Span<int> set) {
        ++stamp_;
        std::fill(changeableBits_.begin(), changeableBits_.end(), 0);
        auto mark = [&](int j) {
            mark_[static_cast<size_t>(j)] = stamp_;
            changeableBits_[static_cast<size_t>(j) / 64] |= uint64_t{1} << (j % 64);
        };
        for (int j : set) mark(j);
        for (int j : s_.freeVars) mark(j);
    }
    bool changeable(int j) const { return mark_[static_cast<size_t>(j)] == stamp_; }

    // Equations with a changeable variable (eqStamp_ == stamp_); eqCount_/eqSingle_
    // say how many and which (eqSingleCoef_: with what coefficient).
    void touch(Span<int> set) {
        touched_.clear();
        auto visit = [&](int j) {
            for (const auto& [e, c] : s_.eqsOf(j)) {
                const size_t ei = static_cast<size_t>(e);
                if (eqStamp_[ei] != stamp_) eqStamp_[ei] = stamp_, eqCount_[ei] = 0, touched_.push_back(e);
                ++eqCount_[ei];
                eqSingle_[ei] = j;
                eqSingleCoef_[ei] = c;
            }
        };
        for (int j : set) visit(j);
        for (int j : s_.freeVars) visit(j);
    }

    // The node's requirements as variable bit sets (reqBits_, in order_),
    // for coverableWithout(); false when there are too many to track.
    bool prepareTail(const Node& node) {
        int unused = 0;
        evaluate(set(node), kNoBudget, unused);  // the node's requirements, as when it was pushed
        if (reqs_.empty() || reqs_.size() > 64) return false;
        tailReqs_ = order_.size();  // evaluating the children reuses reqs_ and order_
        reqBits_.assign(tailReqs_ * words_, 0);
        for (size_t i = 0; i < order_.size(); ++i) {
            const Requirement& q = reqs_[order_[i]];
            uint64_t* out = reqBits_.data() + i * words_;
            for (int e : {q.eq, q.other})
                if (e >= 0)
                    for (size_t w = 0; w < words_; ++w) out[w] |= bits(e)[w];
            for (size_t w = 0; w < words_; ++w) out[w] &= ~changeableBits_[w];
        }
        return true;
    }
    bool hasVar(size_t req, int v) const {
        return (reqBits_[req * words_ + static_cast<size_t>(v) / 64] >> (v % 64)) & 1;
    }
    // Whether the node's requirements without `r` can be met by variables
    // weighing at most `room` in all (exact, by depth-first search; when the
    // search grows past a small limit it answers yes, which only costs time).
    bool coverableWithout(int r, int room) {
        uint64_t open = 0;
        for (size_t i = 0; i < tailReqs_; ++i)
            if (!hasVar(i, r)) open |= uint64_t{1} << i;
        coverSteps_ = 0;
        return cover(open, room);
    }
    bool cover(uint64_t open, int room) {
        if (open == 0) return true;
        if (room < s_.lightest || ++coverSteps_ > kCoverSteps) return room >= s_.lightest;
        const size_t q = static_cast<size_t>(__builtin_ctzll(open));  // the smallest open one
        const uint64_t* vars = reqBits_.data() + q * words_;
        for (size_t w = 0; w < words_; ++w)
            for (uint64_t word = vars[w]; word; word &= word - 1) {
                const int v = static_cast<int>(w * 64 + static_cast<size_t>(__builtin_ctzll(word)));
                const int weight = s_.weight[static_cast<size_t>(v)];
                if (weight > room) continue;
                uint64_t left = open;
                for (uint64_t o = open; o; o &= o - 1) {
                    const size_t i = static_cast<size_t>(__builtin_ctzll(o));
                    if (hasVar(i, v)) left &= ~(uint64_t{1} << i);
                }
                if (cover(left, room - weight)) return true;
            }
        return false;
    }

    // Requirements are kept as the equations they come from (their variables
    // are those equations' unchangeable ones), so sizes, cheapest weights and
    // overlaps come from per-equation tables instead of copied variable lists.
    size_t eqSize(int e) const { return s_.eq(e).size(); }
    size_t unchangeable(int e) const {
        const size_t ei = static_cast<size_t>(e);
        return eqSize(e) - (eqStamp_[ei] == stamp_ ? static_cast<size_t>(eqCount_[ei]) : 0);
    }
    int cheapest(int e) const {  // the lightest unchangeable variable's weight
        for (int v : byWeight(e))
            if (!changeable(v)) return s_.weight[static_cast<size_t>(v)];
        return std::numeric_limits<int>::max();
    }
    Span<int> byWeight(int e) const {
        const size_t i = static_cast<size_t>(e);
        return {byWeight_.data() + s_.layout->termsAt[i], byWeight_.data() + s_.layout->termsAt[i + 1]};
    }
    const uint64_t* bits(int e) const { return s_.layout->eqBits.data() + static_cast<size_t>(e) * words_; }
    // Whether e and f have an unchangeable variable in common.
    bool meet(int e, int f) const {
        const uint64_t *a = bits(e), *b = bits(f);
        for (size_t w = 0; w < words_; ++w)
            if (a[w] & b[w] & ~changeableBits_[w]) return true;
        return false;
    }
    // Unchangeable variables in e or f.
    size_t unchangeable(int e, int f) const {
        const uint64_t *a = bits(e), *b = bits(f);
        size_t n = 0;
        for (size_t w = 0; w < words_; ++w) n += static_cast<size_t>(__builtin_popcountll((a[w] | b[w]) & ~changeableBits_[w]));
        return n;
    }
    bool overlap(const Requirement& a, const Requirement& b) const {
        for (int x : {a.eq, a.other})
            for (int y : {b.eq, b.other})
                if (x >= 0 && y >= 0 && meet(x, y)) return true;
        return false;
    }
    // False when it is empty: no superset of S can meet it.
    bool requirement(int e, int other = -1) {
        size_t size = other < 0 ? unchangeable(e) : unchangeable(e, other);
        int least = cheapest(e);
        if (other >= 0) least = std::min(least, cheapest(other));
        reqs_.push_back({size, least, e, other});
        return size > 0;
    }
    // The requirement's variables in equation order (e's, then other's new ones), into branch_.
    void branchOn(const Requirement& q) {
        ++seenStamp_;
        for (int e : {q.eq, q.other}) {
            if (e < 0) continue;
            for (const Term& t : s_.eq(e))
                if (!changeable(t.var) && seen_[static_cast<size_t>(t.var)] != seenStamp_)
                    seen_[static_cast<size_t>(t.var)] = seenStamp_, branch_.push_back(t.var);
        }
    }

    // The requirements of S; false when one cannot be met (no optimal superset)
    // or they cost more than `budget` (past the first solution: no tie either).
    // Otherwise the smallest one to branch on (branch_, empty: a leaf) and a lower bound.
    static constexpr int kNoBudget = std::numeric_limits<int>::max();
    bool evaluate(Span<int> set, int budget, int& lb) {
        markChangeable(set);
        touch(set);
        reqs_.clear();
        // Past the first solution a child may have room for no requirement at all:
        // then the first one found ends it (the tail's usual end).
        const bool noRoom = budget < s_.lightest;
        for (int e : s_.violated) {  // (i): untouched, so all its variables
            if (eqStamp_[static_cast<size_t>(e)] == stamp_) continue;
            if (noRoom) return false;
            reqs_.push_back({eqSize(e), cheapest(e), e, -1});  // nothing changeable: its lightest
        }
        for (int e : touched_) {  // (ii), (iii)
            const size_t ei = static_cast<size_t>(e);
            if (eqCount_[ei] != 1) continue;
            const int j = eqSingle_[ei];
            const size_t ji = static_cast<size_t>(j);
            const long long c = eqSingleCoef_[ei];
            const long long r = s_.rhs[ei];
            const long long y = r / c;
            const bool bad = r % c != 0 || y < s_.lo[ji] || y > s_.hi[ji] || (!s_.free[ji] && y == 0);
            // Stop at the first requirement nothing can meet.
            if (bad) {
                if (noRoom || !requirement(e)) return false;
            } else if (forcedStamp_[ji] != stamp_) {
                forcedStamp_[ji] = stamp_, forced_[ji] = y, forcedEq_[ji] = e;
            } else if (forced_[ji] != y) {
                if (noRoom || !requirement(e, forcedEq_[ji])) return false;
            }
        }
        branch_.clear();
        lb = 0;
        if (reqs_.empty()) return true;
        order_.resize(reqs_.size());
        std::iota(order_.begin(), order_.end(), 0);
        std::sort(order_.begin(), order_.end(), [&](size_t a, size_t b) {
            return reqs_[a].size != reqs_[b].size ? reqs_[a].size < reqs_[b].size : a < b;
        });
        branchOn(reqs_[order_[0]]);
        chosen_.clear();
        for (size_t q : order_) {  // disjoint requirements each cost their lightest variable
            const Requirement& req = reqs_[q];
            if (std::any_of(chosen_.begin(), chosen_.end(), [&](size_t c) { return overlap(req, reqs_[c]); }))
                continue;
            chosen_.push_back(q);
            lb += req.cheapest;
            if (lb > budget) return false;
        }
        return true;
    }

    // Unchangeable variables of the equations S touches, into branch_: a
    // feasible superset of an infeasible leaf adds one of them.
    void touchedOutside(Span<int> set) {
        markChangeable(set);
        touch(set);
        branch_.clear();
        ++seenStamp_;
        for (int e : touched_)
            for (const auto& [v, c] : s_.eq(e))
                if (!changeable(v) && seen_[static_cast<size_t>(v)] != seenStamp_)
                    seen_[static_cast<size_t>(v)] = seenStamp_, branch_.push_back(v);
        std::sort(branch_.begin(), branch_.end());
    }

    Leaf solveLeaf(const Node& node, FhSolution& sol) {
        markChangeable(set(node));
        touch(set(node));
        std::vector<int> unknown(set(node).begin(), set(node).end());
        unknown.insert(unknown.end(), s_.freeVars.begin(), s_.freeVars.end());
        std::sort(unknown.begin(), unknown.end());
        const int k = static_cast<int>(unknown.size());
        const size_t width = static_cast<size_t>(k) + 1;
        for (int i = 0; i < k; ++i) local_[static_cast<size_t>(unknown[static_cast<size_t>(i)])] = i;
        matrix_.assign(touched_.size() * width, 0);
        for (size_t row = 0; row < touched_.size(); ++row) {
            const int e = touched_[row];
            for (const auto& [v, c] : s_.eq(e))
                if (changeable(v)) matrix_[row * width + static_cast<size_t>(local_[static_cast<size_t>(v)])] = c;
            matrix_[row * width + static_cast<size_t>(k)] = s_.rhs[static_cast<size_t>(e)];
        }
        std::vector<long long> y;
        switch (eliminate(matrix_, touched_.size(), k, y)) {
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
                std::vector<std::vector<std::pair<int, long long>>> eqs;
                std::vector<long long> rhs, lo, hi;
                for (int e : touched_) {
                    std::vector<std::pair<int, long long>> t;
                    for (const auto& [v, c] : s_.eq(e))
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
    std::vector<int> pool_;  // every node's set and branch (never shrinks below a kept node)
    std::vector<int> branch_;
    int stamp_ = 0, seenStamp_ = 0;
    std::vector<int> mark_, seen_, forcedStamp_, local_, forcedEq_;
    std::vector<long long> forced_, eqSingleCoef_;
    std::vector<int> eqStamp_, eqCount_, eqSingle_, touched_;
    std::vector<Requirement> reqs_;
    std::vector<size_t> chosen_;                   // evaluate(): the disjoint requirements counted
    std::vector<int> byWeight_;                    // per equation (offsets as the layout's termsAt)
    size_t words_ = 0;                             // 64-bit words per variable bit set (the layout's)
    std::vector<uint64_t> changeableBits_;         // S and the free variables, as bits
    std::vector<uint64_t> reqBits_;                // prepareTail(): the node's requirement i (of order_), as bits
    size_t tailReqs_ = 0;                          // how many
    int coverSteps_ = 0;
    static constexpr int kCoverSteps = 256;
    std::vector<size_t> order_;
    std::vector<long long> matrix_;  // a leaf's subsystem, row-major
};

}  // namespace

bool searchFh(const FhProblem& p, const std::vector<double>& d, int maxAlternatives, FhResult& out) {
    IntSystem s;
    if (p.equations.size() > kMaxEquations || !toIntegers(p, d, s)) return false;
    Search search(p, std::move(s));
    FhResult result;
    if (!search.run(maxAlternatives, result)) return false;
    out = std::move(result);
    return true;
}

}  // namespace nianbao::fh
