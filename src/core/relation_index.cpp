#include "core/relation_index.hpp"

#include <algorithm>
#include <cstdint>
#include <cstring>
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

}  // namespace

RelationIndex::RelationIndex(const Report& report) {
    size_t n = 0;
    for (const RecognizedTable& t : report.tables) n += t.cells.size();
    cells.reserve(n);
    for (const RecognizedTable& t : report.tables)
        for (const ReportCell& c : t.cells) cells.push_back(&c);
    // (hash of key, cell index), sorted: equal keys keep table order, the first
    // one wins. Built on the first key without a usable hint.
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
    // The recognizer's indices when they still name the keys; a lookup otherwise.
    auto add = [&](const std::vector<std::string>& keys, const std::vector<int>& hint, std::vector<int>& out,
                   bool& complete) {
        out.reserve(keys.size());
        const bool hinted = hint.size() == keys.size();
        for (size_t k = 0; k < keys.size(); ++k) {
            const size_t h = hinted ? static_cast<size_t>(hint[k]) : n;
            const int i = h < n && hasKey(*cells[h], keys[k]) ? static_cast<int>(h) : find(keys[k]);
            if (i < 0)
                complete = false;
            else
                out.push_back(i);
        }
    };
    relations.reserve(report.relations.size());
    for (const Relation& r : report.relations) {
        IndexedRelation ir;
        ir.source = &r;
        add(r.lhs, r.lhsAt, ir.lhs, ir.complete);
        add(r.rhs, r.rhsAt, ir.rhs, ir.complete);
        relations.push_back(std::move(ir));
    }
}

double RelationIndex::sum(const std::vector<int>& side, const std::vector<const ReportCell*>& cells,
                          bool& readable) {
    double s = 0;
    for (int i : side) {
        const NumberReading& r = cells[static_cast<size_t>(i)]->reading;
        if (!r.ok()) readable = false;
        s += r.value;
    }
    return s;
}

}  // namespace nianbao
