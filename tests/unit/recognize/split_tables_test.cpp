// Tables broken across pages (issue 8): the seed's T2, T3 and T4 split into
// pieces in the styles publishers and page breaks produce read the same
// values and give the same findings as the unsplit table.
#include <gtest/gtest.h>

#include <map>
#include <set>
#include <tuple>

#include "core/checker.hpp"
#include "support/fixtures.hpp"
#include "support/grid_edit.hpp"

using namespace nianbao;
using namespace nianbao::test;

namespace {

Document seed() { return loadDump("seed/miyun-commerce-2023.grid.json"); }

const Table& tableOf(const Document& d, int n) { return std::get<Table>(d.blocks[static_cast<size_t>(tableBlock(d, n))]); }

// What must not change: every value cell's text, and every finding by rule,
// place and numbers (messages may name other Writer tables).
struct Outcome {
    std::map<std::string, std::string> cells;
    std::set<std::tuple<std::string, std::string, std::string, std::string, double, double>> findings;
    bool operator==(const Outcome& o) const { return cells == o.cells && findings == o.findings; }
};

Outcome outcome(const Document& d) {
    const CheckResult r = check(d);
    Outcome o;
    for (const RecognizedTable& t : r.report->tables)
        for (const ReportCell& c : t.cells) o.cells[c.key()] = c.text;
    for (const Finding& f : r.findings)
        o.findings.insert({f.rule, f.table, f.column + "|" + f.row, f.severity, f.lhs.value_or(-1), f.rhs.value_or(-1)});
    return o;
}

std::string describe(const Outcome& want, const Outcome& got) {
    std::string s;
    for (const auto& [k, v] : want.cells) {
        const auto it = got.cells.find(k);
        if (it == got.cells.end()) s += " missing " + k;
        else if (it->second != v) s += " " + k + "=" + it->second + " (want " + v + ")";
    }
    for (const auto& [k, v] : got.cells)
        if (!want.cells.count(k)) s += " extra " + k;
    for (const auto& f : got.findings)
        if (!want.findings.count(f)) s += " new finding " + std::get<0>(f) + " " + std::get<2>(f);
    for (const auto& f : want.findings)
        if (!got.findings.count(f)) s += " lost finding " + std::get<0>(f) + " " + std::get<2>(f);
    return s;
}

// Grid rows before the first data row of the seed's T3.
int t3HeaderRows(const Table& t3) { return rowContaining(t3, "本年新收政府信息公开申请数量"); }

}  // namespace

TEST(SplitTables, T3SplitAtEveryRowWithOrWithoutRepeatedHeader) {
    const Document d = seed();
    const Outcome want = outcome(d);
    const Table& t3 = tableOf(d, 1);
    const int header = t3HeaderRows(t3);
    ASSERT_GT(header, 0);
    for (int at = header + 1; at < t3.rows(); ++at)
        for (int repeat : {0, header}) {
            const Table first = rowRange(t3, 0, 0, at, "表格2");
            const Table second = rowRange(t3, repeat, at, t3.rows(), "表格2a");
            const Document split = replaceTable(d, 1, {first, second});
            const Outcome got = outcome(split);
            EXPECT_TRUE(got == want) << "split at row " << at << (repeat ? " with header" : "") << ":"
                                     << describe(want, got);
        }
}

TEST(SplitTables, T3ContinuationLabelsCaptionsAndEmptyParagraphs) {
    const Document d = seed();
    const Outcome want = outcome(d);
    const Table& t3 = tableOf(d, 1);
    const int header = t3HeaderRows(t3);
    const int at = rowContaining(t3, "（四）无法提供");
    ASSERT_GT(at, header);
    const Table first = rowRange(t3, 0, 0, at, "表格2");
    // A piece whose first row is a caption across the table.
    auto captioned = [&](const std::string& caption) {
        Table rest = rowRange(t3, 0, at, t3.rows(), "表格2a");
        Table out("表格2a", rest.rows() + 1, rest.cols());
        SourceCell c;
        c.text = caption;
        c.address = "表格2a.A1";
        c.colSpan = rest.cols();
        out.addCell(c);
        for (SourceCell cell : rest.cells()) {
            cell.row += 1;
            out.addCell(std::move(cell));
        }
        return out;
    };
    for (const std::string& caption : {"（续）", "续表", "三、本年度办理结果（续）"}) {
        const Outcome got = outcome(replaceTable(d, 1, {first, captioned(caption)}));
        EXPECT_TRUE(got == want) << caption << ":" << describe(want, got);
    }
    for (const std::vector<Paragraph>& between :
         {std::vector<Paragraph>{Paragraph{"", 0}}, std::vector<Paragraph>{Paragraph{"续表", 0}},
          std::vector<Paragraph>{Paragraph{"三、本年度办理结果（续）", 0}, Paragraph{"", 0}}}) {
        const Outcome got = outcome(replaceTable(d, 1, {first, rowRange(t3, 0, at, t3.rows(), "表格2a")}, between));
        EXPECT_TRUE(got == want) << "paragraph " << between[0].text << ":" << describe(want, got);
    }
    // Three pieces, the header repeated on each.
    const int at2 = rowContaining(t3, "（六）其他处理");
    const Outcome got = outcome(replaceTable(d, 1, {first, rowRange(t3, header, at, at2, "表格2a"),
                                                   rowRange(t3, header, at2, t3.rows(), "表格2b")}));
    EXPECT_TRUE(got == want) << "three pieces:" << describe(want, got);
}

TEST(SplitTables, T2SplitAtEveryRowAndIntoItsFourBlocks) {
    const Document d = seed();
    const Outcome want = outcome(d);
    const Table& t2 = tableOf(d, 0);
    for (int at = 1; at < t2.rows(); ++at) {
        const Outcome got = outcome(replaceTable(d, 0, {rowRange(t2, 0, 0, at, "表格1"),
                                                       rowRange(t2, 0, at, t2.rows(), "表格1a")}));
        EXPECT_TRUE(got == want) << "split at row " << at << ":" << describe(want, got);
    }
    std::vector<int> starts;
    for (int r = 0; r < t2.rows(); ++r)
        if (t2.isOrigin(r, 0) && t2.textAt(r, 0).find("第二十条") != std::string::npos) starts.push_back(r);
    ASSERT_EQ(starts.size(), 4u);
    std::vector<Table> blocks;
    for (size_t i = 0; i < starts.size(); ++i)
        blocks.push_back(rowRange(t2, 0, starts[i], i + 1 < starts.size() ? starts[i + 1] : t2.rows(),
                                  "表格1" + std::string(1, static_cast<char>('a' + i))));
    const Outcome got = outcome(replaceTable(d, 0, blocks, {Paragraph{"", 0}}));
    EXPECT_TRUE(got == want) << "four blocks:" << describe(want, got);
}

TEST(SplitTables, T4AsThreeTablesAndStacked) {
    const Document d = seed();
    const Outcome want = outcome(d);
    const Table& t4 = tableOf(d, 2);
    ASSERT_EQ(t4.cols(), 15);
    std::vector<Table> groups;
    for (int g = 0; g < 3; ++g) groups.push_back(columnRange(t4, g * 5, g * 5 + 5, "表格3" + std::to_string(g)));
    Outcome got = outcome(replaceTable(d, 2, groups, {Paragraph{"", 0}}));
    EXPECT_TRUE(got == want) << "three tables:" << describe(want, got);

    // One table, the groups one under another: group label, result labels, values.
    const int valueRow = t4.rows() - 1;
    Table stacked("表格3", 9, 5);
    const char* names[] = {"行政复议", "未经复议直接起诉", "复议后起诉"};
    for (int g = 0; g < 3; ++g) {
        SourceCell label;
        label.text = names[g];
        label.row = g * 3;
        label.colSpan = 5;
        label.address = "表格3.A" + std::to_string(g * 3 + 1);
        stacked.addCell(label);
        for (int k = 0; k < 5; ++k) {
            const int col = g * 5 + k;
            // The result label written in the seed's header above this value.
            std::string text;
            for (int r = valueRow - 1; r >= 0 && text.empty(); --r)
                if (t4.at(r, col) && t4.at(r, col)->col == col) text = t4.textAt(r, col);
            SourceCell sub;
            sub.text = text;
            sub.row = g * 3 + 1;
            sub.col = k;
            sub.address = "表格3.x" + std::to_string(col);
            stacked.addCell(sub);
            SourceCell value = *t4.at(valueRow, col);
            value.row = g * 3 + 2;
            value.col = k;
            value.colSpan = value.rowSpan = 1;
            stacked.addCell(value);
        }
    }
    got = outcome(replaceTable(d, 2, {stacked}));
    EXPECT_TRUE(got == want) << "stacked:" << describe(want, got);
}

TEST(SplitTables, T4ValuesOnTheNextPage) {
    const Document d = seed();
    const Outcome want = outcome(d);
    const Table& t4 = tableOf(d, 2);
    const Outcome got = outcome(replaceTable(d, 2, {rowRange(t4, 0, 0, t4.rows() - 1, "表格3"),
                                                    rowRange(t4, 0, t4.rows() - 1, t4.rows(), "表格3a")},
                                             {Paragraph{"", 0}}));
    EXPECT_TRUE(got == want) << describe(want, got);
}

TEST(SplitTables, APieceThatCannotBePlacedGivesC1NotErrors) {
    const Document d = seed();
    const Table& t4 = tableOf(d, 2);
    // The values row far from its header, after another table: nothing places it.
    Document moved = replaceTable(d, 2, {rowRange(t4, 0, 0, t4.rows() - 1, "表格3")});
    moved.blocks.push_back(Paragraph{"附表", 0});
    moved.blocks.push_back(Table("表格9", 1, 1));
    moved.blocks.push_back(rowRange(t4, 0, t4.rows() - 1, t4.rows(), "表格3a"));
    const CheckResult r = check(moved);
    int c1 = 0;
    for (const Finding& f : r.findings) {
        EXPECT_NE(f.rule, "H4");
        c1 += f.rule == "C1" && f.table == "T4";
    }
    EXPECT_EQ(c1, 3);
    EXPECT_STREQ(verdictOf(r), "errors");  // the seed's own T3 errors; incomplete is outranked
}
