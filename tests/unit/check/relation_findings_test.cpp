#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "core/check_report.hpp"
#include "core/check/relation_findings.hpp"
#include "support/checker_reports.hpp"

using namespace nianbao;
using nianbao::ctest::buildReport;
using nianbao::ctest::seedTexts;

namespace {

std::vector<Finding> errorsOf(const CheckResult& r) {
    std::vector<Finding> out;
    for (const Finding& f : r.findings)
        if (f.severity == "error") out.push_back(f);
    return out;
}

std::set<std::string> ruleScopes(const std::vector<Finding>& fs) {
    std::set<std::string> out;
    for (const Finding& f : fs) out.insert(f.rule + ":" + f.row + f.column);
    return out;
}

CheckResult checkTexts(const ctest::CellTexts& t) {
    return checkReport(Document{"t.docx", {}}, buildReport(t), nullptr, CheckOptions{});
}

}  // namespace

TEST(RelationFindings, AllZeroReportHasNoFinding) {
    const CheckResult r = checkTexts({});
    // The hand-built report has no T2 values: that, and only that, is reported
    // (C2: no relation of a single report reads T2).
    EXPECT_FALSE(r.findings.empty());
    for (const Finding& f : r.findings) EXPECT_TRUE(f.rule == "C2" && f.table == "T2") << f.message;
    EXPECT_EQ(r.correction.status, CorrectionStatus::NoneNeeded);
}

TEST(RelationFindings, SeedTablesFailExactlyAsPublished) {
    const CheckResult r = checkTexts(seedTexts());
    EXPECT_EQ(ruleScopes(errorsOf(r)),
              (std::set<std::string>{"H2:np", "H2:total", "H1:np", "H1:biz", "H1:total"}));
    for (const Finding& f : errorsOf(r)) {
        if (f.rule == "H1" && f.column == "np") {
            EXPECT_EQ(f.message, "自然人列：第一项加第二项之和（7）不等于第三项加第四项之和（10）");
            EXPECT_EQ(*f.lhs, 7);
            EXPECT_EQ(*f.rhs, 10);
            EXPECT_EQ(f.cells, (std::vector<std::string>{"T3.new.np", "T3.carried_in.np",
                                                         "T3.r_total.np", "T3.carried_out.np"}));
            EXPECT_FALSE(f.messageEn.empty());
        }
        if (f.rule == "H2" && f.column == "total") {
            EXPECT_EQ(f.message, "总计列：（七）总计（10）不等于各项办理结果之和（8）");
        }
    }
}

TEST(RelationFindings, EachRuleFailsAlone) {
    ctest::CellTexts t;
    t["T3.carried_in.total"] = "5";  // H1 total and H3 carried_in
    CheckResult r = checkTexts(t);
    EXPECT_EQ(ruleScopes(errorsOf(r)), (std::set<std::string>{"H1:total", "H3:carried_in"}));
    for (const Finding& f : errorsOf(r))
        if (f.rule == "H3")
            EXPECT_EQ(f.message,
                      "二、上年结转政府信息公开申请数量行：总计（5）不等于自然人、商业企业、科研机构、"
                      "社会公益组织、法律服务机构、其他之和（0）");

    t.clear();
    t["T3.deny_3.res"] = "4";  // H2 res and H3 deny_3
    r = checkTexts(t);
    EXPECT_EQ(ruleScopes(errorsOf(r)), (std::set<std::string>{"H2:res", "H3:deny_3"}));

    t.clear();
    t["T4.counts.ld_pend"] = "2";  // H4 direct lawsuits
    r = checkTexts(t);
    ASSERT_EQ(errorsOf(r).size(), 1u);
    EXPECT_EQ(errorsOf(r)[0].rule, "H4");
    EXPECT_EQ(*errorsOf(r)[0].lhs, 0);
    EXPECT_EQ(*errorsOf(r)[0].rhs, 2);
    EXPECT_NE(errorsOf(r)[0].message.find("未经复议直接起诉"), std::string::npos);
}

TEST(RelationFindings, ConsistentNonZeroTableHolds) {
    ctest::CellTexts t;
    t["T3.new.np"] = "3", t["T3.new.law"] = "2", t["T3.new.total"] = "5";
    t["T3.r_open.np"] = "3", t["T3.r_open.total"] = "3";
    t["T3.r_total.np"] = "3", t["T3.r_total.total"] = "3";
    t["T3.carried_out.law"] = "2", t["T3.carried_out.total"] = "2";
    t["T4.counts.la_oth"] = "1", t["T4.counts.la_tot"] = "1";
    EXPECT_TRUE(errorsOf(checkTexts(t)).empty());
}

TEST(RelationFindings, InvalidCellSkipsItsRelationsAndGivesV1) {
    ctest::CellTexts t;
    t["T3.new.np"] = "七";
    const CheckResult r = checkTexts(t);
    const auto errs = errorsOf(r);
    ASSERT_EQ(errs.size(), 1u);
    EXPECT_EQ(errs[0].rule, "V1");
    EXPECT_EQ(errs[0].cells, std::vector<std::string>{"T3.new.np"});
    EXPECT_NE(errs[0].message.find("“七”"), std::string::npos);
    EXPECT_NE(errs[0].message.find("表格3.A1"), std::string::npos);
}

TEST(RelationFindings, RepairedAndPlaceholderCellsAreWarnings) {
    ctest::CellTexts t;
    t["T3.new.np"] = "1 2", t["T3.new.total"] = "12";
    t["T3.r_open.np"] = "12", t["T3.r_open.total"] = "12";
    t["T3.r_total.np"] = "12", t["T3.r_total.total"] = "12";
    t["T3.deny_1.biz"] = "/", t["T3.deny_2.biz"] = "";
    const CheckResult r = checkTexts(t);
    EXPECT_TRUE(errorsOf(r).empty());
    int v2 = 0, v3 = 0;
    for (const Finding& f : r.findings) {
        if (f.rule == "V2") {
            ++v2;
            EXPECT_EQ(f.severity, "warning");
            EXPECT_NE(f.message.find("数字间有空格"), std::string::npos);
            EXPECT_NE(f.message.find("按12读取"), std::string::npos);
        }
        if (f.rule == "V3") {
            ++v3;
            EXPECT_EQ(f.cells, (std::vector<std::string>{"T3.deny_1.biz", "T3.deny_2.biz"}));
        }
    }
    EXPECT_EQ(v2, 1);
    EXPECT_EQ(v3, 1);
}

TEST(RelationFindings, NotAReportHasNoFindings) {
    const CheckResult r = checkReport(Document{"x", {}}, Report{}, nullptr, CheckOptions{});
    EXPECT_TRUE(r.findings.empty());
    EXPECT_TRUE(r.error.empty());
}
