// check() (recognize + findings + localization) on three documents: the seed
// as published (from its grid dump), the seed made clean, and the clean one
// with three wrong cells. Reports medians; nothing here asserts a time.
#include <benchmark/benchmark.h>

#include <fstream>
#include <sstream>
#include <stdexcept>

#include "core/checker.hpp"
#include "core/grid_dump.hpp"
#include "core/recognizer.hpp"

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
    const CheckResult r = check(doc, CheckOptions{nullptr, false});
    const ReportCell* c = r.report.cell(key);
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

void BM_CheckSeed(benchmark::State& s) { static const Document d = seed(); run(s, d); }
void BM_CheckClean(benchmark::State& s) { static const Document d = cleanSeed(); run(s, d); }
void BM_CheckThreeWrong(benchmark::State& s) { static const Document d = threeWrong(); run(s, d); }

// Recognition alone, to tell its share of check() from the checker's.
void BM_RecognizeSeed(benchmark::State& s) {
    static const Document d = seed();
    for (auto _ : s) {
        Report r = recognize(d);
        benchmark::DoNotOptimize(r);
    }
}

}  // namespace

BENCHMARK(BM_RecognizeSeed)->Unit(benchmark::kMicrosecond)->Repetitions(9)->ReportAggregatesOnly(true);
BENCHMARK(BM_CheckSeed)->Unit(benchmark::kMicrosecond)->Repetitions(9)->ReportAggregatesOnly(true);
BENCHMARK(BM_CheckClean)->Unit(benchmark::kMicrosecond)->Repetitions(9)->ReportAggregatesOnly(true);
BENCHMARK(BM_CheckThreeWrong)->Unit(benchmark::kMicrosecond)->Repetitions(9)->ReportAggregatesOnly(true);

BENCHMARK_MAIN();
