// The template model: every generated part, read back as grids by the
// recognizer, is exactly the format it was built from; its tables have the
// official merges (compared with the independently written layout builder).
#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "core/checker.hpp"
#include "core/normalize.hpp"
#include "core/recognizer.hpp"
#include "core/template/section_placement.hpp"
#include "core/template/template_model.hpp"
#include "support/fixtures.hpp"
#include "support/report_builder.hpp"

namespace nianbao {
namespace {

using tmpl::buildPart;
using tmpl::toDocument;

size_t declaredCells(const TableDecl& t) {
    size_t n = 0;
    for (const AxisDecl& r : t.rows) n += r.columns.empty() ? t.columns.size() : r.columns.size();
    return n;
}

// Every declared cell found, at the template's own value cell.
void expectTableFound(const Report& report, const tmpl::TemplateTable& t, const std::string& tableName) {
    const RecognizedTable* rt = report.table(t.id);
    ASSERT_TRUE(rt && rt->found) << t.id;
    ASSERT_EQ(rt->cells.size(), declaredCells(*report.format->table(t.id))) << t.id;
    for (const ReportCell& c : rt->cells) {
        EXPECT_FALSE(c.extra) << c.key();
        const tmpl::TemplateCell* v = t.valueCell(c.row + "." + c.col);
        ASSERT_TRUE(v) << c.key();
        std::string col;
        for (int k = v->col + 1; k > 0; k = (k - 1) / 26)
            col.insert(col.begin(), static_cast<char>('A' + (k - 1) % 26));
        EXPECT_EQ(c.at, tableName + "." + col + std::to_string(v->row + 1)) << c.key();
    }
}

const tmpl::TemplateTable& onlyTable(const tmpl::TemplatePart& p) {
    for (const auto& b : p.blocks)
        if (const auto* t = std::get_if<tmpl::TemplateTable>(&b)) return *t;
    throw std::runtime_error("part without a table: " + p.id);
}

TEST(Template, WholeReportIsACompleteCleanReport) {
    const tmpl::TemplatePart part = buildPart("report");
    const Document doc = toDocument(part);
    const CheckResult r = check(doc);
    ASSERT_TRUE(r.error.empty()) << r.error;
    ASSERT_EQ(r.report->format, &format2021());
    for (const SectionHit& s : r.report->sections) {
        EXPECT_TRUE(s.found) << s.id;
        EXPECT_TRUE(s.numbered) << s.id;
        EXPECT_TRUE(s.titleOk) << s.id;
    }
    int n = 0;
    for (const auto& b : part.blocks)
        if (const auto* t = std::get_if<tmpl::TemplateTable>(&b))
            expectTableFound(*r.report, *t, "表格" + std::to_string(++n));
    EXPECT_EQ(n, 3);
    std::set<std::string> rules;
    for (const Finding& f : r.findings) {
        EXPECT_NE(f.severity, "error") << f.rule << " " << f.message;
        rules.insert(f.rule);
    }
    // Blank value cells are the only thing to say (V3), and no section is missing.
    EXPECT_TRUE(rules.count("V3"));
    EXPECT_FALSE(rules.count("N2"));
    EXPECT_FALSE(rules.count("N3"));
}

TEST(Template, EachTablePartIsRecognizedAsItsFormat) {
    for (const FormatDecl* f : knownFormats())
        for (const char* id : {"T2", "T3", "T4", "S2", "S3", "S4"}) {
            SCOPED_TRACE(f->version + " " + id);
            const tmpl::TemplatePart part = buildPart(id, *f);
            const Report r = recognize(toDocument(part));
            const tmpl::TemplateTable& t = onlyTable(part);
            // T4 alone has no labels of its own version: both versions share it.
            if (t.id != "T4") EXPECT_EQ(r.format, f);
            ASSERT_TRUE(r.format);
            expectTableFound(r, t, "表格1");
        }
}

// Prose parts carry no table, so they are checked inside a document that
// has the three tables (the recognizer needs them to know the format).
TEST(Template, EachSectionPartIsFoundWithItsTitle) {
    for (const SectionDecl& s : format2021().sections) {
        SCOPED_TRACE(s.id);
        Document doc = toDocument(buildPart(s.id));
        for (const char* t : {"T2", "T3", "T4"}) {
            Document table = toDocument(buildPart(t));
            for (auto& b : table.blocks) doc.blocks.push_back(std::move(b));
        }
        const Report r = recognize(doc);
        ASSERT_EQ(r.format, &format2021());
        for (const SectionHit& h : r.sections) {
            if (h.id != s.id) continue;
            EXPECT_TRUE(h.found);
            EXPECT_EQ(h.title, s.number + "、" + s.titles.front());
            EXPECT_EQ(h.block, 0);
        }
    }
}

TEST(Template, TitleAndIntroAreOneParagraphEach) {
    for (const char* id : {"title", "intro"}) {
        const tmpl::TemplatePart p = buildPart(id);
        ASSERT_EQ(p.blocks.size(), 1u);
        const auto& para = std::get<tmpl::TemplateParagraph>(p.blocks[0]);
        EXPECT_NE(para.text.find("〔"), std::string::npos) << id;
        EXPECT_FALSE(recognize(toDocument(p)).format) << id;
    }
    EXPECT_THROW(buildPart("T9"), std::invalid_argument);
}

struct Geometry {
    int row, col, rowSpan, colSpan;
    std::u32string text;
    bool operator<(const Geometry& o) const {
        return std::tie(row, col, rowSpan, colSpan, text) < std::tie(o.row, o.col, o.rowSpan, o.colSpan, o.text);
    }
    bool operator==(const Geometry& o) const { return !(*this < o) && !(o < *this); }
};

// Label cells of a grid (value cells' texts ignored), canonical text.
std::vector<Geometry> labels(const Table& t, int firstValueRow, int firstValueCol) {
    std::vector<Geometry> out;
    for (const SourceCell& c : t.cells()) {
        const bool value = c.row >= firstValueRow && c.col >= firstValueCol;
        out.push_back({c.row, c.col, c.rowSpan, c.colSpan, value ? U"" : canonical(c.text)});
    }
    std::sort(out.begin(), out.end());
    return out;
}

TEST(Template, T3AndT4HaveTheOfficialMerges) {
    const Document t3 = toDocument(buildPart("T3"));
    const std::vector<Table> expected3 = test::buildT3({});
    ASSERT_EQ(expected3.size(), 1u);
    const Table& got3 = std::get<Table>(t3.blocks[0]);
    EXPECT_EQ(got3.rows(), 28);
    EXPECT_EQ(got3.cols(), 10);
    EXPECT_EQ(labels(got3, 3, 3), labels(expected3[0], 3, 3));

    const Document t3v19 = toDocument(buildPart("T3", format2019()));
    test::T3Layout v19;
    v19.v2019 = true;
    EXPECT_EQ(labels(std::get<Table>(t3v19.blocks[0]), 3, 3), labels(test::buildT3(v19)[0], 3, 3));

    const Document t4 = toDocument(buildPart("T4"));
    const std::vector<Block> expected4 = test::buildT4(test::T4Layout::Format);
    EXPECT_EQ(labels(std::get<Table>(t4.blocks[0]), 3, 0), labels(std::get<Table>(expected4[0]), 3, 0));
}

TEST(Template, T2BlocksAsTheFormatDrawsThem) {
    const Document doc = toDocument(buildPart("T2"));
    const Table& t = std::get<Table>(doc.blocks[0]);
    const std::vector<Table> expected = test::buildT2({});
    const Table& e = expected[0];
    ASSERT_EQ(t.rows(), e.rows());
    ASSERT_EQ(t.cols(), 4);
    for (int r = 0; r < t.rows(); ++r)
        for (int c = 0; c < 4; ++c) {
            const SourceCell* a = t.at(r, c);
            const SourceCell* b = e.at(r, c);
            ASSERT_TRUE(a && b) << r << "," << c;
            EXPECT_EQ(a->row, b->row);
            EXPECT_EQ(a->col, b->col);
            EXPECT_EQ(a->colSpan, b->colSpan) << r << "," << c;
            if (!a->text.empty()) EXPECT_EQ(a->text, b->text) << r << "," << c;
        }
}

TEST(Template, FilledValuesAreRead) {
    tmpl::TemplatePart part = buildPart("T3");
    auto& t = std::get<tmpl::TemplateTable>(part.blocks[0]);
    tmpl::fillValues(t, {{"new.np", "5"}, {"r_total.total", "12"}, {"nope.np", "1"}});
    const Report r = recognize(toDocument(part));
    ASSERT_TRUE(r.cell("T3.new.np"));
    EXPECT_EQ(r.cell("T3.new.np")->text, "5");
    EXPECT_EQ(r.cell("T3.r_total.total")->text, "12");
    EXPECT_EQ(r.cell("T3.new.biz")->text, "");
}

TEST(SectionPlacement, SeedSixGoesAfterFiveAboveTheSignature) {
    const Document doc = test::loadDump("seed/miyun-commerce-2023.grid.json");
    const Report r = recognize(doc);
    ASSERT_FALSE(r.sections[5].found);
    const int five = r.sections[4].block;
    const int after = tmpl::placementAfter(doc, r, "S6");
    EXPECT_EQ(after, five + 1);  // 五's one paragraph; 北京市密云区商务局 / 2024年1月9日 stay last
    EXPECT_EQ(std::get<Paragraph>(doc.blocks[static_cast<size_t>(after + 1)]).text, "北京市密云区商务局");
    EXPECT_EQ(tmpl::headingToImitate(r, "S6"), five);
}

TEST(SectionPlacement, MissingMiddleSectionGoesBeforeTheNextHeading) {
    Document doc = toDocument(buildPart("report"));
    Report full = recognize(doc);
    const int fourBlock = full.sections[3].block;
    // Drop 三's heading and table.
    doc.blocks.erase(doc.blocks.begin() + full.sections[2].block, doc.blocks.begin() + fourBlock);
    const Report r = recognize(doc);
    ASSERT_FALSE(r.sections[2].found);
    EXPECT_EQ(tmpl::placementAfter(doc, r, "S3"), r.sections[3].block - 1);
}

}  // namespace
}  // namespace nianbao
