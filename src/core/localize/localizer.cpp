#include "core/localize/localizer.hpp"

#include <algorithm>
#include <cmath>

#include "core/localize/fh_solver.hpp"
#include "core/model/labels.hpp"
#include "core/localize/typo.hpp"

namespace nianbao {

namespace {

FhProblem problemOf(const RelationBlock& block, const RelationIndex& index, const LocalizerWeights& w) {
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

CellChange describeChange(const Report& report, const RelationIndex& index, const RelationBlock& block,
                          int globalCell, double to) {
    const ReportCell& cell = *index.cells[static_cast<size_t>(globalCell)];
    CellChange ch;
    ch.cell = cell.key();
    ch.from = cell.text;
    ch.to = to;
    std::string broken, kept, brokenEn, keptEn;
    for (int ri : block.relations) {
        const IndexedRelation& r = index.relations[static_cast<size_t>(ri)];
        if (std::find(r.lhs.begin(), r.lhs.end(), globalCell) == r.lhs.end() &&
            std::find(r.rhs.begin(), r.rhs.end(), globalCell) == r.rhs.end())
            continue;
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
                                         const RelationBlock& block, const FhSolution& s) {
    std::vector<CellChange> out;
    for (const auto& [var, value] : s.changes)
        out.push_back(describeChange(report, index, block, block.cells[static_cast<size_t>(var)], value));
    return out;
}

}  // namespace

Correction localize(const Report& report, const RelationIndex& index, const LocalizerOptions& options) {
    Correction result;
    const std::vector<RelationBlock>& blocks = index.blocks();
    bool tied = false, impossible = false, undecided = false;
    // Per block needing a change: primary plus its alternatives, described.
    std::vector<std::vector<std::vector<CellChange>>> perBlock;
    for (const RelationBlock& block : blocks) {
        bool needed = false;
        for (int ri : block.relations)
            if (!index.relations[static_cast<size_t>(ri)].holds()) needed = true;
        if (!needed) continue;  // the hot path: nothing to solve
        FhProblem problem = problemOf(block, index, options.weights);
        problem.maxWeight = options.maxWeight;
        FhResult r = solveFh(problem, options.maxAlternatives, options.method, options.deadline);
        if (r.status == CorrectionStatus::Undecided) {
            undecided = true;
            continue;
        }
        if (r.status == CorrectionStatus::Impossible) {
            impossible = true;
            continue;
        }
        std::vector<std::vector<CellChange>> sols;
        sols.push_back(describeSolution(report, index, block, r.best));
        for (const FhSolution& alt : r.alternatives)
            sols.push_back(describeSolution(report, index, block, alt));
        tied = tied || sols.size() > 1;
        perBlock.push_back(std::move(sols));
    }
    if (undecided) {  // a partial correction would not make every relation hold
        result.status = CorrectionStatus::Undecided;
        return result;
    }
    if (impossible)
        result.status = CorrectionStatus::Impossible;
    else if (perBlock.empty())
        result.status = CorrectionStatus::NoneNeeded;
    else
        result.status = tied ? CorrectionStatus::Tied : CorrectionStatus::Unique;
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
