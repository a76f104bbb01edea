#include "core/relation_index.hpp"

namespace nianbao {

RelationIndex::RelationIndex(const Report& report) {
    std::unordered_map<std::string, int> byKey;
    size_t n = 0;
    for (const RecognizedTable& t : report.tables) n += t.cells.size();
    cells.reserve(n);
    byKey.reserve(n * 2);
    for (const RecognizedTable& t : report.tables)
        for (const ReportCell& c : t.cells) {
            byKey.emplace(c.key(), static_cast<int>(cells.size()));
            cells.push_back(&c);
        }
    auto add = [&](const std::vector<std::string>& keys, std::vector<int>& out, bool& complete) {
        out.reserve(keys.size());
        for (const std::string& k : keys) {
            auto it = byKey.find(k);
            if (it == byKey.end())
                complete = false;
            else
                out.push_back(it->second);
        }
    };
    relations.reserve(report.relations.size());
    for (const Relation& r : report.relations) {
        IndexedRelation ir;
        ir.source = &r;
        add(r.lhs, ir.lhs, ir.complete);
        add(r.rhs, ir.rhs, ir.complete);
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
