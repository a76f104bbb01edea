#include <gtest/gtest.h>

#include <map>

#include "core/check_report.hpp"
#include "support/checker_reports.hpp"

using namespace nianbao;

namespace {
std::map<std::string, double> changesOf(const std::vector<CellChange>& cs) {
    std::map<std::string, double> m;
    for (const CellChange& c : cs) m[c.cell] = c.to;
    return m;
}
}  // namespace

// The seed's minimal correction: 3.5 weight units (two totals, two parts).
// Any single-total fix leaves H1 np/biz failing; see findings.md.
TEST(LocalizerSeed, MinimalCorrectionOfThePublishedTables) {
    const CheckResult r = checkReport(Document{"seed", {}}, ctest::buildReport(ctest::seedTexts()),
                                      nullptr, CheckOptions{});
    EXPECT_EQ(r.correction.status, CorrectionStatus::Unique);
    EXPECT_EQ(changesOf(r.correction.changes),
              (std::map<std::string, double>{{"T3.r_total.np", 8},
                                             {"T3.r_total.total", 8},
                                             {"T3.new.np", 8},
                                             {"T3.new.biz", 0}}));
    for (const CellChange& c : r.correction.changes) {
        EXPECT_FALSE(c.why.empty());
        EXPECT_FALSE(c.whyEn.empty());
        if (c.cell == "T3.r_total.np") EXPECT_EQ(c.from, "1 0");
        // 7 for 8: any one-digit number is one digit away from another, no evidence of a slip.
        if (c.cell == "T3.new.np") EXPECT_FALSE(c.typo);
        if (c.cell == "T3.r_total.total") EXPECT_FALSE(c.typo);
    }
}
