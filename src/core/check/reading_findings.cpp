#include "core/check/reading_findings.hpp"

#include "core/model/labels.hpp"

namespace nianbao {

namespace {

const char* kindZh(const Report& report, const ReportCell& c) {
    const TableDecl* t = tableDeclOf(report, c.table);
    if (t)
        for (const AxisDecl& a : t->columns)
            if (a.id == c.col) {
                if (a.kind == ValueKind::Amount) return "非负数";
                if (a.kind == ValueKind::SignedCount) return "整数";
            }
    return "非负整数";
}

std::string repairZh(const std::string& r) {
    if (r == "split-digits") return "数字间有空格";
    if (r == "full-width") return "使用了全角数字";
    if (r == "thousands") return "含千位分隔符";
    if (r == "unit") return "带有单位";
    return r;
}

std::string repairEn(const std::string& r) {
    if (r == "split-digits") return "digits split by spaces";
    if (r == "full-width") return "full-width digits";
    if (r == "thousands") return "thousands separators";
    if (r == "unit") return "a trailing unit";
    return r;
}

// A finding about one value cell, messages still to be written.
Finding cellFinding(const char* rule, const char* severity, const ReportCell& c) {
    Finding f;
    f.rule = rule;
    f.severity = severity;
    f.table = c.table;
    f.row = c.row;
    f.column = c.col;
    f.cells = {c.key()};
    return f;
}

}  // namespace

std::vector<Finding> readingFindings(const Report& report) {
    std::vector<Finding> out;
    for (const RecognizedTable& t : report.tables) {
        Finding placeholders;
        for (const ReportCell& c : t.cells) {
            const NumberReading& r = c.reading;
            if (r.status == NumberReading::Status::Invalid) {
                Finding f = cellFinding("V1", "error", c);
                f.message = cellLabel(report, c) + "的内容“" + c.text + "”" +
                            (r.tooLong ? "位数过多，" : "") + "不是" + kindZh(report, c) + "，无法读取";
                f.messageEn = "Cell " + cellLabelEn(report, c) + " reads \"" + c.text +
                              "\", which is not a valid number";
                out.push_back(std::move(f));
            } else if (r.status == NumberReading::Status::Repaired) {
                std::string zh, en;
                for (const std::string& rep : r.repairs) {
                    zh += (zh.empty() ? "" : "、") + repairZh(rep);
                    en += (en.empty() ? "" : ", ") + repairEn(rep);
                }
                Finding f = cellFinding("V2", "warning", c);
                const std::string read = r.exact.empty() ? formatNumber(r.value) : r.exact;
                f.message = cellLabel(report, c) + "写作“" + c.text + "”（" + zh + "），按" + read +
                            "读取，请规范填写";
                f.messageEn = "Cell " + cellLabelEn(report, c) + " is written \"" + c.text + "\" (" + en +
                              "); read as " + read;
                out.push_back(std::move(f));
            } else if (r.status == NumberReading::Status::Placeholder) {
                placeholders.cells.push_back(c.key());
            }
        }
        if (!placeholders.cells.empty()) {
            const size_t n = placeholders.cells.size();
            placeholders.rule = "V3";
            placeholders.severity = "warning";
            placeholders.table = t.id;
            placeholders.message = t.id + "中有" + std::to_string(n) +
                                   "个单元格为空或填写“/”“—”“无”等，已按0读取；应填写数字0";
            placeholders.messageEn = std::to_string(n) + " cell(s) of " + t.id +
                                     " are blank or hold a placeholder; read as 0";
            out.push_back(std::move(placeholders));
        }
    }
    return out;
}

}  // namespace nianbao
