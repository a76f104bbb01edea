#include "core/localizer.hpp"


#include <algorithm>
#include <cmath>
#include <numeric>

#include "core/fh_solver.hpp"
#include "core/labels.hpp"
#include "core/relation_findings.hpp"
#include "core/typo.hpp"

namespace nianbao {

namespace {

using Block = RelationBlock;

FhProblem problemOf(const Block& block, const RelationIndex& index, const LocalizerWeights& w) {
    FhProblem p;
    p.vars.reserve(block.cells.size());
    p.equations.reserve(block.relations.size());
    std::vector<int> local(index.cells.size(), -1);
    for (int c : block.cells) {
        const ReportCell& cell = *index.cells[static_cast<size_t>(c)];
        FhVar v;
        v.value = cell.reading.ok() ? cell.reading.value : 0;
        v.invalid = !cell.reading.ok();
        v.missing = cell.reading.status == NumberReading::Status::Placeholder;
        v.weight = v.invalid ? 0 : v.missing ? w.missing : cell.total ? w.total : w.part;
        v.text = cell.text;
        v.nonNegative = true;  // Count and Amount; SignedCount is never summed in the format
        local[static_cast<size_t>(c)] = static_cast<int>(p.vars.size());
        p.vars.push_back(v);
    }
    for (int ri : block.relations) {
        const IndexedRelation& r = index.relations[static_cast<size_t>(ri)];
        FhEquation e;
        e.terms.reserve(r.lhs.size() + r.rhs.size());
        for (int c : r.lhs) e.terms.push_back({local[static_cast<size_t>(c)], 1});
        for (int c : r.rhs) e.terms.push_back({local[static_cast<size_t>(c)], -1});
        p.equations.push_back(std::move(e));
    }
    return p;
}

// The block's relations each of its variables is in (flat, ascending), so
// describing a change does not search every relation for the cell.
struct RelationsByVar {
    std::vector<int> begin;      // var v: at[begin[v], begin[v + 1])
    std::vector<int> relations;  // positions in Block::relations (= problem equations)
    explicit RelationsByVar(const FhProblem& p) : begin(p.vars.size() + 1, 0) {
        for (const FhEquation& e : p.equations)
            for (const auto& [v, c] : e.terms) ++begin[static_cast<size_t>(v) + 1];
        std::partial_sum(begin.begin(), begin.end(), begin.begin());
        relations.assign(static_cast<size_t>(begin.back()), -1);
        std::vector<int> next(begin.begin(), begin.end() - 1);
        for (size_t e = 0; e < p.equations.size(); ++e)
            for (const auto& [v, c] : p.equations[e].terms) {
                int& n = next[static_cast<size_t>(v)];
                if (n > begin[static_cast<size_t>(v)] && relations[static_cast<size_t>(n - 1)] == static_cast<int>(e))
                    continue;  // on both sides of one relation: once
                relations[static_cast<size_t>(n++)] = static_cast<int>(e);
            }
    }
};

CellChange describeChange(const Report& report, const RelationIndex& index, const Block& block,
                          const RelationsByVar& byVar, int var, double to) {
    const int globalCell = block.cells[static_cast<size_t>(var)];
    const ReportCell& cell = *index.cells[static_cast<size_t>(globalCell)];
    CellChange ch;
    ch.cell = cell.key();
    ch.from = cell.text;
    ch.to = to;
    std::string broken, kept, brokenEn, keptEn;
    for (int k = byVar.begin[static_cast<size_t>(var)]; k < byVar.begin[static_cast<size_t>(var) + 1]; ++k) {
        const int e = byVar.relations[static_cast<size_t>(k)];
        if (e < 0) break;  // the slots a relation on both sides did not use
        const IndexedRelation& r = index.relations[static_cast<size_t>(block.relations[static_cast<size_t>(e)])];
        const bool holds = r.holds();
        std::string& zh = holds ? kept : broken;
        std::string& en = holds ? keptEn : brokenEn;
        zh.append(zh.empty() ? "" : "、").append(relationLabel(report, r, index));
        en.append(en.empty() ? "" : ", ").append(relationLabelEn(r, index));
    }
    const std::string v = formatNumber(to);
    if (!cell.reading.ok()) {
        ch.why = concat({"原文“", cell.text, "”无法读取，按勾稽关系应为", v});
        ch.whyEn = concat({"\"", cell.text, "\" cannot be read; the relations make it ", v});
    } else if (cell.reading.status == NumberReading::Status::Placeholder) {
        ch.why = concat({"空白或占位符单元格，按勾稽关系应为", v});
        ch.whyEn = concat({"blank or placeholder cell; the relations make it ", v});
    } else if (!broken.empty()) {
        ch.why = concat({"改为", v, "可使", broken, "成立"});
        ch.whyEn = concat({"changing it to ", v, " restores ", brokenEn});
    } else {
        ch.why = concat({"配合其他更正，改为", v, "以保持", kept, "成立"});
        ch.whyEn = concat({"with the other changes, ", v, " keeps ", keptEn, " holding"});
    }
    const Slip slip = cell.reading.ok() ? typingSlip(cell.text, to) : Slip::None;
    if (slip != Slip::None) {
        ch.typo = true;
        ch.why += concat({"；原文“", cell.text, "”可能是", v, "的笔误（", slipZh(slip), "）"});
        ch.whyEn += concat({"; \"", cell.text, "\" looks like a typing slip of ", v, " (", slipEn(slip), ")"});
    }
    return ch;
}

std::vector<CellChange> describeSolution(const Report& report, const RelationIndex& index,
                                         const Block& block, const RelationsByVar& byVar, const FhSolution& s) {
    std::vector<CellChange> out;
    for (const auto& [var, value] : s.changes) out.push_back(describeChange(report, index, block, byVar, var, value));
    return out;
}

}  // namespace

Correction localize(const Report& report, const RelationIndex& index, const LocalizerOptions& options) {
    Correction result;
    const std::vector<Block>& blocks = index.blocks();
    bool tied = false, impossible = false;
    // Per block needing a change: primary plus its alternatives, described.
    std::vector<std::vector<std::vector<CellChange>>> perBlock;
    for (const Block& block : blocks) {
        bool needed = false;
        for (int ri : block.relations)
            if (!index.relations[static_cast<size_t>(ri)].holds()) needed = true;
        if (!needed) continue;  // the hot path: nothing to solve
        const FhProblem problem = problemOf(block, index, options.weights);
        FhResult r = solveFh(problem, options.maxAlternatives, options.method);
        if (r.status == FhResult::Status::Impossible) {
            impossible = true;
            continue;
        }
        std::vector<std::vector<CellChange>> sols;
        const RelationsByVar byVar(problem);
        sols.push_back(describeSolution(report, index, block, byVar, r.best));
        for (const FhSolution& alt : r.alternatives)
            sols.push_back(describeSolution(report, index, block, byVar, alt));
        tied = tied || sols.size() > 1;
        perBlock.push_back(std::move(sols));
    }
    if (impossible)
        result.status = Correction::Status::Impossible;
    else if (perBlock.empty())
        result.status = Correction::Status::NoneNeeded;
    else
        result.status = tied ? Correction::Status::Tied : Correction::Status::Unique;
    for (const auto& sols : perBlock)
        result.changes.insert(result.changes.end(), sols[0].begin(), sols[0].end());
    // An alternative swaps one block's choice for one of its tied ones.
    for (size_t b = 0; b < perBlock.size(); ++b)
        for (size_t a = 1; a < perBlock[b].size(); ++a) {
            if (static_cast<int>(result.alternatives.size()) >= options.maxAlternatives) break;
            std::vector<CellChange> alt;
            for (size_t o = 0; o < perBlock.size(); ++o) {
                const auto& pick = perBlock[o][o == b ? a : 0];
                alt.insert(alt.end(), pick.begin(), pick.end());
            }
            result.alternatives.push_back(std::move(alt));
        }
    return result;
}

}  // namespace nianbao
