// Positioned text -> Document (src/core/pages): tables from rulings drawn as
// lines (LibreOffice's PDFs) and as one filled rectangle per cell (WPS), merged
// cells, runs that cross cells, tables going on over a page break, paragraphs.
#include <gtest/gtest.h>

#include "core/pages/page_content.hpp"

namespace nianbao::pages {
namespace {

// A table of `rows` x `cols` slots of 1000 x 500 at (1000, 2000), drawn as
// lines, without the inner vertical ruling of slot (mergeRow, mergeCol)|(.., +1).
void drawGrid(Page& p, int rows, int cols, int mergeRow = -1, int mergeCol = -1) {
    const double x0 = 1000, y0 = 2000, w = 1000, h = 500;
    for (int r = 0; r <= rows; ++r) addLine(p, x0, y0 + r * h, x0 + cols * w, y0 + r * h);
    for (int c = 0; c <= cols; ++c)
        for (int r = 0; r < rows; ++r)
            if (!(r == mergeRow && c == mergeCol + 1)) addLine(p, x0 + c * w, y0 + r * h, x0 + c * w, y0 + (r + 1) * h);
}

TextRun run(double x, double y, const std::string& text, int shape, double width = 400, double height = 300) {
    return {x, y, width, height, text, shape};
}

const Table& firstTable(const Document& d) {
    for (const Block& b : d.blocks)
        if (const auto* t = std::get_if<Table>(&b)) return *t;
    throw std::runtime_error("no table");
}

TEST(Pages, LinesMakeAGridAndRunsFindTheirCells) {
    Page p;
    drawGrid(p, 2, 3, 0, 0);  // the first two slots of row 0 merged
    p.runs.push_back(run(1300, 2100, "标题", 7));
    p.runs.push_back(run(3300, 2100, "合计", 8));
    p.runs.push_back(run(1300, 2600, "1", 9));
    p.runs.push_back(run(2300, 2600, "2", 10));
    const Document d = documentFromPages({p}, "x.pdf");
    ASSERT_EQ(d.blocks.size(), 1u);
    const Table& t = firstTable(d);
    EXPECT_EQ(t.name(), "第1页表格1");
    EXPECT_EQ(t.rows(), 2);
    EXPECT_EQ(t.cols(), 3);
    ASSERT_NE(t.at(0, 1), nullptr);
    EXPECT_EQ(t.at(0, 1), t.at(0, 0));  // merged: no ruling between
    EXPECT_EQ(t.at(0, 0)->colSpan, 2);
    EXPECT_EQ(t.textAt(0, 0), "标题");
    EXPECT_EQ(t.textAt(0, 2), "合计");
    EXPECT_EQ(t.textAt(1, 1), "2");
    EXPECT_EQ(t.at(1, 1)->address, "第1页表格1.S10");
    EXPECT_EQ(t.at(1, 2)->address, "第1页表格1.R2C3");  // empty: no shape to name
}

TEST(Pages, FilledRectanglesPerCellAsWpsDrawsThem) {
    Page p;
    for (int r = 0; r < 2; ++r)
        for (int c = 0; c < 2; ++c) addRect(p, {1000.0 + c * 1000, 2000.0 + r * 500, 1000, 500});
    addRect(p, {1000, 3000, 2000, 500});  // a third row of one merged cell
    p.runs.push_back(run(1200, 3100, "总计", 1));
    p.runs.push_back(run(2200, 2600, "5", 2));
    const Document d = documentFromPages({p}, "x.pdf");
    const Table& t = firstTable(d);
    EXPECT_EQ(t.rows(), 3);
    EXPECT_EQ(t.cols(), 2);
    EXPECT_EQ(t.at(2, 0)->colSpan, 2);
    EXPECT_EQ(t.textAt(2, 1), "总计");
    EXPECT_EQ(t.textAt(1, 1), "5");
}

TEST(Pages, ARunAcrossCellsIsCutAtTheRulings) {
    Page p;
    drawGrid(p, 1, 3);
    p.runs.push_back(run(1100, 2100, "本年制发件数 本年废止件数 现行有效件数", 3, 2800));  // cut at its spaces
    Page q;
    drawGrid(q, 1, 2);
    q.runs.push_back(run(1100, 2100, "自然人法人", 4, 1800));  // no spaces: cut by drawn widths
    const Document d = documentFromPages({p}, "x.pdf"), e = documentFromPages({q}, "x.pdf");
    const Table& t = firstTable(d);
    EXPECT_EQ(t.textAt(0, 0), "本年制发件数");
    EXPECT_EQ(t.textAt(0, 1), "本年废止件数");
    EXPECT_EQ(t.textAt(0, 2), "现行有效件数");
    const Table& u = firstTable(e);
    EXPECT_EQ(u.textAt(0, 0), "自然人");
    EXPECT_EQ(u.textAt(0, 1), "法人");
}

TEST(Pages, ATableGoesOnOverThePageBreakAndABrokenRowIsMended) {
    Page one, two;
    drawGrid(one, 2, 2);
    one.runs.push_back(run(1100, 2100, "项目", 1));
    one.runs.push_back(run(2100, 2600, "社会", 2));  // the row is broken by the page: 社会 | 组织
    drawGrid(two, 2, 2);
    two.runs.push_back(run(2100, 2100, "组织", 3));
    two.runs.push_back(run(1100, 2600, "合计", 4));
    two.runs.push_back(run(2100, 2600, "9", 5));
    two.runs.push_back(run(5000, 9000, "- 2 -", 6));  // a page number after it
    const Document d = documentFromPages({one, two}, "x.pdf");
    const Table& t = firstTable(d);
    EXPECT_EQ(t.rows(), 4);
    EXPECT_EQ(t.textAt(1, 1), "社会\n组织");
    EXPECT_EQ(t.textAt(2, 1), "");
    EXPECT_EQ(t.textAt(3, 0), "合计");
    EXPECT_EQ(t.at(3, 1)->address, "第2页表格1.S5");  // cells keep the page they are on
    EXPECT_EQ(d.blocks.size(), 2u);  // the table, and the page number
}

TEST(Pages, ProseLinesBecomeParagraphsInReadingOrder) {
    Page p;
    p.runs.push_back(run(1000, 1000, "三、收到和处理政府信息公开申请情况", 1, 5000));
    // A paragraph of two lines, the first running to the right margin.
    p.runs.push_back(run(1600, 1500, "本年度共收到申请", 2, 8400));
    p.runs.push_back(run(1000, 1850, "8件。", 3, 800));
    p.runs.push_back(run(7000, 2300, "某某局", 4, 2000));  // right-aligned signature lines
    p.runs.push_back(run(7400, 2650, "2024年1月9日", 5, 1600));
    const Document d = documentFromPages({p}, "x.pdf");
    ASSERT_EQ(d.blocks.size(), 4u);
    EXPECT_EQ(std::get<Paragraph>(d.blocks[0]).text, "三、收到和处理政府信息公开申请情况");
    EXPECT_EQ(std::get<Paragraph>(d.blocks[1]).text, "本年度共收到申请8件。");
    EXPECT_EQ(std::get<Paragraph>(d.blocks[3]).text, "2024年1月9日");
    EXPECT_EQ(std::get<Paragraph>(d.blocks[3]).index, 3);
}

TEST(Pages, PicturesWithoutTextAreAScan) {
    Page scan;
    scan.images = 1;
    EXPECT_TRUE(scannedWithoutText({scan, scan}));
    Page text = scan;
    text.runs.push_back(run(0, 0, "正文", 1));
    EXPECT_FALSE(scannedWithoutText({scan, text}));
    EXPECT_FALSE(scannedWithoutText({Page{}}));  // an empty page is no scan
}

}  // namespace
}  // namespace nianbao::pages
