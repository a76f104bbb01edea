#include "support/checker_reports.hpp"

#include "core/recognize/number_reader.hpp"
#include "core/formats/formats.hpp"
#include "core/recognize/internal.hpp"

namespace nianbao::ctest {

Report buildReport(const CellTexts& texts, const FormatDecl* format) {
    if (!format) format = &format2021();
    Report report;
    report.format = format;
    report.titleYear = report.dataYear = 2023;
    for (const SectionDecl& s : format->sections)
        report.sections.push_back({s.id, true, s.number + "、" + s.titles[0], -1, true, true});
    for (const TableDecl& t : format->tables) {
        RecognizedTable rt;
        rt.id = t.id;
        rt.found = true;
        rt.writerTables = {"表格" + t.id.substr(1)};
        if (t.id != "T3" && t.id != "T4") {
            report.tables.push_back(rt);
            continue;
        }
        int r = 0;
        for (const AxisDecl& row : t.rows) {
            int c = 0;
            for (const AxisDecl& col : t.columns) {
                ReportCell cell;
                cell.table = t.id;
                cell.row = row.id;
                cell.col = col.id;
                auto it = texts.find(cell.key());
                cell.text = it == texts.end() ? "0" : it->second;
                cell.at = rt.writerTables[0] + "." + std::string(1, static_cast<char>('A' + c)) +
                          std::to_string(r + 1);
                cell.reading = readNumber(cell.text, col.kind);
                cell.total = row.total || col.total;
                cell.gridRow = r;
                cell.gridCol = c++;
                rt.cells.push_back(cell);
            }
            ++r;
        }
        report.tables.push_back(rt);
    }
    // The recognizer's own expansion, so tests hold the same relations (with cell indices).
    report.relations = recog::expandRelations(report, *format, {});
    return report;
}

CellTexts seedTexts() {
    CellTexts t;
    auto row = [&](const std::string& r, std::vector<std::string> v) {
        const std::vector<std::string> cols = t3Columns();
        for (size_t i = 0; i < cols.size(); ++i) t["T3." + r + "." + cols[i]] = v[i];
    };
    row("new", {" 7", " 1", "0 ", " 0", "0 ", "0 ", "8"});
    row("r_open", {" 2", " 0", " 0", " 0", " 0", " 0", " 2"});
    row("deny_5", {" 3", " 0", " 0", " 0", " 0", " 0", " 3"});
    row("unable_1", {"2", " 0", " 0", " 0", " 0", " 0", "2"});
    row("other_3", {"1", " 0", " 0", " 0", " 0", " 0", "1"});
    row("r_total", {"1 0", " 0", " 0", " 0", " 0", " 0", " 10"});
    t["T4.counts.rv_keep"] = "1";
    t["T4.counts.rv_tot"] = "1";
    return t;
}

std::vector<std::string> t3Rows() {
    std::vector<std::string> out;
    for (const AxisDecl& a : format2021().table("T3")->rows) out.push_back(a.id);
    return out;
}

std::vector<std::string> t3Columns() {
    std::vector<std::string> out;
    for (const AxisDecl& a : format2021().table("T3")->columns) out.push_back(a.id);
    return out;
}

std::vector<std::string> t4Columns() {
    std::vector<std::string> out;
    for (const AxisDecl& a : format2021().table("T4")->columns) out.push_back(a.id);
    return out;
}

}  // namespace nianbao::ctest
