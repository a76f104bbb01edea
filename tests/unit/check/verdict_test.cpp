// Issue 8 on the core: verdicts, C1 for what could not be checked, `where`
// on every finding and change, no internal ids in messages, exact numbers.
#include <gtest/gtest.h>

#include <map>
#include <regex>

#include "core/checker.hpp"
#include "core/output/findings_json.hpp"
#include "core/recognize/number_reader.hpp"
#include "core/text/normalize.hpp"
#include "support/fixtures.hpp"
#include "support/grid_edit.hpp"
#include "support/report_builder.hpp"

using namespace nianbao;
using nianbao::test::keepRows;
using nianbao::test::loadDump;
using nianbao::test::rowContaining;
using nianbao::test::tableBlock;
using nianbao::test::withoutColumn;
using nianbao::test::withTexts;

static std::string formatNumberForTest(double v) { return std::to_string(static_cast<long long>(v)); }

namespace {

Document seed() { return loadDump("seed/miyun-commerce-2023.grid.json"); }

Table& tableAt(Document& d, int n) { return std::get<Table>(d.blocks[static_cast<size_t>(tableBlock(d, n))]); }

// The seed with the localizer's correction typed in: every hard relation holds.
Document correctedSeed() {
    Document d = seed();
    const CheckResult r = check(d);
    std::map<std::string, std::string> texts;
    for (const CellChange& c : r.correction.changes)
        if (const ReportCell* cell = r.report->cell(c.cell)) texts[cell->at] = formatNumberForTest(c.to);
    for (Block& b : d.blocks)
        if (auto* t = std::get_if<Table>(&b)) *t = withTexts(*t, texts);
    return d;
}

std::vector<const Finding*> rule(const CheckResult& r, const std::string& id) {
    std::vector<const Finding*> out;
    for (const Finding& f : r.findings)
        if (f.rule == id) out.push_back(&f);
    return out;
}

bool hasErrors(const CheckResult& r) {
    for (const Finding& f : r.findings)
        if (f.severity == "error") return true;
    return false;
}

// Internal ids a message must never show: subtotal ids, full cell keys.
void expectNoIds(const CheckResult& r, const std::string& what) {
    static const std::regex ids(R"(sub\d+|T\d\.\w+\.\w+)");
    for (const Finding& f : r.findings) {
        EXPECT_FALSE(std::regex_search(f.message, ids)) << what << ": " << f.message;
        EXPECT_FALSE(std::regex_search(f.messageEn, ids)) << what << ": " << f.messageEn;
    }
}

}  // namespace

TEST(Verdict, SeedHasErrorsNoC1AndWhereOnEverything) {
    const CheckResult r = check(seed());
    EXPECT_STREQ(verdictOf(r), "errors");
    EXPECT_TRUE(rule(r, "C1").empty());
    for (const Finding& f : r.findings) EXPECT_FALSE(f.where.empty()) << f.rule << " " << f.message;
    ASSERT_FALSE(r.correction.changes.empty());
    for (const CellChange& c : r.correction.changes) {
        ASSERT_EQ(c.where.size(), 1u) << c.cell;
        EXPECT_EQ(c.where[0].kind, Where::Kind::Cell);
        EXPECT_EQ(c.where[0].table + "." + c.where[0].cell, r.report->cell(c.cell)->at);
    }
    EXPECT_NE(toJson(r).find("\"verdict\": \"errors\""), std::string::npos);
}

TEST(Verdict, CellWhereNamesTheCellHoldingTheText) {
    const Document d = seed();
    const CheckResult r = check(d);
    int checked = 0;
    for (const Finding& f : r.findings)
        for (const Where& w : f.where) {
            if (w.kind != Where::Kind::Cell) continue;
            bool found = false;
            for (const Block& b : d.blocks)
                if (const auto* t = std::get_if<Table>(&b))
                    for (const SourceCell& c : t->cells())
                        if (c.address == w.table + "." + w.cell) found = true;
            EXPECT_TRUE(found) << w.table << "." << w.cell;
            ++checked;
        }
    EXPECT_GT(checked, 10);
}

TEST(Verdict, ProseAndSectionWherePointIntoParagraphs) {
    const Document d = seed();
    const CheckResult r = check(d);
    std::vector<std::string> paragraphs;
    for (const Block& b : d.blocks)
        if (const auto* p = std::get_if<Paragraph>(&b)) paragraphs.push_back(p->text);
    const auto n1 = rule(r, "N1");
    ASSERT_EQ(n1.size(), 1u);
    ASSERT_EQ(n1[0]->where[0].kind, Where::Kind::Span);
    const Where& w = n1[0]->where[0];
    const std::u32string text = decodeUtf8(paragraphs.at(static_cast<size_t>(w.paragraph)));
    EXPECT_EQ(encodeUtf8(text.substr(static_cast<size_t>(w.start), static_cast<size_t>(w.end - w.start))), "1");
    // Section 六 is missing: it belongs after the last paragraph.
    bool after = false;
    for (const Finding* f : rule(r, "N2"))
        for (const Where& x : f->where)
            after = after || (x.kind == Where::Kind::After && x.paragraph == static_cast<int>(paragraphs.size()) - 1);
    EXPECT_TRUE(after);
}

TEST(Verdict, CorrectedSeedHasNoErrorsAndNoC1) {
    const CheckResult r = check(correctedSeed());
    EXPECT_FALSE(hasErrors(r));
    EXPECT_TRUE(rule(r, "C1").empty());
    EXPECT_STREQ(verdictOf(r), "warnings");  // the prose (N1) and the missing section (N2, N3)
}

TEST(Coverage, MissingT3RowGivesOneC1PerLostRelation) {
    Document d = correctedSeed();
    Table& t3 = tableAt(d, 1);
    const int row = rowContaining(t3, "申请人逾期未按收费通知要求缴纳费用");
    ASSERT_GT(row, 0);
    t3 = keepRows(t3, [&](int r) { return r != row; }, t3.name());
    const CheckResult r = check(d);
    EXPECT_STREQ(verdictOf(r), "incomplete");
    const auto c1 = rule(r, "C1");
    int h2 = 0, h3 = 0;
    for (const Finding* f : c1) {
        EXPECT_NE(f->message.find("未找到「（六）其他处理·2.申请人逾期未按收费通知要求缴纳费用"), std::string::npos)
            << f->message;
        h2 += f->message.find("H2（") != std::string::npos;
        h3 += f->message.find("H3（") != std::string::npos;
        EXPECT_FALSE(f->where.empty());
    }
    EXPECT_EQ(h2, 7);  // one per column
    EXPECT_EQ(h3, 1);  // the row's own sum
    EXPECT_EQ(c1.size(), 8u);
    expectNoIds(r, "missing T3 row");
}

TEST(Coverage, SeedMissingARowKeepsItsErrorsElsewhereButLosesH2) {
    Document d = seed();
    Table& t3 = tableAt(d, 1);
    const int row = rowContaining(t3, "申请人逾期未按收费通知要求缴纳费用");
    t3 = keepRows(t3, [&](int r) { return r != row; }, t3.name());
    const CheckResult r = check(d);
    EXPECT_STREQ(verdictOf(r), "errors");  // H1 still fails
    EXPECT_TRUE(rule(r, "H2").empty());
    EXPECT_EQ(rule(r, "C1").size(), 8u);
}

TEST(Coverage, MissingT3ColumnGivesOneC1PerRelationThroughIt) {
    Document d = correctedSeed();
    Table& t3 = tableAt(d, 1);
    const CheckResult before1 = check(d);  // keeps the cell alive
    const ReportCell* cell = before1.report->cell("T3.new.ngo");  // 社会公益组织
    ASSERT_NE(cell, nullptr);
    t3 = withoutColumn(t3, cell->gridCol);
    const CheckResult r = check(d);
    EXPECT_STREQ(verdictOf(r), "incomplete");
    int h1 = 0, h2 = 0, h3 = 0;
    for (const Finding* f : rule(r, "C1")) {
        EXPECT_NE(f->message.find("未找到「社会公益组织」列"), std::string::npos) << f->message;
        h1 += f->message.find("H1（") != std::string::npos;
        h2 += f->message.find("H2（") != std::string::npos;
        h3 += f->message.find("H3（") != std::string::npos;
    }
    EXPECT_EQ(h1, 1);
    EXPECT_EQ(h2, 1);
    EXPECT_EQ(h3, 25);  // every row's sum of its columns (2021: 25 rows)
    expectNoIds(r, "missing T3 column");
}

TEST(Coverage, MissingT4GivesOneC1PerGroup) {
    Document d = correctedSeed();
    d.blocks.erase(d.blocks.begin() + tableBlock(d, 2));
    const CheckResult r = check(d);
    EXPECT_STREQ(verdictOf(r), "incomplete");
    const auto c1 = rule(r, "C1");
    ASSERT_EQ(c1.size(), 3u);
    EXPECT_NE(c1[0]->message.find("H4（行政复议）"), std::string::npos) << c1[0]->message;
    EXPECT_NE(c1[0]->message.find("四、政府信息公开行政复议、行政诉讼情况"), std::string::npos) << c1[0]->message;
    expectNoIds(r, "missing T4");
}

// T2 takes part in no relation of a single report: a block or row left out is
// short of the format (C2, a warning), not a check that could not be done.
TEST(Coverage, MissingT2BlockGivesC2) {
    Document d = correctedSeed();
    Table& t2 = tableAt(d, 0);
    const int from = rowContaining(t2, "第二十条第（五）项");
    const int to = rowContaining(t2, "第二十条第（六）项");
    ASSERT_GT(from, 0);
    ASSERT_GT(to, from);
    t2 = keepRows(t2, [&](int r) { return r < from || r >= to; }, t2.name());
    const CheckResult r = check(d);
    EXPECT_STREQ(verdictOf(r), "warnings");
    EXPECT_TRUE(rule(r, "C1").empty());
    const auto c2 = rule(r, "C2");
    ASSERT_EQ(c2.size(), 1u);
    EXPECT_EQ(c2[0]->row, "licensing");
    EXPECT_NE(c2[0]->message.find("行政许可"), std::string::npos) << c2[0]->message;
    EXPECT_NE(c2[0]->message.find("应填0"), std::string::npos) << c2[0]->message;
    EXPECT_EQ(c2[0]->cells, std::vector<std::string>{"T2.licensing.decisions"});
}

TEST(Coverage, MissingRulesRowIsC2AloneAndC1WhenLastYearNeedsIt) {
    Document d = correctedSeed();
    Table& t2 = tableAt(d, 0);
    const int rules = rowContaining(t2, "规章");
    ASSERT_GT(rules, 0);
    t2 = keepRows(t2, [&](int r) { return r != rules; }, t2.name());
    const CheckResult alone = check(d);
    EXPECT_STREQ(verdictOf(alone), "warnings");
    ASSERT_EQ(rule(alone, "C2").size(), 1u);
    EXPECT_EQ(rule(alone, "C2")[0]->row, "rules");

    // Y1 carries T2's documents in force from last year: now the row is needed.
    const Document lastYear = correctedSeed();
    CheckOptions withPrevious;
    withPrevious.previousYear = &lastYear;
    const CheckResult compared = check(d, withPrevious);
    EXPECT_STREQ(verdictOf(compared), "incomplete");
    EXPECT_TRUE(rule(compared, "C2").empty());
    const auto c1 = rule(compared, "C1");
    ASSERT_EQ(c1.size(), 1u);
    EXPECT_EQ(c1[0]->row, "rules");
    EXPECT_NE(c1[0]->message.find("Y1"), std::string::npos) << c1[0]->message;

    // A row Y1 does not read (行政许可 has no documents in force) stays C2 with last year given.
    Document noLicensing = correctedSeed();
    Table& t = tableAt(noLicensing, 0);
    const int licensing = rowContaining(t, "行政许可");
    t = keepRows(t, [&](int r) { return r != licensing; }, t.name());
    const CheckResult r = check(noLicensing, withPrevious);
    EXPECT_STREQ(verdictOf(r), "warnings");
    ASSERT_EQ(rule(r, "C2").size(), 1u);
    EXPECT_EQ(rule(r, "C2")[0]->row, "licensing");
}

TEST(Verdict, NotAReportAndUnreadable) {
    const CheckResult r = check(Document{"note.odt", {Paragraph{"会议通知", 0}}});
    EXPECT_STREQ(verdictOf(r), "not-a-report");
    EXPECT_NE(toJson(r).find("\"verdict\": \"not-a-report\""), std::string::npos);
    CheckResult broken;
    broken.error = "cannot load";
    EXPECT_STREQ(verdictOf(broken), "unreadable");
    EXPECT_NE(errorJson("x.docx", "cannot load").find("\"verdict\": \"unreadable\""), std::string::npos);
}

TEST(Verdict, NoInternalIdsInAnyMessage) {
    expectNoIds(check(seed()), "seed");
    using namespace nianbao::test;
    for (int variant = 0; variant < 6; ++variant) {
        ReportLayout l;
        l.t3.denySubtotal = variant == 1;
        l.t3.orgSubtotalColumn = variant == 2;
        l.t3.v2019 = variant == 3;
        l.t2.v2019 = variant == 3;
        l.t4 = variant == 4 ? T4Layout::ThreeTables : T4Layout::Seed;
        l.t2.fourTables = variant == 4 || variant == 3;
        l.t3.splitAfterRow = variant == 5 ? 6 : -1;
        CheckOptions findingsOnly;
        findingsOnly.localize = false;  // every cell is off here: the correction search is not the point
        const CheckResult r = check(buildReport(l), findingsOnly);
        expectNoIds(r, "layout " + std::to_string(variant));
        for (const Finding* f : rule(r, "C1"))  // every layout is complete: nothing unchecked
            ADD_FAILURE() << "layout " << variant << ": " << f->message;
        if (variant == 1) {  // the publisher's 小计 row is named as written, never by its id
            bool named = false;
            for (const Finding& f : r.findings)
                named = named || (f.rule == "H5" && f.message.find("小计（") != std::string::npos);
            EXPECT_TRUE(named);
        }
    }
}

TEST(Numbers, ImplausibleCountsAreV1QuotingTheText) {
    const std::string huge = "123456789012345678901234567890";
    const NumberReading n = readNumber(huge, ValueKind::Count);
    EXPECT_EQ(n.status, NumberReading::Status::Invalid);
    EXPECT_TRUE(n.tooLong);
    EXPECT_EQ(readNumber("999999999999", ValueKind::Count).value, 999999999999.0);  // 12 digits: a count
    EXPECT_FALSE(readNumber("1000000000000", ValueKind::Count).ok());               // 13 digits: not
    EXPECT_FALSE(readNumber("9007199254740993", ValueKind::Count).ok());            // past 2^53

    Document d = seed();
    Table& t3 = tableAt(d, 1);
    const CheckResult before2 = check(d);  // keeps the cell alive
    const ReportCell* cell = before2.report->cell("T3.new.res");
    ASSERT_NE(cell, nullptr);
    t3 = withTexts(t3, {{cell->at, huge}});
    const CheckResult r = check(d);
    bool quoted = false;
    for (const Finding* f : rule(r, "V1")) quoted = quoted || f->message.find("“" + huge + "”") != std::string::npos;
    EXPECT_TRUE(quoted);
    EXPECT_NE(toJson(r).find("\"text\": \"" + huge + "\""), std::string::npos);
}

TEST(Numbers, AmountsReadExactlyAsWritten) {
    const NumberReading a = readNumber("12.345", ValueKind::Amount);
    EXPECT_EQ(a.exact, "12.345");
    EXPECT_EQ(a.value, 12.345);
    EXPECT_EQ(readNumber("0.1", ValueKind::Amount).value, 0.1);
    EXPECT_EQ(readNumber("1,234.56万元", ValueKind::Amount).exact, "1234.56");
    EXPECT_EQ(readNumber("007", ValueKind::Count).exact, "7");
}
