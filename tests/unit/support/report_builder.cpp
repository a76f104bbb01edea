#include "support/report_builder.hpp"

namespace nianbao::test {

namespace {

std::string colName(int c) {
    std::string s;
    for (++c; c > 0; c = (c - 1) / 26) s.insert(s.begin(), static_cast<char>('A' + (c - 1) % 26));
    return s;
}

// Adds cells with A1-style addresses, like the HTML stand-in reader does.
struct TableWriter {
    Table t;
    TableWriter(int number, int rows, int cols) : t("表格" + std::to_string(number), rows, cols) {}
    void cell(int r, int c, const std::string& text, int rs = 1, int cs = 1) {
        t.addCell({text, t.name() + "." + colName(c) + std::to_string(r + 1), r, c, rs, cs});
    }
};

struct T3Row {
    std::string id;
    std::string group;  // "" top level, "R" results, or the sub-group label
    std::string label;
};

std::vector<T3Row> t3Rows(bool v2019, bool messy, bool reworded) {
    const std::string deny = messy ? "(三)不予\n公开" : "（三）不予公开";
    const std::string unable = "（四）无法提供";
    const std::string noproc = messy ? "（五） 不予处理" : "（五）不予处理";
    const std::string other = "（六）其他处理";
    auto sub = [&](const std::string& n, const std::string& text) {
        if (reworded) return n + "、" + "其他说法" + n;
        if (messy) return n + "． " + text;
        return n + "." + text;
    };
    std::vector<T3Row> rows = {
        {"new", "", messy ? "一、本年新收政府\n信息公开申请数量" : "一、本年新收政府信息公开申请数量"},
        {"carried_in", "", messy ? "二. 上年结转政府信息公开申请数量" : "二、上年结转政府信息公开申请数量"},
        {"r_open", "R", messy ? "(一)予以公开" : "（一）予以公开"},
        {"r_partial", "R", messy ? "（二）部分公开" : "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"},
        {"deny_1", deny, sub("1", "属于国家秘密")},
        {"deny_2", deny, sub("2", "其他法律行政法规禁止公开")},
        {"deny_3", deny, sub("3", messy ? "危及\"三安全一稳定\"" : "危及“三安全一稳定”")},
        {"deny_4", deny, sub("4", "保护第三方合法权益")},
        {"deny_5", deny, sub("5", "属于三类内部事务信息")},
        {"deny_6", deny, sub("6", "属于四类过程性信息")},
        {"deny_7", deny, sub("7", "属于行政执法案卷")},
        {"deny_8", deny, sub("8", "属于行政查询事项")},
        {"unable_1", unable, sub("1", "本机关不掌握相关政府信息")},
        {"unable_2", unable, sub("2", "没有现成信息需要另行制作")},
        {"unable_3", unable, sub("3", "补正后申请内容仍不明确")},
        {"noproc_1", noproc, sub("1", "信访举报投诉类申请")},
        {"noproc_2", noproc, sub("2", "重复申请")},
        {"noproc_3", noproc, sub("3", "要求提供公开出版物")},
        {"noproc_4", noproc, sub("4", "无正当理由大量反复申请")},
        {"noproc_5", noproc, sub("5", "要求行政机关确认或重新出具已获取信息")},
    };
    if (v2019) {
        rows.push_back({"other", "R", other});
    } else {
        rows.push_back({"other_1", other, sub("1", "申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请")});
        rows.push_back({"other_2", other, sub("2", "申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请")});
        rows.push_back({"other_3", other, sub("3", "其他")});
    }
    rows.push_back({"r_total", "R", messy ? "（七） 总计" : "（七）总计"});
    rows.push_back({"carried_out", "", "四、结转下年度继续办理"});
    return rows;
}

}  // namespace

int t3Value(int row, int col) { return 100 * row + col; }
int t3OrgSubValue(int row) { return 5000 + row; }
int t4Value(int col) { return 40 + col; }

std::vector<std::string> t3RowIds(bool v2019) {
    std::vector<std::string> ids;
    for (const T3Row& r : t3Rows(v2019, false, false)) ids.push_back(r.id);
    return ids;
}

std::vector<Table> buildT3(const T3Layout& L, int firstTableNumber) {
    const std::vector<T3Row> rows = t3Rows(L.v2019, L.messyLabels, L.rewordedSubLabels);
    const int valueCols = L.orgSubtotalColumn ? 8 : 7;
    const int cols = 3 + valueCols;
    const int headerRows = L.mergedHeader ? 2 : 3;

    // Data rows as written, with the optional 小计 row after deny_8.
    struct Line { int index; const T3Row* row; bool subtotal; };
    std::vector<Line> lines;
    for (size_t i = 0; i < rows.size(); ++i) {
        lines.push_back({static_cast<int>(i), &rows[i], false});
        if (L.denySubtotal && rows[i].id == "deny_8") lines.push_back({static_cast<int>(i), &rows[i], true});
    }
    const int split = L.splitAfterRow >= 0 && L.splitAfterRow + 1 < static_cast<int>(lines.size())
                          ? L.splitAfterRow + 1
                          : static_cast<int>(lines.size());

    std::vector<Table> out;
    for (int part = 0; part < (split < static_cast<int>(lines.size()) ? 2 : 1); ++part) {
        const int begin = part == 0 ? 0 : split;
        const int end = part == 0 ? split : static_cast<int>(lines.size());
        const int top = part == 0 ? headerRows : 0;
        TableWriter w(firstTableNumber + part, top + end - begin, cols);
        if (part == 0) {
            const std::string& natural = L.messyLabels ? "自 然 人" : "自然人";
            if (!L.mergedHeader) {
                if (L.noteCell)
                    w.cell(0, 0, "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", 3, 3);
                w.cell(0, 3, "申请人情况", 1, valueCols);
                w.cell(1, 3, natural, 2, 1);
                w.cell(1, 4, "法人或其他组织", 1, valueCols - 2);
                w.cell(1, cols - 1, "总计", 2, 1);
            } else {
                if (L.noteCell) w.cell(0, 0, "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", 2, 3);
                w.cell(0, 3, natural, 2, 1);
                w.cell(0, 4, "法人或其他组织", 1, valueCols - 2);
                w.cell(0, cols - 1, "总计", 2, 1);
            }
            const char* orgs[] = {"商业\n企业", "科研\n机构", "社会公益组织", "法律服务机构", "其他"};
            for (int k = 0; k < 5; ++k) w.cell(headerRows - 1, 4 + k, orgs[k]);
            if (L.orgSubtotalColumn) w.cell(headerRows - 1, 9, "小计");
        }
        // Label cells: spans as in the format, or one cell per slot with blanks.
        for (int i = begin; i < end; ++i) {
            const int r = top + i - begin;
            const Line& line = lines[static_cast<size_t>(i)];
            const T3Row& row = *line.row;
            auto runLength = [&](auto same) {
                int n = 0;
                for (int k = i; k < end && same(lines[static_cast<size_t>(k)]); ++k) ++n;
                return n;
            };
            const bool firstOfResults = row.group != "" && (i == begin || lines[static_cast<size_t>(i - 1)].row->group == "");
            const bool inGroup = row.group != "" && row.group != "R";
            const bool firstOfGroup = inGroup && (i == begin || lines[static_cast<size_t>(i - 1)].row->group != row.group);
            // At a page split a running group goes on in an unlabelled cell.
            const bool continues = part == 1 && i == begin && begin > 0 &&
                                   lines[static_cast<size_t>(i - 1)].row->group == row.group;
            if (row.group == "") {
                w.cell(r, 0, row.label, 1, 3);
            } else {
                if (L.blankLabelSlots) {
                    w.cell(r, 0, firstOfResults && part == 0 ? "三、本年度办理结果" : "");
                } else if (firstOfResults) {
                    const int n = runLength([](const Line& l) { return l.row->group != ""; });
                    w.cell(r, 0, part == 0 ? "三、本年度办理结果" : "", n, 1);
                }
                if (!inGroup) {
                    w.cell(r, 1, row.label, 1, 2);
                } else {
                    if (L.blankLabelSlots) {
                        w.cell(r, 1, firstOfGroup && !continues ? row.group : "");
                    } else if (firstOfGroup) {
                        const std::string g = row.group;
                        const int n = runLength([&](const Line& l) { return l.row->group == g; });
                        w.cell(r, 1, continues ? "" : g, n, 1);
                    }
                    w.cell(r, 2, line.subtotal ? "小计" : row.label);
                }
            }
            for (int j = 0; j < valueCols; ++j) {
                const int c = 3 + j;
                std::string text;
                if (line.subtotal) text = std::to_string(9000 + j);
                else if (L.orgSubtotalColumn && j == 6) text = std::to_string(t3OrgSubValue(line.index));
                else text = std::to_string(t3Value(line.index, L.orgSubtotalColumn && j == 7 ? 6 : j));
                w.cell(r, c, text);
            }
        }
        out.push_back(std::move(w.t));
    }
    return out;
}

std::vector<Block> buildT4(T4Layout layout, int n) {
    const char* subs[] = {"结果维持", "结果\n纠正", "其他\n结果", "尚未\n审结", "总计"};
    std::vector<Block> out;
    if (layout == T4Layout::Seed || layout == T4Layout::Format) {
        TableWriter w(n, 4, 15);
        if (layout == T4Layout::Seed) {
            w.cell(0, 0, "行政复议", 1, 5);
            w.cell(0, 5, "行政诉讼", 1, 10);
            for (int k = 0; k < 5; ++k) w.cell(1, k, subs[k], 2, 1);
        } else {
            w.cell(0, 0, "行政复议", 2, 5);
            w.cell(0, 5, "行政诉讼", 1, 10);
            for (int k = 0; k < 5; ++k) w.cell(2, k, subs[k]);
        }
        w.cell(1, 5, "未经复议直接起诉", 1, 5);
        w.cell(1, 10, "复议后起诉", 1, 5);
        for (int k = 0; k < 10; ++k) w.cell(2, 5 + k, subs[k % 5]);
        for (int c = 0; c < 15; ++c) w.cell(3, c, std::to_string(t4Value(c)));
        out.emplace_back(std::move(w.t));
        return out;
    }
    const char* groups[] = {"行政复议", "未经复议直接起诉", "复议后起诉"};
    for (int g = 0; g < 3; ++g) {
        const bool inTable = layout == T4Layout::ThreeTables;
        if (layout == T4Layout::ThreeTablesGroupInParagraph)
            out.emplace_back(para(std::string("（") + "一二三"[0] + "）" + groups[g]));
        TableWriter w(n + g, inTable ? 3 : 2, 5);
        int r = 0;
        if (inTable) w.cell(r++, 0, groups[g], 1, 5);
        for (int k = 0; k < 5; ++k) w.cell(r, k, subs[k]);
        ++r;
        for (int k = 0; k < 5; ++k) w.cell(r, k, std::to_string(t4Value(5 * g + k)));
        out.emplace_back(std::move(w.t));
    }
    return out;
}

std::vector<Table> buildT2(const T2Layout& L, int n) {
    struct Block2 { std::string header; std::vector<std::string> columns; std::vector<std::string> rows; };
    std::vector<Block2> blocks;
    const bool other = L.otherNormativeWording;
    if (!L.v2019) {
        blocks = {
            {"第二十条第（一）项", {"本年制发件数", "本年废止件数", "现行有效件数"},
             {"规章", other ? "规范性文件" : "行政规范性文件"}},
            {"第二十条第（五）项", {"本年处理决定数量"}, {"行政许可"}},
            {"第二十条第（六）项", {"本年处理决定数量"}, {"行政处罚", "行政强制"}},
            {"第二十条第（八）项", {"本年收费金额（单位：万元）"}, {"行政事业性收费"}},
        };
    } else {
        blocks = {
            {"第二十条第（一）项", {"本年新制作数量", "本年新公开数量", "对外公开总数量"},
             {"规章", other ? "行政规范性文件" : "规范性文件"}},
            {"第二十条第（五）项", {"上一年项目数量", "本年增/减", "处理决定数量"},
             {"行政许可", "其他对外管理服务事项"}},
            {"第二十条第（六）项", {"上一年项目数量", "本年增/减", "处理决定数量"}, {"行政处罚", "行政强制"}},
            {"第二十条第（八）项", {"上一年项目数量", "本年增/减"}, {"行政事业性收费"}},
            {"第二十条第（九）项", {"采购项目数量", "采购总金额"}, {"政府集中采购"}},
        };
    }
    auto rowsOf = [](const Block2& b) { return 2 + static_cast<int>(b.rows.size()); };
    int total = 0;
    for (const Block2& b : blocks) total += rowsOf(b);
    std::vector<Table> out;
    TableWriter* w = nullptr;
    std::vector<TableWriter> writers;
    writers.reserve(blocks.size());
    int r = 0, value = 1;
    for (size_t k = 0; k < blocks.size(); ++k) {
        const Block2& b = blocks[k];
        if (L.fourTables || k == 0) {
            writers.emplace_back(n + static_cast<int>(writers.size()), L.fourTables ? rowsOf(b) : total, 4);
            w = &writers.back();
            r = 0;
        }
        w->cell(r++, 0, b.header, 1, 4);
        w->cell(r, 0, "信息内容");
        const int span = 3 / static_cast<int>(b.columns.size());
        for (size_t c = 0; c < b.columns.size(); ++c)
            w->cell(r, 1 + static_cast<int>(c) * span, b.columns[c],
                    1, c + 1 == b.columns.size() ? 3 - static_cast<int>(c) * span : span);
        ++r;
        for (const std::string& label : b.rows) {
            w->cell(r, 0, label);
            for (size_t c = 0; c < b.columns.size(); ++c) {
                std::string text = std::to_string(value++);
                if (b.columns[c] == "本年增/减") text = "-" + text;
                if (b.columns[c].find("金额") != std::string::npos) text += ".5";
                w->cell(r, 1 + static_cast<int>(c) * span, text,
                        1, c + 1 == b.columns.size() ? 3 - static_cast<int>(c) * span : span);
            }
            ++r;
        }
    }
    for (TableWriter& tw : writers) out.push_back(std::move(tw.t));
    return out;
}

Paragraph para(const std::string& text, int level) {
    Paragraph p;
    p.text = text;
    p.outlineLevel = level;
    return p;
}

Document buildReport(const ReportLayout& L) {
    Document d;
    d.name = "built.docx";
    const std::string y = std::to_string(L.year);
    d.blocks.emplace_back(para("某某区某某局" + y + "年"));
    d.blocks.emplace_back(para("政府信息公开工作年度报告"));
    d.blocks.emplace_back(para("本报告所列数据的统计期为" + y + "年1月1日至" + y + "年12月31日。"));
    auto heading = [&](size_t i) {
        if (i < L.headings.size() && !L.headings[i].empty()) d.blocks.emplace_back(para(L.headings[i], L.headingLevel));
    };
    heading(0);
    d.blocks.emplace_back(para("（一）主动公开"));
    d.blocks.emplace_back(para("本年度共收到政府信息公开申请若干件。"));
    heading(1);
    int tableNo = 1;
    if (L.withT2)
        for (Table& t : buildT2(L.t2, tableNo)) {
            d.blocks.emplace_back(std::move(t));
            ++tableNo;
        }
    heading(2);
    for (Table& t : buildT3(L.t3, tableNo)) {
        d.blocks.emplace_back(std::move(t));
        ++tableNo;
    }
    heading(3);
    for (Block& b : buildT4(L.t4, tableNo)) d.blocks.push_back(std::move(b));
    heading(4);
    d.blocks.emplace_back(para("一是政策解读有待加强。"));
    heading(5);
    d.blocks.emplace_back(para("本年度未收取信息处理费。"));
    return d;
}

}  // namespace nianbao::test
