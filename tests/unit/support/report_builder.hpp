// Builds report documents in the layouts publishers use (format.md "tolerate"
// list), written out label by label as a publisher would type them, so the
// recognizer is tested against input that does not come from its declarations.
#pragma once

#include <string>
#include <vector>

#include "core/model/grid.hpp"

namespace nianbao::test {

// The written value of T3 row i (in format order) and column j (np..total):
// distinct for every cell, so a test can tell which cell was read where.
int t3Value(int row, int col);
int t3OrgSubValue(int row);  // the 法人或其他组织小计 column
int t4Value(int col);        // col 0..14 in format order

// T3 row ids in format order (the test's own list, not the declarations').
std::vector<std::string> t3RowIds(bool v2019);

struct T3Layout {
    bool v2019 = false;
    bool noteCell = true;          // the （本列数据的勾稽关系为…） corner cell
    bool mergedHeader = false;     // two header rows, no 申请人情况 row
    bool blankLabelSlots = false;  // covered label slots written as empty cells, no spans
    bool denySubtotal = false;     // a 小计 row after the 不予公开 rows
    bool orgSubtotalColumn = false;
    bool messyLabels = false;      // spaces, line breaks, half-width punctuation, other numbering
    bool rewordedSubLabels = false;  // sub-rows only recognizable by their number
    int splitAfterRow = -1;        // >= 0: a second table (no header) starts after this data row
};
std::vector<Table> buildT3(const T3Layout& layout, int firstTableNumber = 2);

enum class T4Layout { Seed, Format, ThreeTables, ThreeTablesGroupInParagraph, ThreeTablesNoGroup };
// Blocks: tables (and, for ThreeTablesGroupInParagraph, the paragraphs before them).
std::vector<Block> buildT4(T4Layout layout, int firstTableNumber = 3);

struct T2Layout {
    bool v2019 = false;
    bool fourTables = false;
    bool otherNormativeWording = false;  // 规范性文件 in 2021, 行政规范性文件 in 2019
};
std::vector<Table> buildT2(const T2Layout& layout, int firstTableNumber = 1);

struct ReportLayout {
    T2Layout t2;
    T3Layout t3;
    T4Layout t4 = T4Layout::Seed;
    bool withT2 = true;
    int year = 2022;
    std::vector<std::string> headings = {"一、总体情况", "二、主动公开政府信息情况",
                                         "三、收到和处理政府信息公开申请情况",
                                         "四、政府信息公开行政复议、行政诉讼情况",
                                         "五、存在的主要问题及改进情况", "六、其他需要报告的事项"};
    int headingLevel = 0;
};
Document buildReport(const ReportLayout& layout);

Paragraph para(const std::string& text, int level = 0);

}  // namespace nianbao::test
