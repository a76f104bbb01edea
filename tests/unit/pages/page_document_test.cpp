// Positioned text -> Document (src/core/pages): tables from rulings drawn as
// lines (LibreOffice's PDFs) and as one filled rectangle per cell (WPS), merged
// cells, runs that cross cells, tables going on over a page break, paragraphs.
#include <gtest/gtest.h>

#include <tuple>

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
    EXPECT_EQ(t.textAt(1, 1), "社会组织");
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

#include <cstdio>
#include <fstream>

#include "core/pages/pdf_probe.hpp"

namespace nianbao::pages {
namespace {

std::string writeTemp(const std::string& name, const std::string& bytes) {
    const std::string path = testing::TempDir() + name;
    std::ofstream(path, std::ios::binary) << bytes;
    return path;
}

TEST(PdfProbe, HeaderAndEncryption) {
    const PdfProbe plain = probePdf(writeTemp("plain.pdf", "%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n<< /Root 1 0 R >>\n"));
    EXPECT_TRUE(plain.pdf);
    EXPECT_FALSE(plain.encrypted);
    const PdfProbe locked =
        probePdf(writeTemp("locked.pdf", "%PDF-1.6\ntrailer\n<< /Root 1 0 R /Encrypt 5 0 R >>\n"));
    EXPECT_TRUE(locked.pdf && locked.encrypted);
    EXPECT_FALSE(probePdf(writeTemp("report.docx", "PK\x03\x04 not a pdf")).pdf);
    EXPECT_FALSE(probePdf(testing::TempDir() + "no-such-file.pdf").pdf);
}

}  // namespace
}  // namespace nianbao::pages

namespace nianbao::pages {
namespace {

TEST(Pages, AFrameMeasuredShortGivesItsWordsToTheCellsOnItsRight) {
    // Seven values drawn as one frame whose width covers only five cells.
    Page p;
    drawGrid(p, 1, 8);
    p.runs.push_back(run(2100, 2100, "2 0 0 0 0 0 2", 1, 4500));
    p.runs.push_back(run(1100, 2100, "合计", 2));
    const Document d = documentFromPages({p}, "x.pdf");
    const Table& t = firstTable(d);
    const char* want[] = {"合计", "2", "0", "0", "0", "0", "0", "2"};
    for (int c = 0; c < 8; ++c) EXPECT_EQ(t.textAt(0, c), want[c]) << c;
}

}  // namespace
}  // namespace nianbao::pages

namespace nianbao::pages {
namespace {

// Two pieces of one table over a page break: the first page's last row as
// cells (left, right, text), then the next page's first row.
Document twoPieces(const std::vector<std::tuple<double, double, std::string>>& lastRow,
                   const std::vector<std::tuple<double, double, std::string>>& firstRow) {
    Page one, two;
    addRect(one, {1000, 1500, 4000, 500});  // a full-width row above the last one
    addRect(two, {1000, 2500, 4000, 500});  // and one below the next page's first
    for (auto [page, cells] : {std::make_pair(&one, &lastRow), std::make_pair(&two, &firstRow)}) {
        int shape = 0;
        for (const auto& [left, right, text] : *cells) {
            addRect(*page, {left, 2000, right - left, 500});
            if (!text.empty()) page->runs.push_back(run(left + 50, 2100, text, ++shape, right - left - 100));
        }
    }
    return documentFromPages({one, two}, "x.pdf");
}

TEST(Pages, OnlyTheHalvesOfABrokenRowAreJoined) {
    // T4: 行政复议's labels run on from the last page (结果维 | 持) while the
    // sub-labels under 未经复议直接起诉 start their own row: only the halves join.
    const Document d = twoPieces({{1000, 2000, "结果维"}, {2000, 5000, "未经复议直接起诉"}},
                                 {{1000, 2000, "持"}, {2000, 3500, "结果维持"}, {3500, 5000, "总计"}});
    const Table& t = firstTable(d);
    EXPECT_EQ(t.textAt(1, 0), "结果维持");
    EXPECT_EQ(t.textAt(2, 0), "");
    EXPECT_EQ(t.textAt(2, 1), "结果维持");
    // T2: a block's header row at the top of a page is no half of the row above.
    const Document e = twoPieces({{1000, 2000, "行政规范性文件"}, {2000, 3000, "0"}, {3000, 5000, "0"}},
                                 {{1000, 2000, "信息内容"}, {2000, 5000, "本年处理决定数量"}});
    const Table& u = firstTable(e);
    EXPECT_EQ(u.textAt(1, 0), "行政规范性文件");
    EXPECT_EQ(u.textAt(2, 0), "信息内容");
}

}  // namespace
}  // namespace nianbao::pages
