// What a rebuilt table carries over (core/template/carried_values): every
// recognized value to its 2021 cell, 2019's renamed and orphaned cells said,
// the unique correction applied.
#include <gtest/gtest.h>

#include <algorithm>

#include "core/checker.hpp"
#include "core/recognizer.hpp"
#include "core/template/carried_values.hpp"
#include "support/fixtures.hpp"
#include "support/report_builder.hpp"

namespace nianbao {
namespace {

bool hasFrom(const std::vector<tmpl::CarriedCell>& list, const std::string& from) {
    return std::any_of(list.begin(), list.end(), [&](const tmpl::CarriedCell& c) { return c.from == from; });
}

TEST(CarriedValues, A2019T3MovesItsOtherRowTo3Other) {
    test::ReportLayout layout;
    layout.t3.v2019 = true;
    layout.t2.v2019 = true;
    const Report r = recognize(test::buildReport(layout));
    ASSERT_EQ(r.format, &format2019());
    const tmpl::CarriedValues v = tmpl::carryValues(r, Correction{}, "T3");
    const std::vector<std::string> rows = test::t3RowIds(true);
    const auto other = std::find(rows.begin(), rows.end(), "other") - rows.begin();
    EXPECT_EQ(v.values.at("other_3.np"), std::to_string(test::t3Value(static_cast<int>(other), 0)));
    EXPECT_EQ(v.values.count("other_1.np"), 0u);
    EXPECT_EQ(v.values.at("new.np"), std::to_string(test::t3Value(0, 0)));
    EXPECT_EQ(v.values.size(), 23u * 7u);  // every 2021 row but other_1 and other_2
    ASSERT_EQ(v.moved.size(), 7u);
    EXPECT_EQ(v.moved[0].from, "T3.other.np");
    EXPECT_EQ(v.moved[0].to, "T3.other_3.np");
    EXPECT_TRUE(v.dropped.empty());
}

TEST(CarriedValues, A2019T2ListsWhatHasNo2021Cell) {
    test::ReportLayout layout;
    layout.t3.v2019 = true;
    layout.t2.v2019 = true;
    const Report r = recognize(test::buildReport(layout));
    ASSERT_EQ(r.format, &format2019());
    const tmpl::CarriedValues v = tmpl::carryValues(r, Correction{}, "T2");
    EXPECT_TRUE(v.values.count("rules.made"));       // 本年新制作数量 -> 本年制发件数
    EXPECT_TRUE(v.values.count("licensing.decisions"));
    EXPECT_TRUE(hasFrom(v.dropped, "T2.rules.new_published"));
    EXPECT_TRUE(hasFrom(v.dropped, "T2.other_services.prev_items"));
    EXPECT_TRUE(hasFrom(v.dropped, "T2.admin_fees.change"));
    EXPECT_TRUE(hasFrom(v.dropped, "T2.procurement.amount"));
    // Nothing lost: each recognized cell is carried or listed.
    EXPECT_EQ(v.values.size() + v.dropped.size(), r.table("T2")->cells.size());
}

TEST(CarriedValues, TheSeedsUniqueCorrectionIsApplied) {
    const Document doc = test::loadDump("seed/miyun-commerce-2023.grid.json");
    const CheckResult c = check(doc);
    ASSERT_EQ(c.correction.status, Correction::Status::Unique);
    const tmpl::CarriedValues v = tmpl::carryValues(*c.report, c.correction, "T3");
    EXPECT_EQ(v.values.at("r_total.np"), "8");      // written "1 0"
    EXPECT_EQ(v.values.at("r_total.total"), "8");   // written "10"
    EXPECT_EQ(v.values.at("new.np"), "8");
    EXPECT_EQ(v.values.at("new.biz"), "0");
    EXPECT_EQ(v.corrected.size(), 4u);
    EXPECT_TRUE(v.moved.empty());
    // A tied or absent correction is not applied.
    Correction tied = c.correction;
    tied.status = Correction::Status::Tied;
    EXPECT_EQ(tmpl::carryValues(*c.report, tied, "T3").values.at("r_total.np"), "10");
}

TEST(CarriedValues, PlainNumbers) {
    EXPECT_EQ(tmpl::plainNumber(8), "8");
    EXPECT_EQ(tmpl::plainNumber(0.5), "0.5");
    EXPECT_EQ(tmpl::plainNumber(12.25), "12.25");
    EXPECT_EQ(tmpl::plainNumber(-3), "-3");
}

}  // namespace
}  // namespace nianbao
