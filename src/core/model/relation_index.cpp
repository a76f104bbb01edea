#include "core/model/relation_index.hpp"

#include <algorithm>
#include <cassert>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <numeric>
#include <string_view>
#include <utility>

namespace nianbao {

namespace {

// FNV-1a, continued over the pieces of a key, so a cell's key hashes the same
// as the joined string a relation names it by, without building it.
uint64_t fnv(uint64_t h, std::string_view s) {
    for (unsigned char ch : s) h = (h ^ ch) * 1099511628211ULL;
    return h;
}
constexpr uint64_t kBasis = 1469598103934665603ULL;

uint64_t keyHash(const ReportCell& c) {
    return fnv(fnv(fnv(fnv(fnv(kBasis, c.table), "."), c.row), "."), c.col);
}

// key == c.key(), without allocating.
inline bool hasKey(const ReportCell& c, std::string_view key) {
    const size_t t = c.table.size(), r = c.row.size();
    const char* k = key.data();
    return key.size() == t + r + c.col.size() + 2 && k[t] == '.' && k[t + 1 + r] == '.' &&
           std::memcmp(k, c.table.data(), t) == 0 && std::memcmp(k + t + 1, c.row.data(), r) == 0 &&
           std::memcmp(k + t + r + 2, c.col.data(), c.col.size()) == 0;
}

// Sum of one side; `readable` false when a cell is Invalid (V1 covers it).
double sum(CellSpan side, const std::vector<const ReportCell*>& cells, bool& readable) {
    double s = 0;
    for (int i : side) {
        const NumberReading& r = cells[static_cast<size_t>(i)]->reading;
        if (!r.ok()) readable = false;
        s += r.value;
    }
    return s;
}

}  // namespace

const std::string& IndexedRelation::column() const {
    static const std::string none;
    return source && source->axis == Relation::Axis::Column ? source->scope : none;
}

const std::string& IndexedRelation::row() const {
    static const std::string none;
    return source && source->axis == Relation::Axis::Row ? source->scope : none;
}

bool IndexedRelation::holds() const { return readable && std::fabs(lhsSum - rhsSum) <= kRelationTolerance; }

RelationIndex::RelationIndex(const Report& report) {
    assert(std::all_of(report.relations.begin(), report.relations.end(),
                       [](const Relation& r) { return r.lhsAt.empty() && r.rhsAt.empty(); }) ||
           relationsIndexed(report));
    size_t n = 0;
    for (const RecognizedTable& t : report.tables) n += t.cells.size();
    cells.reserve(n);
    for (const RecognizedTable& t : report.tables)
        for (const ReportCell& c : t.cells) cells.push_back(&c);
    // (hash of key, cell index), sorted: equal keys keep table order, the first
    // one wins. Built on the first relation without indices.
    std::vector<std::pair<uint64_t, int>> byKey;
    auto find = [&](const std::string& key) {
        if (byKey.empty()) {
            byKey.reserve(n);
            for (size_t i = 0; i < n; ++i) byKey.push_back({keyHash(*cells[i]), static_cast<int>(i)});
            std::sort(byKey.begin(), byKey.end());
        }
        const uint64_t h = fnv(kBasis, key);
        for (auto it = std::lower_bound(byKey.begin(), byKey.end(), std::make_pair(h, 0));
             it != byKey.end() && it->first == h; ++it)
            if (hasKey(*cells[static_cast<size_t>(it->second)], key)) return it->second;
        return -1;
    };
    // The recognizer's indices in place; a lookup for relations without them.
    auto side = [&](const std::vector<std::string>& keys, const std::vector<int>& at, bool& complete) {
        const bool indexed = at.size() == keys.size() &&
                             std::all_of(at.begin(), at.end(), [&](int i) { return i >= 0 && static_cast<size_t>(i) < n; });
        if (indexed) return CellSpan{at.data(), at.data() + at.size()};
        std::vector<int>& out = resolved_.emplace_back();
        for (const std::string& k : keys) {
            const int i = find(k);
            if (i < 0)
                complete = false;
            else
                out.push_back(i);
        }
        return CellSpan{out.data(), out.data() + out.size()};
    };
    relations.reserve(report.relations.size());
    for (const Relation& r : report.relations) {
        IndexedRelation ir;
        ir.source = &r;
        ir.lhs = side(r.lhs, r.lhsAt, ir.complete);
        ir.rhs = side(r.rhs, r.rhsAt, ir.complete);
        ir.lhsSum = sum(ir.lhs, cells, ir.readable);
        ir.rhsSum = sum(ir.rhs, cells, ir.readable);
        relations.push_back(ir);
    }
    if (report.blocks.empty()) {
        ownBlocks_ = relationBlocks(*this);
    } else {
        assert(report.blocks == relationBlocks(*this));  // recognized with these relations
        blocks_ = &report.blocks;
    }
}

namespace {
int findRoot(std::vector<int>& parent, int x) {
    while (parent[static_cast<size_t>(x)] != x) {
        parent[static_cast<size_t>(x)] = parent[static_cast<size_t>(parent[static_cast<size_t>(x)])];
        x = parent[static_cast<size_t>(x)];
    }
    return x;
}
}  // namespace

std::vector<RelationBlock> relationBlocks(const RelationIndex& index) {
    const int n = static_cast<int>(index.cells.size());
    std::vector<int> parent(static_cast<size_t>(n));
    std::iota(parent.begin(), parent.end(), 0);
    std::vector<char> used(static_cast<size_t>(n), 0);
    for (const IndexedRelation& r : index.relations) {
        if (!r.complete) continue;
        int first = -1;
        for (const CellSpan* side : {&r.lhs, &r.rhs})
            for (int c : *side) {
                used[static_cast<size_t>(c)] = 1;
                if (first < 0)
                    first = c;
                else
                    parent[static_cast<size_t>(findRoot(parent, c))] = findRoot(parent, first);
            }
    }
    std::vector<int> blockOfRoot(static_cast<size_t>(n), -1);
    std::vector<RelationBlock> blocks;
    for (int c = 0; c < n; ++c) {
        if (!used[static_cast<size_t>(c)]) continue;
        const int root = findRoot(parent, c);
        int& b = blockOfRoot[static_cast<size_t>(root)];
        if (b < 0) {
            b = static_cast<int>(blocks.size());
            blocks.emplace_back();
        }
        blocks[static_cast<size_t>(b)].cells.push_back(c);
    }
    for (size_t i = 0; i < index.relations.size(); ++i) {
        const IndexedRelation& r = index.relations[i];
        if (!r.complete || (r.lhs.empty() && r.rhs.empty())) continue;
        const int c = r.lhs.empty() ? r.rhs[0] : r.lhs[0];
        blocks[static_cast<size_t>(blockOfRoot[static_cast<size_t>(findRoot(parent, c))])]
            .relations.push_back(static_cast<int>(i));
    }
    return blocks;
}

bool relationsIndexed(const Report& report) {
    std::vector<const ReportCell*> cells;
    for (const RecognizedTable& t : report.tables)
        for (const ReportCell& c : t.cells) cells.push_back(&c);
    auto names = [&](const std::vector<std::string>& keys, const std::vector<int>& at) {
        if (keys.size() != at.size()) return false;
        for (size_t k = 0; k < keys.size(); ++k)
            if (at[k] < 0 || static_cast<size_t>(at[k]) >= cells.size() ||
                !hasKey(*cells[static_cast<size_t>(at[k])], keys[k]))
                return false;
        return true;
    };
    return std::all_of(report.relations.begin(), report.relations.end(),
                       [&](const Relation& r) { return names(r.lhs, r.lhsAt) && names(r.rhs, r.rhsAt); });
}


}  // namespace nianbao
