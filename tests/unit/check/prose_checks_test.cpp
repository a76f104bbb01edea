#include <gtest/gtest.h>

#include "core/formats/formats.hpp"
#include "core/check/prose_checks.hpp"
#include "core/recognize/stated_numbers.hpp"
#include "core/recognize/number_reader.hpp"
#include "support/checker_reports.hpp"

using namespace nianbao;

namespace {

Document docOf(std::vector<std::string> paragraphs) {
    Document d{"d", {}};
    for (auto& p : paragraphs) d.blocks.push_back(Paragraph{p, 0});
    return d;
}

// Sections S1..S6 at blocks 0, 2, 4, ... of a document with one body paragraph each.
Report withSections(Report r) {
    for (size_t i = 0; i < r.sections.size(); ++i) r.sections[i].block = static_cast<int>(2 * i);
    return r;
}

std::vector<std::string> sixSections(const std::string& s6Body) {
    return {"一、总体情况", "共收到申请8件", "二、主动公开政府信息情况", "", "三、收到和处理政府信息公开申请情况",
            "", "四、政府信息公开行政复议、行政诉讼情况", "", "五、存在的主要问题及改进情况", "",
            "六、其他需要报告的事项", s6Body};
}

// N1 as check() runs it: the statements read from the document, then compared.
std::vector<Finding> n1(const Document& doc, Report r) {
    r.stated = statedNumbers(doc, *r.format);
    return proseNumberFindings(r);
}

}  // namespace

TEST(ProseNumbers, SeedSentenceDisagreesWithNewTotal) {
    const Report r = ctest::buildReport(ctest::seedTexts());
    const auto f = n1(
        docOf({"2023年，区商务局共收到依申请政府信息公开1件，已全部按时办结。"}), r);
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].rule, "N1");
    EXPECT_EQ(f[0].severity, "warning");
    EXPECT_EQ(f[0].cells, std::vector<std::string>{"T3.new.total"});
    EXPECT_EQ(*f[0].lhs, 1);
    EXPECT_EQ(*f[0].rhs, 8);
}

TEST(ProseNumbers, ANumberSpacedOffItsUnit) {
    // As PDFs (and some typists) write it: "共收到 … 1 件".
    const Report r = ctest::buildReport(ctest::seedTexts());
    const auto f = n1(docOf({"2023 年，区商务局共收到依申请政府信息公开 1 件，已全部按时办结。"}), r);
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(*f[0].lhs, 1);
    EXPECT_EQ(*f[0].rhs, 8);
}

TEST(ProseNumbers, AgreeingAndOtherStatements) {
    const Report r = ctest::buildReport(ctest::seedTexts());
    EXPECT_TRUE(n1(docOf({"本年共收到政府信息公开申请8件。", "予以公开2件。",
                                           "发生行政复议1件，行政诉讼0件。", "上年结转0件"}),
                                    r)
                    .empty());
    const auto f = n1(
        docOf({"本年新收政府信息公开申请八件。予以公开3件；上年结转2件。", "被申请行政复议2件，行政诉讼1件"}), r);
    std::vector<std::string> cells;
    for (const Finding& x : f) cells.push_back(x.cells[0]);
    EXPECT_EQ(cells, (std::vector<std::string>{"T3.carried_in.total", "T3.r_open.total",
                                               "T4.counts.rv_tot", "T4.counts.ld_tot"}));
}

TEST(ProseNumbers, OneStatementPerCellEvenUnderTwoKeywords) {
    const Report r = ctest::buildReport(ctest::seedTexts());  // 8 new requests
    const auto f = n1(docOf({"本年共收到政府信息公开申请1件，其中新收申请1件。"}), r);
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(*f[0].lhs, 1);
}

TEST(SectionChecks, MissingS6GivesN2AndN3) {
    Report r = withSections(ctest::buildReport({}));
    r.sections[5].found = false;
    r.sections[0].numbered = false;
    r.sections[0].title = "总体情况";
    const auto f = sectionFindings(docOf(sixSections("")), r);
    int n2 = 0, n3warn = 0, n3info = 0;
    for (const Finding& x : f) {
        n2 += x.rule == "N2";
        n3warn += x.rule == "N3" && x.severity == "warning";
        n3info += x.rule == "N3" && x.severity == "info";
    }
    EXPECT_EQ(n2, 1);
    EXPECT_EQ(n3warn, 1);
    EXPECT_EQ(n3info, 1);
}

TEST(SectionChecks, S6MustMentionProcessingFeesAndOrderMatters) {
    Report r = withSections(ctest::buildReport({}));
    const Document silent = docOf(sixSections("无其他需要报告的事项。"));
    const Document says = docOf(sixSections("本年度未收取信息处理费。"));
    ASSERT_EQ(sectionFindings(silent, r).size(), 1u);
    EXPECT_EQ(sectionFindings(silent, r)[0].rule, "N2");
    EXPECT_TRUE(sectionFindings(says, r).empty());
    std::swap(r.sections[1].block, r.sections[2].block);
    const auto f = sectionFindings(says, r);
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].rule, "N3");
    r = withSections(ctest::buildReport({}));
    r.sections[4].titleOk = false;
    ASSERT_EQ(sectionFindings(says, r).size(), 1u);
}

TEST(YearChecks, TitleVersusDataYearAndFormatVersusYear) {
    Report r = ctest::buildReport({});
    EXPECT_TRUE(yearFindings(r).empty());
    r.titleYear = 2022;
    EXPECT_EQ(yearFindings(r).size(), 1u);
    r.titleYear = r.dataYear = 2020;  // 2021 format for 2020 data
    ASSERT_EQ(yearFindings(r).size(), 1u);
    EXPECT_EQ(yearFindings(r)[0].rule, "N4");
    r = ctest::buildReport({}, &format2019());
    r.titleYear = r.dataYear = 2020;
    EXPECT_TRUE(yearFindings(r).empty());
    r.titleYear = r.dataYear = 2023;
    EXPECT_EQ(yearFindings(r).size(), 1u);
}

TEST(YearOverYear, CarriedInMustEqualLastYearsCarriedOut) {
    ctest::CellTexts last, now;
    last["T3.carried_out.np"] = "2";
    now["T3.carried_in.np"] = "2";
    EXPECT_TRUE(yearOverYearFindings(ctest::buildReport(now), ctest::buildReport(last)).empty());
    now["T3.carried_in.np"] = "3";
    const auto f = yearOverYearFindings(ctest::buildReport(now), ctest::buildReport(last));
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].rule, "Y1");
    EXPECT_EQ(f[0].column, "np");
    EXPECT_EQ(*f[0].lhs, 3);
    EXPECT_EQ(*f[0].rhs, 2);
}

TEST(YearOverYear, ValidCountsFollowMadeAndRepealed) {
    auto withT2 = [](Report r, double made, double repealed, double valid) {
        for (const char* col : {"made", "repealed", "valid"}) {
            ReportCell c;
            c.table = "T2", c.row = "normative", c.col = col;
            const double v = std::string(col) == "made" ? made : std::string(col) == "repealed" ? repealed : valid;
            c.text = std::to_string(static_cast<int>(v));
            c.reading = readNumber(c.text, ValueKind::Count);
            r.tables[0].cells.push_back(c);
        }
        return r;
    };
    const Report last = withT2(ctest::buildReport({}), 1, 0, 10);
    EXPECT_TRUE(yearOverYearFindings(withT2(ctest::buildReport({}), 3, 1, 12), last).empty());
    Report now = withT2(ctest::buildReport({}), 3, 1, 13), before = last;
    now.titleYear = now.dataYear = 2023;
    before.titleYear = before.dataYear = 0;  // a report that does not say its year
    const auto f = yearOverYearFindings(now, before);
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].row, "normative");
    EXPECT_EQ(*f[0].rhs, 12);
    EXPECT_EQ(f[0].cells, (std::vector<std::string>{"T2.normative.valid", "T2.normative.made", "T2.normative.repealed"}));
    // The message is the declaration's, filled in; the reports are named by year when they say it.
    EXPECT_EQ(f[0].message, "第二十条第（一）项·行政规范性文件：2023年报告的现行有效件数（13）不等于上年报告的现行有效件数（10）加本年制发（3）减本年废止（1）");
    EXPECT_EQ(f[0].messageEn,
              "「第二十条第（一）项·行政规范性文件」: valid in the 2023 report (13) differs from 10 valid in last year's report + made 3 - repealed 1");
}

TEST(YearOverYear, LastYearInTheOlderFormat) {
    // A 2021-format report continues a 2019-format one: T3's carry still
    // applies; T2's does not (2019's T2 counts no documents in force).
    ctest::CellTexts last, now;
    last["T3.carried_out.np"] = "2";
    now["T3.carried_in.np"] = "3";
    Report thisYear = ctest::buildReport(now), lastYear = ctest::buildReport(last, &format2019());
    thisYear.titleYear = thisYear.dataYear = 2021;
    lastYear.titleYear = lastYear.dataYear = 2020;
    const auto f = yearOverYearFindings(thisYear, lastYear);
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].message, "自然人列：2021年报告的上年结转（3）不等于2020年报告的结转下年度继续办理（2）");
    // A 2019-format report declares no T2 carry.
    for (const CarryDecl& c : format2019().carries) EXPECT_NE(c.table, "T2");
}
