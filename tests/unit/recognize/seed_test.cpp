// Recognition of the seed report (北京市密云区商务局2023年) from its dump.
#include <gtest/gtest.h>

#include "core/recognize/recognizer.hpp"
#include "core/model/relation_index.hpp"
#include "support/fixtures.hpp"

namespace nianbao {
namespace {

class SeedRecognition : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        doc_ = new Document(test::loadDump("seed/miyun-commerce-2023.grid.json"));
        report_ = new Report(recognize(*doc_));
    }
    static void TearDownTestSuite() {
        delete report_;
        delete doc_;
    }
    static Document* doc_;
    static Report* report_;
};
Document* SeedRecognition::doc_ = nullptr;
Report* SeedRecognition::report_ = nullptr;

TEST_F(SeedRecognition, IsThe2021Format) {
    ASSERT_NE(report_->format, nullptr);
    EXPECT_EQ(report_->format->version, "2021");
    EXPECT_EQ(report_->titleYear, 2023);
    EXPECT_EQ(report_->dataYear, 2023);
}

TEST_F(SeedRecognition, Sections) {
    ASSERT_EQ(report_->sections.size(), 6u);
    const SectionHit& s1 = report_->sections[0];
    EXPECT_EQ(s1.id, "S1");
    EXPECT_TRUE(s1.found);
    EXPECT_EQ(s1.title, "总体情况");
    EXPECT_FALSE(s1.numbered);
    EXPECT_TRUE(s1.titleOk);
    for (int i = 1; i < 5; ++i) {
        const SectionHit& s = report_->sections[static_cast<size_t>(i)];
        EXPECT_TRUE(s.found) << s.id;
        EXPECT_TRUE(s.numbered) << s.id;
        EXPECT_EQ(s.writtenNumber, i + 1) << s.id;
        EXPECT_TRUE(s.titleOk) << s.id;
    }
    EXPECT_EQ(report_->sections[1].title, "二、主动公开政府信息情况");
    EXPECT_LT(report_->sections[1].block, report_->sections[2].block);
    EXPECT_EQ(report_->sections[5].id, "S6");
    EXPECT_FALSE(report_->sections[5].found);
}

TEST_F(SeedRecognition, T3CellsAsWritten) {
    const RecognizedTable* t3 = report_->table("T3");
    ASSERT_NE(t3, nullptr);
    EXPECT_TRUE(t3->found);
    EXPECT_EQ(t3->writerTables, std::vector<std::string>{"表格2"});
    EXPECT_EQ(t3->cells.size(), 25u * 7u);  // 25 rows x 7 columns, no extras

    const ReportCell* np = report_->cell("T3.new.np");
    ASSERT_NE(np, nullptr);
    EXPECT_EQ(np->text, " 7");
    EXPECT_EQ(np->reading.status, NumberReading::Status::Number);
    EXPECT_EQ(np->reading.value, 7);
    EXPECT_EQ(np->at, "表格2.D4");
    EXPECT_FALSE(np->total);

    const ReportCell* total = report_->cell("T3.r_total.np");
    ASSERT_NE(total, nullptr);
    EXPECT_EQ(total->text, "1 0");
    EXPECT_EQ(total->reading.status, NumberReading::Status::Repaired);
    EXPECT_EQ(total->reading.value, 10);
    EXPECT_EQ(total->reading.repairs, std::vector<std::string>{"split-digits"});
    EXPECT_EQ(total->at, "表格2.D27");
    EXPECT_TRUE(total->total);

    EXPECT_EQ(report_->cell("T3.new.total")->reading.value, 8);
    EXPECT_EQ(report_->cell("T3.deny_5.np")->reading.value, 3);
    EXPECT_EQ(report_->cell("T3.unable_1.total")->reading.value, 2);
    EXPECT_EQ(report_->cell("T3.other_3.np")->reading.value, 1);
    EXPECT_EQ(report_->cell("T3.r_total.total")->text, " 10");
    EXPECT_EQ(report_->cell("T3.carried_out.oth")->at, "表格2.I28");
    // Cells come in declaration order.
    EXPECT_EQ(t3->cells.front().key(), "T3.new.np");
    EXPECT_EQ(t3->cells.back().key(), "T3.carried_out.total");
}

TEST_F(SeedRecognition, T4CountsAll15) {
    const RecognizedTable* t4 = report_->table("T4");
    ASSERT_NE(t4, nullptr);
    ASSERT_EQ(t4->cells.size(), 15u);
    const char* ids[] = {"rv_keep", "rv_corr", "rv_oth", "rv_pend", "rv_tot",
                         "ld_keep", "ld_corr", "ld_oth", "ld_pend", "ld_tot",
                         "la_keep", "la_corr", "la_oth", "la_pend", "la_tot"};
    for (int i = 0; i < 15; ++i) {
        EXPECT_EQ(t4->cells[static_cast<size_t>(i)].col, ids[i]);
        EXPECT_EQ(t4->cells[static_cast<size_t>(i)].row, "counts");
        EXPECT_EQ(t4->cells[static_cast<size_t>(i)].gridCol, i);
        EXPECT_EQ(t4->cells[static_cast<size_t>(i)].gridRow, 3);
    }
    EXPECT_EQ(report_->cell("T4.counts.rv_keep")->reading.value, 1);
    EXPECT_EQ(report_->cell("T4.counts.rv_tot")->reading.value, 1);
    EXPECT_EQ(report_->cell("T4.counts.rv_tot")->at, "表格3.E4");
    EXPECT_TRUE(report_->cell("T4.counts.la_tot")->total);
}

TEST_F(SeedRecognition, T2) {
    const RecognizedTable* t2 = report_->table("T2");
    ASSERT_NE(t2, nullptr);
    EXPECT_EQ(t2->cells.size(), 3u + 3u + 1u + 1u + 1u + 1u);
    const ReportCell* made = report_->cell("T2.rules.made");
    ASSERT_NE(made, nullptr);
    EXPECT_EQ(made->text, "\u3000\u30000");
    EXPECT_EQ(made->reading.status, NumberReading::Status::Number);
    EXPECT_EQ(report_->cell("T2.licensing.decisions")->reading.value, 1);
    EXPECT_EQ(report_->cell("T2.licensing.decisions")->at, "表格1.B7");
    ASSERT_NE(report_->cell("T2.admin_fees.fee_amount"), nullptr);
    EXPECT_EQ(report_->cell("T2.normative.valid")->at, "表格1.D4");
}

TEST_F(SeedRecognition, RelationsExpanded) {
    int h1 = 0, h2 = 0, h3 = 0, h4 = 0, h5 = 0;
    for (const Relation& r : report_->relations) {
        h1 += r.rule == "H1";
        h2 += r.rule == "H2";
        h3 += r.rule == "H3";
        h4 += r.rule == "H4";
        h5 += r.rule == "H5";
        for (const auto& k : r.lhs) EXPECT_NE(report_->cell(k), nullptr) << k;
        for (const auto& k : r.rhs) EXPECT_NE(report_->cell(k), nullptr) << k;
    }
    EXPECT_EQ(h1, 7);
    EXPECT_EQ(h2, 7);
    EXPECT_EQ(h3, 25);
    EXPECT_EQ(h4, 3);
    EXPECT_EQ(h5, 0);
    EXPECT_TRUE(relationsIndexed(*report_));
    // Blocks solved together: T3 (25 rows x 7 columns, H1-H3) and each T4 group (H4).
    ASSERT_EQ(report_->blocks.size(), 4u);
    EXPECT_EQ(report_->blocks[0].cells.size(), 175u);
    EXPECT_EQ(report_->blocks[0].relations.size(), 39u);
    for (size_t b = 1; b < 4; ++b) EXPECT_EQ(report_->blocks[b].cells.size(), 5u);
    Report without = *report_;
    without.blocks.clear();
    EXPECT_EQ(RelationIndex(without).blocks(), report_->blocks);  // the same when worked out per check
    const Relation& first = report_->relations.front();
    EXPECT_EQ(first.rule, "H1");
    EXPECT_EQ(first.scope, "np");
    EXPECT_EQ(first.axis, Relation::Axis::Column);
    EXPECT_EQ(report_->relations[14].rule, "H3");
    EXPECT_EQ(report_->relations[14].axis, Relation::Axis::Row);
    EXPECT_EQ(first.lhs, (std::vector<std::string>{"T3.new.np", "T3.carried_in.np"}));
    EXPECT_EQ(first.rhs, (std::vector<std::string>{"T3.r_total.np", "T3.carried_out.np"}));
}

}  // namespace
}  // namespace nianbao
