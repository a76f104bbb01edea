#include "uno/sidebar/panel_words.hpp"

namespace nianbao::sidebar {

namespace {

struct Pair {
    Word word;
    const char* zh;
    const char* en;
};

const Pair kWords[] = {
    {Word::Correction, "建议更正", "Proposed correction"},
    {Word::FixAll, "全部更正", "Fix all"},
    {Word::Alternative, "方案%1", "Correction %1"},
    {Word::Findings, "检查结果", "Findings"},
    {Word::NoFindings, "没有需要提示的问题", "Nothing to report"},
    {Word::GoTo, "定位", "Go to"},
    {Word::Fix, "更正", "Fix"},
    {Word::Ignore, "忽略", "Ignore"},
    {Word::MissingSections, "缺少的部分", "Missing sections"},
    {Word::InsertMissing, "插入缺失部分", "Insert missing sections"},
    {Word::Rebuild, "重建表格：%1", "Rebuild table: %1"},
    {Word::Tools, "其他操作", "More actions"},
    {Word::InsertTemplate, "插入空白模板", "Insert blank template"},
    {Word::Compare, "与上年报告比较…", "Compare with last year's report…"},
    {Word::Refresh, "重新检查", "Check again"},
    {Word::Check, "检查", "Check"},
    {Word::PickPrevious, "选择上一年度的报告", "Choose last year's report"},
    {Word::IgnoredCount, "已忽略%1项", "%1 ignored"},
    {Word::PublishedPdf, "这是已发布的PDF：可以核对，不能在此修改；请在其源文档（.docx/.doc/.odt）中更正后重新发布。",
     "A published PDF: it can be checked, not corrected here; correct the document it was made from (.docx, .doc, .odt) and publish it again."},
    {Word::Undecided, "没有更正建议：需要改动的单元格过多，或未能及时算出；请逐项核对。",
     "No correction proposed: it would change too many cells, or could not be worked out in time; check the findings one by one."},
    {Word::Impossible, "没有更正建议：任何取值都不能使全部关系成立；请逐项核对。",
     "No correction proposed: no values make every relation hold; check the findings one by one."},
    {Word::SelectRow, "选中一行查看详情；双击或按回车定位。", "Select a row for its details; double-click or press Enter to go to it."},
};

std::string tablesText(const PanelModel& m, bool zh) {
    std::string names;
    for (const std::string& t : m.tablesFound) {
        // T2 -> 二/2: the tables are known by the number of their section.
        const std::string title = tableTitle(m.formatVersion, t);
        const auto sep = title.find("、");
        const std::string number = sep == std::string::npos ? t : title.substr(0, sep);
        if (!names.empty()) names += zh ? "、" : ", ";
        names += zh ? number : t;
    }
    const std::string count = std::to_string(m.tablesFound.size()) + "/" + std::to_string(m.tablesExpected);
    if (zh) return "表格" + count + (names.empty() ? std::string() : "（第" + names + "部分）");
    return "tables " + count + (names.empty() ? std::string() : " (" + names + ")");
}

}  // namespace

std::string fill(std::string pattern, const std::string& value) {
    const auto at = pattern.find("%1");
    if (at != std::string::npos) pattern.replace(at, 2, value);
    return pattern;
}

std::string PanelWords::operator()(Word w) const {
    for (const Pair& p : kWords)
        if (p.word == w) return zh_ ? p.zh : p.en;
    return std::string();
}

std::string PanelWords::summary(const PanelModel& m) const {
    const std::string e = std::to_string(m.errors), w = std::to_string(m.warnings);
    std::string verdict;
    if (m.verdict == "unreadable") {
        return (zh_ ? "无法检查：" : "Could not check: ") + m.error;
    } else if (m.verdict == "not-a-report") {
        return zh_ ? "不是政府信息公开工作年度报告" : "Not an annual report on government information disclosure";
    } else if (m.verdict == "errors") {
        verdict = zh_ ? e + "个错误，" + w + "个警告" : e + (m.errors == 1 ? " error, " : " errors, ") + w +
                                                        (m.warnings == 1 ? " warning" : " warnings");
    } else if (m.verdict == "incomplete") {
        verdict = zh_ ? "未能全部核对：有的表格或行列未找到（见下）"
                      : "Incomplete: some tables, rows or columns could not be checked (see below)";
    } else if (m.verdict == "warnings") {
        verdict = zh_ ? "没有错误，" + w + "个警告" : "No errors, " + w + (m.warnings == 1 ? " warning" : " warnings");
    } else {
        verdict = zh_ ? "没有错误" : "No errors";
    }
    const std::string format = zh_ ? m.formatVersion + "年版格式" : "format " + m.formatVersion;
    return verdict + (zh_ ? "；" : "; ") + format + (zh_ ? "；" : "; ") + tablesText(m, zh_);
}

std::string PanelWords::change(const Change& c) const {
    return c.label + (zh_ ? "：“" : ": “") + c.from + "” → " + c.to;
}

std::string PanelWords::failure(const std::string& what, const std::string& detail) const {
    return (zh_ ? "操作失败（" : "Failed (") + what + (zh_ ? "）：" : "): ") + detail;
}

}  // namespace nianbao::sidebar
