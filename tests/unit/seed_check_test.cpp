// End to end on the seed report as a grid dump: recognize + check + localize.
#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "core/checker.hpp"
#include "core/output/findings_json.hpp"
#include "core/model/grid_dump.hpp"

using namespace nianbao;

namespace {
Document seedDocument() {
    std::ifstream in(std::string(NIANBAO_FIXTURES) + "/seed/miyun-commerce-2023.grid.json");
    std::stringstream ss;
    ss << in.rdbuf();
    return documentFromJson(ss.str());
}
}  // namespace

TEST(SeedCheck, FindsExactlyThePublishedMistakes) {
    const CheckResult r = check(seedDocument());
    ASSERT_TRUE(r.error.empty()) << r.error;
    ASSERT_NE(r.report->format, nullptr);
    EXPECT_EQ(r.report->format->version, "2021");
    std::set<std::string> errors;
    std::map<std::string, int> warnings;
    for (const Finding& f : r.findings) {
        if (f.severity == "error") errors.insert(f.rule + ":" + f.column + f.row);
        if (f.severity == "warning") ++warnings[f.rule];
    }
    EXPECT_EQ(errors, (std::set<std::string>{"H2:np", "H2:total", "H1:np", "H1:biz", "H1:total"}));
    EXPECT_EQ(warnings["N1"], 1);
    EXPECT_EQ(warnings["N2"], 1);
    EXPECT_GE(warnings["N3"], 1);
    EXPECT_EQ(warnings["V2"], 1);  // "1 0"
    std::map<std::string, double> changes;
    for (const CellChange& c : r.correction.changes) changes[c.cell] = c.to;
    EXPECT_EQ(r.correction.status, CorrectionStatus::Unique);
    EXPECT_EQ(changes, (std::map<std::string, double>{{"T3.r_total.np", 8},
                                                      {"T3.r_total.total", 8},
                                                      {"T3.new.np", 8},
                                                      {"T3.new.biz", 0}}));
    EXPECT_NE(toJson(r).find("\"schema\": \"nianbao-findings/1\""), std::string::npos);
}

TEST(SeedCheck, NotAReportGivesNullFormatAndNoErrors) {
    Document d{"note.odt", {Paragraph{"会议通知", 0}, Paragraph{"请于周一参加会议。", 0}}};
    const CheckResult r = check(d);
    EXPECT_TRUE(r.error.empty());
    EXPECT_EQ(r.report->format, nullptr);
    for (const Finding& f : r.findings) EXPECT_NE(f.severity, "error");
    EXPECT_NE(toJson(r).find("\"format_version\": null"), std::string::npos);
}
