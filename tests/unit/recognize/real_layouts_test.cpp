// Layouts as documents really come: a T3 and a T2 split in a web page and saved
// by LibreOffice as .docx/.doc, where the two pieces come back glued into one
// table drawn on two sets of grid lines (grid dumps of what the UNO reader saw,
// made by tests/integration/test_html_variants.py's round trip); header words
// and group titles matched by the loose rule.
#include <gtest/gtest.h>

#include "core/checker.hpp"
#include "core/recognize/internal.hpp"
#include "core/recognize/recognizer.hpp"
#include "core/formats/formats.hpp"
#include "support/fixtures.hpp"

namespace nianbao {
namespace {

double valueOf(const Report& r, const std::string& key) {
    const ReportCell* c = r.cell(key);
    return c && c->reading.ok() ? c->reading.value : -1;
}

TEST(RealLayouts, SplitT3GluedByADocxRoundTripIsReadWhole) {
    const Document doc = test::loadDump("layouts/t3-split-saved-as-docx.grid.json");
    const Report r = recognize(doc);
    const RecognizedTable* t3 = r.table("T3");
    ASSERT_NE(t3, nullptr);
    EXPECT_EQ(t3->writerTables.size(), 1u);  // one table in the file
    EXPECT_EQ(t3->cells.size(), 25u * 7u);
    // Cells of the second piece, on their own grid lines.
    EXPECT_EQ(valueOf(r, "T3.unable_1.np"), 2);
    EXPECT_EQ(valueOf(r, "T3.unable_1.total"), 2);
    EXPECT_EQ(valueOf(r, "T3.other_3.np"), 1);
    EXPECT_EQ(valueOf(r, "T3.r_total.total"), 8);
    EXPECT_EQ(valueOf(r, "T3.carried_out.oth"), 0);
    const CheckResult c = check(doc);
    for (const Finding& f : c.findings) EXPECT_NE(f.severity, "error") << f.message;
    EXPECT_STREQ(verdictOf(c), "warnings");
}

TEST(RealLayouts, SplitT2GluedByADocRoundTripIsReadWhole) {
    const Report r = recognize(test::loadDump("layouts/t2-split-saved-as-doc.grid.json"));
    const RecognizedTable* t2 = r.table("T2");
    ASSERT_NE(t2, nullptr);
    EXPECT_EQ(t2->cells.size(), 10u);
    EXPECT_EQ(valueOf(r, "T2.normative.valid"), 0);
    EXPECT_EQ(valueOf(r, "T2.licensing.decisions"), 1);
}

TEST(RealLayouts, RowColumnsFollowTheRowsOwnCellsWhenOffTheHeaderLines) {
    // Header values on columns 1 and 2; the glued row's cells start at 0, 1, 3.
    Table t("t", 2, 4);
    t.addCell({"h", "", 0, 0, 1, 1});
    t.addCell({"a", "", 0, 1, 1, 1});
    t.addCell({"b", "", 0, 2, 1, 2});
    t.addCell({"label", "", 1, 0, 1, 1});
    t.addCell({"1", "", 1, 1, 1, 2});
    t.addCell({"2", "", 1, 3, 1, 1});
    const std::map<int, std::string> header{{1, "a"}, {2, "b"}};
    EXPECT_EQ(recog::rowColumns(t, 0, header), header);
    EXPECT_EQ(recog::rowColumns(t, 1, header), (std::map<int, std::string>{{1, "a"}, {3, "b"}}));
}

recog::Label label(const std::string& text) { return recog::readLabel(text); }

TEST(RealLayouts, LooseMatchTakesTheDeclaredWordsInsideALongerHeader) {
    const TableDecl& t2 = *format2021().table("T2");
    const AxisDecl* fee = recog::matchAxis(t2.columns, label("上一年项目本年收费金额（单位：万元）"));
    ASSERT_NE(fee, nullptr);
    EXPECT_EQ(fee->id, "fee_amount");
    const AxisDecl* shortFee = recog::matchAxis(t2.columns, label("收费金额"));
    ASSERT_NE(shortFee, nullptr);
    EXPECT_EQ(shortFee->id, "fee_amount");
    // Too short to mean anything alone, or holding two columns' words alike: no match.
    EXPECT_EQ(recog::matchAxis(t2.columns, label("件数")), nullptr);
    EXPECT_EQ(recog::matchAxis(t2.columns, label("本年制发件数本年废止件数")), nullptr);
}

TEST(RealLayouts, LooseMatchNamesT4GroupsInTheirLongTitles) {
    const std::string a = "未经复议直接起诉", b = "复议后起诉", c = "行政复议";
    const std::vector<std::vector<const std::string*>> groups{{&c}, {&a}, {&b}};
    EXPECT_EQ(recog::looseMatch(groups, label("行政诉讼（未经复议直接起诉）")), 1);
    EXPECT_EQ(recog::looseMatch(groups, label("行政诉讼（复议后起诉）")), 2);
    EXPECT_EQ(recog::looseMatch(groups, label("行政诉讼")), -1);
}

}  // namespace
}  // namespace nianbao
