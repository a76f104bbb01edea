// Documents that are not reports: nothing recognized, no throw.
#include <gtest/gtest.h>

#include <random>

#include "core/model/grid_dump.hpp"
#include "core/recognize/recognizer.hpp"
#include "support/report_builder.hpp"

namespace nianbao {
namespace {

void expectNothing(const Report& r) {
    EXPECT_EQ(r.format, nullptr);
    EXPECT_TRUE(r.tables.empty());
    EXPECT_TRUE(r.relations.empty());
    for (const SectionHit& s : r.sections) EXPECT_FALSE(s.found);
}

TEST(NotAReport, EmptyDocument) { expectNothing(recognize(Document{})); }

TEST(NotAReport, ProseOnly) {
    Document d;
    d.blocks.emplace_back(test::para("会议纪要"));
    d.blocks.emplace_back(test::para("总体情况"));  // one heading-like line is not a report
    d.blocks.emplace_back(test::para("2023年全年工作总结：总计收到1件。"));
    expectNothing(recognize(d));
}

TEST(NotAReport, UnrelatedTable) {
    Document d;
    Table t("表格1", 4, 4);
    const char* texts[] = {"项目", "数量", "其他", "总计", "一、收入", "1", "2", "3",
                           "二、支出", "4", "5", "6", "（七）总计", "7", "8", "9"};
    for (int i = 0; i < 16; ++i) t.addCell({texts[i], "", i / 4, i % 4, 1, 1});
    d.blocks.emplace_back(std::move(t));
    expectNothing(recognize(d));
}

TEST(NotAReport, RandomTablesAndText) {
    const std::vector<std::string> words = {"总计", "其他", "自然人", "小计", "1", " 7", "1 0", "",
                                            "（三）不予公开", "结果维持", "行政复议", "规章", "信息内容",
                                            "\xff", "一、", "二、主动公开政府信息情况", "-", "无"};
    std::mt19937 rng(12345);
    int recognized = 0;
    for (int round = 0; round < 200; ++round) {
        Document d;
        const int blocks = 1 + static_cast<int>(rng() % 5);
        for (int b = 0; b < blocks; ++b) {
            if (rng() % 2) {
                d.blocks.emplace_back(test::para(words[rng() % words.size()]));
                continue;
            }
            const int rows = static_cast<int>(rng() % 6), cols = static_cast<int>(rng() % 6);
            Table t("t", rows, cols);
            for (int k = 0; k < rows * cols; ++k)
                t.addCell({words[rng() % words.size()], "", static_cast<int>(rng() % 7) - 1,
                           static_cast<int>(rng() % 7) - 1, static_cast<int>(rng() % 3),
                           static_cast<int>(rng() % 3)});
            d.blocks.emplace_back(std::move(t));
        }
        const Report r = recognize(d);  // must not throw or crash
        recognized += r.format != nullptr;
        if (r.format) {
            for (const Relation& rel : r.relations) {
                for (const auto& k : rel.lhs) EXPECT_NE(r.cell(k), nullptr);
                for (const auto& k : rel.rhs) EXPECT_NE(r.cell(k), nullptr);
            }
        }
    }
    EXPECT_LT(recognized, 200);
}

TEST(NotAReport, SectionsWithoutTablesStillAReport) {
    // Headings of the format but the tables left out: a report with missing tables.
    test::ReportLayout l;
    Document d = test::buildReport(l);
    std::vector<Block> prose;
    for (Block& b : d.blocks)
        if (std::holds_alternative<Paragraph>(b)) prose.push_back(std::move(b));
    d.blocks = std::move(prose);
    const Report r = recognize(d);
    ASSERT_NE(r.format, nullptr);
    EXPECT_TRUE(r.sections[0].found);
    EXPECT_FALSE(r.table("T3")->found);
    EXPECT_TRUE(r.relations.empty());
}

TEST(GridDump, RoundTrip) {
    const Document d = test::buildReport(test::ReportLayout{});
    const Document back = documentFromJson(documentToJson(d));
    ASSERT_EQ(back.blocks.size(), d.blocks.size());
    EXPECT_EQ(back.name, d.name);
    EXPECT_EQ(documentToJson(back), documentToJson(d));
    const Report a = recognize(d), b = recognize(back);
    ASSERT_NE(b.format, nullptr);
    EXPECT_EQ(a.table("T3")->cells.size(), b.table("T3")->cells.size());
    EXPECT_EQ(b.cell("T3.new.np")->at, a.cell("T3.new.np")->at);
}

TEST(GridDump, MalformedInputThrowsReadably) {
    for (const char* bad : {"", "[", "{}", "[]", "{\"blocks\": 3}", "{\"blocks\": [1]}",
                            "{\"blocks\": [{\"table\": \"t\", \"rows\": -1, \"cols\": 2, \"cells\": []}]}",
                            "{\"blocks\": [{\"table\": \"t\", \"rows\": 100000, \"cols\": 100000, \"cells\": []}]}",
                            "{\"blocks\": [{\"table\": \"t\", \"rows\": 1, \"cols\": 1, \"cells\": [[0, 0, 1]]}]}",
                            "{\"blocks\": [{\"table\": 5, \"rows\": 1, \"cols\": 1, \"cells\": []}]}",
                            "{\"blocks\": [{\"p\": 5}]}"})
        EXPECT_THROW(documentFromJson(bad), std::runtime_error) << bad;
}

}  // namespace
}  // namespace nianbao
