// Recognition of every layout variant publishers use (format.md), both
// format versions: each value must be read from the cell written for it.
#include <gtest/gtest.h>

#include <algorithm>

#include "core/recognize/recognizer.hpp"
#include "core/model/relation_index.hpp"
#include "support/report_builder.hpp"

namespace nianbao {
namespace {

using test::ReportLayout;
using test::T3Layout;
using test::T4Layout;

const char* kT3Cols[] = {"np", "biz", "res", "ngo", "law", "oth", "total"};
const char* kT4Cols[] = {"rv_keep", "rv_corr", "rv_oth", "rv_pend", "rv_tot", "ld_keep", "ld_corr", "ld_oth",
                         "ld_pend", "ld_tot", "la_keep", "la_corr", "la_oth", "la_pend", "la_tot"};

// Every declared T3 cell is there and holds the value written for it.
void expectT3(const Report& r, bool v2019) {
    const std::vector<std::string> rows = test::t3RowIds(v2019);
    for (size_t i = 0; i < rows.size(); ++i)
        for (int j = 0; j < 7; ++j) {
            const std::string key = "T3." + rows[i] + "." + kT3Cols[j];
            const ReportCell* c = r.cell(key);
            ASSERT_NE(c, nullptr) << key;
            EXPECT_EQ(c->reading.value, test::t3Value(static_cast<int>(i), j)) << key;
            EXPECT_FALSE(c->extra) << key;
        }
}

void expectT4(const Report& r) {
    for (int c = 0; c < 15; ++c) {
        const ReportCell* cell = r.cell(std::string("T4.counts.") + kT4Cols[c]);
        ASSERT_NE(cell, nullptr) << kT4Cols[c];
        EXPECT_EQ(cell->reading.value, test::t4Value(c)) << kT4Cols[c];
    }
    EXPECT_EQ(r.table("T4")->cells.size(), 15u);
}

int countRule(const Report& r, const std::string& rule) {
    return static_cast<int>(std::count_if(r.relations.begin(), r.relations.end(),
                                           [&](const Relation& x) { return x.rule == rule; }));
}

class Layouts : public ::testing::TestWithParam<bool> {
protected:
    bool v2019() const { return GetParam(); }
    ReportLayout base() const {
        ReportLayout l;
        l.t2.v2019 = l.t3.v2019 = v2019();
        l.year = v2019() ? 2020 : 2022;
        return l;
    }
    const char* version() const { return v2019() ? "2019" : "2021"; }
    size_t t3Rows() const { return v2019() ? 23u : 25u; }
    void expectStandardRelations(const Report& r) const {
        EXPECT_EQ(countRule(r, "H1"), 7);
        EXPECT_EQ(countRule(r, "H2"), 7);
        EXPECT_EQ(countRule(r, "H3"), static_cast<int>(t3Rows()));
        EXPECT_EQ(countRule(r, "H4"), 3);
        EXPECT_TRUE(relationsIndexed(r));  // the cells of every layout, subtotals included
    }
};

TEST_P(Layouts, FormatLayout) {
    const Report r = recognize(test::buildReport(base()));
    ASSERT_NE(r.format, nullptr);
    EXPECT_EQ(r.format->version, version());
    expectT3(r, v2019());
    expectT4(r);
    EXPECT_EQ(r.table("T3")->cells.size(), t3Rows() * 7);
    expectStandardRelations(r);
    EXPECT_EQ(countRule(r, "H5"), 0);
    EXPECT_EQ(r.titleYear, base().year);
    EXPECT_EQ(r.dataYear, base().year);
    for (const SectionHit& s : r.sections) {
        EXPECT_TRUE(s.found) << s.id;
        EXPECT_TRUE(s.numbered) << s.id;
        EXPECT_TRUE(s.titleOk) << s.id;
    }
}

TEST_P(Layouts, T2ReadPerBlock) {
    for (bool four : {false, true})
        for (bool wording : {false, true}) {
            ReportLayout l = base();
            l.t2.fourTables = four;
            l.t2.otherNormativeWording = wording;
            const Report r = recognize(test::buildReport(l));
            ASSERT_NE(r.format, nullptr);
            EXPECT_EQ(r.format->version, version());
            const RecognizedTable* t2 = r.table("T2");
            ASSERT_TRUE(t2 && t2->found);
            EXPECT_EQ(t2->writerTables.size(), four ? (v2019() ? 5u : 4u) : 1u);
            if (!v2019()) {
                // Values are numbered 1.. in reading order.
                EXPECT_EQ(t2->cells.size(), 10u);
                EXPECT_EQ(r.cell("T2.rules.made")->reading.value, 1);
                EXPECT_EQ(r.cell("T2.normative.valid")->reading.value, 6);
                EXPECT_EQ(r.cell("T2.licensing.decisions")->reading.value, 7);
                EXPECT_EQ(r.cell("T2.coercion.decisions")->reading.value, 9);
                EXPECT_EQ(r.cell("T2.admin_fees.fee_amount")->reading.value, 10.5);
                EXPECT_EQ(r.cell("T2.licensing.made"), nullptr);
            } else {
                EXPECT_EQ(t2->cells.size(), 6u + 12u + 2u + 2u);
                EXPECT_EQ(r.cell("T2.normative.total_published")->reading.value, 6);
                EXPECT_EQ(r.cell("T2.licensing.change")->reading.value, -8);
                EXPECT_EQ(r.cell("T2.other_services.decisions")->reading.value, 12);
                EXPECT_EQ(r.cell("T2.admin_fees.change")->reading.value, -20);
                EXPECT_EQ(r.cell("T2.admin_fees.decisions"), nullptr);
                EXPECT_EQ(r.cell("T2.procurement.items")->reading.value, 21);
                EXPECT_EQ(r.cell("T2.procurement.amount")->reading.value, 22.5);
            }
        }
}

TEST_P(Layouts, MessyLabels) {
    ReportLayout l = base();
    l.t3.messyLabels = true;
    const Report r = recognize(test::buildReport(l));
    ASSERT_NE(r.format, nullptr);
    EXPECT_EQ(r.format->version, version());
    expectT3(r, v2019());
    expectStandardRelations(r);
}

TEST_P(Layouts, SubRowsKnownByTheirNumberWithinTheGroup) {
    ReportLayout l = base();
    l.t3.rewordedSubLabels = true;
    const Report r = recognize(test::buildReport(l));
    ASSERT_NE(r.format, nullptr);
    expectT3(r, v2019());
}

TEST_P(Layouts, MissingNoteCellAndHeaderMergedDifferently) {
    for (bool note : {false, true})
        for (bool merged : {false, true}) {
            ReportLayout l = base();
            l.t3.noteCell = note;
            l.t3.mergedHeader = merged;
            const Report r = recognize(test::buildReport(l));
            ASSERT_NE(r.format, nullptr);
            expectT3(r, v2019());
            EXPECT_EQ(r.table("T3")->cells.size(), t3Rows() * 7);
        }
}

TEST_P(Layouts, T3SplitAcrossAPage) {
    for (int split : {0, 5, 9, 20}) {
        ReportLayout l = base();
        l.t3.splitAfterRow = split;
        const Report r = recognize(test::buildReport(l));
        ASSERT_NE(r.format, nullptr) << split;
        EXPECT_EQ(r.format->version, version());
        expectT3(r, v2019());
        EXPECT_EQ(r.table("T3")->writerTables.size(), 2u) << split;
        expectStandardRelations(r);
        // Cells of the second part carry its own table's address.
        EXPECT_EQ(r.cell("T3.carried_out.np")->at.rfind(r.table("T3")->writerTables[1], 0), 0u);
    }
}

TEST_P(Layouts, BlankLabelSlots) {
    for (bool reworded : {false, true}) {
        ReportLayout l = base();
        l.t3.blankLabelSlots = true;
        l.t3.rewordedSubLabels = reworded;
        const Report r = recognize(test::buildReport(l));
        ASSERT_NE(r.format, nullptr);
        expectT3(r, v2019());
    }
}

TEST_P(Layouts, BlankLabelSlotsSplitAcrossAPage) {
    ReportLayout l = base();
    l.t3.blankLabelSlots = true;
    l.t3.rewordedSubLabels = true;  // the second part's sub-rows need the group from the first
    l.t3.splitAfterRow = 6;
    const Report r = recognize(test::buildReport(l));
    ASSERT_NE(r.format, nullptr);
    expectT3(r, v2019());
}

TEST_P(Layouts, SubtotalRowAndOrganisationColumnAreExtrasCheckedByH5Only) {
    ReportLayout l = base();
    l.t3.denySubtotal = true;
    l.t3.orgSubtotalColumn = true;
    const Report r = recognize(test::buildReport(l));
    ASSERT_NE(r.format, nullptr);
    EXPECT_EQ(r.format->version, version());
    expectT3(r, v2019());
    expectStandardRelations(r);

    const ReportCell* sub = r.cell("T3.sub1.np");
    ASSERT_NE(sub, nullptr);
    EXPECT_TRUE(sub->extra);
    EXPECT_TRUE(sub->total);
    EXPECT_EQ(sub->reading.value, 9000);
    const ReportCell* org = r.cell("T3.new.org_sub");
    ASSERT_NE(org, nullptr);
    EXPECT_TRUE(org->extra);
    EXPECT_EQ(org->reading.value, test::t3OrgSubValue(0));
    EXPECT_EQ(r.cell("T3.sub1.org_sub")->reading.value, 9006);
    EXPECT_EQ(r.cell("T3.sub1.total")->reading.value, 9007);
    // Extras come after the declared cells.
    const auto& cells = r.table("T3")->cells;
    EXPECT_EQ(cells.size(), t3Rows() * 8 + 8);
    EXPECT_FALSE(cells[t3Rows() * 7 - 1].extra);
    EXPECT_TRUE(cells[t3Rows() * 7].extra);

    for (const Relation& rel : r.relations) {
        bool mentionsExtra = false;
        for (const auto* side : {&rel.lhs, &rel.rhs})
            for (const std::string& k : *side) mentionsExtra = mentionsExtra || r.cell(k)->extra;
        EXPECT_EQ(mentionsExtra, rel.rule == "H5") << rel.rule << " " << rel.scope;
    }
    // H5: sub1 = deny_1..deny_8 in each of its 8 columns; org_sub = biz..oth in
    // each of the table's rows plus the subtotal row.
    EXPECT_EQ(countRule(r, "H5"), 8 + static_cast<int>(t3Rows()) + 1);
    for (const Relation& rel : r.relations) {
        if (rel.rule != "H5" || rel.lhs.front() != "T3.sub1.np") continue;
        EXPECT_EQ(rel.rhs.size(), 8u);
        EXPECT_EQ(rel.rhs.front(), "T3.deny_1.np");
        EXPECT_EQ(rel.rhs.back(), "T3.deny_8.np");
        EXPECT_EQ(rel.axis, Relation::Axis::Column);  // a subtotal row runs down a column
    }
    for (const Relation& rel : r.relations) {
        if (rel.rule != "H5" || rel.lhs.front() != "T3.new.org_sub") continue;
        EXPECT_EQ(rel.rhs, (std::vector<std::string>{"T3.new.biz", "T3.new.res", "T3.new.ngo", "T3.new.law",
                                                     "T3.new.oth"}));
        EXPECT_EQ(rel.axis, Relation::Axis::Row);
        EXPECT_EQ(rel.scope, "new");
    }
}

TEST_P(Layouts, T4Layouts) {
    for (T4Layout t4 : {T4Layout::Seed, T4Layout::Format, T4Layout::ThreeTables,
                        T4Layout::ThreeTablesGroupInParagraph, T4Layout::ThreeTablesNoGroup}) {
        ReportLayout l = base();
        l.t4 = t4;
        const Report r = recognize(test::buildReport(l));
        ASSERT_NE(r.format, nullptr);
        expectT4(r);
        EXPECT_EQ(countRule(r, "H4"), 3);
        const bool three = t4 != T4Layout::Seed && t4 != T4Layout::Format;
        EXPECT_EQ(r.table("T4")->writerTables.size(), three ? 3u : 1u);
    }
}

TEST_P(Layouts, VersionWithoutT2IsToldByTheOtherProcessingRows) {
    ReportLayout l = base();
    l.withT2 = false;
    l.year = v2019() ? 2023 : 2019;  // the year must not decide the version
    const Report r = recognize(test::buildReport(l));
    ASSERT_NE(r.format, nullptr);
    EXPECT_EQ(r.format->version, version());
    expectT3(r, v2019());
    EXPECT_EQ(r.titleYear, l.year);
}

TEST_P(Layouts, SectionTitleVariantsAndHeadingStyles) {
    ReportLayout l = base();
    l.headings = {"总体情况", "二、行政机关主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
                  "四、因政府信息公开工作被申请行政复议和提起行政诉讼情况",
                  "五、政府信息公开工作存在的主要问题及改进情况", "六、其他需要报告事项"};
    l.headingLevel = 1;
    const Report r = recognize(test::buildReport(l));
    ASSERT_NE(r.format, nullptr);
    ASSERT_EQ(r.sections.size(), 6u);
    EXPECT_TRUE(r.sections[0].found);
    EXPECT_FALSE(r.sections[0].numbered);
    EXPECT_EQ(r.sections[0].writtenNumber, 0);
    for (int i = 1; i < 5; ++i) {
        EXPECT_TRUE(r.sections[static_cast<size_t>(i)].found) << i;
        EXPECT_TRUE(r.sections[static_cast<size_t>(i)].titleOk) << i;
    }
    // 六、 with a title that is not an accepted variant: found, but not titleOk.
    EXPECT_TRUE(r.sections[5].found);
    EXPECT_FALSE(r.sections[5].titleOk);
    EXPECT_EQ(r.sections[5].title, "六、其他需要报告事项");
    EXPECT_EQ(r.sections[5].writtenNumber, 6);
}

TEST_P(Layouts, MissingSectionsAndTables) {
    ReportLayout l = base();
    l.headings = {"一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
                  "四、政府信息公开行政复议、行政诉讼情况", "", ""};
    l.withT2 = false;
    const Report r = recognize(test::buildReport(l));
    ASSERT_NE(r.format, nullptr);
    EXPECT_FALSE(r.sections[4].found);
    EXPECT_FALSE(r.sections[5].found);
    EXPECT_FALSE(r.table("T2")->found);
    EXPECT_TRUE(r.table("T2")->cells.empty());
    EXPECT_TRUE(r.table("T3")->found);
}

INSTANTIATE_TEST_SUITE_P(Versions, Layouts, ::testing::Values(false, true),
                         [](const auto& info) { return info.param ? "v2019" : "v2021"; });

}  // namespace
}  // namespace nianbao
