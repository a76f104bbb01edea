// The stages of a check, on three documents: the seed as published (from its
// grid dump), the seed made clean, and the clean one with three wrong cells.
// - BM_CheckSeedTables: checks + localization from the recognized seed (the
//   <= 50 us target); BM_LocalizeSeed_Mip: the same with the GLPK reference.
// - BM_Recognize_Seed: recognition alone.
// - BM_CheckDocument_*: end to end from grids (check()).
// Reports medians; nothing here asserts a time.
#include <benchmark/benchmark.h>

#include <fstream>
#include <sstream>
#include <stdexcept>

#include "core/check_report.hpp"
#include "core/checker.hpp"
#include "core/localize/fh_solver.hpp"
#include "core/localize/localizer.hpp"
#include "core/model/relation_index.hpp"
#include "core/model/grid_dump.hpp"
#include "core/recognize/recognizer.hpp"

using namespace nianbao;

namespace {

Document seed() {
    std::ifstream in(std::string(NIANBAO_FIXTURES) + "/seed/miyun-commerce-2023.grid.json");
    std::stringstream ss;
    ss << in.rdbuf();
    return documentFromJson(ss.str());
}

// Rewrites the cell at `address` (e.g. "表格2.C27") in every table.
void setCell(Document& doc, const std::string& address, const std::string& text) {
    for (Block& b : doc.blocks)
        if (auto* t = std::get_if<Table>(&b)) {
            Table copy(t->name(), t->rows(), t->cols());
            bool hit = false;
            for (SourceCell c : t->cells()) {
                if (c.address == address) c.text = text, hit = true;
                copy.addCell(c);
            }
            if (hit) *t = copy;
        }
}

std::string addressOf(const Document& doc, const std::string& key) {
    CheckOptions noLocalize;
    noLocalize.localize = false;
    const CheckResult r = check(doc, noLocalize);
    const ReportCell* c = r.report->cell(key);
    if (!c) throw std::runtime_error("no cell " + key);
    return c->at;
}

Document cleanSeed() {
    Document d = seed();
    setCell(d, addressOf(d, "T3.r_total.np"), "8");
    setCell(d, addressOf(d, "T3.r_total.total"), "8");
    setCell(d, addressOf(d, "T3.new.np"), "8");
    setCell(d, addressOf(d, "T3.new.biz"), "0");
    return d;
}

Document threeWrong() {
    Document d = cleanSeed();
    setCell(d, addressOf(d, "T3.r_open.np"), "20");       // a part
    setCell(d, addressOf(d, "T3.unable_1.total"), "5");   // a total
    setCell(d, addressOf(d, "T4.counts.rv_keep"), "3");   // a T4 part
    return d;
}

void run(benchmark::State& state, const Document& doc) {
    for (auto _ : state) {
        CheckResult r = check(doc);
        benchmark::DoNotOptimize(r);
    }
}

void BM_CheckDocument_Seed(benchmark::State& s) { static const Document d = seed(); run(s, d); }
void BM_CheckDocument_Clean(benchmark::State& s) { static const Document d = cleanSeed(); run(s, d); }
void BM_CheckDocument_ThreeWrong(benchmark::State& s) { static const Document d = threeWrong(); run(s, d); }

void BM_Recognize_Seed(benchmark::State& s) {
    static const Document d = seed();
    for (auto _ : s) {
        Report r = recognize(d);
        benchmark::DoNotOptimize(r);
    }
}

// Checks and localization of an already recognized document.
void runTables(benchmark::State& state, const Document& doc) {
    const auto recognized = std::make_shared<const Report>(recognize(doc));
    for (auto _ : state) {
        CheckResult r = checkReport(doc, recognized, nullptr, CheckOptions{});
        benchmark::DoNotOptimize(r);
    }
}

void BM_CheckSeedTables(benchmark::State& s) { static const Document d = seed(); runTables(s, d); }
void BM_CheckCleanTables(benchmark::State& s) { static const Document d = cleanSeed(); runTables(s, d); }
void BM_CheckThreeWrongTables(benchmark::State& s) { static const Document d = threeWrong(); runTables(s, d); }

// Localization of the seed alone: the branch and bound, then the GLPK MIP.
void localizeSeed(benchmark::State& state, FhMethod method) {
    static const Document d = seed();
    const Report report = recognize(d);
    const RelationIndex index(report);
    for (auto _ : state) {
        LocalizerOptions options;
        options.method = method;
        Correction c = localize(report, index, options);
        benchmark::DoNotOptimize(c);
    }
}
void BM_LocalizeSeed_Fast(benchmark::State& s) { localizeSeed(s, FhMethod::Fast); }
void BM_LocalizeSeed_Mip(benchmark::State& s) { localizeSeed(s, FhMethod::Mip); }

}  // namespace

#define NIANBAO_BENCH(f) BENCHMARK(f)->Unit(benchmark::kMicrosecond)->Repetitions(9)->ReportAggregatesOnly(true)
NIANBAO_BENCH(BM_CheckSeedTables);
NIANBAO_BENCH(BM_CheckCleanTables);
NIANBAO_BENCH(BM_CheckThreeWrongTables);
NIANBAO_BENCH(BM_LocalizeSeed_Fast);
NIANBAO_BENCH(BM_LocalizeSeed_Mip);
NIANBAO_BENCH(BM_Recognize_Seed);
NIANBAO_BENCH(BM_CheckDocument_Seed);
NIANBAO_BENCH(BM_CheckDocument_Clean);
NIANBAO_BENCH(BM_CheckDocument_ThreeWrong);

BENCHMARK_MAIN();
